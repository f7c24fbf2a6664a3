import { describe, expect, it } from 'vitest';
import { reportCsvRows } from '../../../../shared/domain/report-csv';
import { computeReportFigures, type FigureRow, type ReportFigures } from '../../../../shared/domain/report-figures';
import { onwardDestination } from '../../../../shared/domain/report-programmes';
import { reportFiguresSchema } from '../../../../shared/domain/report-sent';
import { FIXTURE_GRANT, fixtureReportData, YEAR_1, YEAR_2 } from '../../../fixtures/reports/grant-report';
import { OS, PC, PM, PROGRAMME_GRANT, PROGRAMMES, programmeReportData, REPORT_PROGRAMMES, TB } from '../../../fixtures/reports/programme-report';

/**
 * The one-to-one programmes of the hand-built fixture (tests/fixtures/reports/programme-report.ts,
 * where every programme and session is listed) counted on paper. Each expectation says how it
 * was counted. Year 2 (the period) is 01/04/2025 to 31/03/2026; the grant to date runs from
 * 01/04/2024. The grant funds Peer coaching, One-to-one peer support and Peer mentoring.
 */

const year2 = computeReportFigures(programmeReportData());
const o = year2.oneToOne!;
const c = o.counts;
const d = o.toDateCounts;
const row = (rows: readonly FigureRow[], key: string) => rows.find((r) => r.key === key)!;
const cells = (rows: readonly FigureRow[]) => rows.map((r) => [r.label, r.value, r.toDate]);

describe('people supported one to one in Year 2', () => {
  it('counts each person with an attended session once, however many programmes they had', () => {
    // Amira (P1), Pat (P2 and P5: once), Quinn (P3), Ros (P4), Sam (P6), Uma (P8) = 6.
    // Not Tom: Travel buddy is not funded.
    expect(c.people).toBe(6);
    expect(row(o.rows, 'oneToOnePeople')).toMatchObject({ value: '6', toDate: '6' });
  });

  it('calls new those whose first session of a funded kind ever was in the period', () => {
    // Pat 12/05/2025, Quinn 10/02/2026, Ros 20/08/2025: new.
    // Amira first came 24/03/2025 (Year 1), Sam 07/10/2024, Uma 05/02/2024: not new.
    expect(c.newPeople).toBe(3);
  });

  it('a programme that crosses the period’s end counts only its sessions inside it', () => {
    // Quinn's 14/04/2026 session is in Year 3: her two sessions in the period are 10/02 and 10/03.
    const quinn = computeReportFigures(programmeReportData(YEAR_2, { programmes: { ...REPORT_PROGRAMMES, programmes: PROGRAMMES.filter((p) => p.id === 'p3') } })).oneToOne!;
    expect(quinn.counts).toMatchObject({ people: 1, newPeople: 1, sessionsDelivered: 2, goalsSet: 1, goalsAchieved: 0 });
  });
});

describe('sessions in Year 2', () => {
  it('counts attended sessions as delivered, by how', () => {
    // P1 07/04 phone, 21/04 video (its 24/03 session is in Year 1)                 2
    // P2 12/05 in person, 19/05 home visit, 02/06 in person, 07/07 ward, 21/07 out 5
    // P3 10/02 in person, 10/03 phone                                              2
    // P4 20/08 in person                                                           1
    // P5 05/11 phone, 03/12 in person                                              2
    // P6 05/05 video                                                               1
    // P8 15/04 in person (its 05/02/2024 session is before the grant)              1
    //                                                                             14
    // Tom's travel-buddy trip (10/06) is not a funded kind.
    expect(c.sessionsDelivered).toBe(14);
    expect(c.sessionsByMode).toEqual({ 'in-person': 6, phone: 3, video: 2, 'home-visit': 1, 'ward-visit': 1, 'out-and-about': 1 });
    expect(cells(o.byMode)).toEqual([
      ['In person', '6', '9'],
      ['Phone', '3', '3'],
      ['Video', '2', '2'],
      ['Home visit', '1', '1'],
      ['Ward visit', '1', '1'],
      ['Out and about', '1', '1'],
      ['All sessions delivered', '14', '17'],
    ]);
  });

  it('keeps did-not-attend and cancellations apart, never as delivered', () => {
    // Did not attend: P1 14/04, P4 27/08 and 03/09 = 3.
    // Cancelled: P2 26/05 by the member, 14/07 by the volunteer.
    expect(c).toMatchObject({ didNotAttend: 3, cancelledByMember: 1, cancelledByVolunteer: 1 });
    expect(row(o.rows, 'oneToOneDidNotAttend').value).toBe('3');
    expect(row(o.rows, 'oneToOneCancelled')).toMatchObject({ value: '2', note: '1 by the member, 1 by the volunteer; not counted as delivered' });
  });

  it('gives the average sessions per person to one decimal place', () => {
    // 14 ÷ 6 = 2.33 → 2.3; grant to date 17 ÷ 6 = 2.83 → 2.8.
    expect(c.averageSessions).toBe(2.3);
    expect(row(o.rows, 'oneToOneAverage')).toMatchObject({ value: '2.3', toDate: '2.8' });
  });

  it('a changed volunteer: each session’s time goes to whoever met the person that day', () => {
    // P2: Dorota (V4) 12/05, 19/05, 02/06 = 180 minutes + 3 × 15 travel; Ifan (V5) 07/07 (60) and
    // 21/07 (90) = 150 + 2 × 15. The cancelled 14/07 gives Ifan nothing.
    const p2 = computeReportFigures(programmeReportData(YEAR_2, { programmes: { ...REPORT_PROGRAMMES, programmes: PROGRAMMES.filter((p) => p.id === 'p2') } }));
    expect(p2.oneToOne!.counts.volunteerMinutes).toBe(180 + 45 + 150 + 30);
    // With the groups' two facilitators (Siân V1, Łukasz V2): Dorota and Ifan make 4.
    expect(p2.counts.activeVolunteers).toBe(4);
  });
});

describe('programmes ended in Year 2', () => {
  it('counts each ending, completed or stopped early', () => {
    // P8 30/04 the member's choice; P1 30/06 completed; P4 01/10 lost contact.
    // Not Tom's (Travel buddy, unfunded). Not Sam's: ended 01/06/2025, then reopened.
    expect(c.programmesEnded).toBe(3);
    expect(c.endings).toEqual({ completed: 1, 'member-choice': 1, 'lost-contact': 1, 'moved-away': 0, 'needs-more-support': 0 });
    expect(cells(o.endings)).toEqual([
      ['Completed', '1', '1'],
      ["Stopped early: the member's choice", '1', '1'],
      ['Stopped early: lost contact', '1', '1'],
      ['Stopped early: moved away', '0', '0'],
      ['Stopped early: needs more support than peer support', '0', '0'],
      ['Programmes ended', '3', '3'],
    ]);
  });

  it('a reopened programme is not ended; ended again, it counts on its new date', () => {
    const reopenedThenEnded = PROGRAMMES.map((p) => (p.id === 'p6' ? { ...p, ending: { date: '2025-09-30', ending: 'moved-away' as const, onward: ['NHS Talking Therapies'] } } : p));
    const f = computeReportFigures(programmeReportData(YEAR_2, { programmes: { ...REPORT_PROGRAMMES, programmes: reopenedThenEnded } })).oneToOne!;
    expect(f.counts.programmesEnded).toBe(4);
    expect(f.counts.endings['moved-away']).toBe(1);
    expect(f.counts.onward['NHS Talking Therapies']).toBe(1);
  });

  it('counts onward referrals by where to, anything typed in as Other', () => {
    // P1: Recovery College, GP. P8: "citizens advice" (the name offered, typed), "Local food bank" (Other).
    // P4 referred nobody on; Tom's GP referral is from an unfunded kind.
    expect(c.onwardReferrals).toBe(4);
    expect(c.onward).toEqual({ 'Recovery College': 1, 'NHS Talking Therapies': 0, 'Citizens Advice': 1, GP: 1, Other: 1 });
    expect(o.onward.at(-1)).toMatchObject({ label: 'Onward referrals in all', value: '4', toDate: '4' });
    // The words typed are never printed: only "Other".
    expect(JSON.stringify(o)).not.toContain('food bank');
    expect(onwardDestination('  recovery COLLEGE ')).toBe('Recovery College');
  });
});

describe('goals and waits in Year 2', () => {
  it('counts goals set in the period, not before it', () => {
    // Set in the period: B 12/05/2025, C 21/07/2025, E 05/11/2025, D 10/02/2026 = 4.
    // Not A (24/03/2025) or F (07/10/2024), set in Year 1.
    expect(c.goalsSet).toBe(4);
  });

  it('counts a goal achieved once, on its first review saying so, in the period', () => {
    // A achieved 21/04/2025; B first achieved 01/09/2025 (its 01/10 review says it again: still one);
    // F, set in Year 1, achieved 05/05/2025. D is achieved 14/04/2026, in Year 3.
    expect(c.goalsAchieved).toBe(3);
    expect(row(o.rows, 'oneToOneGoalsAchieved')).toMatchObject({ value: '3', toDate: '3' });
  });

  it('gives the wait from referral to first attended session, median and longest', () => {
    // First sessions in the period of programmes from a referral: P2 (01/05 → 12/05) 11 days;
    // P4 (01/08 → 20/08) 19 days. P1's first session (24/03/2025) is in Year 1.
    // Median of 11 and 19 = 15; longest 19.
    expect(c).toMatchObject({ waits: 2, medianWaitDays: 15, longestWaitDays: 19 });
    expect(row(o.rows, 'oneToOneMedianWait')).toMatchObject({ value: '15 days', note: 'From 2 programmes started from a referral whose first session was in the period' });
    // Grant to date adds P1: 10/03 → 24/03, 14 days. Median of 11, 14, 19 = 14.
    expect(d).toMatchObject({ waits: 3, medianWaitDays: 14, longestWaitDays: 19 });
    expect(row(o.rows, 'oneToOneLongestWait')).toMatchObject({ value: '19 days', toDate: '19 days' });
  });
});

describe('volunteer time on one-to-one work', () => {
  it('counts attended sessions of kinds that count for hours, plus the travel time', () => {
    // Length of each attended session in the period, Peer mentoring (P6) left out:
    //   P1 60 + 45, P2 60 + 60 + 60 + 60 + 90, P3 60 + 60, P4 60, P5 60 + 60, P8 60 = 795 minutes
    // Travel: 15 minutes for each of those 13 sessions                             = 195 minutes
    // 990 minutes = 16.5 hours.
    expect(year2.counts.minutesByKind).toMatchObject({ 'one-to-one': 795, 'one-to-one-travel': 195 });
    expect(c.volunteerMinutes).toBe(990);
    expect(row(o.rows, 'oneToOneHours')).toMatchObject({ value: '16.5' });
  });

  it('values it at the grant’s rate on each day', () => {
    // Before 01/10/2025 at £12.00: P1 135, P2 405, P4 75, P8 75 = 690 minutes = 11.5 h = £138.00
    // From 01/10/2025 at £12.60:   P3 150, P5 150            = 300 minutes =  5 h  = £63.00
    expect(c.value.rates.map((u) => [u.rate.pencePerHour, u.minutes, u.pence])).toEqual([
      [1200, 690, 13800],
      [1260, 300, 6300],
    ]);
    expect(row(o.rows, 'oneToOneValue').value).toBe('£201.00');
  });

  it('shows the one-to-one lines in the volunteer time, and adds them to every total', () => {
    // 795 minutes → 13.25 → 13.3 h; 195 → 3.25 → 3.3 h. Groups 900 + one to one 990 = 1,890 minutes.
    expect(year2.volunteerTime.map((r) => [r.label, r.value, r.toDate])).toEqual([
      ['Facilitating sessions', '11.5', '14.5'],
      ['Preparing for sessions', '3.5', '4.5'],
      ['One-to-one sessions', '13.3', '14.3'],
      ['Travel for one-to-one sessions', '3.3', '3.5'],
      ['Volunteer hours in all', '31.5', '36.8'],
      ['Value of volunteer time', '£384.90', '£447.90'],
    ]);
    // Siân (V1, who also coached Ros), Łukasz (V2), Dorota (V4), Ifan (V5): 4, each once.
    expect(year2.counts.activeVolunteers).toBe(4);
  });
});

describe('the grant to date', () => {
  it('adds Year 1’s sessions in the grant, never the one before it began', () => {
    // Year 1 adds P1 24/03/2025 (in person) and P6 07/10/2024, 04/11/2024 (in person): 17.
    // P8's 05/02/2024 is before the grant's first day (01/04/2024).
    expect(d.sessionsDelivered).toBe(17);
    // New since the grant began: Amira (24/03/2025), Pat, Quinn, Ros, Sam (07/10/2024) = 5.
    // Uma first came 05/02/2024, before it.
    expect(d).toMatchObject({ people: 6, newPeople: 5 });
    // Goals set from 01/04/2024: A to F, all six.
    expect(d.goalsSet).toBe(6);
    // 990 + P1 24/03/2025 (60 + 15) = 1,065 minutes; Sam's mentoring gives none.
    expect(d.volunteerMinutes).toBe(1065);
  });

  it('counts Year 1 on its own: Amira and Sam', () => {
    const year1 = computeReportFigures(programmeReportData(YEAR_1)).oneToOne!;
    expect(year1.counts).toMatchObject({ people: 2, newPeople: 2, sessionsDelivered: 3, programmesEnded: 0, goalsSet: 2, goalsAchieved: 0, waits: 1, medianWaitDays: 14 });
  });
});

describe('joined to the rest of the report', () => {
  it('counts a person at a funded group and one to one once among the people supported', () => {
    // The groups' 8 (Amira, Bryn, Ceri, Dev, Eluned, Femi, Jo, Kasia) and Pat, Quinn, Ros, Sam,
    // Uma: 13. Amira is at both and counted once.
    expect(year2.counts.people).toBe(13);
    // New: Bryn, Dev, Femi, Kasia (the groups') and Pat (referred 01/05/2025), Quinn (joined
    // 20/01/2026), Ros (referred 01/08/2025) = 7. Returning: Amira, Ceri, Eluned, Jo, Sam, Uma = 6.
    expect(year2.counts).toMatchObject({ newPeople: 7, returningPeople: 6 });
    expect(year2.demographics.every((t) => t.total === 13)).toBe(true);
    // Grant to date: Hamid too, 14; all new but Hamid and Uma (joined 15/01/2024).
    expect(year2.toDateCounts).toMatchObject({ people: 14, newPeople: 12, returningPeople: 2 });
  });

  it('counts referrals into the funded kinds as in scope, not those into other kinds', () => {
    // The groups' 3 (Bryn GP, Femi social prescriber, Lowri other organisation) and Pat's (social
    // prescriber, 01/05/2025) and Ros's (GP, 01/08/2025). Not Tom's (Travel buddy), nor Amira's
    // coaching referral (10/03/2025, Year 1).
    expect(year2.counts.referralsReceived).toBe(5);
    expect(year2.counts.referralsBySource).toMatchObject({ gp: 2, 'social-prescriber': 2, 'other-organisation': 1 });
  });

  it('counts one-to-one sessions toward a target for sessions, and says so', () => {
    // 6 group sessions + 14 one to one = 20; grant to date 8 + 17 = 25 of 30 = 83%.
    expect(year2.targets.find((t) => t.key === 'sessions')).toEqual({ key: 'sessions', label: 'Sessions held, groups and one to one', target: '30', period: '20', toDate: '25', percent: '83%' });
    // People 14 of 20 = 70%; hours 2,205 minutes = 36.75 of 50 = 73.5% → 74%.
    expect(year2.targets.find((t) => t.key === 'people')).toMatchObject({ period: '13', toDate: '14', percent: '70%' });
    expect(year2.targets.find((t) => t.key === 'volunteerHours')).toMatchObject({ period: '31.5', toDate: '36.8', percent: '74%' });
  });

  it('charts one-to-one sessions by month beside the attendances', () => {
    // Apr: P1 07/04, 21/04, P8 15/04; May: P2 12/05, 19/05, P6 05/05; Jun: 02/06; Jul: 07/07, 21/07;
    // Aug: P4; Nov, Dec: P5; Feb, Mar: P3.
    expect(year2.charts.map((ch) => ch.key)).toEqual(['attendancesByMonth', 'oneToOneSessionsByMonth', 'newPeopleByMonth', 'referralsBySource']);
    expect(year2.charts[1]!.bars.map((b) => b.value)).toEqual([3, 3, 1, 2, 1, 0, 0, 1, 1, 0, 1, 1]);
    // New people by month: the groups' May, Jun, Jul, Nov, and Pat (May), Ros (Aug), Quinn (Feb).
    expect(year2.charts[2]!.bars.map((b) => b.value)).toEqual([0, 2, 1, 1, 1, 0, 0, 1, 0, 0, 1, 0]);
  });

  it('defines every one-to-one figure in the appendix', () => {
    const figures = year2.definitions.map((def) => def.figure);
    for (const f of ['People supported one to one', 'New to one-to-one support', 'One-to-one sessions delivered', 'Average sessions per person', 'Programmes ended', 'Onward referrals', 'Goals set and goals achieved', 'Wait from referral to first session', 'Volunteer hours on one-to-one work']) {
      expect(figures).toContain(f);
    }
    const how = (figure: string) => year2.definitions.find((def) => def.figure === figure)!.how;
    expect(how('Volunteer hours')).toContain('plus 15 minutes of travel');
    expect(how('People supported')).toContain('whether they came to a group, one to one or both');
    const hidden = computeReportFigures(programmeReportData(YEAR_2, { suppressSmallNumbers: true }));
    expect(hidden.definitions.find((def) => def.figure === 'Small numbers')!.how).toContain('how one-to-one programmes ended');
    expect(o.kindNames).toEqual(['Peer coaching', 'One-to-one peer support', 'Peer mentoring']);
  });
});

describe('small numbers', () => {
  it('hides counts of 1 to 4 in how programmes ended and where people went on to, never totals or activity', () => {
    const hidden = computeReportFigures(programmeReportData(YEAR_2, { suppressSmallNumbers: true })).oneToOne!;
    expect(cells(hidden.endings)).toEqual([
      ['Completed', '<5', '<5'],
      ["Stopped early: the member's choice", '<5', '<5'],
      ['Stopped early: lost contact', '<5', '<5'],
      ['Stopped early: moved away', '0', '0'],
      ['Stopped early: needs more support than peer support', '0', '0'],
      ['Programmes ended', '3', '3'],
    ]);
    expect(hidden.onward.map((r) => r.value)).toEqual(['<5', '0', '<5', '<5', '<5', '4']);
    expect(row(hidden.rows, 'oneToOnePeople').value).toBe('6');
    expect(row(hidden.byMode, 'mode-phone').value).toBe('3');
  });
});

describe('what the grant funds', () => {
  it('a grant that funds no kinds of programme: the report is as it was, programmes or not', () => {
    const without = computeReportFigures(fixtureReportData(YEAR_2));
    const withProgrammes = computeReportFigures(programmeReportData(YEAR_2, { grant: FIXTURE_GRANT, referrals: fixtureReportData().referrals }));
    expect(withProgrammes.oneToOne).toBeUndefined();
    expect(withProgrammes).toEqual(without);
  });

  it('funds only the kinds chosen: Travel buddy alone counts Tom, and nobody else', () => {
    const buddies = computeReportFigures(programmeReportData(YEAR_2, { grant: { ...PROGRAMME_GRANT, programmeKindIds: [TB] } })).oneToOne!;
    expect(buddies.counts).toMatchObject({ people: 1, sessionsDelivered: 1, programmesEnded: 1, volunteerMinutes: 120 + 15 });
    expect(buddies.kindNames).toEqual(['Travel buddy']);
  });

  it('a grant for programmes only leaves out the group figures and says whom volunteers gave time to', () => {
    const only = computeReportFigures(programmeReportData(YEAR_2, { grant: { ...PROGRAMME_GRANT, groupIds: [], programmeKindIds: [PC, OS, PM] } }));
    expect(only.headline.map((r) => r.key)).toEqual(['people', 'newPeople', 'returningPeople', 'referralsReceived', 'medianDays', 'activeVolunteers', 'volunteerHours', 'volunteerValue']);
    expect(only.counts).toMatchObject({ people: 6, sessionsHeld: 0, volunteerMinutes: 990, activeVolunteers: 3 });
    expect(only.headline[0]!.note).toBe('Different people who came to at least one one-to-one session');
    expect(only.volunteerTime.map((r) => r.label)).toEqual(['One-to-one sessions', 'Travel for one-to-one sessions', 'Volunteer hours in all', 'Value of volunteer time']);
    expect(only.charts.map((ch) => ch.key)).toEqual(['oneToOneSessionsByMonth', 'newPeopleByMonth', 'referralsBySource']);
    expect(only.definitions.map((def) => def.figure)).not.toContain('Sessions held');
    expect(only.targets.find((t) => t.key === 'sessions')).toMatchObject({ label: 'One-to-one sessions delivered', period: '14' });
  });
});

describe('the CSV and the copy kept when sent', () => {
  const rows = reportCsvRows(year2, { outcomeProgress: [], madeOn: '2026-04-20' });
  const find = (section: string, figure: string) => rows.find((r) => r.section === section && r.figure === figure);

  it('has every one-to-one figure, this period and grant to date', () => {
    expect(find('Report', 'Programmes funded')?.value).toBe('Peer coaching; One-to-one peer support; Peer mentoring');
    expect(find('One-to-one this period', 'People supported one to one')).toMatchObject({ value: '6', notes: 'Different people who came to at least one session' });
    expect(find('One-to-one this period', 'People supported one to one of whom new')?.value).toBe('3');
    expect(find('One-to-one grant to date', 'Sessions delivered: In person')?.value).toBe('9');
    expect(find('One-to-one this period', 'Programmes ended: Stopped early: lost contact')?.value).toBe('1');
    expect(find('One-to-one this period', 'Onward referrals: Other')?.value).toBe('1');
    expect(find('One-to-one this period', 'Onward referrals in all')?.value).toBe('4');
    expect(find('Volunteer time this period', 'Travel for one-to-one sessions')?.value).toBe('3.3');
    expect(find('How figures are counted', 'Wait from referral to first session')).toBeDefined();
  });

  it('says when a small number is hidden', () => {
    const hidden = reportCsvRows(computeReportFigures(programmeReportData(YEAR_2, { suppressSmallNumbers: true })), { outcomeProgress: [], madeOn: '2026-04-20' });
    expect(hidden.find((r) => r.section === 'One-to-one this period' && r.figure === 'Programmes ended: Completed')).toMatchObject({ value: '<5', notes: 'Between 1 and 4' });
  });

  it('reads back whole from a sent copy, and a copy sent before programmes reads without them', () => {
    const kept = (f: ReportFigures) => reportFiguresSchema.parse(JSON.parse(JSON.stringify(f)));
    expect(kept(year2)).toEqual(year2);
    const before = computeReportFigures(fixtureReportData(YEAR_2));
    expect(kept(before).oneToOne).toBeUndefined();
    expect(kept(before)).toEqual(before);
  });

  it('a copy sent before a way of meeting was added reads it as 0', () => {
    const stored = JSON.parse(JSON.stringify(year2)) as { oneToOne: { counts: { sessionsByMode: Record<string, number> } } };
    delete stored.oneToOne.counts.sessionsByMode['ward-visit'];
    expect(reportFiguresSchema.parse(stored).oneToOne?.counts.sessionsByMode['ward-visit']).toBe(0);
  });
});
