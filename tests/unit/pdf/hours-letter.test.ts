import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hoursLetterDocument, type HoursLetterData } from '../../../electron/pdf/hours-letter';
import { PdfFolder, type RenderedPdf } from './pdf-files';

let folder: PdfFolder;
let letter: RenderedPdf;

const data: HoursLetterData = {
  organisationName: 'Helping One Another',
  printedOn: '2026-11-23',
  volunteerName: 'Chidinma Okonkwo',
  startDate: '2024-03-01',
  roles: ['Peer group facilitator', 'Travel buddy'],
  totalHours: '148 hours 30 minutes',
  years: [
    { year: '2026', hours: '80 hours' },
    { year: '2025', hours: '60 hours' },
    { year: '2024', hours: '8 hours 30 minutes' },
  ],
  kinds: [
    { label: 'Facilitating sessions', hours: '100 hours' },
    { label: 'Preparing for sessions', hours: '25 hours' },
    { label: 'Other volunteering', hours: '23 hours 30 minutes' },
  ],
  training: [{ course: 'Intentional peer support', date: '2025-02-10', hours: '30 hours', detail: 'Sutton Mental Health Foundation, accredited' }],
  signedBy: 'Sam Lead',
};

beforeAll(async () => {
  folder = await PdfFolder.create();
  letter = await folder.render('letter', hoursLetterDocument(data));
});
afterAll(async () => {
  await folder.remove();
});

describe('the volunteer hours letter', () => {
  it('is a one-page letter from the organisation, dated', () => {
    expect(letter.pageCount).toBe(1);
    expect(letter.flow).toContain('Helping One Another');
    expect(letter.flow).toContain('Monday 23 November 2026');
    expect(letter.flow).toContain('To whom it may concern');
    expect(letter.flow).toContain('Volunteer hours: Chidinma Okonkwo');
  });

  it('says since when, in which roles, and how many hours', () => {
    expect(letter.flow).toContain(
      'Chidinma Okonkwo has volunteered with Helping One Another since Friday 1 March 2024 in these roles: Peer group facilitator, Travel buddy. Our records show 148 hours 30 minutes of volunteering in that time.',
    );
    expect(letter.flow).toMatch(/2026 80 hours .*2025 60 hours .*2024 8 hours 30 minutes/);
    expect(letter.flow).toContain('Facilitating sessions 100 hours');
  });

  it('lists training completed, and is signed', () => {
    expect(letter.flow).toContain('Intentional peer support (Sutton Mental Health Foundation, accredited) 10/02/2025 30 hours');
    expect(letter.flow).toContain('Yours faithfully,');
    expect(letter.flow).toContain('Sam Lead for Helping One Another');
    expect(letter.text).not.toContain('Confidential');
  });

  it('reads right for one role and someone who has left', async () => {
    const left = await folder.render('letter-left', hoursLetterDocument({ ...data, roles: ['Travel buddy'], leftDate: '2026-06-30', training: [], signedBy: undefined }));
    expect(left.flow).toContain('Chidinma Okonkwo volunteered with Helping One Another from Friday 1 March 2024 to Tuesday 30 June 2026 as a travel buddy.');
    expect(left.flow).not.toContain('Training completed');
  });

  it('says "an" before a role that starts with a vowel sound, and keeps acronyms', async () => {
    const admin = await folder.render('letter-admin', hoursLetterDocument({ ...data, roles: ['Admin volunteer'] }));
    expect(admin.flow).toContain('since Friday 1 March 2024 as an admin volunteer.');
    const lgbt = await folder.render('letter-lgbt', hoursLetterDocument({ ...data, roles: ['LGBT+ peer mentor'] }));
    expect(lgbt.flow).toContain('as an LGBT+ peer mentor.');
    const user = await folder.render('letter-user', hoursLetterDocument({ ...data, roles: ['User-led group facilitator'] }));
    expect(user.flow).toContain('as a user-led group facilitator.');
  });
});
