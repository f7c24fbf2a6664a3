import { describe, expect, it } from 'vitest';
import { generateDemoDataset } from '../../../../electron/demo';
import { grantPeriods } from '../../../../shared/domain/grant-periods';
import { grantInputSchema, grantRecordSchema, type Grant } from '../../../../shared/domain/grants';
import { computeReportFigures } from '../../../../shared/domain/report-figures';

const TODAY = '2026-11-23';
const small = generateDemoDataset({ size: 'small', seed: 1, today: TODAY });

function figures(d: typeof small, grant: Grant, period: { from: string; to: string; label: string }) {
  return computeReportFigures({
    organisationName: d.settings.organisationName,
    grant,
    period,
    members: d.members,
    referrals: d.referrals,
    groups: d.groups,
    sessions: d.sessions,
    prepMinutes: d.settings.prepMinutes,
    rates: d.settings.rates,
    rateName: d.settings.volunteerRateName,
    suppressSmallNumbers: true,
    programmes: { kinds: d.settings.programmeKinds, programmes: d.programmes, sessions: d.programmeSessions, travelMinutes: d.settings.oneToOneTravelMinutes },
  });
}

describe('grants in the sample data', () => {
  const [lottery, local, health] = small.grants;

  it('has a three-year grant reported yearly whose first two years are over, a one-year quarterly one, and one for one-to-one work', () => {
    expect(small.grants).toHaveLength(3);
    expect(lottery).toMatchObject({ funder: 'The Community Lottery Fund', frequency: 'yearly', startDate: '2024-04-01', endDate: '2027-03-31' });
    expect(grantPeriods(lottery!).filter((p) => p.to < TODAY).map((p) => p.label)).toEqual(['Year 1: April 2024 to March 2025', 'Year 2: April 2025 to March 2026']);
    expect(local).toMatchObject({ frequency: 'quarterly', startDate: '2026-01-01', endDate: '2026-12-31' });
  });

  it('funds groups that exist and ran throughout, with two anonymised case studies', () => {
    const groups = new Map(small.groups.map((g) => [g.id, g]));
    for (const grant of [lottery!, local!]) {
      expect(grant.groupIds.length).toBeGreaterThan(0);
      for (const id of grant.groupIds) expect((groups.get(id)?.schedule.startDate ?? '9999') < grant.startDate).toBe(true);
    }
    expect(lottery!.groupIds.map((id) => groups.get(id)?.kind)).toContain('drop-in');
    expect(lottery!.caseStudies.map((c) => c.title)).toEqual(['Finding people who understand', 'From member to volunteer']);
    // Initials only, said to be changed: nobody in the sample can be recognised from them.
    for (const c of [...lottery!.caseStudies, ...local!.caseStudies]) expect(c.text).toMatch(/^[A-Z] \(not (her|his) real name\)/);
  });

  it('passes the stored and the API schemas', () => {
    for (const grant of small.grants) {
      expect(grantRecordSchema.parse(grant)).toEqual(grant);
      expect(grantInputSchema.safeParse(grant).success).toBe(true);
    }
  });

  it('sets targets a real application would: on track, neither 3% nor 300%', () => {
    const year2 = grantPeriods(lottery!)[1]!;
    const f = figures(small, lottery!, year2);
    expect(f.targets.map((t) => t.key)).toEqual(['people', 'newPeople', 'sessions', 'attendances', 'volunteerHours']);
    for (const t of f.targets) {
      const percent = Number(t.percent.replace('%', ''));
      expect(percent, t.label).toBeGreaterThan(45);
      expect(percent, t.label).toBeLessThan(110);
    }
    // Something in every part of the report.
    expect(f.counts.sessionsHeld).toBeGreaterThan(100);
    expect(f.counts.people).toBeGreaterThan(30);
    expect(f.counts.newPeople).toBeGreaterThan(5);
    expect(f.counts.anonymous).toBeGreaterThan(0);
    expect(f.counts.referralsReceived).toBeGreaterThan(5);
    expect(f.counts.value.pence).toBeGreaterThan(0);
  });

  it('funds peer coaching and one-to-one support this financial year, so a report shows the one-to-one figures', () => {
    expect(health).toMatchObject({ frequency: 'yearly', startDate: '2026-04-01', endDate: '2027-03-31', groupIds: [], programmeKindIds: ['peer-coaching', 'one-to-one-support'] });
    const f = figures(small, health!, { from: '2026-04-01', to: '2026-11-22', label: 'Year 1 so far' });
    expect(f.oneToOne?.counts.people).toBeGreaterThan(5);
    expect(f.oneToOne?.counts.sessionsDelivered).toBeGreaterThan(30);
    expect(f.counts.people).toBe(f.oneToOne?.counts.people);
    expect(f.targets.map((t) => t.key)).toEqual(['people', 'newPeople']);
    for (const t of f.targets) expect(Number(t.percent.replace('%', '')), t.label).toBeGreaterThan(30);
  });

  it('is the same every time, and follows "today"', () => {
    expect(generateDemoDataset({ size: 'small', seed: 1, today: TODAY }).grants).toEqual(small.grants);
    const spring = generateDemoDataset({ size: 'small', seed: 1, today: '2027-02-10' });
    expect(spring.grants[0]).toMatchObject({ startDate: '2024-04-01', endDate: '2027-03-31' });
    const summer = generateDemoDataset({ size: 'small', seed: 1, today: '2027-06-10' });
    expect(summer.grants[0]).toMatchObject({ startDate: '2025-04-01', endDate: '2028-03-31' });
  });

  it('gives the large set a grant for about a third of its groups', () => {
    const large = generateDemoDataset({ size: 'large', seed: 1, today: TODAY });
    expect(large.grants[0]!.groupIds.length).toBeGreaterThanOrEqual(25);
  });
});
