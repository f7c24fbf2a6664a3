import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { pdfText } from '../../../helpers/pdf-text';
import { expectFailure, openTestApp, type TestApp } from '../../../helpers/services';

let app: TestApp;
beforeEach(async () => {
  app = await openTestApp(); // Monday 23 November 2026, 10:00
});
afterEach(async () => {
  await app.close();
});

describe('the organisation’s details', () => {
  it('are saved, tidied and checked, cleared when blank, and named in the audit log', async () => {
    const saved = await app.api.settings.update({
      organisationName: 'Cwm Taf Peer Support',
      organisationAddress: 'Tŷ Cymorth\n12 Heol y Felin\nCF47 8UB',
      organisationPhone: '01685 496 000',
      organisationEmail: 'hello@cwmtafpeers.org.uk',
      dataProtectionContact: 'Siân Llŷr',
      icoRegistration: ' za12 3456 ',
    });
    expect(saved).toMatchObject({ organisationAddress: 'Tŷ Cymorth\n12 Heol y Felin\nCF47 8UB', icoRegistration: 'ZA123456', dataProtectionContact: 'Siân Llŷr' });
    const bad = await expectFailure(app.api.settings.update({ organisationPhone: '12', organisationEmail: 'not an email', icoRegistration: 'A123' }));
    expect(Object.keys(bad.fields ?? {})).toEqual(['organisationPhone', 'organisationEmail', 'icoRegistration']);
    expect(bad.fields?.['icoRegistration']).toBe('Enter the ICO registration number as it is on your certificate, like ZA123456');

    const cleared = await app.api.settings.update({ icoRegistration: '' });
    expect(cleared.icoRegistration).toBeUndefined();
    expect(cleared.organisationPhone).toBe('01685 496 000');
    const audit = await app.api.audit.list();
    expect(audit.entries[0]?.summary).toBe('Changed ICO registration number');
    expect(audit.entries[1]?.summary).toBe(
      'Changed Organisation name, Organisation address, Organisation phone, Organisation email, Data protection contact, ICO registration number',
    );
  });
});

describe('"Print privacy notice"', () => {
  it('prints the notice from Settings in standard and large print, with the ICO’s contact', async () => {
    await app.api.settings.update({ organisationName: 'Cwm Taf Peer Support', dataProtectionContact: 'Siân Llŷr', icoRegistration: 'ZA123456' });
    const standard = await app.api.settings.printPrivacyNotice({ size: 'standard' });
    expect(standard).toMatchObject({ filename: 'cwm-taf-peer-support-privacy-notice.pdf', mimeType: 'application/pdf' });
    const text = pdfText(standard);
    expect(text).toContain('Cwm Taf Peer Support is responsible for the information we keep about you');
    expect(text).toContain('ask Siân Llŷr.');
    expect(text).toContain('number ZA123456');
    expect(text).toContain('Printed 23/11/2026');
    const large = await app.api.settings.printPrivacyNotice({ size: 'large' });
    expect(large.filename).toBe('cwm-taf-peer-support-privacy-notice-large-print.pdf');
    expect(pdfText(large)).toMatch(/ico\.org\.uk\/make-a-complaint, phone 0303.123.1113/);
    // Printing changes nothing, so it leaves nothing in the audit log.
    expect((await app.api.audit.list()).entries).toHaveLength(1);
  });
});
