import { describe, expect, it } from 'vitest';
import { missingNoticeDetails, privacyNotice } from '../../../../shared/domain/privacy-notice';
import { RETENTION_DEFAULTS, retentionPeriod } from '../../../../shared/domain/retention-defaults';

describe('the privacy notice’s words', () => {
  it('names what is missing from Settings before it is printed', () => {
    expect(missingNoticeDetails({ organisationName: '' })).toEqual(['Organisation name', 'Address', 'Phone or email', 'Data protection contact']);
    expect(missingNoticeDetails({ organisationName: 'Grŵp', organisationAddress: '1 Stryd', organisationPhone: '01685 496 000', dataProtectionContact: 'Siân' })).toEqual([]);
  });

  it('says how long each kind of record is kept, from the retention defaults', () => {
    const kept = privacyNotice({ organisationName: 'Grŵp' }).sections.find((s) => s.heading === 'How long we keep it');
    expect(kept?.points).toHaveLength(RETENTION_DEFAULTS.length);
    expect(kept?.points?.[0]).toEqual([{ bold: 'Records of members and volunteers who have left: ' }, '6 years after our last contact with them.']);
    expect([72, 24, 6, 1, 12].map(retentionPeriod)).toEqual(['6 years', '2 years', '6 months', '1 month', '1 year']);
  });

  it('prints the periods in Settings → Retention, not only the defaults', () => {
    const kept = privacyNotice({ organisationName: 'Grŵp', retentionMonths: { 'people-left': 84, 'referrals-closed': 18, 'dbs-numbers': 3, 'supervision-notes': 72 } }).sections.find((s) => s.heading === 'How long we keep it');
    expect(kept?.points?.map((p) => p[1])).toEqual(['7 years after our last contact with them.', '18 months after the referral closed.', '3 months after the decision about the check.', '6 years after the supervision.']);
  });

  it('leaves out the ICO registration line when there is none, and gives the contact only when there is one', () => {
    const bare = privacyNotice({ organisationName: 'Grŵp' }).sections[0]!;
    expect(bare.after).toEqual([]);
    expect(bare.points).toBeUndefined();
    const full = privacyNotice({ organisationName: 'Grŵp', organisationEmail: 'hi@example.org', icoRegistration: 'ZA123456' }).sections[0]!;
    expect(full.points).toEqual([[{ bold: 'Email: ' }, 'hi@example.org']]);
    expect(JSON.stringify(full.after)).toContain('ZA123456');
  });
});
