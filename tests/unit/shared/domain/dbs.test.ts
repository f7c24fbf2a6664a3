import { describe, expect, it } from 'vitest';
import { dbsStatus } from '../../../../shared/domain/compliance';
import { currentDbsCheck, dbsCheckFormSchema, dbsRenewalDue, DBS_RENEWAL_DEFAULTS, levelCovers } from '../../../../shared/domain/dbs';
import { makeDbsCheck } from '../../../factories/compliance';

const TODAY = '2026-11-23';

describe('DBS renewal dates', () => {
  it('are 3 years from the issue date by default', () => {
    expect(dbsRenewalDue({ issueDate: '2024-02-29' }, DBS_RENEWAL_DEFAULTS)).toBe('2027-02-28');
    expect(dbsRenewalDue({ issueDate: '2023-11-23' }, DBS_RENEWAL_DEFAULTS)).toBe('2026-11-23');
  });

  it('are a year from the last status check on the Update Service (or from issue before the first)', () => {
    const check = { issueDate: '2020-03-01', updateServiceId: 'C1234567890A', lastStatusCheck: '2026-01-15' };
    expect(dbsRenewalDue(check, DBS_RENEWAL_DEFAULTS)).toBe('2027-01-15');
    expect(dbsRenewalDue({ issueDate: '2026-02-01', updateServiceId: 'C1234567890A' }, DBS_RENEWAL_DEFAULTS)).toBe('2027-02-01');
  });

  it('follow the settings', () => {
    expect(dbsRenewalDue({ issueDate: '2025-01-10' }, { dbsRenewalMonths: 24, dbsStatusCheckMonths: 6 })).toBe('2027-01-10');
  });
});

describe('dbsStatus', () => {
  const status = (issueDate: string) => dbsStatus('enhanced', [makeDbsCheck({ issueDate })], DBS_RENEWAL_DEFAULTS, TODAY);

  it('warns at exactly 60, 30 and 7 days before renewal, on the day, and is overdue the day after', () => {
    // Renewal = issue + 3 years.
    expect(status('2024-01-23').state).toBe('ok'); // due 23/01/2027, 61 days
    expect(status('2024-01-22')).toMatchObject({ state: 'due-soon', due: '2027-01-22', text: 'Due soon: renewal by 22/01/2027 (in 60 days)' });
    expect(status('2023-12-23').text).toBe('Due soon: renewal by 23/12/2026 (in 30 days)');
    expect(status('2023-11-30').text).toBe('Due soon: renewal by 30/11/2026 (in 7 days)');
    expect(status('2023-11-23')).toMatchObject({ state: 'due-soon', text: 'Due soon: renewal by 23/11/2026 (today)' });
    expect(status('2023-11-22')).toMatchObject({ state: 'overdue', text: 'Overdue: renewal was due 22/11/2026 (yesterday)' });
  });

  it('talks about the status check for the Update Service', () => {
    const s = dbsStatus('enhanced', [makeDbsCheck({ issueDate: '2022-01-01', updateServiceId: 'C1234567890A', updateServiceConsent: '2022-01-05', lastStatusCheck: '2025-12-01' })], DBS_RENEWAL_DEFAULTS, TODAY);
    expect(s.text).toBe('Due soon: status check by 01/12/2026 (in 8 days)');
  });

  it('is missing with no check, a check awaiting a decision, or one of too low a level', () => {
    expect(dbsStatus('enhanced', [], DBS_RENEWAL_DEFAULTS, TODAY)).toMatchObject({ state: 'missing', text: 'Missing: needs an enhanced check' });
    expect(dbsStatus('basic', [], DBS_RENEWAL_DEFAULTS, TODAY).text).toBe('Missing: needs a basic check');
    expect(dbsStatus('enhanced', [makeDbsCheck({ decision: 'pending', issueDate: '2026-11-01' })], DBS_RENEWAL_DEFAULTS, TODAY).text).toBe('Missing: enhanced check awaiting a decision');
    expect(dbsStatus('enhanced', [makeDbsCheck({ level: 'basic', issueDate: '2026-01-01' })], DBS_RENEWAL_DEFAULTS, TODAY).text).toBe('Missing: needs enhanced (has basic)');
  });

  it('is not needed for roles without a check', () => {
    expect(dbsStatus('none', [], DBS_RENEWAL_DEFAULTS, TODAY)).toMatchObject({ state: 'ok', notNeeded: true });
  });

  it('counts the latest accepted check, and a higher level covers a lower one', () => {
    const older = makeDbsCheck({ issueDate: '2020-01-01' });
    const newer = makeDbsCheck({ issueDate: '2025-06-01' });
    const refused = makeDbsCheck({ issueDate: '2026-06-01', decision: 'not-accepted' });
    expect(currentDbsCheck([older, refused, newer])?.id).toBe(newer.id);
    expect(levelCovers('enhanced-barred', 'enhanced')).toBe(true);
    expect(levelCovers('standard', 'enhanced')).toBe(false);
  });
});

describe('the DBS form', () => {
  it('takes UK dates and a 12-digit certificate number typed with spaces', () => {
    const parsed = dbsCheckFormSchema.parse({ level: 'enhanced', certificateNumber: '0012 3456 7890', issueDate: '01/02/2026', decision: 'accepted', decisionBy: 'Sam' });
    expect(parsed).toMatchObject({ certificateNumber: '001234567890', issueDate: '2026-02-01' });
  });

  it('says what is wrong in plain words', () => {
    const result = dbsCheckFormSchema.safeParse({ level: 'enhanced', certificateNumber: '123', issueDate: '2026', decision: 'accepted', updateServiceId: 'C1234567890A' });
    expect(result.success).toBe(false);
    const messages = result.error!.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    expect(messages).toContain('certificateNumber: A DBS certificate number has 12 digits');
    expect(messages).toContain('issueDate: Enter the issue date as dd/mm/yyyy, like 23/11/2026');
  });
});
