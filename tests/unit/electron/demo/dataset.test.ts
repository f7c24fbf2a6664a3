import { describe, expect, it } from 'vitest';
import { ageOn, todayIso } from '../../../../shared/dates';
import { createHash } from 'node:crypto';
import { generateDemoDataset, generateDemoVolunteers, type DemoArea, type DemoDatasetOptions } from '../../../../electron/demo';
import { HERITAGE_GROUPS, NAME_ORIGINS, type HeritageGroup } from '../../../../electron/demo/names';
import { DEFAULT_ROLES } from '../../../../shared/domain/roles';
import { settingsSchema } from '../../../../shared/domain/settings';
import {
  AVAILABILITY_SLOTS,
  MIN_VOLUNTEER_AGE,
  VOLUNTEER_STATUSES,
  WORKFORCE_TYPES,
  volunteerInputSchema,
  volunteerRecordSchema,
  type Volunteer,
  type VolunteerStatus,
} from '../../../../shared/domain/volunteers';

const TODAY = '2026-11-23';
const YESTERDAY_END = '2026-11-22T23:59:59.999Z';

// The volunteer checks here need only the volunteers; members, groups and sessions have
// their own tests (services.test.ts). generateDemoVolunteers gives the same records.
const volunteersOf = (options: DemoDatasetOptions): { volunteers: Volunteer[] } => ({ volunteers: generateDemoVolunteers(options) });
const small = generateDemoDataset({ size: 'small', seed: 1, today: TODAY });
const large = volunteersOf({ size: 'large', seed: 1, today: TODAY });
const smallSeeds = Array.from({ length: 20 }, (_, i) => volunteersOf({ size: 'small', seed: i + 1, today: TODAY }));
const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

/** Collects one line per broken record, so a failure names who and what. */
function problems(volunteers: readonly Volunteer[], check: (v: Volunteer) => string | null): string[] {
  const found: string[] = [];
  for (const v of volunteers) {
    const problem = check(v);
    if (problem !== null) found.push(`${v.firstName} ${v.lastName} (${v.id}): ${problem}`);
  }
  return found;
}

const fullName = (v: Volunteer): string => `${v.firstName} ${v.lastName}`;

describe('generateDemoDataset: shape and determinism', () => {
  it('gives byte-identical data for the same seed and different data for another', () => {
    const again = generateDemoDataset({ size: 'small', seed: 1, today: TODAY });
    expect(JSON.stringify(again)).toBe(JSON.stringify(small));
    const other = generateDemoDataset({ size: 'small', seed: 2, today: TODAY });
    expect(JSON.stringify(other)).not.toBe(JSON.stringify(small));
    expect(other.members.map((m) => m.id)).not.toEqual(small.members.map((m) => m.id));
    expect(other.volunteers.map((v) => v.id)).not.toEqual(small.volunteers.map((v) => v.id));
  });

  it('keeps the volunteers exactly as they were before members, groups and sessions were added', () => {
    // Each part draws from its own stream: these hashes were taken before the other parts existed.
    // The matching details (caseload limit, gender) came later from a stream of their own, so
    // without them the volunteers hash as they always did. So did their consents (made from
    // their contact preferences, drawing nothing).
    const beforeMatching = (volunteers: readonly Volunteer[]) => volunteers.map(({ caseloadLimit: _l, gender: _g, consents: _c, ...v }) => v);
    expect(sha256(JSON.stringify(beforeMatching(small.volunteers)))).toBe('d1b83fc4b02ea804d8df28e3dd2d466aaf358a2d016a0509d03e25ee9864a6f3');
    const southLondon = generateDemoVolunteers({ size: 'large', seed: 2, today: TODAY, area: 'south-london' });
    expect(sha256(JSON.stringify(beforeMatching(southLondon)))).toBe('1345ecc4fcd0d138afb6184df731f94f994b135876b4cee9fb20c8ba469f7547');
    expect(generateDemoVolunteers({ size: 'small', seed: 1, today: TODAY })).toStrictEqual(small.volunteers);
  });

  it('has the documented sizes', () => {
    expect(small.volunteers).toHaveLength(50);
    expect(large.volunteers).toHaveLength(500);
  });

  it('marks the organisation as sample data and skips the welcome screen', () => {
    expect(settingsSchema.parse(small.settings)).toEqual(small.settings);
    expect(small.settings).toMatchObject({ organisationName: 'Sheffield Peer Support Network (sample data)', textSize: 'standard', setUpDone: true });
    const sutton = generateDemoDataset({ size: 'small', seed: 1, today: TODAY, area: 'sutton' });
    expect(sutton.settings.organisationName).toMatch(/Sutton.*\(sample data\)$/);
  });

  it('gives every record a unique UUID-shaped id', () => {
    for (const { volunteers } of [small, large]) {
      const ids = volunteers.map((v) => v.id);
      expect(new Set(ids).size).toBe(ids.length);
      for (const id of ids) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    }
  });

  it('keeps records in the order they were created, like a real data file', () => {
    const created = large.volunteers.map((v) => v.createdAt);
    expect(created).toEqual([...created].sort());
  });

  it('refuses options it cannot honour, in plain words', () => {
    expect(() => generateDemoDataset({ size: 'small', seed: 1, today: '23/11/2026' })).toThrow(/YYYY-MM-DD/);
    expect(() => generateDemoDataset({ size: 'small', seed: 1.5, today: TODAY })).toThrow(/whole number/);
    expect(() => generateDemoDataset({ size: 'huge' as 'small', seed: 1, today: TODAY })).toThrow(/small, large, stress/);
  });

  // Generation speed is reported by `npm run bench`, not asserted in a timed test.
  it('generates the 20,000-volunteer stress set with unique ids', () => {
    const volunteers = generateDemoVolunteers({ size: 'stress', seed: 1, today: TODAY });
    expect(volunteers).toHaveLength(20_000);
    expect(new Set(volunteers.map((v) => v.id)).size).toBe(20_000);
  });
});

describe('every record is valid', () => {
  // Only the fields a coordinator edits go through the input schema (see inputFitsRecord).
  const RECORD_ONLY = new Set(['id', 'createdAt', 'updatedAt', 'status', 'statusHistory', 'leftDate', 'leftReason', 'consents']);
  const editable = (v: Volunteer): Record<string, unknown> => Object.fromEntries(Object.entries(v).filter(([k]) => !RECORD_ONLY.has(k)));

  it('passes the stored-record schema unchanged', () => {
    for (const { volunteers } of [small, large, ...smallSeeds]) {
      expect(problems(volunteers, (v) => {
        const parsed = volunteerRecordSchema.safeParse(v);
        if (!parsed.success) return parsed.error.message;
        return JSON.stringify(parsed.data) === JSON.stringify(v) ? null : 'changed by parsing';
      })).toEqual([]);
    }
  });

  it('passes the stricter input schema (formats, age today) and is already in its canonical form', () => {
    // The input schema checks age against the real clock, so this set is dated today.
    const areas: DemoArea[] = ['sheffield', 'sutton', 'south-london'];
    for (const area of areas) {
      const { volunteers } = volunteersOf({ size: 'large', seed: 3, today: todayIso(), area });
      expect(problems(volunteers, (v) => {
        const input = editable(v);
        const parsed = volunteerInputSchema.safeParse(input);
        if (!parsed.success) return parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
        return JSON.stringify(parsed.data) === JSON.stringify(input) ? null : `normalised to ${JSON.stringify(parsed.data)}`;
      })).toEqual([]);
    }
  });
});

describe('coverage: a small set still shows everything', () => {
  it('has every status, role and workforce type, whatever the seed', () => {
    for (const { volunteers } of smallSeeds) {
      expect(new Set(volunteers.map((v) => v.status))).toEqual(new Set(VOLUNTEER_STATUSES));
      expect(new Set(volunteers.flatMap((v) => v.roles))).toEqual(new Set(DEFAULT_ROLES.map((r) => r.id)));
      expect(new Set(volunteers.map((v) => v.workforceType))).toEqual(new Set(WORKFORCE_TYPES));
    }
  });

  it('is mostly voluntary, with some sessional and a few paid workers', () => {
    const share = (type: string): number => large.volunteers.filter((v) => v.workforceType === type).length / large.volunteers.length;
    expect(share('voluntary')).toBeGreaterThan(0.75);
    expect(share('sessional')).toBeGreaterThan(0.04);
    expect(share('paid')).toBeGreaterThan(0.01);
    expect(share('paid')).toBeLessThan(share('sessional'));
    // Trustees govern; they are not paid staff.
    expect(large.volunteers.filter((v) => v.roles.includes('trustee') && v.workforceType !== 'voluntary')).toEqual([]);
  });
});

describe('names', () => {
  const firstNamesOf = (group: HeritageGroup): Set<string> =>
    new Set(NAME_ORIGINS.filter((o) => o.group === group).flatMap((o) => [...o.female, ...o.male, ...(o.neutral ?? [])]));

  it('include people from every background in the mix, in every small set', () => {
    for (const { volunteers } of smallSeeds) {
      const firsts = new Set(volunteers.map((v) => v.firstName));
      for (const group of HERITAGE_GROUPS) {
        const names = firstNamesOf(group);
        expect([...firsts].some((n) => names.has(n)), `no ${group} name in ${[...firsts].join(', ')}`).toBe(true);
      }
      expect(volunteers.some((v) => /[\u0080-\uffff]/.test(fullName(v))), 'a name with an accent or diacritic').toBe(true);
    }
  });

  it('include the awkward cases a form and a printout must cope with', () => {
    const all = [large, ...smallSeeds].flatMap((d) => d.volunteers);
    const names = all.map(fullName);
    // Welsh circumflexes and patronymics, Polish and Vietnamese letters, Irish fadas.
    for (const letters of [/[âêîôûŵŷ]/, /\bap [A-Z]/, /[łąęśźżń]/, /[ễệạơưđ]/i, /[áéíóú]/]) {
      expect(names.some((n) => letters.test(n)), String(letters)).toBe(true);
    }
    expect(names.some((n) => n.includes("'")), 'an apostrophe (O\u2019Brien)').toBe(true);
    expect(all.some((v) => /\w-\w/.test(v.lastName)), 'a hyphenated surname').toBe(true);
    expect(all.some((v) => v.firstName.includes(' ')), 'a two-word given name').toBe(true);
    expect(names.some((n) => n.length >= 28), 'a long name').toBe(true);
    expect(names.filter((n) => n.length >= 28).length, 'long names stay rare').toBeLessThan(all.length * 0.03);
  });

  it('are not repeated, so the duplicate-person warning stays quiet on sample data', () => {
    const names = large.volunteers.map(fullName);
    expect(names.filter((n, i) => names.indexOf(n) !== i)).toEqual([]);
  });

  it('give some people a preferred name and pronouns', () => {
    const withPreferred = large.volunteers.filter((v) => v.preferredName !== undefined);
    expect(withPreferred.length).toBeGreaterThan(10);
    expect(problems(withPreferred, (v) => (v.preferredName === v.firstName ? 'preferred name repeats the first name' : null))).toEqual([]);
    const pronouns = new Set(large.volunteers.flatMap((v) => (v.pronouns ? [v.pronouns] : [])));
    expect(pronouns).toContain('she/her');
    expect(pronouns).toContain('he/him');
    expect(pronouns).toContain('they/them');
    expect(large.volunteers.filter((v) => v.pronouns === undefined).length).toBeGreaterThan(250);
  });
});

describe('contact details can never reach a real person', () => {
  // Ofcom's ranges for TV and radio drama: a prefix and exactly three more digits.
  const DRAMA = /^(07700 900|0113 496 0|0114 496 0|0115 496 0|0117 496 0|0121 496 0|0131 496 0|0141 496 0|0151 496 0|0161 496 0|020 7946 0|029 2018 0|01632 960)\d{3}$/;
  const everyone = [small, large, ...smallSeeds, volunteersOf({ size: 'large', seed: 2, today: TODAY, area: 'south-london' })].flatMap((d) => d.volunteers);

  it('uses only email domains reserved for examples', () => {
    expect(problems(everyone, (v) => (v.email === undefined || /^[a-z0-9._-]+@example\.(org|com|net)$/.test(v.email) ? null : `email ${v.email}`))).toEqual([]);
    expect(everyone.filter((v) => v.email !== undefined).length).toBeGreaterThan(everyone.length * 0.7);
  });

  it('uses only Ofcom drama phone numbers, for volunteers and their emergency contacts', () => {
    expect(problems(everyone, (v) => (v.phone === undefined || DRAMA.test(v.phone) ? null : `phone ${v.phone}`))).toEqual([]);
    expect(
      problems(everyone, (v) => (v.emergencyContact.phone === undefined || DRAMA.test(v.emergencyContact.phone) ? null : `emergency ${v.emergencyContact.phone}`)),
    ).toEqual([]);
  });

  it('does not give two people the same email or phone, so duplicate warnings stay quiet', () => {
    const emails = large.volunteers.flatMap((v) => (v.email ? [v.email] : []));
    const phones = large.volunteers.flatMap((v) => (v.phone ? [v.phone] : []));
    expect(new Set(emails).size).toBe(emails.length);
    expect(new Set(phones).size).toBe(phones.length);
  });

  it('prefers only ways of contact the person has', () => {
    expect(
      problems(everyone, (v) => {
        const p = v.contactPreferences;
        if (p.includes('email') && !v.email) return 'prefers email but has none';
        if ((p.includes('phone') || p.includes('text')) && !v.phone) return 'prefers phone but has none';
        if (p.includes('text') && !v.phone?.startsWith('07')) return 'prefers texts to a landline';
        if (!v.email && !v.phone) return 'no way to reach them';
        return null;
      }),
    ).toEqual([]);
  });

  it('gives most people an emergency contact with a name, relationship and phone', () => {
    const withContact = large.volunteers.filter((v) => v.emergencyContact.name !== undefined);
    expect(withContact.length).toBeGreaterThan(large.volunteers.length * 0.7);
    expect(problems(withContact, (v) => (v.emergencyContact.relationship && v.emergencyContact.phone ? null : 'incomplete emergency contact'))).toEqual([]);
  });
});

describe('addresses', () => {
  const cases: [DemoArea, RegExp, RegExp][] = [
    ['sheffield', /^S([1-9]|1\d|20) \d[ABD-HJLNP-UW-Z]{2}$/, /^Sheffield$/],
    ['sutton', /^(SM[1-7]|CR4|SW19) \d[ABD-HJLNP-UW-Z]{2}$/, /^(Sutton|Carshalton|Wallington|Morden|Banstead|Mitcham|London)$/],
    ['south-london', /^(SE\d{1,2}|SW\d{1,2}|CR\d) \d[ABD-HJLNP-UW-Z]{2}$/, /^(London|Croydon|Thornton Heath)$/],
  ];
  for (const [area, postcode, town] of cases) {
    it(`look local for ${area}`, () => {
      const { volunteers } = volunteersOf({ size: 'large', seed: 5, today: TODAY, area });
      expect(problems(volunteers, (v) => (v.address.postcode === undefined || postcode.test(v.address.postcode) ? null : `postcode ${v.address.postcode}`))).toEqual([]);
      expect(problems(volunteers, (v) => (v.address.town === undefined || town.test(v.address.town) ? null : `town ${v.address.town}`))).toEqual([]);
      expect(problems(volunteers, (v) => (v.address.line1 === undefined || /^(\d+ |Flat \d+$)/.test(v.address.line1) ? null : `line 1 ${v.address.line1}`))).toEqual([]);
      expect(volunteers.filter((v) => v.address.line1 !== undefined).length).toBeGreaterThan(450);
    });
  }
});

describe('dates and history', () => {
  const NEXT: Record<VolunteerStatus, readonly VolunteerStatus[]> = {
    enquiry: ['applied', 'left'],
    applied: ['interviewed', 'left'],
    interviewed: ['references', 'left'],
    references: ['dbs', 'left'],
    dbs: ['training', 'left'],
    training: ['active', 'left'],
    active: ['paused', 'left'],
    paused: ['active', 'left'],
    left: [],
  };
  const everyone = [small, large, ...smallSeeds].flatMap((d) => d.volunteers);

  it('gives ages from 18 to 82 today, and leaves some dates of birth blank', () => {
    expect(problems(everyone, (v) => {
      if (v.dateOfBirth === undefined) return null;
      const age = ageOn(v.dateOfBirth, TODAY);
      return age >= 18 && age <= 82 && age >= MIN_VOLUNTEER_AGE ? null : `aged ${age}`;
    })).toEqual([]);
    const ages = large.volunteers.flatMap((v) => (v.dateOfBirth ? [ageOn(v.dateOfBirth, TODAY)] : []));
    expect(Math.min(...ages)).toBeLessThan(25);
    expect(Math.max(...ages)).toBeGreaterThan(75);
    expect(ages.length).toBeLessThan(large.volunteers.length);
  });

  it('runs through the pipeline in order, ending at the current status', () => {
    expect(problems(everyone, (v) => {
      const h = v.statusHistory;
      if (h[0]?.status !== 'enquiry') return 'history does not start with the enquiry';
      if (h[h.length - 1]?.status !== v.status) return `history ends at ${h[h.length - 1]?.status}, status is ${v.status}`;
      for (let i = 1; i < h.length; i++) {
        const [prev, cur] = [h[i - 1]!, h[i]!];
        if (!NEXT[prev.status].includes(cur.status)) return `${prev.status} → ${cur.status}`;
        if (!(cur.date > prev.date)) return `${cur.status} on ${cur.date} is not after ${prev.date}`;
        if (!(cur.recordedAt > prev.recordedAt)) return `recordedAt out of order at ${cur.status}`;
      }
      for (const c of h) if (c.recordedAt.slice(0, 10) !== c.date) return `${c.status} recorded on another day`;
      return null;
    })).toEqual([]);
  });

  it('dates nothing in the future, and nothing before the person was 16', () => {
    expect(problems(everyone, (v) => {
      const dates = [...v.statusHistory.map((c) => c.date), v.startDate, v.leftDate].filter((d): d is string => d !== undefined);
      const late = dates.find((d) => d >= TODAY);
      if (late) return `dated ${late}`;
      if (v.updatedAt > YESTERDAY_END || v.createdAt > YESTERDAY_END) return 'timestamp in the future';
      if (v.dateOfBirth !== undefined && ageOn(v.dateOfBirth, dates[0] ?? TODAY) < MIN_VOLUNTEER_AGE) return `first contact at ${ageOn(v.dateOfBirth, dates[0] ?? TODAY)}`;
      return null;
    })).toEqual([]);
  });

  it('keeps start dates within the last eight years or so, and only for people who became active', () => {
    expect(problems(everyone, (v) => {
      const activeStep = v.statusHistory.find((c) => c.status === 'active');
      if (activeStep?.date !== v.startDate) return `startDate ${v.startDate} but first active ${activeStep?.date}`;
      if (v.startDate !== undefined && v.startDate < '2018-09-01') return `started ${v.startDate}`;
      return null;
    })).toEqual([]);
    const starts = large.volunteers.flatMap((v) => (v.startDate ? [v.startDate] : []));
    expect(starts.some((d) => d < '2020-01-01')).toBe(true);
    expect(starts.some((d) => d > '2026-01-01')).toBe(true);
  });

  it('has createdAt at the first contact and updatedAt no earlier than the last change', () => {
    expect(problems(everyone, (v) => {
      const last = v.statusHistory[v.statusHistory.length - 1];
      if (v.createdAt !== v.statusHistory[0]?.recordedAt) return 'createdAt is not the first contact';
      if (!last || v.updatedAt < last.recordedAt) return 'updatedAt before the last status change';
      return null;
    })).toEqual([]);
  });

  it('records when and why leavers left, and nobody else', () => {
    expect(problems(everyone, (v) => {
      const last = v.statusHistory[v.statusHistory.length - 1];
      if (v.status !== 'left') return v.leftDate !== undefined || v.leftReason !== undefined ? 'leaving details on someone who has not left' : null;
      if (!last || v.leftDate !== last.date) return 'leftDate is not the date of leaving';
      if (!v.leftReason || v.leftReason !== last.reason) return 'leaving reason missing or different from the history';
      return null;
    })).toEqual([]);
    const reasons = new Set(large.volunteers.flatMap((v) => (v.leftReason ? [v.leftReason] : [])));
    for (const reason of ['Moved away', 'Started full-time work', 'Health']) expect(reasons).toContain(reason);
  });

  it('explains every break in the notes and in the history', () => {
    const paused = everyone.filter((v) => v.status === 'paused');
    expect(paused.length).toBeGreaterThan(20);
    expect(problems(paused, (v) => {
      const step = v.statusHistory[v.statusHistory.length - 1];
      if (!step?.note) return 'no note on the pause';
      return v.notes?.includes(step.note) ? null : 'the pause is not explained in the notes';
    })).toEqual([]);
  });
});

describe('skills, languages and availability', () => {
  it('lists English first, with other languages where they fit', () => {
    expect(problems(large.volunteers, (v) => (v.languages[0] === 'English' ? null : `languages ${v.languages.join(', ')}`))).toEqual([]);
    const languages = new Set(large.volunteers.flatMap((v) => v.languages));
    for (const l of ['Welsh', 'Urdu', 'Punjabi', 'British Sign Language']) expect(languages).toContain(l);
  });

  it('gives everyone interests, and most people some availability in a valid order', () => {
    const order = new Map(AVAILABILITY_SLOTS.map((s, i) => [s, i]));
    expect(problems(large.volunteers, (v) => {
      if (v.interests.length < 2) return 'fewer than two interests';
      const idx = v.availability.map((s) => order.get(s as (typeof AVAILABILITY_SLOTS)[number]) ?? -1);
      if (idx.includes(-1)) return `unknown slot in ${v.availability.join(', ')}`;
      return idx.every((x, i) => i === 0 || x > (idx[i - 1] ?? -1)) ? null : 'availability out of order or repeated';
    })).toEqual([]);
    const interests = new Set(large.volunteers.flatMap((v) => v.interests));
    for (const i of ['gardening', 'walking', 'art', 'cooking', 'befriending', 'music', 'IT help', 'crafts']) expect(interests).toContain(i);
    expect(large.volunteers.filter((v) => v.availability.length > 0).length).toBeGreaterThan(450);
  });

  it('adds notes to some records, not all', () => {
    const withNotes = large.volunteers.filter((v) => v.notes !== undefined).length;
    expect(withNotes).toBeGreaterThan(50);
    expect(withNotes).toBeLessThan(400);
  });
});
