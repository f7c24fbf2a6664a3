import { describe, expect, it } from 'vitest';
import type { Consent } from '../../../../shared/domain/consents';
import { channelCounts, consentCovers, consentFor, emailList, newsletterRecipients, postalLines, volunteersWithoutEmailConsent } from '../../../../shared/domain/newsletter-recipients';
import { makeMember } from '../../../factories/members';
import { makeVolunteer } from '../../../factories/volunteers';

const HOME = { line1: '12 Heol y Felin', town: 'Merthyr Tudful', postcode: 'CF47 8UB' };

function consent(what: string, withdrawn?: string): Consent {
  return { id: `c-${what}-${withdrawn ?? ''}`, what, date: '2025-02-01', how: 'written', ...(withdrawn ? { withdrawn } : {}) };
}

const emailConsent = consent('Newsletter by email');

describe('what a consent covers', () => {
  it('reads the wording the way a coordinator writes it', () => {
    expect(consentCovers('Newsletter by email')).toEqual(['email']);
    expect(consentCovers('Emails from us')).toEqual(['email']);
    expect(consentCovers('E-mail newsletter')).toEqual(['email']);
    expect(consentCovers('Newsletter by post')).toEqual(['post']);
    expect(consentCovers('Large print newsletter')).toEqual(['post']);
    expect(consentCovers('Newsletter')).toEqual(['email', 'post']);
    expect(consentCovers('Newsletter by text message')).toEqual([]);
    expect(consentCovers('Keep my details on record')).toEqual([]);
    expect(consentCovers('Contact by email')).toEqual(['email']);
    expect(consentCovers('Contact by post')).toEqual(['post']);
    expect(consentCovers('Contact by phone')).toEqual([]);
    expect(consentCovers('Publishing their story')).toEqual([]);
    expect(consentCovers('Photos in publicity')).toEqual([]);
  });

  it('lets a standing consent win over an older withdrawn one, and reports the last withdrawal', () => {
    expect(consentFor([consent('Newsletter by email', '2025-06-01'), emailConsent], 'email')).toEqual({ state: 'given' });
    expect(consentFor([consent('Newsletter by email', '2025-03-01'), consent('Emails from us', '2025-06-01')], 'email')).toEqual({ state: 'withdrawn', on: '2025-06-01' });
    expect(consentFor([consent('Keep my details on record')], 'email')).toEqual({ state: 'none' });
  });
});

describe('postal addresses', () => {
  it('puts each part on its own line and needs at least a first line and a postcode', () => {
    expect(postalLines({ line1: 'Flat 2\n3 High Street', line2: '', town: 'Aberystwyth', postcode: 'SY23 1AB' })).toEqual(['Flat 2', '3 High Street', 'Aberystwyth', 'SY23 1AB']);
    expect(postalLines({ line1: '3 High Street', town: 'Aberystwyth' })).toBeUndefined();
    expect(postalLines({ postcode: 'SY23 1AB' })).toBeUndefined();
  });
});

describe('who gets the newsletter', () => {
  it('sends to members the way they asked: email, post or large print', () => {
    const byEmail = makeMember({ firstName: 'Siân', lastName: 'Llŷr', newsletter: 'email', email: 'sian@example.org', consents: [emailConsent] });
    const byPost = makeMember({ firstName: 'Zoë', lastName: 'Ó Súilleabháin', newsletter: 'post', address: HOME });
    const large = makeMember({ firstName: 'Aled', lastName: 'Rhys', newsletter: 'large-print', address: HOME });
    const { recipients, excluded } = newsletterRecipients([byEmail, byPost, large], []);
    expect(excluded).toEqual([]);
    expect(recipients.map((r) => [r.name, r.channel])).toEqual([
      ['Aled Rhys', 'large-print'],
      ['Siân Llŷr', 'email'],
      ['Zoë Ó Súilleabháin', 'post'],
    ]);
    expect(recipients.find((r) => r.channel === 'email')).toMatchObject({ email: 'sian@example.org', former: false });
    expect(recipients.find((r) => r.channel === 'post')?.addressLines).toEqual(['12 Heol y Felin', 'Merthyr Tudful', 'CF47 8UB']);
    expect(channelCounts(recipients)).toEqual({ email: 1, post: 1, 'large-print': 1 });
  });

  it('includes former members who kept a newsletter preference, marked as former, and leaves out those who chose none', () => {
    const keptIt = makeMember({ firstName: 'Gwen', lastName: 'Evans', status: 'left', newsletter: 'post', address: HOME });
    const doneWithUs = makeMember({ firstName: 'Rhodri', lastName: 'Pritchard', status: 'left', newsletter: 'none', address: HOME });
    const { recipients, excluded } = newsletterRecipients([keptIt, doneWithUs], []);
    expect(recipients).toEqual([expect.objectContaining({ name: 'Gwen Evans', channel: 'post', former: true })]);
    expect(excluded).toEqual([expect.objectContaining({ name: 'Rhodri Pritchard', reason: 'opted-out' })]);
  });

  it('sends to volunteers by email if they gave email consent, else by post if they asked for it, but not to those who have left', () => {
    const email = makeVolunteer({ firstName: 'Ifeoma', lastName: 'Okonkwo', contactPreferences: ['phone'], email: 'ifeoma@example.org', address: HOME, consents: [consent('Contact by email')] });
    const post = makeVolunteer({ firstName: 'Łukasz', lastName: 'Wróbel', contactPreferences: ['post'], address: HOME });
    const postByConsent = makeVolunteer({ firstName: 'Nia', lastName: 'Morgan', address: HOME, consents: [consent('Contact by post')] });
    const phoneOnly = makeVolunteer({ firstName: 'Sam', lastName: 'Taylor', contactPreferences: ['phone'], email: 'sam@example.org', address: HOME });
    const left = makeVolunteer({ firstName: 'Chloé', lastName: 'Dupont', status: 'left', contactPreferences: ['email'], email: 'chloe@example.org', consents: [consent('Contact by email')] });
    const { recipients, excluded } = newsletterRecipients([], [email, post, postByConsent, phoneOnly, left]);
    expect(recipients.map((r) => [r.name, r.personType, r.channel])).toEqual([
      ['Ifeoma Okonkwo', 'volunteer', 'email'],
      ['Łukasz Wróbel', 'volunteer', 'post'],
      ['Nia Morgan', 'volunteer', 'post'],
    ]);
    expect(excluded.map((e) => [e.name, e.reason])).toEqual([
      ['Chloé Dupont', 'left'],
      ['Sam Taylor', 'opted-out'],
    ]);
  });

  it("never emails a volunteer on their contact preference alone, and lets a withdrawn consent stop post as well as email", () => {
    const preferenceOnly = makeVolunteer({ firstName: 'Kwame', lastName: 'Mensah', contactPreferences: ['email'], email: 'kwame@example.org' });
    const noEmailAddress = makeVolunteer({ firstName: 'Aisha', lastName: 'Begum', consents: [consent('Contact by email')] });
    const withdrewEmail = makeVolunteer({ firstName: 'Ffion', lastName: 'Hughes', contactPreferences: ['email'], email: 'ffion@example.org', consents: [consent('Contact by email', '2026-03-01')] });
    const withdrewPost = makeVolunteer({ firstName: 'Gareth', lastName: 'Lloyd', contactPreferences: ['post'], address: HOME, consents: [consent('Contact by post', '2026-04-01')] });
    const fallsBackToPost = makeVolunteer({ firstName: 'Huw', lastName: 'Price', contactPreferences: ['email', 'post'], email: 'huw@example.org', address: HOME });
    const { recipients, excluded } = newsletterRecipients([], [preferenceOnly, noEmailAddress, withdrewEmail, withdrewPost, fallsBackToPost]);
    expect(recipients.map((r) => [r.name, r.channel])).toEqual([['Huw Price', 'post']]);
    expect(excluded.map((e) => [e.name, e.wanted, e.reason, e.withdrawnOn])).toEqual([
      ['Aisha Begum', 'email', 'no-email', undefined],
      ['Ffion Hughes', 'email', 'withdrawn', '2026-03-01'],
      ['Gareth Lloyd', 'post', 'withdrawn', '2026-04-01'],
      ['Kwame Mensah', 'email', 'no-consent', undefined],
    ]);
  });

  it('counts the current volunteers with no email consent on record, and those of them who chose email', () => {
    const volunteers = [
      makeVolunteer({ contactPreferences: ['email'] }),
      makeVolunteer({ contactPreferences: ['phone'] }),
      makeVolunteer({ contactPreferences: ['email'], consents: [consent('Contact by email')] }),
      makeVolunteer({ contactPreferences: ['email'], consents: [consent('Contact by email', '2026-01-01')] }),
      makeVolunteer({ status: 'left', contactPreferences: ['email'] }),
    ];
    expect(volunteersWithoutEmailConsent(volunteers)).toEqual({ total: 2, choseEmail: 1 });
  });

  it('says why anyone who asked for it cannot be sent it', () => {
    const noEmail = makeMember({ firstName: 'A', lastName: 'NoEmail', newsletter: 'email', consents: [emailConsent] });
    const noConsent = makeMember({ firstName: 'B', lastName: 'NoConsent', newsletter: 'email', email: 'b@example.org', consents: [consent('Keep my details on record')] });
    const withdrew = makeMember({ firstName: 'C', lastName: 'Withdrew', newsletter: 'email', email: 'c@example.org', consents: [consent('Newsletter by email', '2026-03-14')] });
    const noAddress = makeMember({ firstName: 'D', lastName: 'NoAddress', newsletter: 'post', address: { line1: '4 Stryd Fawr' } });
    const { recipients, excluded } = newsletterRecipients([noEmail, noConsent, withdrew, noAddress], []);
    expect(recipients).toEqual([]);
    expect(excluded.map((e) => [e.name, e.wanted, e.reason, e.withdrawnOn])).toEqual([
      ['A NoEmail', 'email', 'no-email', undefined],
      ['B NoConsent', 'email', 'no-consent', undefined],
      ['C Withdrew', 'email', 'withdrawn', '2026-03-14'],
      ['D NoAddress', 'post', 'no-address', undefined],
    ]);
  });

  it('stops post too when someone withdrew consent to the newsletter as a whole, but not when they only withdrew email', () => {
    const wholeNewsletter = makeMember({ firstName: 'E', lastName: 'Whole', newsletter: 'post', address: HOME, consents: [consent('Newsletter', '2026-01-05')] });
    const emailOnly = makeMember({ firstName: 'F', lastName: 'EmailOnly', newsletter: 'post', address: HOME, consents: [consent('Newsletter by email', '2026-01-05')] });
    const { recipients, excluded } = newsletterRecipients([wholeNewsletter, emailOnly], []);
    expect(recipients.map((r) => r.name)).toEqual(['F EmailOnly']);
    expect(excluded).toEqual([expect.objectContaining({ name: 'E Whole', reason: 'withdrawn', wanted: 'post' })]);
  });

  it('sends one copy to someone who is both a member and a volunteer, as a member', () => {
    const volunteer = makeVolunteer({ id: 'vol-linked', firstName: 'Bethan', lastName: 'Hughes', contactPreferences: ['email'], email: 'bethan@example.org' });
    const member = makeMember({ firstName: 'Bethan', lastName: 'Hughes', volunteerId: 'vol-linked', newsletter: 'large-print', address: HOME });
    const { recipients, excluded } = newsletterRecipients([member], [volunteer]);
    expect(recipients).toEqual([expect.objectContaining({ personType: 'member', channel: 'large-print' })]);
    expect(excluded).toEqual([expect.objectContaining({ personType: 'volunteer', reason: 'duplicate' })]);
  });

  it('does not send it by the volunteer record to someone who said no as a member', () => {
    const v1 = makeVolunteer({ id: 'vol-no', firstName: 'Trần', lastName: 'Văn Đức', contactPreferences: ['email'], email: 'duc@example.org', consents: [consent('Contact by email')] });
    const v2 = makeVolunteer({ id: 'vol-withdrew', firstName: 'Małgorzata', lastName: 'Nowak', contactPreferences: ['email'], email: 'gosia@example.org', consents: [consent('Contact by email')] });
    const v3 = makeVolunteer({ id: 'vol-ok', firstName: 'Seán', lastName: "O'Sullivan", contactPreferences: ['email'], email: 'sean@example.org', consents: [consent('Contact by email')] });
    const saidNo = makeMember({ firstName: 'Trần', lastName: 'Văn Đức', volunteerId: 'vol-no', newsletter: 'none' });
    const withdrew = makeMember({ firstName: 'Małgorzata', lastName: 'Nowak', volunteerId: 'vol-withdrew', newsletter: 'email', email: 'gosia@example.org', consents: [consent('Newsletter by email', '2026-02-02')] });
    // No address on the member record: the volunteer record can still carry it.
    const noAddress = makeMember({ firstName: 'Seán', lastName: "O'Sullivan", volunteerId: 'vol-ok', newsletter: 'post' });
    const { recipients, excluded } = newsletterRecipients([saidNo, withdrew, noAddress], [v1, v2, v3]);
    expect(recipients).toEqual([expect.objectContaining({ personId: 'vol-ok', channel: 'email' })]);
    expect(excluded.filter((e) => e.personType === 'volunteer').map((e) => [e.personId, e.reason])).toEqual([
      ['vol-withdrew', 'withdrawn'],
      ['vol-no', 'opted-out'],
    ]);
  });
});

describe('the email list', () => {
  it('never holds anyone without email consent, or who opted out or withdrew', () => {
    const people = [
      makeMember({ firstName: 'Yes', lastName: 'Consented', newsletter: 'email', email: 'yes@example.org', consents: [emailConsent] }),
      makeMember({ firstName: 'No', lastName: 'Consent', newsletter: 'email', email: 'noconsent@example.org' }),
      makeMember({ firstName: 'Opted', lastName: 'Out', newsletter: 'none', email: 'optedout@example.org', consents: [emailConsent] }),
      makeMember({ firstName: 'Withdrew', lastName: 'Later', newsletter: 'email', email: 'withdrew@example.org', consents: [consent('Newsletter by email', '2026-04-01')] }),
      makeMember({ firstName: 'Wants', lastName: 'Post', newsletter: 'post', address: HOME, email: 'post@example.org', consents: [emailConsent] }),
      makeMember({ firstName: 'Left', lastName: 'NoNewsletter', status: 'left', newsletter: 'none', email: 'left@example.org', consents: [emailConsent] }),
    ];
    const volunteers = [
      makeVolunteer({ firstName: 'Vol', lastName: 'Email', contactPreferences: ['email'], email: 'vol@example.org', consents: [emailConsent] }),
      makeVolunteer({ firstName: 'Vol', lastName: 'PreferenceOnly', contactPreferences: ['email'], email: 'preference@example.org' }),
      makeVolunteer({ firstName: 'Vol', lastName: 'PhoneOnly', contactPreferences: ['phone'], email: 'phone@example.org' }),
      makeVolunteer({ firstName: 'Vol', lastName: 'Gone', status: 'left', contactPreferences: ['email'], email: 'gone@example.org' }),
    ];
    expect(emailList(newsletterRecipients(people, volunteers)).map((r) => r.email)).toEqual(['vol@example.org', 'yes@example.org']);
  });

  it('holds each address once, even when two records share it', () => {
    const a = makeMember({ firstName: 'Anna', lastName: 'Kowalska', newsletter: 'email', email: 'Family@Example.org', consents: [emailConsent] });
    const b = makeMember({ firstName: 'Jan', lastName: 'Kowalski', newsletter: 'email', email: 'family@example.org', consents: [emailConsent] });
    expect(emailList(newsletterRecipients([a, b], []))).toEqual([{ name: 'Anna Kowalska', email: 'Family@Example.org' }]);
  });
});
