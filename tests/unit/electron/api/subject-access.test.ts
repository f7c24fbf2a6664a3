import { unzipSync, strFromU8 } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CommitRecord } from '../../../../electron/store/commit-format';
import type { PackJson } from '../../../../shared/domain/subject-access-export';
import type { FileDownload } from '../../../../shared/files';
import { makeGroupInput, makeVenueInput } from '../../../factories/groups';
import { makeMemberInput } from '../../../factories/members';
import { auditEntriesIn, commitsAfter, describeOp, lastSeq } from '../../../helpers/journal';
import { pdfText } from '../../../helpers/pdf-text';
import { expectFailure, openTestApp, type TestApp } from '../../../helpers/services';

let app: TestApp;
beforeEach(async () => {
  app = await openTestApp(); // Monday 23 November 2026, 10:00
});
afterEach(async () => {
  await app.close();
});

async function member(firstName: string, lastName: string, notes?: string) {
  const saved = await app.api.members.create({ member: makeMemberInput({ firstName, lastName, ...(notes ? { notes } : {}) }), status: 'active', allowDuplicate: true });
  if (saved.status !== 'saved') throw new Error('not saved');
  return saved.member;
}

async function commitsOf(action: () => Promise<unknown>): Promise<CommitRecord[]> {
  const seq = await lastSeq(app.dir);
  await action();
  return commitsAfter(app.dir, seq);
}

function unzip(file: FileDownload): { json: PackJson; pdf: string; names: string[] } {
  const files = unzipSync(new Uint8Array(Buffer.from(file.base64 ?? '', 'base64')));
  const names = Object.keys(files).sort();
  const json = JSON.parse(strFromU8(files[names.find((n) => n.endsWith('.json'))!]!)) as PackJson;
  const pdf = pdfText({ base64: Buffer.from(files[names.find((n) => n.endsWith('.pdf'))!]!).toString('base64') });
  return { json, pdf, names };
}

const request = { receivedDate: '2026-11-20', method: 'email', requester: 'the-person' } as const;

describe('recording a subject access request', () => {
  it('is one commit with its audit entry, due one calendar month on, and on Home until answered', async () => {
    const amira = await member('Amira', 'Haddad');
    let id = '';
    const commits = await commitsOf(async () => {
      id = (await app.api.subjectAccess.create({ subjectType: 'member', subjectId: amira.id, request: { ...request, notes: 'Asked at the Tuesday group' } })).id;
    });
    expect(commits).toHaveLength(1);
    expect(commits[0]!.ops.map(describeOp).sort()).toEqual(['put audit/2026', 'put subject-access']);
    const audit = auditEntriesIn(commits[0]!);
    expect(audit).toEqual([expect.objectContaining({ action: 'create', entity: 'subject-access', entityId: id, summary: 'Recorded a subject access request received 20/11/2026' })]);
    expect(JSON.stringify(audit)).not.toMatch(/Amira|Tuesday/);

    const view = await app.api.subjectAccess.get({ id });
    expect(view).toMatchObject({ name: 'Amira Haddad', subjectHref: `/members/${amira.id}`, dueDate: '2026-12-20', status: 'open', dueText: 'due Sun 20 Dec, 27 days left' });
    expect((await app.api.home.thisWeek()).subjectAccessDue).toEqual([
      { id, href: `/privacy/subject-access/${id}`, memberName: 'Amira Haddad', kindName: 'Subject access', why: 'due Sun 20 Dec, 27 days left' },
    ]);
  });

  it('refuses a date in the future, a missing authority and a record not on file', async () => {
    const amira = await member('Amira', 'Haddad');
    const future = await expectFailure(app.api.subjectAccess.create({ subjectType: 'member', subjectId: amira.id, request: { ...request, receivedDate: '2026-11-24' } }));
    expect(future.fields).toEqual({ 'request.receivedDate': 'The date it was received can’t be in the future' });
    const behalf = await expectFailure(app.api.subjectAccess.create({ subjectType: 'member', subjectId: amira.id, request: { ...request, requester: 'on-their-behalf' } }));
    expect(Object.keys(behalf.fields ?? {})).toEqual(['request.requesterDetails']);
    expect((await expectFailure(app.api.subjectAccess.create({ subjectType: 'volunteer', subjectId: amira.id, request }))).code).toBe('NOT_FOUND');
  });

  it('extends once, by up to two months from the day received, with the reason in its log', async () => {
    const amira = await member('Amira', 'Haddad');
    const { id } = await app.api.subjectAccess.create({ subjectType: 'member', subjectId: amira.id, request });
    const extended = await app.api.subjectAccess.extend({ id, extension: { months: 2, reason: 'Ten years of records to check' } });
    expect(extended).toMatchObject({ dueDate: '2027-02-20', status: 'extended' });
    expect(extended.request.log.at(-1)?.text).toBe('Extended by two months, now due 20/02/2027: Ten years of records to check');
    expect((await expectFailure(app.api.subjectAccess.extend({ id, extension: { months: 1, reason: 'More' } }))).code).toBe('CONFLICT');
    expect((await expectFailure(app.api.subjectAccess.extend({ id, extension: { months: 3, reason: 'More' } }))).code).toBe('VALIDATION');
  });
});

describe('preparing and saving the pack', () => {
  it('gathers their groups, withholds an item with its reason in the log, and saves a zip of a PDF and JSON that leave it out', async () => {
    const amira = await member('Amira', 'Haddad', 'Prefers mornings');
    await member('Brian', 'Other', 'BRIAN-SECRET');
    const venue = await app.api.venues.create({ venue: makeVenueInput() });
    const group = await app.api.groups.create({ group: makeGroupInput({ name: 'Tuesday Walk', venueId: venue.id }) });
    await app.api.groups.addMember({ groupId: group.id, memberId: amira.id, joined: '2026-11-02' });
    const { id } = await app.api.subjectAccess.create({ subjectType: 'member', subjectId: amira.id, request });

    const pack = await app.api.subjectAccess.preparePack({ id });
    const groupItem = pack.items.find((i) => i.kind === 'group');
    expect(groupItem?.title).toBe('Tuesday Walk');
    expect(pack.items.find((i) => i.kind === 'record')?.fields).toContainEqual({ label: 'Notes', value: 'Prefers mornings' });
    expect(JSON.stringify(pack.items)).not.toContain('BRIAN');

    const withheld = await app.api.subjectAccess.withhold({ id, itemId: groupItem!.id, reason: 'It identifies someone else' });
    expect(withheld.request.withheld).toEqual([expect.objectContaining({ itemId: groupItem!.id, label: 'Groups: Tuesday Walk', reason: 'It identifies someone else' })]);
    expect(withheld.request.log.at(-1)?.text).toBe('Withheld “Groups: Tuesday Walk”: It identifies someone else');
    expect((await app.api.subjectAccess.preparePack({ id })).withheld).toEqual({ [groupItem!.id]: 'It identifies someone else' });

    let file: FileDownload | undefined;
    const commits = await commitsOf(async () => {
      file = await app.api.subjectAccess.savePack({ id, sentOn: '2026-11-23' });
    });
    expect(commits).toHaveLength(1);
    expect(auditEntriesIn(commits[0]!)).toEqual([expect.objectContaining({ summary: 'Answered a subject access request' })]);
    expect(file?.filename).toBe('subject-access-amira-haddad-2026-11-23.zip');
    const { json, pdf, names } = unzip(file!);
    expect(names).toEqual(['subject-access-amira-haddad-2026-11-23.json', 'subject-access-amira-haddad-2026-11-23.pdf']);
    expect(json).toMatchObject({ format: 'peer-desk-subject-access', version: 1, person: { name: 'Amira Haddad', recordType: 'member' }, withheld: [{ heading: 'Groups', reason: 'It identifies someone else' }] });
    expect(json.items.some((i) => i.kind === 'record')).toBe(true);
    expect(json.items.some((i) => i.id === groupItem!.id)).toBe(false);
    expect(JSON.stringify(json)).not.toContain('Tuesday Walk');
    expect(pdf).toContain('Amira Haddad');
    expect(pdf).toContain('Prefers mornings');
    expect(pdf).toContain('Groups: It identifies someone else');
    expect(pdf).not.toContain('Tuesday Walk');

    const answered = await app.api.subjectAccess.get({ id });
    expect(answered).toMatchObject({ status: 'answered', answeredDate: '2026-11-23', dueText: 'answered on 23/11/2026' });
    expect((await app.api.home.thisWeek()).subjectAccessDue).toEqual([]);

    // Made again: logged, the date it was answered kept.
    await app.api.subjectAccess.savePack({ id, sentOn: '2026-11-23' });
    const again = await app.api.subjectAccess.get({ id });
    expect(again.answeredDate).toBe('2026-11-23');
    expect(again.request.log.at(-1)?.text).toBe('Pack made again (3 items, 1 withheld)');
  });

  it('puts a withheld item back, and refuses a date sent before it was received or in the future', async () => {
    const amira = await member('Amira', 'Haddad');
    const { id } = await app.api.subjectAccess.create({ subjectType: 'member', subjectId: amira.id, request });
    const [record] = (await app.api.subjectAccess.preparePack({ id })).items;
    await app.api.subjectAccess.withhold({ id, itemId: record!.id, reason: 'Checking' });
    const back = await app.api.subjectAccess.include({ id, itemId: record!.id });
    expect(back.request.withheld).toEqual([]);
    expect(back.request.log.at(-1)?.text).toBe('Put back in the pack: “Your record: Member record”');
    expect((await expectFailure(app.api.subjectAccess.savePack({ id, sentOn: '2026-11-19' }))).fields).toEqual({ sentOn: 'Enter a date on or after 20/11/2026, when the request was received' });
    expect((await expectFailure(app.api.subjectAccess.savePack({ id, sentOn: '2026-11-24' }))).fields).toEqual({ sentOn: 'The date sent can’t be in the future' });
    expect((await expectFailure(app.api.subjectAccess.withhold({ id, itemId: 'nothing:here', reason: 'x' }))).code).toBe('NOT_FOUND');
  });
});
