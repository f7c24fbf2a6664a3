import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FileDownload } from '../../../../shared/files';
import { makeMemberInput } from '../../../factories/members';
import { expectFailure, openTestApp, type TestApp } from '../../../helpers/services';

const run = promisify(execFile);

let app: TestApp;
let tmp: string;
beforeEach(async () => {
  app = await openTestApp();
  tmp = await mkdtemp(path.join(tmpdir(), 'peer-desk-questionnaire-'));
});
afterEach(async () => {
  await app.close();
  await rm(tmp, { recursive: true, force: true });
});

async function read(file: FileDownload): Promise<{ text: string; title: string; pages: number }> {
  const at = path.join(tmp, file.filename);
  await writeFile(at, Buffer.from(file.base64 ?? '', 'base64'));
  const [{ stdout: text }, { stdout: info }] = await Promise.all([run('pdftotext', ['-raw', '-enc', 'UTF-8', at, '-']), run('pdfinfo', ['-enc', 'UTF-8', at])]);
  return { text: text.replace(/\s+/g, ' '), title: /^Title:\s+(.*)$/m.exec(info)?.[1] ?? '', pages: Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]) };
}

describe('"Print questionnaire"', () => {
  it('prints a blank SWEMWBS form with the organisation, the licence line and the registration from Settings', async () => {
    await app.api.settings.update({ organisationName: 'Sutton Peer Support', swemwbsRegistration: 'WEMWBS-1234' });
    const file = await app.api.outcomes.printQuestionnaire({ measureId: 'swemwbs', size: 'standard' });
    expect(file.filename).toBe('swemwbs.pdf');
    expect(file.mimeType).toBe('application/pdf');
    const pdf = await read(file);
    expect(pdf.pages).toBe(1);
    expect(pdf.text).toMatch(/^Sutton Peer Support Short Warwick-Edinburgh Mental Wellbeing Scale \(SWEMWBS\) Name: Date:/);
    expect(pdf.text).toContain('all rights reserved. Registration: WEMWBS-1234');
  });

  it('still prints SWEMWBS without a registration, with its licence line', async () => {
    const pdf = await read(await app.api.outcomes.printQuestionnaire({ measureId: 'swemwbs', size: 'large' }));
    expect(pdf.title).toBe('SWEMWBS questionnaire (large print)');
    expect(pdf.text).toContain('© NHS Health Scotland, University of Warwick and University of Edinburgh, 2008, all rights reserved.');
    expect(pdf.text).not.toContain('Registration:');
  });

  it('writes the member’s first name (the one they go by) and nothing else about them', async () => {
    const r = await app.api.members.create({ member: makeMemberInput({ firstName: 'Bronwen', preferredName: 'Bron', lastName: 'Okafor' }), status: 'active', allowDuplicate: true });
    if (r.status !== 'saved') throw new Error('not saved');
    const file = await app.api.outcomes.printQuestionnaire({ measureId: 'core-10', size: 'standard', memberId: r.member.id });
    expect(file.filename).toBe('core-10-bron.pdf');
    const pdf = await read(file);
    expect(pdf.text).toContain('Name: Bron Date:');
    expect(pdf.text).not.toContain('Okafor');
  });

  it('prints a custom scale, and refuses a questionnaire that is not there', async () => {
    const view = await app.api.outcomes.saveCustomScale({
      scale: { name: 'Our confidence check', items: [{ text: 'I feel confident going out' }, { text: 'I know who to ask for help' }], answerMin: 1, answerMax: 4, labels: [{ value: 1, label: 'Not yet' }], higherIsBetter: true, meaningfulChange: 2 },
    });
    const scale = view.measures.find((m) => m.definition.name === 'Our confidence check')!;
    const pdf = await read(await app.api.outcomes.printQuestionnaire({ measureId: scale.definition.id, size: 'standard' }));
    expect(pdf.text).toContain('1. I feel confident going out');
    expect(pdf.text).toContain('2. I know who to ask for help');
    expect((await expectFailure(app.api.outcomes.printQuestionnaire({ measureId: 'no-such-scale', size: 'standard' }))).code).toBe('NOT_FOUND');
  });
});
