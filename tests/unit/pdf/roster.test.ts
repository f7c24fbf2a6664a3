import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rosterDocument } from '../../../electron/pdf/roster';
import { EMOJI_NAME_PRINTED, NAMES, rosterData, venue } from '../../fixtures/pdf/data';
import { fontSizes, PdfFolder, type RenderedPdf } from './pdf-files';

let folder: PdfFolder;
let fifteen: RenderedPdf;

beforeAll(async () => {
  folder = await PdfFolder.create();
  fifteen = await folder.render('roster-15', rosterDocument(rosterData()));
});

afterAll(async () => {
  await folder.remove();
});

const LONG_NAME = 'Mary-Catherine Featherstonehaugh-Montgomery-Llewellyn-Ap-Rhys';

describe('a roster for a typical group of 15', () => {
  it('fits on one A4 portrait page', () => {
    expect(fifteen.pageCount).toBe(1);
    expect(fifteen.info['Page size']).toMatch(/^595\.\d+ x 841\.\d+ pts \(A4\)/);
  });

  it('says whose roster it is, in the PDF properties too', () => {
    expect(fifteen.info['Title']).toBe('Tuesday Talk Merthyr: roster');
    expect(fifteen.info['Author']).toBe('Cwm Taf Peer Support Network');
    expect(fifteen.text).toContain('Tuesday Talk Merthyr: roster');
    expect(fifteen.text).toContain('Cwm Taf Peer Support Network');
    expect(fifteen.text).toContain('Peer group · Every Tuesday, 10:30–12:00, not on bank holidays');
    expect(fifteen.text).toContain('Who it is for: Adults 18 and over living with anxiety or depression.');
  });

  it('gives the venue, its address and how to get in and get there', () => {
    const text = fifteen.flow;
    expect(text).toContain('Canolfan Soar Community Centre');
    expect(text).toContain('Pontmorlais West, Merthyr Tudful, CF47 8UB');
    expect(text).toContain('Access: Step-free access, Hearing loop, Accessible toilet; no parking');
    expect(text).toContain('Getting there: Five minutes from Merthyr Tydfil bus station');
  });

  it('lists the facilitators with their phones, and the places and waiting list', () => {
    expect(fifteen.text).toMatch(/Gwenllian Ŵyn\s+07700 900001/);
    expect(fifteen.text).toMatch(/Łukasz Wróbel\s+07700 900002/);
    expect(fifteen.flow).toContain('Capacity 16 · 15 members · 3 on the waiting list');
  });

  it('prints every member’s name exactly, accents and all, with phone and joining date', () => {
    for (const name of NAMES.slice(0, -1).filter((n) => n !== LONG_NAME)) {
      expect(fifteen.text).toContain(name);
    }
    // The longest name wraps inside its cell rather than running into the phone column.
    expect(fifteen.text).toMatch(/Mary-Catherine Featherstonehaugh-Montgomery-Llewellyn-Ap-\s+07700 900105\s+06\/06\/2024\s+Rhys/);
    expect(fifteen.text).toMatch(/Siân ap Llŷr\s+07700 900100\s+01\/01\/2024/);
    expect(fifteen.text).toMatch(/Nguyễn Thị Minh Khai\s+07700 900103\s+04\/04\/2024/);
  });

  it('prints a name with an emoji in it without the emoji', () => {
    expect(fifteen.text).toMatch(new RegExp(`${EMOJI_NAME_PRINTED}\\s+07700 900114\\s+15/03/2024`));
    expect(fifteen.text).not.toMatch(/\p{Extended_Pictographic}/u);
  });

  it('has the guidelines at the end', () => {
    const text = fifteen.flow;
    const at = text.indexOf('Group guidelines');
    expect(at).toBeGreaterThan(text.indexOf('Jess Morgan'));
    expect(text.slice(at)).toContain('What is said in the group stays in the group.');
    expect(text.slice(at)).toContain('Phones on silent, please.');
    expect(text.slice(at)).toContain('If you are worried about someone, tell a facilitator before you leave.');
  });

  it('leaves emergency contacts off unless asked', () => {
    expect(fifteen.text).not.toContain('Emergency');
    expect(fifteen.text).not.toContain('Contact 1 Jones');
    expect(fifteen.text).not.toContain('01685');
  });

  it('is marked confidential, dated and numbered', () => {
    expect(fifteen.text).toContain('Confidential: contains personal details. Please shred after use.');
    expect(fifteen.text).toContain('Cwm Taf Peer Support Network · Printed 08/12/2025');
    expect(fifteen.text).toContain('Page 1 of 1');
  });

  it('uses no text smaller than 11 pt', () => {
    expect(Math.min(...fontSizes(rosterDocument(rosterData()).content))).toBeGreaterThanOrEqual(11);
  });
});

describe('a roster with emergency contacts', () => {
  it('adds the contact, their relationship and phone, and still fits 15 on a page', async () => {
    const pdf = await folder.render('roster-contacts', rosterDocument(rosterData({ includeEmergencyContacts: true })));
    expect(pdf.pageCount).toBe(1);
    expect(pdf.text).toMatch(/Emergency contact\s+Emergency/);
    expect(pdf.text).toMatch(/Siân ap Llŷr\s+07700 900100\s+01\/01\/24\s+Contact 1 Jones \(Sister\)\s+01685 700000/);
    expect(pdf.text).toMatch(/Łukasz Wróbel\s+07700 900102\s+03\/03\/24\s+Contact 3 Jones \(Sister\)\s+01685 700002/);
  });
});

describe('a roster with real-world phone numbers and emergency contacts', () => {
  const PHONES = ['0114 496 0166', '+44 7700 900123', '029 2018 0345', '01685 700 123', '07700 900 456'];
  const CONTACTS = [
    { name: 'Rhiannon ap Gruffudd', relationship: 'Daughter' },
    { name: 'Zoë Ellis', relationship: 'Support worker' },
    { name: 'Łukasz Wróbel', relationship: 'Brother' },
    { name: 'Aled Jones', relationship: 'Neighbour' },
    { name: 'Siân Pritchard', relationship: 'Partner' },
  ];
  const LONG_CONTACT = { name: 'Dr Margaret Featherstonehaugh-Montgomery', relationship: 'Neighbour' };
  const data = () => {
    const base = rosterData({ includeEmergencyContacts: true });
    return {
      ...base,
      members: base.members.map((m, i) => ({
        ...m,
        phone: PHONES[i % PHONES.length]!,
        emergencyContact: { ...(i === 3 ? LONG_CONTACT : CONTACTS[i % CONTACTS.length]!), phone: PHONES[(i + 2) % PHONES.length]! },
      })),
    };
  };

  it('fits 15 members on one page with every phone number on one line', async () => {
    const pdf = await folder.render('roster-phones', rosterDocument(data()));
    expect(pdf.pageCount).toBe(1);
    // Each number is found whole on one line of the page, never "0114 496" above "0166".
    for (const phone of PHONES) expect(pdf.text.replace(/\u00a0/g, ' ')).toContain(phone);
    expect(pdf.text).toMatch(/Siân ap Llŷr\s+0114 496 0166\s+01\/01\/24\s+Rhiannon ap Gruffudd\s+029 2018 0345/);
  });
});

describe('a roster of 60', () => {
  let sixty: RenderedPdf;
  beforeAll(async () => {
    sixty = await folder.render('roster-60', rosterDocument(rosterData({}, 60)));
  });

  it('runs to three or more pages, numbered "Page N of M"', () => {
    expect(sixty.pageCount).toBeGreaterThanOrEqual(3);
    expect(sixty.pages).toHaveLength(sixty.pageCount);
    sixty.pages.forEach((page, i) => expect(page).toContain(`Page ${i + 1} of ${sixty.pageCount}`));
  });

  it('repeats the column headings on every page of the list, and says whose list it is', () => {
    const withMembers = sixty.pages.filter((page) => /Member Number \d+|Siân ap Llŷr/.test(page));
    expect(withMembers.length).toBeGreaterThanOrEqual(2);
    for (const page of withMembers) expect(page).toMatch(/Name\s+Phone\s+Joined/);
    for (const page of sixty.pages.slice(1)) expect(page).toContain('Tuesday Talk Merthyr: roster (continued)');
  });

  it('prints every member once, none split across a page break', () => {
    for (let n = 16; n <= 60; n++) {
      expect(sixty.text.match(new RegExp(`Member Number ${n}\\s+07700 900${String(99 + n)}`, 'g'))).toHaveLength(1);
    }
    expect(sixty.text).toContain('Members (60)');
  });

  it('is confidential on every page', () => {
    for (const page of sixty.pages) expect(page).toContain('Confidential: contains personal details.');
  });
});

describe('other groups', () => {
  it('gives joining details for an online group and says when nobody is on the roster', async () => {
    const base = rosterData();
    const pdf = await folder.render(
      'roster-online',
      rosterDocument({
        ...base,
        group: { ...base.group, kindLabel: 'Online group', venue: undefined, onlineDetails: 'Zoom meeting 845 1234 5678, passcode 4321', guidelines: undefined, capacity: undefined },
        facilitators: [],
        members: [],
        waitingListCount: 0,
      }),
    );
    expect(pdf.flow).toContain('Joining online: Zoom meeting 845 1234 5678, passcode 4321');
    expect(pdf.text).not.toContain('Access:');
    expect(pdf.text).toContain('No facilitator assigned yet.');
    expect(pdf.text).toContain('No members on the roster yet.');
    expect(pdf.text).toContain('0 members · 0 on the waiting list');
    expect(pdf.text).not.toContain('Group guidelines');
  });

  it('keeps a venue without transport notes tidy', async () => {
    const base = rosterData();
    const { transportNotes: _, ...plain } = venue();
    const pdf = await folder.render('roster-plain-venue', rosterDocument({ ...base, group: { ...base.group, venue: plain } }));
    expect(pdf.text).not.toContain('Getting there');
    expect(pdf.pageCount).toBe(1);
  });
});
