import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import Papa from 'papaparse';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MemberInput } from '../../../../shared/domain/members';
import type { VolunteerInput } from '../../../../shared/domain/volunteers';
import { makeGroupInput, makeVenueInput } from '../../../factories/groups';
import { makeMemberInput } from '../../../factories/members';
import { makeArticleInput, makeSectionInput, testPngBase64 } from '../../../factories/newsletters';
import { makeVolunteerInput } from '../../../factories/volunteers';
import { expectFailure, openTestApp, type TestApp } from '../../../helpers/services';

const run = promisify(execFile);

let app: TestApp;
beforeEach(async () => {
  app = await openTestApp(); // Monday 23 November 2026, 10:00
});
afterEach(async () => {
  await app.close();
});

const HOME = { line1: '12 Heol y Felin', town: 'Merthyr Tudful', postcode: 'CF47 8UB' };

async function newIssue(title = 'Winter 2026', date = '2026-12-01') {
  return app.api.newsletters.create({ issue: { title, date } });
}

async function addMember(overrides: Partial<MemberInput>, consents: { what: string; withdrawn?: string }[] = [], status: 'active' | 'left' = 'active') {
  const result = await app.api.members.create({ member: makeMemberInput({ joinedDate: '2025-01-01', ...overrides }), status: 'active' });
  if (result.status !== 'saved') throw new Error('not saved');
  let member = result.member;
  for (const c of consents) {
    member = await app.api.members.addConsent({ id: member.id, consent: { what: c.what, date: '2025-01-10', how: 'written' } });
    if (c.withdrawn) member = await app.api.members.withdrawConsent({ id: member.id, consentId: member.consents[member.consents.length - 1]!.id, date: c.withdrawn });
  }
  if (status === 'left') member = await app.api.members.changeStatus({ id: member.id, status: 'left', date: '2026-06-01', reason: 'Moved on' });
  return member;
}

async function addVolunteer(overrides: Partial<VolunteerInput>, consents: string[] = []) {
  const result = await app.api.volunteers.create({ volunteer: makeVolunteerInput(overrides), status: 'active' });
  if (result.status !== 'saved') throw new Error('not saved');
  let volunteer = result.volunteer;
  for (const what of consents) volunteer = await app.api.volunteers.addConsent({ id: volunteer.id, consent: { what, date: '2025-01-10', how: 'written' } });
  return volunteer;
}

/** A small charity's mailing: every way of getting the newsletter, and every way of not getting it. */
async function mailingList() {
  const sian = await addMember({ firstName: 'Siân', lastName: 'Llŷr', newsletter: 'email', email: 'sian@example.org' }, [{ what: 'Newsletter by email' }]);
  const zoe = await addMember({ firstName: 'Zoë', lastName: 'Ó Súilleabháin', newsletter: 'post', address: HOME });
  const aled = await addMember({ firstName: 'Aled', lastName: 'Rhys', newsletter: 'large-print', address: { line1: 'Flat 3\n27 Stryd Fawr', town: 'Aberystwyth', postcode: 'SY23 1AB' } });
  const former = await addMember({ firstName: 'Gwen', lastName: 'Evans', newsletter: 'email', email: 'gwen@example.org' }, [{ what: 'Newsletter by email' }], 'left');
  const noConsent = await addMember({ firstName: 'Dai', lastName: 'Jones', newsletter: 'email', email: 'dai@example.org' });
  const withdrew = await addMember({ firstName: 'Ffion', lastName: 'Hughes', newsletter: 'email', email: 'ffion@example.org' }, [{ what: 'Newsletter by email', withdrawn: '2026-09-01' }]);
  const none = await addMember({ firstName: 'Rhodri', lastName: 'Pritchard', newsletter: 'none', email: 'rhodri@example.org' }, [{ what: 'Newsletter by email' }]);
  const volunteer = await addVolunteer({ firstName: 'Ifeoma', lastName: 'Okonkwo', email: 'ifeoma@example.org', contactPreferences: ['email'] }, ['Contact by email']);
  const phoneOnly = await addVolunteer({ firstName: 'Łukasz', lastName: 'Wróbel', email: 'lukasz@example.org', contactPreferences: ['phone'] });
  return { sian, zoe, aled, former, noConsent, withdrew, none, volunteer, phoneOnly };
}

describe('newsletter issues', () => {
  it('starts a draft, lists issues newest first with title, date and status, and keeps them after reopening', async () => {
    const autumn = await newIssue('Autumn 2026', '2026-09-01');
    const winter = await newIssue('Winter 2026', '2026-12-01');
    expect(winter).toMatchObject({ status: 'draft', sections: [], createdAt: '2026-11-23T10:00:00.000Z' });
    await app.reopen();
    expect(await app.api.newsletters.list()).toEqual([
      { id: winter.id, title: 'Winter 2026', date: '2026-12-01', status: 'draft', sectionCount: 0 },
      { id: autumn.id, title: 'Autumn 2026', date: '2026-09-01', status: 'draft', sectionCount: 0 },
    ]);
  });

  it('refuses an issue with no title or date, in words', async () => {
    const error = await expectFailure(app.api.newsletters.create({ issue: { title: '', date: '' } }));
    expect(error.code).toBe('VALIDATION');
    expect(Object.keys(error.fields ?? {})).toEqual(['issue.title', 'issue.date']);
  });

  it('changes the title and date of a draft, and deletes a draft', async () => {
    const issue = await newIssue();
    const changed = await app.api.newsletters.update({ id: issue.id, issue: { title: 'Gaeaf / Winter 2026', date: '2026-12-07' } });
    expect(changed).toMatchObject({ title: 'Gaeaf / Winter 2026', date: '2026-12-07' });
    await app.api.newsletters.delete({ id: issue.id });
    expect(await app.api.newsletters.list()).toEqual([]);
    expect(await expectFailure(app.api.newsletters.get({ id: issue.id }))).toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('sections', () => {
  it('adds sections at the end, edits one in place and deletes one', async () => {
    const issue = await newIssue();
    await app.api.newsletters.saveSection({ id: issue.id, section: makeSectionInput({ heading: 'Welcome' }) });
    let saved = await app.api.newsletters.saveSection({ id: issue.id, section: makeArticleInput() });
    saved = await app.api.newsletters.saveSection({ id: issue.id, section: makeSectionInput({ kind: 'social', heading: 'Christmas lunch', body: '- Friday 18 December\n- £3' }) });
    expect(saved.sections.map((s) => [s.kind, s.heading])).toEqual([
      ['free-text', 'Welcome'],
      ['article', 'What the group means to me'],
      ['social', 'Christmas lunch'],
    ]);
    expect(saved.sections[1]).toMatchObject({ author: 'Siân Llŷr', publishAgreed: true });

    const articleId = saved.sections[1]!.id;
    saved = await app.api.newsletters.saveSection({ id: issue.id, sectionId: articleId, section: makeArticleInput({ heading: 'Finding my voice', publishAgreed: false }) });
    expect(saved.sections[1]).toMatchObject({ id: articleId, heading: 'Finding my voice', publishAgreed: false });
    expect(saved.sections).toHaveLength(3);

    saved = await app.api.newsletters.deleteSection({ id: issue.id, sectionId: saved.sections[0]!.id });
    expect(saved.sections.map((s) => s.heading)).toEqual(['Finding my voice', 'Christmas lunch']);
    expect((await app.api.newsletters.list())[0]?.sectionCount).toBe(2);
  });

  it('keeps author and agreement only on articles', async () => {
    const issue = await newIssue();
    const saved = await app.api.newsletters.saveSection({ id: issue.id, section: makeSectionInput({ kind: 'community', author: 'Somebody', publishAgreed: true }) });
    expect(saved.sections[0]).not.toHaveProperty('author');
    expect(saved.sections[0]).not.toHaveProperty('publishAgreed');
  });

  it('moves sections up and down, and leaves the first and last where they are at the ends', async () => {
    const issue = await newIssue();
    for (const heading of ['One', 'Two', 'Three']) await app.api.newsletters.saveSection({ id: issue.id, section: makeSectionInput({ heading }) });
    let saved = await app.api.newsletters.get({ id: issue.id }).then((d) => d.issue);
    const [one, two, three] = saved.sections.map((s) => s.id);
    saved = await app.api.newsletters.moveSection({ id: issue.id, sectionId: three!, direction: 'up' });
    expect(saved.sections.map((s) => s.heading)).toEqual(['One', 'Three', 'Two']);
    saved = await app.api.newsletters.moveSection({ id: issue.id, sectionId: one!, direction: 'down' });
    expect(saved.sections.map((s) => s.heading)).toEqual(['Three', 'One', 'Two']);
    saved = await app.api.newsletters.moveSection({ id: issue.id, sectionId: two!, direction: 'down' });
    saved = await app.api.newsletters.moveSection({ id: issue.id, sectionId: three!, direction: 'up' });
    expect(saved.sections.map((s) => s.heading)).toEqual(['Three', 'One', 'Two']);
  });

  it('keeps a picture with its description, and refuses one without', async () => {
    const issue = await newIssue();
    const image = { mimeType: 'image/png' as const, base64: testPngBase64(30, 20), alt: 'Members at the allotment' };
    const saved = await app.api.newsletters.saveSection({ id: issue.id, section: makeSectionInput({ image }) });
    expect(saved.sections[0]?.image).toEqual(image);
    const error = await expectFailure(app.api.newsletters.saveSection({ id: issue.id, section: makeSectionInput({ image: { ...image, alt: '' } }) }));
    expect(error.fields).toEqual({ 'section.image.alt': 'Enter what the picture shows (for people who cannot see it)' });
  });

  it('says plainly when a section has gone', async () => {
    const issue = await newIssue();
    expect(await expectFailure(app.api.newsletters.deleteSection({ id: issue.id, sectionId: 'gone' }))).toEqual({ code: 'NOT_FOUND', message: 'That section is no longer in this newsletter.' });
  });

  it('writes each change to the audit log without the words of the section', async () => {
    const issue = await newIssue();
    await app.api.newsletters.saveSection({ id: issue.id, section: makeArticleInput({ body: 'My private story' }) });
    const audit = await app.api.audit.list({ entityId: issue.id });
    expect(audit.entries.map((e) => e.summary)).toEqual(["Added a section (Member's article)", 'Started a newsletter issue']);
    expect(JSON.stringify(audit)).not.toContain('My private story');
  });
});

describe("what's on", () => {
  async function groups() {
    const venue = await app.api.venues.create({ venue: makeVenueInput() });
    await app.api.groups.create({ group: makeGroupInput({ venueId: venue.id }) });
    await app.api.groups.create({ group: makeGroupInput({ name: 'Helping One Another', venueId: venue.id, schedule: { frequency: 'monthly', weekOfMonth: 'second', weekday: 'tue', startTime: '13:30', endTime: '15:30' } }) });
  }

  it("fills a new what's on section from the groups' schedules for the month: group, day and time in words, venue", async () => {
    await groups();
    const issue = await newIssue();
    const saved = await app.api.newsletters.fillWhatsOn({ id: issue.id, month: '2026-12' });
    const section = saved.sections[0]!;
    expect(section).toMatchObject({ kind: 'whats-on', heading: "What's on in December 2026", filledFor: '2026-12' });
    expect(section.body).toBe(
      [
        '**Tuesday Peer Support** (Peer group)',
        'Every Tuesday, 10:30–12:00, not on bank holidays',
        'Tuesdays 1, 8, 15, 22 and 29 December',
        'Crookes Community Centre, 1 Crookes Road, Sheffield, S10 1UB',
        '',
        '**Helping One Another** (Peer group)',
        'Every 2nd Tuesday of the month, 13:30–15:30',
        'Tuesday 8 December',
        'Crookes Community Centre, 1 Crookes Road, Sheffield, S10 1UB',
      ].join('\n'),
    );
  });

  it('can be edited after filling, and refuses to overwrite that text unless asked to replace it', async () => {
    await groups();
    const issue = await newIssue();
    let saved = await app.api.newsletters.fillWhatsOn({ id: issue.id, month: '2026-12' });
    const id = saved.sections[0]!.id;
    const edited = `${saved.sections[0]!.body}\n\nCarol singing: Saturday 19 December, 15:00, outside the library.`;
    saved = await app.api.newsletters.saveSection({ id: issue.id, sectionId: id, section: { kind: 'whats-on', heading: 'Coming up in December', body: edited } });
    expect(saved.sections[0]).toMatchObject({ heading: 'Coming up in December', body: edited, filledFor: '2026-12' });

    const refused = await expectFailure(app.api.newsletters.fillWhatsOn({ id: issue.id, month: '2027-01' }));
    expect(refused).toEqual({ code: 'CONFLICT', message: '"Coming up in December" already has text. Replace it with the groups meeting in January 2027?' });
    expect((await app.api.newsletters.get({ id: issue.id })).issue.sections[0]!.body).toBe(edited);

    saved = await app.api.newsletters.fillWhatsOn({ id: issue.id, month: '2027-01', replace: true });
    expect(saved.sections).toHaveLength(1);
    // The heading the coordinator wrote stays; the text follows the new month.
    expect(saved.sections[0]).toMatchObject({ id, heading: 'Coming up in December', filledFor: '2027-01' });
    expect(saved.sections[0]!.body).toContain('Tuesdays 5, 12, 19 and 26 January');
  });

  it('fills an empty what\'s on section the coordinator added, and will not fill another kind', async () => {
    await groups();
    const issue = await newIssue();
    let saved = await app.api.newsletters.saveSection({ id: issue.id, section: makeSectionInput({ heading: 'Welcome' }) });
    saved = await app.api.newsletters.saveSection({ id: issue.id, section: { kind: 'whats-on', heading: "What's on", body: '' } });
    saved = await app.api.newsletters.fillWhatsOn({ id: issue.id, month: '2026-12' });
    expect(saved.sections.map((s) => [s.kind, s.heading])).toEqual([
      ['free-text', 'Welcome'],
      ['whats-on', "What's on in December 2026"],
    ]);
    const wrongKind = await expectFailure(app.api.newsletters.fillWhatsOn({ id: issue.id, month: '2026-12', sectionId: saved.sections[0]!.id }));
    expect(wrongKind).toMatchObject({ code: 'CONFLICT', message: '"Welcome" is not a what\'s on section.' });
  });

  it('refuses a month that is not a month', async () => {
    const issue = await newIssue();
    expect((await expectFailure(app.api.newsletters.fillWhatsOn({ id: issue.id, month: '2026-13' }))).fields).toEqual({ month: 'Choose a month' });
  });
});

describe('recipients', () => {
  it('come from preferences: members, former members who opted in and volunteers, by email, post and large print', async () => {
    await mailingList();
    const r = await app.api.newsletters.recipients();
    expect(r.counts).toEqual({ email: 3, post: 1, 'large-print': 1 });
    expect(r.total).toBe(5);
    expect(r.recipients.map((p) => [p.name, p.personType, p.channel, p.former])).toEqual([
      ['Aled Rhys', 'member', 'large-print', false],
      ['Gwen Evans', 'member', 'email', true],
      ['Ifeoma Okonkwo', 'volunteer', 'email', false],
      ['Siân Llŷr', 'member', 'email', false],
      ['Zoë Ó Súilleabháin', 'member', 'post', false],
    ]);
    expect(r.recipients.find((p) => p.name === 'Aled Rhys')?.addressLines).toEqual(['Flat 3', '27 Stryd Fawr', 'Aberystwyth', 'SY23 1AB']);
    expect(r.excluded.map((e) => [e.name, e.reason])).toEqual([
      ['Dai Jones', 'no-consent'],
      ['Ffion Hughes', 'withdrawn'],
      ['Łukasz Wróbel', 'opted-out'],
      ['Rhodri Pritchard', 'opted-out'],
    ]);
    expect(r.excludedCounts).toEqual({ 'no-consent': 1, withdrawn: 1, 'opted-out': 2 });
    expect(r.emailListCount).toBe(3);
    expect(r.volunteersWithoutEmailConsent).toEqual({ total: 1, choseEmail: 0 });
  });

  it("take a volunteer's email consent, not their contact preference, and count the volunteers not yet asked", async () => {
    const asked = await addVolunteer({ firstName: 'Ifeoma', lastName: 'Okonkwo', email: 'ifeoma@example.org', contactPreferences: ['phone'] }, ['Contact by email']);
    await addVolunteer({ firstName: 'Kwame', lastName: 'Mensah', email: 'kwame@example.org', contactPreferences: ['email'] });
    await addVolunteer({ firstName: 'Bethan', lastName: 'Hughes', email: 'bethan@example.org', contactPreferences: ['email', 'post'], address: HOME });
    const before = await app.api.newsletters.recipients();
    expect(before.recipients.map((p) => [p.name, p.channel])).toEqual([
      ['Bethan Hughes', 'post'],
      ['Ifeoma Okonkwo', 'email'],
    ]);
    expect(before.excluded.map((e) => [e.name, e.wanted, e.reason])).toEqual([['Kwame Mensah', 'email', 'no-consent']]);
    expect(before.volunteersWithoutEmailConsent).toEqual({ total: 2, choseEmail: 2 });

    await app.api.volunteers.withdrawConsent({ id: asked.id, consentId: asked.consents[0]!.id, date: '2026-11-20' });
    const after = await app.api.newsletters.recipients();
    expect(after.excluded.map((e) => [e.name, e.reason, e.withdrawnOn])).toEqual([
      ['Ifeoma Okonkwo', 'withdrawn', '2026-11-20'],
      ['Kwame Mensah', 'no-consent', undefined],
    ]);
    // Withdrawn is an answer: only people with nothing on record are left to ask.
    expect(after.volunteersWithoutEmailConsent).toEqual({ total: 2, choseEmail: 2 });
    expect(after.emailListCount).toBe(0);
  });
});

describe('the email list', () => {
  it('is a CSV of name and email that never holds anyone without email consent or who opted out', async () => {
    await mailingList();
    const issue = await newIssue();
    const file = await app.api.newsletters.exportEmails({ id: issue.id });
    expect(file).toMatchObject({ filename: 'newsletter-email-list-winter-2026.csv', mimeType: 'text/csv;charset=utf-8', count: 3 });
    expect(file.text!.startsWith('\uFEFF')).toBe(true);
    const rows = Papa.parse<string[]>(file.text!.slice(1).trim()).data;
    expect(rows).toEqual([
      ['Name', 'Email'],
      ['Gwen Evans', 'gwen@example.org'],
      ['Ifeoma Okonkwo', 'ifeoma@example.org'],
      ['Siân Llŷr', 'sian@example.org'],
    ]);
    for (const left of ['dai@example.org', 'ffion@example.org', 'rhodri@example.org', 'lukasz@example.org']) expect(file.text).not.toContain(left);
  });

  it('drops someone the moment they withdraw consent', async () => {
    const { sian } = await mailingList();
    const issue = await newIssue();
    await app.api.members.withdrawConsent({ id: sian.id, consentId: sian.consents[0]!.id, date: '2026-11-23' });
    const file = await app.api.newsletters.exportEmails({ id: issue.id });
    expect(file.count).toBe(2);
    expect(file.text).not.toContain('sian@example.org');
  });

  it('keeps a name that starts like a formula from running in Excel', async () => {
    await addMember({ firstName: '=HYPERLINK("http://evil")', lastName: 'X', newsletter: 'email', email: 'x@example.org' }, [{ what: 'Newsletter by email' }]);
    const file = await app.api.newsletters.exportEmails({ id: (await newIssue()).id });
    expect(file.text).toContain(`"'=HYPERLINK(""http://evil"") X"`);
  });
});

describe('printing', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'peer-desk-newsletter-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  async function text(base64: string, name: string): Promise<string> {
    const file = path.join(dir, name);
    await writeFile(file, Buffer.from(base64, 'base64'));
    return (await run('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'])).stdout;
  }

  it('prints the issue in standard and large print, named for the issue', async () => {
    const issue = await newIssue('Gaeaf / Winter 2026');
    await app.api.newsletters.saveSection({ id: issue.id, section: makeArticleInput() });
    const standard = await app.api.newsletters.printPdf({ id: issue.id, size: 'standard' });
    const large = await app.api.newsletters.printPdf({ id: issue.id, size: 'large' });
    expect(standard).toMatchObject({ filename: 'newsletter-gaeaf-winter-2026-standard-print.pdf', mimeType: 'application/pdf' });
    expect(large.filename).toBe('newsletter-gaeaf-winter-2026-large-print.pdf');
    for (const pdf of [standard, large]) {
      const words = await text(pdf.base64!, pdf.filename);
      expect(words).toContain('What the group means to me');
      expect(words).toContain('By Siân Llŷr');
    }
  });

  it('prints address labels for post and large print only, from the starting label, large print marked', async () => {
    await mailingList();
    const issue = await newIssue();
    const labels = await app.api.newsletters.printLabels({ id: issue.id, sheet: 'L7160', startAt: 8 });
    expect(labels).toMatchObject({ filename: 'labels-L7160-winter-2026.pdf', labelCount: 2, sheets: 1, notPrinted: [] });
    const words = await text(labels.base64!, labels.filename);
    expect(words).toMatch(/Zoë Ó Súilleabháin[\s\S]*12 Heol y Felin[\s\S]*CF47 8UB/);
    expect(words).toMatch(/LP[\s\S]*Aled Rhys[\s\S]*27 Stryd Fawr/);
    expect(words).not.toContain('Siân');
    const audit = await app.api.audit.list({ entityId: issue.id });
    expect(audit.entries[0]?.summary).toBe('Printed 2 address labels for a newsletter');
  });

  it('refuses a starting label past the end of the sheet, and labels when nobody gets it by post', async () => {
    const issue = await newIssue();
    await addMember({ firstName: 'Zoë', lastName: 'Post', newsletter: 'post', address: HOME });
    const pastEnd = await expectFailure(app.api.newsletters.printLabels({ id: issue.id, sheet: 'L7163', startAt: 15 }));
    expect(pastEnd).toMatchObject({ code: 'VALIDATION', message: 'An L7163 sheet has 14 labels: choose a label from 1 to 14.' });
    expect((await expectFailure(app.api.newsletters.printLabels({ id: issue.id, sheet: 'L7160', startAt: 0 }))).fields).toEqual({ startAt: 'Start at label 1 or later' });
    const other = await openTestApp();
    try {
      const empty = await other.api.newsletters.create({ issue: { title: 'Empty', date: '2026-12-01' } });
      expect(await expectFailure(other.api.newsletters.printLabels({ id: empty.id, sheet: 'L7160', startAt: 1 }))).toMatchObject({
        code: 'CONFLICT',
        message: 'Nobody gets this newsletter by post, so there are no labels to print.',
      });
    } finally {
      await other.close();
    }
  });
});

describe('marking as sent', () => {
  it('records who it went to and how, by whom and when, and shows the names', async () => {
    await mailingList();
    const issue = await newIssue();
    await app.api.newsletters.saveSection({ id: issue.id, section: makeArticleInput() });
    const detail = await app.api.newsletters.markSent({ id: issue.id, date: '2026-11-23' });
    expect(detail.issue).toMatchObject({ status: 'sent', sent: { date: '2026-11-23', recordedAt: '2026-11-23T10:00:00.000Z', recordedBy: 'Test Coordinator' } });
    expect(detail.issue.sent?.recipients).toHaveLength(5);
    expect(detail.sentTo?.map((r) => [r.name, r.channel])).toEqual([
      ['Aled Rhys', 'large-print'],
      ['Gwen Evans', 'email'],
      ['Ifeoma Okonkwo', 'email'],
      ['Siân Llŷr', 'email'],
      ['Zoë Ó Súilleabháin', 'post'],
    ]);
    expect((await app.api.newsletters.list())[0]).toMatchObject({ status: 'sent', sentDate: '2026-11-23', sentCount: 5 });
    const audit = await app.api.audit.list({ entityId: issue.id });
    expect(audit.entries[0]?.summary).toBe('Marked as sent on 23/11/2026 to 5 people (3 by email, 1 by post, 1 in large print)');
  });

  it('keeps the record of who it went to even if someone later withdraws or is deleted', async () => {
    const { sian, zoe } = await mailingList();
    const issue = await newIssue();
    await app.api.newsletters.saveSection({ id: issue.id, section: makeSectionInput() });
    await app.api.newsletters.markSent({ id: issue.id, date: '2026-11-20' });
    await app.api.members.withdrawConsent({ id: sian.id, consentId: sian.consents[0]!.id, date: '2026-11-23' });
    await app.api.members.delete({ id: zoe.id });
    const detail = await app.api.newsletters.get({ id: issue.id });
    expect(detail.sentTo?.map((r) => r.name)).toEqual(['Aled Rhys', 'Gwen Evans', 'Ifeoma Okonkwo', 'Siân Llŷr', '(no longer on record)']);
  });

  it('will not send an article the author has not agreed to, an empty issue, or a date in the future', async () => {
    const issue = await newIssue();
    expect(await expectFailure(app.api.newsletters.markSent({ id: issue.id, date: '2026-11-23' }))).toMatchObject({ message: 'This newsletter has no sections yet.' });
    await app.api.newsletters.saveSection({ id: issue.id, section: makeArticleInput({ heading: 'My story', publishAgreed: false }) });
    const unagreed = await expectFailure(app.api.newsletters.markSent({ id: issue.id, date: '2026-11-23' }));
    expect(unagreed.message).toBe('The article "My story" has no record that the author agreed to publish. Tick "Member agreed to publish" once they have, then mark it as sent.');
    const sectionId = (await app.api.newsletters.get({ id: issue.id })).issue.sections[0]!.id;
    await app.api.newsletters.saveSection({ id: issue.id, sectionId, section: makeArticleInput({ heading: 'My story', publishAgreed: true }) });
    expect((await expectFailure(app.api.newsletters.markSent({ id: issue.id, date: '2026-11-24' }))).fields).toEqual({ date: "The date it was sent can't be in the future" });
  });

  it('freezes a sent issue: no edits, no deleting, no sending twice; a copy can be edited', async () => {
    const issue = await newIssue();
    await app.api.newsletters.saveSection({ id: issue.id, section: makeSectionInput() });
    const sent = await app.api.newsletters.markSent({ id: issue.id, date: '2026-11-23' });
    const sectionId = sent.issue.sections[0]!.id;
    const frozen = '"Winter 2026" was sent on 23/11/2026, so it can\'t be changed. Make a copy to edit instead.';
    for (const attempt of [
      app.api.newsletters.update({ id: issue.id, issue: { title: 'Changed', date: '2026-12-01' } }),
      app.api.newsletters.saveSection({ id: issue.id, section: makeSectionInput() }),
      app.api.newsletters.saveSection({ id: issue.id, sectionId, section: makeSectionInput({ heading: 'Changed' }) }),
      app.api.newsletters.deleteSection({ id: issue.id, sectionId }),
      app.api.newsletters.moveSection({ id: issue.id, sectionId, direction: 'down' }),
      app.api.newsletters.fillWhatsOn({ id: issue.id, month: '2026-12', replace: true }),
      app.api.newsletters.markSent({ id: issue.id, date: '2026-11-23' }),
    ]) {
      expect(await expectFailure(attempt)).toEqual({ code: 'CONFLICT', message: frozen });
    }
    expect(await expectFailure(app.api.newsletters.delete({ id: issue.id }))).toEqual({ code: 'CONFLICT', message: 'A sent newsletter is the record of who it went to, so it is kept.' });
    expect(await app.api.newsletters.list()).toHaveLength(1);

    const copy = await app.api.newsletters.copy({ id: issue.id });
    expect(copy).toMatchObject({ title: 'Winter 2026 (copy)', status: 'draft', copiedFrom: issue.id });
    expect(copy.sections[0]!.id).not.toBe(sectionId);
    expect(copy.sections[0]!.heading).toBe(sent.issue.sections[0]!.heading);
    await app.api.newsletters.saveSection({ id: copy.id, sectionId: copy.sections[0]!.id, section: makeSectionInput({ heading: 'Changed' }) });
    expect((await app.api.newsletters.get({ id: issue.id })).issue.sections[0]!.heading).toBe(sent.issue.sections[0]!.heading);
  });
});
