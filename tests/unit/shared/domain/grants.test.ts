import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { grantPeriods, monthsOf, periodInWords, periodLabel, reportsDue } from '../../../../shared/domain/grant-periods';
import { ageBandsText, caseStudyInputSchema, DEFAULT_AGE_BANDS, formatGrantAmount, grantFormSchema, grantInputSchema, parseAgeBands, type GrantFormValues } from '../../../../shared/domain/grants';

function form(overrides: Partial<GrantFormValues> = {}): GrantFormValues {
  return {
    funder: 'Hallam Community Fund',
    name: 'Peer support for all',
    amountPence: '£25,000',
    startDate: '01/04/2025',
    endDate: '31/03/2028',
    frequency: 'yearly',
    groupIds: ['g1'],
    referralScope: 'funded-groups',
    rateName: '',
    targets: { people: '120', newPeople: '', sessions: '1,000', attendances: '', volunteerHours: '' },
    outcomes: 'People feel less alone\n\n  People know where to get help  \n',
    ageBands: '18-24, 25–34, 35 to 64, 65+',
    notes: '',
    ...overrides,
  };
}

function problems(result: z.ZodSafeParseResult<unknown>): Record<string, string> {
  if (result.success) return {};
  return Object.fromEntries(result.error.issues.map((i) => [i.path.join('.'), i.message]));
}

describe('the grant form', () => {
  it('reads pounds, UK dates, targets with commas, outcomes a line each and age bands as typed', () => {
    const out = grantFormSchema.parse(form());
    expect(out).toMatchObject({
      amountPence: 2_500_000,
      startDate: '2025-04-01',
      endDate: '2028-03-31',
      frequency: 'yearly',
      groupIds: ['g1'],
      targets: { people: 120, sessions: 1000 },
      outcomes: ['People feel less alone', 'People know where to get help'],
      ageBands: [{ from: 18, to: 24 }, { from: 25, to: 34 }, { from: 35, to: 64 }, { from: 65 }],
    });
    expect(out.targets.newPeople).toBeUndefined();
    expect(out.rateName).toBeUndefined();
    // What the form gives is what the API takes.
    expect(grantInputSchema.parse(out)).toMatchObject({ amountPence: 2_500_000 });
  });

  it('takes pence too, and refuses amounts that are not money', () => {
    expect(grantFormSchema.parse(form({ amountPence: '2499.5' })).amountPence).toBe(249_950);
    expect(problems(grantFormSchema.safeParse(form({ amountPence: 'twenty grand' })))).toEqual({ amountPence: 'Enter the amount in pounds, like 25000 or £25,000' });
    expect(problems(grantFormSchema.safeParse(form({ amountPence: ' ' })))).toEqual({ amountPence: 'Enter the amount of the grant' });
    expect(problems(grantFormSchema.safeParse(form({ amountPence: '-5' })))).toEqual({ amountPence: 'Enter the amount in pounds, like 25000 or £25,000' });
  });

  it('needs the end after the start, both as real dates', () => {
    expect(problems(grantFormSchema.safeParse(form({ endDate: '01/04/2025' })))).toEqual({ endDate: 'The end date must be after the start date' });
    expect(problems(grantFormSchema.safeParse(form({ endDate: '31/03/2024' })))).toEqual({ endDate: 'The end date must be after the start date' });
    expect(problems(grantFormSchema.safeParse(form({ startDate: '31/02/2025' })))).toMatchObject({ startDate: 'Enter the start date as dd/mm/yyyy, like 23/11/2026' });
    expect(problems(grantFormSchema.safeParse(form({ startDate: '' })))).toMatchObject({ startDate: 'Enter the start date' });
  });

  it('lists every problem at once, the dates too', () => {
    expect(problems(grantFormSchema.safeParse(form({ amountPence: 'lots', endDate: '01/01/2020', groupIds: [], ageBands: '30-40, 35-50' })))).toEqual({
      amountPence: 'Enter the amount in pounds, like 25000 or £25,000',
      groupIds: 'Choose at least one group or kind of programme the grant funds',
      endDate: 'The end date must be after the start date',
      ageBands: 'The bands overlap at 35–50: list them from youngest to oldest',
    });
  });

  it('needs the funder, a name, a reporting frequency and at least one group', () => {
    const p = problems(grantFormSchema.safeParse(form({ funder: ' ', name: '', groupIds: [], frequency: '' as 'yearly' })));
    expect(p).toMatchObject({
      funder: 'Enter the funder',
      name: 'Enter the grant name',
      groupIds: 'Choose at least one group or kind of programme the grant funds',
      frequency: 'Choose how often the funder wants a report',
    });
  });

  it('funds groups, kinds of programme or both, each of which is enough', () => {
    expect(grantFormSchema.parse(form({ groupIds: [], programmeKindIds: ['peer-coaching'] }))).toMatchObject({ groupIds: [], programmeKindIds: ['peer-coaching'] });
    expect(grantFormSchema.parse(form({ programmeKindIds: ['peer-coaching'] }))).toMatchObject({ groupIds: ['g1'], programmeKindIds: ['peer-coaching'] });
    // A form (or a caller) that knows nothing of programmes funds none.
    expect(grantInputSchema.parse(grantFormSchema.parse(form())).programmeKindIds).toEqual([]);
    expect(problems(grantFormSchema.safeParse(form({ groupIds: [], programmeKindIds: [] })))).toEqual({ groupIds: 'Choose at least one group or kind of programme the grant funds' });
  });

  it('offers the four reporting frequencies', () => {
    for (const frequency of ['quarterly', 'six-monthly', 'yearly', 'end-of-grant'] as const) {
      expect(grantFormSchema.parse(form({ frequency })).frequency).toBe(frequency);
    }
  });

  it('refuses targets that are not whole numbers', () => {
    const p = problems(grantFormSchema.safeParse(form({ targets: { people: '12.5', newPeople: 'lots', sessions: '-3', attendances: '', volunteerHours: '' } })));
    expect(p).toEqual({
      'targets.people': 'Enter the target as a whole number, or leave it blank',
      'targets.newPeople': 'Enter the target as a whole number, or leave it blank',
      'targets.sessions': 'Enter the target as a whole number, or leave it blank',
    });
  });

  it('checks age bands: readable, in order, not overlapping, only the last open', () => {
    expect(problems(grantFormSchema.safeParse(form({ ageBands: '18-24, older' })))).toEqual({ ageBands: 'Write the age bands like "18-24, 25-34, 75+", separated by commas' });
    expect(problems(grantFormSchema.safeParse(form({ ageBands: '' })))).toEqual({ ageBands: 'Write the age bands like "18-24, 25-34, 75+", separated by commas' });
    expect(problems(grantFormSchema.safeParse(form({ ageBands: '18-24, 20-30' })))).toEqual({ ageBands: 'The bands overlap at 20–30: list them from youngest to oldest' });
    expect(problems(grantFormSchema.safeParse(form({ ageBands: '65+, 18-24' })))).toEqual({ ageBands: 'Only the last band can be open-ended, like "75+"' });
    expect(problems(grantFormSchema.safeParse(form({ ageBands: '30-20' })))).toEqual({ ageBands: 'In 30–20 the second age must be at least the first' });
  });

  it('writes bands back as people type them', () => {
    expect(parseAgeBands('16 to 25; 26–64\n65 and over')).toEqual([{ from: 16, to: 25 }, { from: 26, to: 64 }, { from: 65 }]);
    expect(ageBandsText(DEFAULT_AGE_BANDS)).toBe('18–24, 25–34, 35–44, 45–54, 55–64, 65–74, 75+');
  });

  it('shows whole-pound grants without pence', () => {
    expect(formatGrantAmount(14_950_000)).toBe('£149,500');
    expect(formatGrantAmount(249_950)).toBe('£2,499.50');
  });
});

describe('case studies', () => {
  it('need a title, the text and a tick that the story is anonymised and agreed', () => {
    expect(caseStudyInputSchema.parse({ title: 'Finding a voice', text: 'R came to us…', confirmed: true })).toMatchObject({ title: 'Finding a voice' });
    const p = problems(caseStudyInputSchema.safeParse({ title: '', text: ' ', confirmed: false }));
    expect(p).toEqual({ title: 'Enter a title', text: 'Enter the case study', confirmed: 'Confirm the person agreed and the story is anonymised' });
  });
});

describe('reporting periods', () => {
  it('counts years from the grant start, as funders do', () => {
    expect(grantPeriods({ startDate: '2024-04-01', endDate: '2027-03-31', frequency: 'yearly' })).toEqual([
      { from: '2024-04-01', to: '2025-03-31', label: 'Year 1: April 2024 to March 2025' },
      { from: '2025-04-01', to: '2026-03-31', label: 'Year 2: April 2025 to March 2026' },
      { from: '2026-04-01', to: '2027-03-31', label: 'Year 3: April 2026 to March 2027' },
    ]);
  });

  it('numbers quarters and halves within each year, and stops at the grant end', () => {
    const quarters = grantPeriods({ startDate: '2025-07-01', endDate: '2026-08-15', frequency: 'quarterly' });
    expect(quarters.map((p) => p.label)).toEqual([
      'Year 1, quarter 1: July to September 2025',
      'Year 1, quarter 2: October to December 2025',
      'Year 1, quarter 3: January to March 2026',
      'Year 1, quarter 4: April to June 2026',
      'Year 2, quarter 1: 01/07/2026 to 15/08/2026',
    ]);
    const halves = grantPeriods({ startDate: '2025-01-01', endDate: '2025-12-31', frequency: 'six-monthly' });
    expect(halves.map((p) => p.label)).toEqual(['Year 1, first half: January to June 2025', 'Year 1, second half: July to December 2025']);
  });

  it('has one period for an end-of-grant report', () => {
    expect(grantPeriods({ startDate: '2025-09-15', endDate: '2026-09-14', frequency: 'end-of-grant' })).toEqual([{ from: '2025-09-15', to: '2026-09-14', label: 'Whole grant: 15/09/2025 to 14/09/2026' }]);
  });

  it('copes with a grant starting on the 31st', () => {
    const q = grantPeriods({ startDate: '2025-01-31', endDate: '2025-12-31', frequency: 'quarterly' });
    expect(q.map((p) => [p.from, p.to])).toEqual([
      ['2025-01-31', '2025-04-29'],
      ['2025-04-30', '2025-07-30'],
      ['2025-07-31', '2025-10-30'],
      ['2025-10-31', '2025-12-31'],
    ]);
  });

  it('labels any dates: the grant’s period when they match one, else the dates in words', () => {
    const g = { startDate: '2024-04-01', endDate: '2027-03-31', frequency: 'yearly' } as const;
    expect(periodLabel(g, '2025-04-01', '2026-03-31')).toBe('Year 2: April 2025 to March 2026');
    expect(periodLabel(g, '2025-01-01', '2025-12-31')).toBe('January to December 2025');
    expect(periodLabel(g, '2025-01-01', '2025-01-31')).toBe('January 2025');
    expect(periodInWords('2025-01-05', '2025-02-10')).toBe('05/01/2025 to 10/02/2025');
    expect(monthsOf('2025-11-15', '2026-02-01')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
  });
});

describe('reports due', () => {
  const grant = { startDate: '2024-04-01', endDate: '2026-03-31', frequency: 'yearly', reports: [] } as const;
  const made = (from: string, to: string) => ({ from, to });
  const labels = (periods: readonly { label: string }[]) => periods.map((p) => p.label);

  it('a period ending yesterday is due; one ending today is not yet, and is the next', () => {
    const dayAfter = reportsDue(grant, '2025-04-01');
    expect(labels(dayAfter.due)).toEqual(['Year 1: April 2024 to March 2025']);
    expect(dayAfter).toMatchObject({ next: { label: 'Year 2: April 2025 to March 2026' }, allMade: false });
    const onTheLastDay = reportsDue(grant, '2025-03-31');
    expect(onTheLastDay.due).toEqual([]);
    expect(onTheLastDay.next?.label).toBe('Year 1: April 2024 to March 2025');
  });

  it('a report made for a period clears it; one for other dates does not', () => {
    expect(reportsDue({ ...grant, reports: [made('2024-04-01', '2025-03-31')] }, '2025-04-01').due).toEqual([]);
    expect(labels(reportsDue({ ...grant, reports: [made('2024-04-01', '2025-03-30')] }, '2025-04-01').due)).toEqual(['Year 1: April 2024 to March 2025']);
  });

  it('lists every period owed, oldest first, long after the grant ended', () => {
    const late = reportsDue(grant, '2027-11-23');
    expect(labels(late.due)).toEqual(['Year 1: April 2024 to March 2025', 'Year 2: April 2025 to March 2026']);
    expect(late).toMatchObject({ allMade: false });
    expect(late.next).toBeUndefined();
  });

  it('says all are made only once the grant is over and every period has its report', () => {
    const both = { ...grant, reports: [made('2024-04-01', '2025-03-31'), made('2025-04-01', '2026-03-31')] };
    // Made early, on the last day: nothing owed, but the grant still runs.
    expect(reportsDue(both, '2026-03-31')).toEqual({ due: [], allMade: false });
    expect(reportsDue(both, '2026-04-01')).toEqual({ due: [], allMade: true });
  });
});
