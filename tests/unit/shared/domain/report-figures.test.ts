import { describe, expect, it } from 'vitest';
import { computeReportFigures, type ReportFigures } from '../../../../shared/domain/report-figures';
import { FIXTURE_GRANT, fixtureReportData, G1, G2, G3, GROUPS, SESSIONS, YEAR_1, YEAR_2 } from '../../../fixtures/reports/grant-report';
import type { SessionRecord } from '../../../../shared/domain/sessions';

/**
 * The hand-built fixture (tests/fixtures/reports/grant-report.ts) counted on paper. Each
 * expectation says how it was counted, so a change in a rule shows up as a disagreement with
 * a person, not just with yesterday's output.
 */

const year2 = computeReportFigures(fixtureReportData());
const row = (f: ReportFigures, key: string) => f.headline.find((r) => r.key === key)!;

describe('sessions and attendances in Year 2', () => {
  it('counts sessions with a register; cancelled ones are noted, not counted', () => {
    // G1: 06/05, 01/07, 07/10, 03/03 (03/06 cancelled). G2: 29/06, 30/11 (28/12 cancelled).
    // The unfunded art group (07/08) and G1 on 07/04/2026 (Year 3) are not counted.
    expect(year2.counts.sessionsHeld).toBe(6);
    expect(year2.counts.sessionsCancelled).toBe(2);
    expect(row(year2, 'sessionsHeld')).toMatchObject({ value: '6', note: '2 cancelled sessions not counted' });
  });

  it('counts every attendance: members present, named walk-ins (once each) and head counts', () => {
    // 06/05: Amira, Bryn present (Iwan apologies, Jo absent)                   = 2
    // 01/07: Amira, Bryn, Ceri, Jo present + Dev walking in                    = 5
    // 07/10: Bryn, Ceri present + Dev (Bryn's duplicate walk-in ignored) + 1   = 4
    // 03/03: Amira, Ceri, Jo present                                            = 3
    // 29/06 drop-in: Eluned, Femi walking in + 5 not named                      = 7
    // 30/11 drop-in: Eluned, Femi, Kasia walking in + 3 not named               = 6
    expect(year2.counts).toMatchObject({ attendances: 27, rosteredPresent: 11, namedWalkIns: 7, anonymous: 9 });
    // 27 ÷ 6 = 4.5
    expect(year2.counts.averageAttendance).toBe(4.5);
    expect(row(year2, 'attendances').note).toBe('11 by group members, 7 by named walk-ins, 9 counted but not named');
    expect(row(year2, 'averageAttendance').value).toBe('4.5');
  });
});

describe('sessions not recorded on Peer Desk', () => {
  // G1's registers start on Peer Desk from 01/07/2025. Before that, from the grant's start: its
  // first Tuesdays 02/04/2024 to 03/06/2025 are 15 meetings, of which 03/09/2024, 05/11/2024 and
  // 06/05/2025 have registers (they still count) and 03/06/2025 was cancelled: 11 not recorded,
  // 10 in Year 1 and one (01/04/2025) in Year 2. G2's 27/07/2025 is marked not recorded; so is a
  // meeting of the unfunded art group, which counts for nothing.
  const marked = (groupId: string, date: string): SessionRecord => ({
    id: `${groupId}--${date}`,
    groupId,
    date,
    startTime: '13:00',
    endTime: '15:00',
    oneOff: false,
    notRecorded: { at: `${date}T18:00:00.000Z` },
    updatedAt: `${date}T18:00:00.000Z`,
  });
  const groups = GROUPS.map((g) => (g.id === G1 ? { ...g, registersFrom: '2025-07-01' } : g));
  const sessions = [...SESSIONS, marked(G2, '2025-07-27'), marked(G3, '2025-08-14')];
  const moved = computeReportFigures(fixtureReportData(YEAR_2, { groups, sessions }));

  it('counts them apart from cancelled sessions, and never as held', () => {
    expect(moved.counts).toMatchObject({ sessionsHeld: 6, sessionsCancelled: 2, sessionsNotRecorded: 2, attendances: 27, volunteerMinutes: 900 });
    expect(moved.toDateCounts).toMatchObject({ sessionsHeld: 8, sessionsCancelled: 2, sessionsNotRecorded: 12 });
    expect(row(moved, 'sessionsHeld')).toMatchObject({ value: '6', toDate: '8', note: '2 cancelled sessions and 2 not recorded on Peer Desk (no register kept there) not counted' });
  });

  it('says so on their own when nothing was cancelled, and says nothing when there are none', () => {
    const year1 = computeReportFigures(fixtureReportData(YEAR_1, { groups, sessions }));
    expect(year1.counts).toMatchObject({ sessionsHeld: 2, sessionsCancelled: 0, sessionsNotRecorded: 10 });
    expect(row(year1, 'sessionsHeld').note).toBe('10 sessions not recorded on Peer Desk (no register kept there) not counted');
    expect(year2.counts.sessionsNotRecorded).toBe(0);
    expect(row(year2, 'sessionsHeld').note).toBe('2 cancelled sessions not counted');
  });

  it('a register taken for one after all makes it held, and no longer not recorded', () => {
    const taken: SessionRecord = {
      ...marked(G2, '2025-07-27'),
      notRecorded: undefined,
      register: { takenAt: '2025-07-28T09:00:00.000Z', marks: {}, walkIns: [], anonymousCount: 4, facilitatorsPresent: [] },
    };
    const counted = computeReportFigures(fixtureReportData(YEAR_2, { groups, sessions: [...SESSIONS, taken] }));
    expect(counted.counts).toMatchObject({ sessionsHeld: 7, sessionsNotRecorded: 1, attendances: 31 });
  });
});

describe('people supported in Year 2: new and returning', () => {
  it('counts each named person once: Amira, Bryn, Ceri, Dev, Eluned, Femi, Jo, Kasia', () => {
    // Not Gwyn (only the unfunded group), Hamid (Year 1 only), Iwan (never present), Lowri (not come yet),
    // nor the 9 people counted but not named.
    expect(year2.counts.people).toBe(8);
  });

  it('splits them by first contact with the charity', () => {
    // New (first contact in the period): Bryn (referred 20/04/2025), Dev (joined 01/07/2025),
    // Femi (referred 10/06/2025), Kasia (joined 01/10/2025).
    // Returning: Amira (joined 01/06/2024); Ceri (came in Year 1, left, came back: still returning);
    // Eluned (came to the unfunded art group in 11/2024); Jo (her referral came 20/03/2025, before
    // the period, though she first came to a group inside it).
    expect(year2.counts.newPeople).toBe(4);
    expect(year2.counts.returningPeople).toBe(4);
  });

  it('charts new people in the month they first came in the period', () => {
    // Bryn 06/05 (May), Femi 29/06 (June), Dev 01/07 (July), Kasia 30/11 (November).
    const chart = year2.charts.find((c) => c.key === 'newPeopleByMonth')!;
    expect(chart.bars.map((b) => [b.label, b.value])).toEqual([
      ['Apr 2025', 0],
      ['May 2025', 1],
      ['Jun 2025', 1],
      ['Jul 2025', 1],
      ['Aug 2025', 0],
      ['Sep 2025', 0],
      ['Oct 2025', 0],
      ['Nov 2025', 1],
      ['Dec 2025', 0],
      ['Jan 2026', 0],
      ['Feb 2026', 0],
      ['Mar 2026', 0],
    ]);
  });

  it('charts attendances by month, adding up to the total', () => {
    // May 2 (06/05); June 7 (29/06; 03/06 cancelled); July 5; October 4; November 6; March 3.
    const chart = year2.charts.find((c) => c.key === 'attendancesByMonth')!;
    expect(chart.bars.map((b) => b.value)).toEqual([0, 2, 7, 5, 0, 0, 4, 6, 0, 0, 0, 3]);
    expect(chart.bars.reduce((s, b) => s + b.value, 0)).toBe(year2.counts.attendances);
  });
});

describe('referrals', () => {
  it('counts referrals received for the funded groups, by source', () => {
    // In scope and received in the period: Bryn (GP, placed in G1), Femi (social prescriber, came
    // to the drop-in), Lowri (other organisation, placed in G1). Not Jo's (received in Year 1),
    // Gwyn's (unfunded group) or the open one nobody is linked to.
    expect(year2.counts.referralsReceived).toBe(3);
    expect(year2.counts.referralsBySource).toEqual({ self: 0, gp: 1, 'social-prescriber': 1, 'mental-health-trust': 0, 'other-organisation': 1 });
    const chart = year2.charts.find((c) => c.key === 'referralsBySource')!;
    expect(chart.bars.map((b) => [b.label, b.value])).toEqual([
      ['Self-referral', 0],
      ['GP', 1],
      ['Social prescriber', 1],
      ['Mental-health trust', 0],
      ['Other organisation', 1],
    ]);
  });

  it('gives the median days from referral to assessment for assessments made in the period', () => {
    // Lowri 9, Bryn 12, Jo 21 (referred in Year 1, assessed 10/04/2025), Femi 35 → middle of 4: (12 + 21) ÷ 2.
    expect(year2.counts.assessments).toBe(4);
    expect(year2.counts.medianDaysToAssessment).toBe(16.5);
    expect(row(year2, 'medianDays')).toMatchObject({ value: '16.5 days', note: 'From 4 assessments made in the period' });
  });

  it('counts every referral when the grant says so', () => {
    const all = computeReportFigures(fixtureReportData(YEAR_2, { grant: { ...FIXTURE_GRANT, referralScope: 'all' } }));
    // Adds Gwyn's and the open self-referral: 5, two of them self-referrals.
    expect(all.counts.referralsReceived).toBe(5);
    expect(all.counts.referralsBySource.self).toBe(2);
    // Lowri 9, Bryn 12, Gwyn 19, Jo 21, Femi 35 → 19.
    expect(all.counts.medianDaysToAssessment).toBe(19);
    expect(all.definitions.find((d) => d.figure === 'Referrals received')?.how).toContain('every referral the organisation received');
  });
});

describe('volunteers, hours and their value', () => {
  it('counts facilitators of funded sessions held, their hours and preparation', () => {
    // G1 sessions are 90 minutes: Siân at 4, Łukasz at 1 (01/07)   = 5 × 90  = 450 minutes
    // Drop-ins are 120 minutes: Łukasz at 2                         = 2 × 120 = 240 minutes
    // Preparation: 30 minutes for each of those 7                   = 210 minutes
    // 900 minutes = 15 hours. Nia (the unfunded art group) is not counted.
    expect(year2.counts.activeVolunteers).toBe(2);
    expect(year2.counts.minutesByKind).toMatchObject({ facilitating: 690, preparation: 210 });
    expect(year2.counts.volunteerMinutes).toBe(900);
    expect(row(year2, 'volunteerHours').value).toBe('15');
    expect(year2.volunteerTime.map((r) => [r.label, r.value])).toEqual([
      ['Facilitating sessions', '11.5'],
      ['Preparing for sessions', '3.5'],
      ['Volunteer hours in all', '15'],
      ['Value of volunteer time', '£183.90'],
    ]);
  });

  it('values each hour at the rate in effect that day, and says which rates', () => {
    // Before 01/10/2025 at £12.00: 06/05 (120), 29/06 (150), 01/07 (2 × 120) = 510 minutes = 8.5 h = £102.00
    // From 01/10/2025 at £12.60:   07/10 (120), 30/11 (150), 03/03 (120)     = 390 minutes = 6.5 h = £81.90
    expect(year2.counts.value.rates.map((u) => [u.rate.pencePerHour, u.minutes, u.pence])).toEqual([
      [1200, 510, 10200],
      [1260, 390, 8190],
    ]);
    expect(year2.counts.value.pence).toBe(18390);
    expect(row(year2, 'volunteerValue').value).toBe('£183.90');
    expect(year2.volunteerTime.find((r) => r.key === 'value')?.note).toBe('Fixture wage: £12.00 an hour from 01/04/2024 (8.5 hours); £12.60 an hour from 01/10/2025 (6.5 hours)');
  });

  it('says when there is no rate to value the time at', () => {
    const none = computeReportFigures(fixtureReportData(YEAR_2, { rateName: 'A rate nobody set' }));
    expect(none.counts.value).toMatchObject({ pence: 0, unvaluedMinutes: 900 });
    expect(none.volunteerTime.find((r) => r.key === 'value')?.note).toBe('No A rate nobody set rate is set in Settings, so the time has no value');
  });
});

describe('grant to date and targets', () => {
  it('counts from the grant start to the end of the period, people once across it', () => {
    // Year 1 adds G1 on 03/09/2024 (Hamid, Amira, Ceri) and 05/11/2024 (Hamid, Amira): 2 sessions,
    // 5 attendances, 2 × (90 + 30) = 240 minutes at £12.00. The 05/03/2024 session is before the grant.
    const d = year2.toDateCounts;
    expect(year2.toDate).toEqual({ from: '2024-04-01', to: '2026-03-31' });
    expect(d).toMatchObject({ sessionsHeld: 8, sessionsCancelled: 2, attendances: 32, volunteerMinutes: 1140, activeVolunteers: 2 });
    // Hamid joins the eight: 9. New since the grant began: everyone first in touch from 01/04/2024,
    // which is all but Hamid (joined 2023).
    expect(d).toMatchObject({ people: 9, newPeople: 8, returningPeople: 1 });
    // Jo's referral (20/03/2025) now falls inside: Bryn, Femi, Jo, Lowri; median of 9, 12, 21, 35.
    expect(d).toMatchObject({ referralsReceived: 4, medianDaysToAssessment: 16.5 });
    // 1,140 minutes = 19 h: 12.5 h at £12.00 (£150.00) + 6.5 h at £12.60 (£81.90).
    expect(d.value.pence).toBe(23190);
  });

  it('sets each target beside the period and the grant to date, with the percent reached', () => {
    // people 9 of 20 = 45%; new 8 of 12 = 66.7% → 67%; sessions 8 of 30 = 26.7% → 27%;
    // attendances 32 of 100 = 32%; volunteer hours 19 of 50 = 38%.
    expect(year2.targets).toEqual([
      { key: 'people', label: 'People supported', target: '20', period: '8', toDate: '9', percent: '45%' },
      { key: 'newPeople', label: 'New people', target: '12', period: '4', toDate: '8', percent: '67%' },
      { key: 'sessions', label: 'Sessions held', target: '30', period: '6', toDate: '8', percent: '27%' },
      { key: 'attendances', label: 'Attendances', target: '100', period: '27', toDate: '32', percent: '32%' },
      { key: 'volunteerHours', label: 'Volunteer hours', target: '50', period: '15', toDate: '19', percent: '38%' },
    ]);
    // 730 of the grant's 1,095 days have gone by 31/03/2026.
    expect(year2.grantTimeElapsedPercent).toBe(67);
  });

  it('leaves out targets the grant does not set', () => {
    const some = computeReportFigures(fixtureReportData(YEAR_2, { grant: { ...FIXTURE_GRANT, targets: { sessions: 30 } } }));
    expect(some.targets.map((t) => t.key)).toEqual(['sessions']);
  });

  it('counts Year 1 on its own: Hamid, Amira and Ceri, all new but Hamid', () => {
    const year1 = computeReportFigures(fixtureReportData(YEAR_1));
    expect(year1.counts).toMatchObject({ people: 3, newPeople: 2, returningPeople: 1, sessionsHeld: 2, attendances: 5, referralsReceived: 1, volunteerMinutes: 240 });
    // Jo was referred in Year 1 but assessed in Year 2: no assessment in Year 1.
    expect(year1.counts.medianDaysToAssessment).toBeNull();
    expect(year1.headline.find((r) => r.key === 'medianDays')).toMatchObject({ value: 'None assessed', note: 'Nobody was assessed in the period' });
    // The grant to date of the first period is the period itself.
    expect(year1.toDateCounts.people).toBe(3);
  });
});

describe('demographics of the eight people supported in Year 2', () => {
  const table = (f: ReportFigures, key: string) => f.demographics.find((t) => t.key === key)!;
  const shown = (f: ReportFigures, key: string) => table(f, key).rows.map((r) => [r.label, r.shown]);

  it('puts ages on the last day of the period into the grant’s own bands', () => {
    // 31/03/2026: Kasia 17 (under 18); Femi 20; Bryn 26, Amira 35, Jo 40; Ceri 68 (her birthday
    // that day); Eluned 76; Dev has no date of birth.
    expect(shown(year2, 'age')).toEqual([
      ['Under 18', '1'],
      ['18–24', '1'],
      ['25–44', '3'],
      ['45–64', '0'],
      ['65+', '2'],
      ['Not known', '1'],
    ]);
    expect(table(year2, 'age').total).toBe(8);
  });

  it('shows sex and disability with "Prefer not to say" and "Not known"', () => {
    // Female: Amira, Ceri, Eluned. Male: Bryn, Femi. Prefer not to say: Jo. Not known: Dev, Kasia.
    expect(shown(year2, 'sex')).toEqual([
      ['Female', '3'],
      ['Male', '2'],
      ['Prefer not to say', '1'],
      ['Not known', '2'],
    ]);
    // A lot: Ceri. A little: Bryn. No: Amira, Jo. Prefer not to say: Eluned. Not known: Dev, Femi, Kasia.
    expect(shown(year2, 'disability')).toEqual([
      ['Yes, limited a lot', '1'],
      ['Yes, limited a little', '1'],
      ['No', '2'],
      ['Prefer not to say', '1'],
      ['Not known', '3'],
    ]);
  });

  it('shows the five ethnic groups with their detail beneath', () => {
    // Asian: Amira (Pakistani), Dev (Indian). Black: Eluned (Caribbean), Femi (African).
    // Mixed: Jo (White and Asian). White: Bryn (British), Kasia (any other White). Ceri prefers not to say.
    const rows = table(year2, 'ethnicity').rows;
    const top = rows.filter((r) => r.level === 0).map((r) => [r.label, r.count]);
    expect(top).toEqual([
      ['Asian, Asian British or Asian Welsh', 2],
      ['Black, Black British, Black Welsh, Caribbean or African', 2],
      ['Mixed or Multiple ethnic groups', 1],
      ['White', 2],
      ['Other ethnic group', 0],
      ['Prefer not to say', 1],
      ['Not known', 0],
    ]);
    expect(rows.filter((r) => r.level === 1)).toHaveLength(19);
    expect(rows.find((r) => r.label === 'Pakistani')?.count).toBe(1);
    expect(rows.find((r) => r.label === 'Any other White background')?.count).toBe(1);
  });

  it('shows counts of 1 to 4 as "<5" when suppression is on, never zero or the totals', () => {
    const suppressed = computeReportFigures(fixtureReportData(YEAR_2, { suppressSmallNumbers: true }));
    expect(shown(suppressed, 'age')).toEqual([
      ['Under 18', '<5'],
      ['18–24', '<5'],
      ['25–44', '<5'],
      ['45–64', '0'],
      ['65+', '<5'],
      ['Not known', '<5'],
    ]);
    expect(table(suppressed, 'age').rows.find((r) => r.label === '25–44')).toMatchObject({ count: 3, percent: '', suppressed: true });
    // Headline figures are not about characteristics and are shown in full.
    expect(row(suppressed, 'people').value).toBe('8');
    expect(suppressed.definitions.find((d) => d.figure === 'Small numbers')?.how).toContain('shown as “<5”');
  });

  it('with suppression off shows every count and its percentage', () => {
    expect(table(year2, 'age').rows.find((r) => r.label === '25–44')).toMatchObject({ shown: '3', percent: '38%' });
    expect(year2.definitions.find((d) => d.figure === 'Small numbers')?.how).toContain('shown in full');
  });
});

describe('the words around the figures', () => {
  it('names the grant, its groups and the period', () => {
    expect(year2).toMatchObject({
      organisationName: 'Hillside Peer Support',
      funder: 'Hallam Community Fund',
      grantName: 'Peer support for all',
      amount: '£90,000',
      groupNames: ['Sunday Drop-in', 'Tuesday Peer Support'],
      period: YEAR_2,
    });
  });

  it('defines every figure in the appendix', () => {
    const figures = year2.definitions.map((d) => d.figure);
    for (const f of ['Sessions held', 'Attendances', 'People supported', 'New people', 'Returning people', 'Average attendance per session', 'Referrals received', 'Median days from referral to assessment', 'Active volunteers', 'Volunteer hours', 'Value of volunteer time', 'Targets and grant to date', 'Charts', 'Age', 'Sex, ethnic group, disability', 'Small numbers']) {
      expect(figures).toContain(f);
    }
    expect(year2.definitions.find((d) => d.figure === 'Volunteer hours')?.how).toContain('plus 30 minutes of preparation');
    expect(year2.definitions.find((d) => d.figure === 'Age')?.how).toContain('31/03/2026');
  });
});
