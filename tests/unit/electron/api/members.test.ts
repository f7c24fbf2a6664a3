import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MemberInput } from '../../../../shared/domain/members';
import { makeMemberInput } from '../../../factories/members';
import { makeVolunteerInput } from '../../../factories/volunteers';
import { expectFailure, openTestApp, type TestApp } from '../../../helpers/services';

let app: TestApp;
beforeEach(async () => {
  app = await openTestApp();
});
afterEach(async () => {
  await app.close();
});

async function addMember(overrides: Partial<MemberInput> = {}, status?: 'referred' | 'active') {
  const result = await app.api.members.create({ member: makeMemberInput(overrides), ...(status ? { status } : {}) });
  if (result.status !== 'saved') throw new Error('not saved');
  return result.member;
}

async function addVolunteer(first: string, last: string) {
  const result = await app.api.volunteers.create({ volunteer: makeVolunteerInput({ firstName: first, lastName: last }), status: 'active' });
  if (result.status !== 'saved') throw new Error('not saved');
  return result.volunteer;
}

describe('members API', () => {
  it('creates, reads back after reopening, and lists with "Showing n of n" counts', async () => {
    const m = await addMember({ firstName: 'Dorothy', lastName: 'Ng', email: 'dot@example.org', joinedDate: '2025-03-04' }, 'active');
    expect(m).toMatchObject({ status: 'active', joinedDate: '2025-03-04', deviceLoans: [], consents: [], equality: {} });
    expect(m.statusHistory).toEqual([{ status: 'active', date: '2025-03-04', recordedAt: '2026-11-23T10:00:00.000Z', note: 'Record added' }]);
    await app.reopen();
    expect(await app.api.members.get({ id: m.id })).toEqual(m);
    await addMember({ firstName: 'Rhodri', lastName: 'Evans' });
    const list = await app.api.members.list({ query: 'dot@' });
    expect(list).toMatchObject({ total: 2, matched: 1 });
    expect(list.rows[0]).toMatchObject({ name: 'Dorothy Ng', status: 'active', joinedDate: '2025-03-04', devicesOut: 0, newsletter: 'post' });
  });

  it('dates a new member today when no joining date is given, and refuses one in the future', async () => {
    const m = await addMember();
    expect(m.joinedDate).toBe('2026-11-23');
    expect(m.status).toBe('referred');
    const future = await expectFailure(app.api.members.create({ member: makeMemberInput({ joinedDate: '2027-01-01' }) }));
    expect(future.fields).toEqual({ 'member.joinedDate': "The date they joined can't be in the future" });
  });

  it('returns field errors for bad input, saves nothing, and never crashes on garbage', async () => {
    const error = await expectFailure(app.api.members.create({ member: { firstName: '', lastName: 'X', email: 'nope', newsletter: 'pigeon' as 'post' } }));
    expect(error.code).toBe('VALIDATION');
    expect(Object.keys(error.fields ?? {})).toEqual(expect.arrayContaining(['member.firstName', 'member.email', 'member.newsletter']));
    for (const input of [null, 42, 'x', [], { member: 'x' }, { member: { firstName: { $gt: 1 } } }]) {
      const result = await app.services.call('members.create', input);
      expect(result.ok).toBe(false);
    }
    expect((await app.api.members.list()).total).toBe(0);
  });

  it('warns about possible duplicates among members and saves when told to', async () => {
    await addMember({ phone: '07700 900456' });
    const again = await app.api.members.create({ member: makeMemberInput({ phone: '+44 7700 900456' }) });
    expect(again).toMatchObject({ status: 'possible-duplicates', matches: [{ name: 'Margaret Oyelaran', reasons: ['phone'] }] });
    expect((await app.api.members.create({ member: makeMemberInput({ phone: '07700 900456' }), allowDuplicate: true })).status).toBe('saved');
    expect((await app.api.members.list()).total).toBe(2);
  });

  it('updates, names the changed fields in the audit log without values, keeps loans, consents and equality, and refuses a stale edit', async () => {
    const m = await addMember({ email: 'old@example.org', joinedDate: '2025-01-01' });
    await app.api.members.saveEquality({ id: m.id, equality: { religion: 'buddhist' } });
    const current = await app.api.members.get({ id: m.id });
    app.setNow(new Date(2026, 10, 23, 11));
    const result = await app.api.members.update({
      id: m.id,
      member: makeMemberInput({ email: 'new@example.org', accessNeeds: 'Step-free access', joinedDate: undefined }),
      expectedUpdatedAt: current.updatedAt,
    });
    if (result.status !== 'saved') throw new Error('not saved');
    // Clearing the joining date keeps the one on record.
    expect(result.member).toMatchObject({ email: 'new@example.org', joinedDate: '2025-01-01', equality: { religion: 'buddhist' } });
    const audit = await app.api.audit.list({ entityId: m.id });
    expect(audit.entries[0]).toMatchObject({ action: 'update', entity: 'member', summary: 'Changed Email, Access needs' });
    expect(JSON.stringify(audit)).not.toMatch(/new@example|Step-free|buddhist/);
    const stale = await expectFailure(app.api.members.update({ id: m.id, member: makeMemberInput(), expectedUpdatedAt: current.updatedAt }));
    expect(stale.code).toBe('CONFLICT');
  });

  it('takes a current volunteer as key contact, filters by key contact, and links a volunteer record once', async () => {
    const ana = await addVolunteer('Ana', 'Silva');
    const ben = await addVolunteer('Ben', 'Okafor');
    const m = await addMember({ firstName: 'Iris', lastName: 'Patel', keyContactId: ana.id, volunteerId: ben.id });
    await addMember({ firstName: 'Jack', lastName: 'Moss' });
    expect((await app.api.members.list({ keyContactId: ana.id })).rows.map((r) => [r.name, r.keyContact])).toEqual([['Iris Patel', 'Ana Silva']]);
    expect((await app.api.members.list({ keyContactId: 'none' })).rows.map((r) => r.name)).toEqual(['Jack Moss']);

    const twice = await expectFailure(app.api.members.create({ member: makeMemberInput({ firstName: 'Other', volunteerId: ben.id }) }));
    expect(twice.fields).toEqual({ 'member.volunteerId': 'That volunteer record is already linked to Iris Patel.' });
    const unknown = await expectFailure(app.api.members.create({ member: makeMemberInput({ keyContactId: 'no-such-volunteer' }) }));
    expect(unknown.fields?.['member.keyContactId']).toMatch(/no longer on record/);

    // A key contact who leaves stays on the member's record until someone else is chosen…
    await app.api.volunteers.changeStatus({ id: ana.id, status: 'left', date: '2026-11-23', reason: 'Moved away' });
    const kept = await app.api.members.update({ id: m.id, member: makeMemberInput({ firstName: 'Iris', lastName: 'Patel', keyContactId: ana.id, volunteerId: ben.id, notes: 'x' }) });
    expect(kept.status).toBe('saved');
    // …but cannot be newly chosen.
    const newly = await expectFailure(app.api.members.create({ member: makeMemberInput({ firstName: 'New', keyContactId: ana.id }) }));
    expect(newly.fields).toEqual({ 'member.keyContactId': 'Ana Silva has left. Choose a current volunteer as key contact.' });
  });

  it('changes status with dated history; leaving needs a reason, keeps the record, and back-dating is refused', async () => {
    app.setNow(new Date(2026, 8, 1, 10));
    const m = await addMember();
    app.setNow(new Date(2026, 10, 23, 10));
    await app.api.members.changeStatus({ id: m.id, status: 'assessed', date: '2026-10-01', note: 'Assessment at home' });
    expect((await expectFailure(app.api.members.changeStatus({ id: m.id, status: 'left', date: '2026-11-20' }))).fields).toEqual({ reason: 'Enter the reason for leaving' });
    expect((await expectFailure(app.api.members.changeStatus({ id: m.id, status: 'active', date: '2027-01-01' }))).fields).toEqual({ date: "The date can't be in the future" });
    const backwards = await expectFailure(app.api.members.changeStatus({ id: m.id, status: 'active', date: '2026-09-15' }));
    expect(backwards.fields).toEqual({ date: 'Enter a date on or after 01/10/2026, the date of the last change (Assessed)' });
    const left = await app.api.members.changeStatus({ id: m.id, status: 'left', date: '2026-11-20', reason: 'Moved into care' });
    expect(left).toMatchObject({ status: 'left', leftDate: '2026-11-20', leftReason: 'Moved into care' });
    expect((await app.api.members.list({ status: 'current' })).matched).toBe(0);
    const back = await app.api.members.changeStatus({ id: m.id, status: 'on-break', date: '2026-11-23' });
    expect(back.leftDate).toBeUndefined();
    expect(back.statusHistory.map((h) => h.status)).toEqual(['referred', 'assessed', 'left', 'on-break']);
    const audit = await app.api.audit.list({ entityId: m.id });
    expect(audit.entries.map((e) => e.summary)).toContain('Status changed to Left from 20/11/2026');
    expect(JSON.stringify(audit)).not.toContain('Moved into care');
  });

  it('deletes, and the audit log says who and when but not what', async () => {
    const m = await addMember({ firstName: 'Ngozi', email: 'ngozi@example.org' });
    await app.api.members.delete({ id: m.id });
    expect((await expectFailure(app.api.members.get({ id: m.id }))).code).toBe('NOT_FOUND');
    const audit = await app.api.audit.list();
    expect(audit.entries[0]).toMatchObject({ action: 'delete', entity: 'member', entityId: m.id, summary: 'Deleted a member record', actor: 'Test Coordinator' });
    expect(JSON.stringify(audit)).not.toMatch(/Ngozi|ngozi@/);
  });
});

describe('device loans', () => {
  it('lends, shows overdue, filters on loans out, marks returned and edits, logging no details', async () => {
    const m = await addMember();
    await addMember({ firstName: 'No', lastName: 'Loans' });
    const lent = await app.api.members.addDeviceLoan({ id: m.id, loan: { item: '4G tablet', out: '2026-10-01', due: '2026-11-01' } });
    const loan = lent.deviceLoans[0]!;
    expect(loan).toMatchObject({ item: '4G tablet', out: '2026-10-01', due: '2026-11-01' });
    const outNow = await app.api.members.list({ deviceLoanOut: true });
    expect(outNow.rows.map((r) => [r.name, r.devicesOut, r.devicesOverdue])).toEqual([['Margaret Oyelaran', 1, 1]]);

    const badDue = await expectFailure(app.api.members.addDeviceLoan({ id: m.id, loan: { item: 'Dongle', out: '2026-10-01', due: '2026-09-01' } }));
    expect(badDue.fields).toEqual({ 'loan.due': 'The due date must be on or after the day it was lent' });
    const early = await expectFailure(app.api.members.returnDeviceLoan({ id: m.id, loanId: loan.id, date: '2026-09-30' }));
    expect(early.fields).toEqual({ date: 'Enter a date on or after 01/10/2026, when it was lent' });
    expect((await expectFailure(app.api.members.returnDeviceLoan({ id: m.id, loanId: loan.id, date: '2026-12-01' }))).fields).toEqual({
      date: "The date can't be in the future",
    });

    const returned = await app.api.members.returnDeviceLoan({ id: m.id, loanId: loan.id, date: '2026-11-20' });
    expect(returned.deviceLoans[0]?.returned).toBe('2026-11-20');
    expect((await app.api.members.list({ deviceLoanOut: true })).matched).toBe(0);

    const edited = await app.api.members.updateDeviceLoan({ id: m.id, loanId: loan.id, loan: { item: '4G tablet (Samsung)', out: '2026-10-01', note: 'SIM 07700 900999' } });
    expect(edited.deviceLoans).toEqual([{ id: loan.id, item: '4G tablet (Samsung)', out: '2026-10-01', note: 'SIM 07700 900999' }]);
    expect((await expectFailure(app.api.members.updateDeviceLoan({ id: m.id, loanId: 'nope', loan: { item: 'x', out: '2026-10-01' } }))).code).toBe('NOT_FOUND');

    const audit = await app.api.audit.list({ entityId: m.id });
    expect(audit.entries.slice(0, 3).map((e) => e.summary)).toEqual(['Changed a device loan', 'Marked a device loan as returned', 'Recorded a device loan']);
    expect(JSON.stringify(audit)).not.toMatch(/tablet|Samsung|07700/);
  });
});

describe('consents', () => {
  it('records consent with date and how, and withdrawing keeps the record', async () => {
    const m = await addMember();
    const given = await app.api.members.addConsent({ id: m.id, consent: { what: 'Newsletter by email', date: '2026-10-01', how: 'written' } });
    const consent = given.consents[0]!;
    expect(consent).toMatchObject({ what: 'Newsletter by email', date: '2026-10-01', how: 'written' });
    expect((await expectFailure(app.api.members.addConsent({ id: m.id, consent: { what: 'Photos', date: '2027-01-01', how: 'verbal' } }))).fields).toEqual({
      'consent.date': "The date can't be in the future",
    });
    const early = await expectFailure(app.api.members.withdrawConsent({ id: m.id, consentId: consent.id, date: '2026-09-01' }));
    expect(early.fields).toEqual({ date: 'Enter a date on or after 01/10/2026, when consent was given' });
    const withdrawn = await app.api.members.withdrawConsent({ id: m.id, consentId: consent.id, date: '2026-11-02' });
    expect(withdrawn.consents).toEqual([{ ...consent, withdrawn: '2026-11-02' }]);
    expect((await expectFailure(app.api.members.withdrawConsent({ id: m.id, consentId: consent.id, date: '2026-11-03' }))).code).toBe('CONFLICT');
    const audit = await app.api.audit.list({ entityId: m.id });
    expect(audit.entries.slice(0, 2).map((e) => e.summary)).toEqual(['Recorded that consent was withdrawn', 'Recorded consent']);
    expect(JSON.stringify(audit)).not.toContain('Newsletter by email');
  });
});

describe('consent reviews', () => {
  // The test clock is 23/11/2026: a consent to review on 01/11/2026 is past its date, one on 10/12/2026 is coming up.
  it('lists consents due for review from members and volunteers, and "Mark reviewed" moves the date on in one commit', async () => {
    const m = await addMember({ firstName: 'Siân', lastName: 'Llewelyn' });
    const v = await addVolunteer('Ffion', 'Jones');
    await app.api.members.addConsent({ id: m.id, consent: { what: 'Photos in publicity', date: '2024-11-01', how: 'written', review: '2026-11-01' } });
    await app.api.members.addConsent({ id: m.id, consent: { what: 'Contact by post', date: '2024-11-01', how: 'written', review: '2028-11-01' } });
    const withVolunteer = await app.api.volunteers.addConsent({ id: v.id, consent: { what: 'Contact by email', date: '2024-12-10', how: 'email', review: '2026-12-10' } });
    const withdrawnLater = await app.api.members.addConsent({ id: m.id, consent: { what: 'Publishing their story', date: '2024-01-01', how: 'verbal', review: '2026-01-01' } });
    await app.api.members.withdrawConsent({ id: m.id, consentId: withdrawnLater.consents.at(-1)!.id, date: '2025-06-01' });

    const due = await app.api.consentReviews.due();
    expect(due.map((r) => [r.name, r.what, r.review, r.overdue])).toEqual([
      ['Siân Llewelyn', 'Photos in publicity', '2026-11-01', true],
      ['Ffion Jones', 'Contact by email', '2026-12-10', false],
    ]);

    const photos = due[0]!;
    const early = await expectFailure(app.api.members.reviewConsent({ id: m.id, consentId: photos.consentId, review: { on: '2024-10-01', next: '2026-12-01' } }));
    expect(early.fields).toEqual({ 'review.on': 'Enter a date on or after 01/11/2024, when consent was given' });
    const backwards = await expectFailure(app.api.members.reviewConsent({ id: m.id, consentId: photos.consentId, review: { on: '2026-11-20', next: '2026-11-20' } }));
    expect(backwards.fields).toEqual({ 'review.next': 'The next review date must be after the date it was checked' });

    const reviewed = await app.api.members.reviewConsent({ id: m.id, consentId: photos.consentId, review: { on: '2026-11-20', next: '2028-11-20' } });
    expect(reviewed.consents.find((c) => c.id === photos.consentId)).toMatchObject({ what: 'Photos in publicity', date: '2024-11-01', reviewed: '2026-11-20', review: '2028-11-20' });
    expect((await app.api.consentReviews.due()).map((r) => r.name)).toEqual(['Ffion Jones']);
    expect((await app.api.audit.list({ entityId: m.id })).entries[0]!.summary).toBe('Recorded a consent review');

    const withdrawnId = withdrawnLater.consents.at(-1)!.id;
    expect((await expectFailure(app.api.members.reviewConsent({ id: m.id, consentId: withdrawnId, review: { on: '2026-11-20', next: '2028-11-20' } }))).code).toBe('CONFLICT');
    await app.api.volunteers.reviewConsent({ id: v.id, consentId: withVolunteer.consents[0]!.id, review: { on: '2026-11-23', next: '2028-11-23' } });
    expect(await app.api.consentReviews.due()).toEqual([]);
  });
});

describe('equality monitoring', () => {
  it('saves optional answers, drops blanks and stale self-descriptions, and logs only that the section changed', async () => {
    const m = await addMember();
    const saved = await app.api.members.saveEquality({
      id: m.id,
      equality: { sex: 'female', genderSameAsSex: 'yes', genderIdentity: 'ignored when yes', ethnicity: 'other-white', ethnicityDetail: ' Polish ', disability: '', religion: 'prefer-not-to-say' },
    });
    expect(saved.equality).toEqual({ sex: 'female', genderSameAsSex: 'yes', ethnicity: 'other-white', ethnicityDetail: 'Polish', religion: 'prefer-not-to-say' });
    const changed = await app.api.members.saveEquality({ id: m.id, equality: { ...saved.equality, ethnicity: 'indian' } });
    expect(changed.equality.ethnicityDetail).toBeUndefined();
    // Saving the same answers again writes nothing.
    expect((await app.api.members.saveEquality({ id: m.id, equality: changed.equality })).updatedAt).toBe(changed.updatedAt);

    const bad = await expectFailure(app.api.members.saveEquality({ id: m.id, equality: { sex: 'robot' } }));
    expect(bad.code).toBe('VALIDATION');
    const audit = await app.api.audit.list({ entityId: m.id });
    expect(audit.entries[0]).toMatchObject({ summary: 'Changed equality monitoring answers', fields: ['Equality monitoring'] });
    expect(JSON.stringify(audit)).not.toMatch(/female|Polish|indian|prefer/);
  });
});

describe('member list', () => {
  it('filters by newsletter and status, sorts by joining date and status, and pages', async () => {
    await addMember({ firstName: 'Ann', lastName: 'A', newsletter: 'email', joinedDate: '2024-01-01' }, 'active');
    await addMember({ firstName: 'Bea', lastName: 'B', newsletter: 'large-print', joinedDate: '2026-02-01' });
    await addMember({ firstName: 'Cy', lastName: 'C', newsletter: 'large-print', joinedDate: '2025-06-01' }, 'active');
    expect((await app.api.members.list({ newsletter: 'large-print' })).rows.map((r) => r.name)).toEqual(['Bea B', 'Cy C']);
    expect((await app.api.members.list({ status: 'active' })).matched).toBe(2);
    expect((await app.api.members.list({ sort: 'joined', direction: 'desc' })).rows.map((r) => r.name)).toEqual(['Bea B', 'Cy C', 'Ann A']);
    expect((await app.api.members.list({ sort: 'status' })).rows.map((r) => r.status)).toEqual(['referred', 'active', 'active']);
    const page = await app.api.members.list({ offset: 1, limit: 1 });
    expect(page).toMatchObject({ total: 3, matched: 3, offset: 1 });
    expect(page.rows.map((r) => r.name)).toEqual(['Bea B']);
  });
});
