import { describe, expect, it } from 'vitest';
import { checkedAnswers } from '../../../../electron/api/outcomes/completion-checks';
import { generateDemoDataset, type DemoDataset } from '../../../../electron/demo';
import { groupRecordSchema } from '../../../../shared/domain/groups';
import { COMPLETION_STAGES, GIVEN_WAYS, completionRecordSchema, type Completion } from '../../../../shared/domain/outcome-completions';
import { BUILT_IN_MEASURES, compareScores, measureById, scoreAnswers, type ChangeDirection } from '../../../../shared/domain/outcome-measures';
import { measurePlansInputSchema } from '../../../../shared/domain/outcome-plans';
import { DEFAULT_PROGRAMME_KINDS, programmeKindSchema } from '../../../../shared/domain/programmes';

/**
 * Sample questionnaires: every one a record the app could have saved (the schema, the
 * outcomes API's own answer checks, the member's own programme or group, dated at a session
 * they attended), every measure, stage and way of giving used, changes that look like peer
 * support (most better, some the same, a few worse), and the CORE-10 edge cases the screens
 * must show: one answer missing, and the risk item answered.
 */

const TODAY = '2026-11-23';
const small = generateDemoDataset({ size: 'small', seed: 1, today: TODAY });
const large = generateDemoDataset({ size: 'large', seed: 1, today: TODAY });
const others = Array.from({ length: 3 }, (_, i) => generateDemoDataset({ size: 'small', seed: i + 2, today: TODAY, area: i % 2 ? 'sutton' : 'south-london' }));
const all = [small, ...others, large];

const measureOf = (id: string) => {
  const m = measureById(id, []);
  if (!m) throw new Error(`no measure ${id}`);
  return m;
};

/** First against latest per person, measure and place, as the Outcomes tab pairs them. */
function directions(d: DemoDataset, measureId: string): Record<ChangeDirection, number> {
  const byPlace = new Map<string, Completion[]>();
  for (const c of d.completions.filter((x) => x.measureId === measureId)) {
    const key = `${c.memberId}|${c.programmeId ?? ''}|${c.groupId ?? ''}`;
    byPlace.set(key, [...(byPlace.get(key) ?? []), c]);
  }
  const out: Record<ChangeDirection, number> = { improved: 0, 'no-reliable-change': 0, worse: 0, 'not-comparable': 0 };
  const measure = measureOf(measureId);
  for (const list of byPlace.values()) {
    if (list.length < 2) continue;
    out[compareScores(measure, scoreAnswers(measure, list[0]!.answers), scoreAnswers(measure, list.at(-1)!.answers)).direction]++;
  }
  return out;
}

describe('sample questionnaires: sizes and determinism', () => {
  it('has a couple of hundred in the small set and about two per programme (over 3,000) in the large', () => {
    expect(small.completions.length).toBeGreaterThan(120);
    expect(small.completions.length).toBeLessThan(400);
    expect(large.completions.length).toBeGreaterThan(2_800);
    expect(large.completions.length).toBeLessThan(4_500);
    const inProgrammes = large.completions.filter((c) => c.programmeId !== undefined).length;
    expect(inProgrammes / large.programmes.length).toBeGreaterThan(1.5);
    expect(inProgrammes / large.programmes.length).toBeLessThan(2.5);
  });

  it('gives the same questionnaires for the same seed and others for another', () => {
    const again = generateDemoDataset({ size: 'small', seed: 1, today: TODAY });
    expect(JSON.stringify(again.completions)).toBe(JSON.stringify(small.completions));
    expect(JSON.stringify(others[0]!.completions)).not.toBe(JSON.stringify(small.completions));
  });

  it('adds plans without changing the kinds or groups otherwise', () => {
    const withoutPlans = small.settings.programmeKinds.map(({ measures: _measures, ...k }) => k);
    expect(withoutPlans).toEqual(DEFAULT_PROGRAMME_KINDS);
    for (const k of small.settings.programmeKinds) {
      expect(programmeKindSchema.parse(k)).toEqual(k);
      expect(measurePlansInputSchema.safeParse(k.measures).success, k.id).toBe(true);
      expect(k.measures?.length, k.id).toBeGreaterThan(0);
    }
    for (const d of all) {
      const asking = d.groups.filter((g) => g.measures !== undefined);
      expect(asking.length).toBe(d === large ? 12 : 3);
      for (const g of asking) {
        expect(groupRecordSchema.parse(g)).toEqual(g);
        expect(measurePlansInputSchema.safeParse(g.measures).success).toBe(true);
      }
    }
  });
});

describe('sample questionnaires: each one the app could have saved', () => {
  it('passes the record schema and the outcomes API checks, dated no later than today, in date order', () => {
    for (const d of all) {
      let previous = '';
      for (const c of d.completions) {
        expect(completionRecordSchema.parse(c)).toStrictEqual(c);
        const measure = measureOf(c.measureId);
        // checkedAnswers is what outcomes.record stores: the same answers back, every item present.
        expect(checkedAnswers(measure, c.answers)).toEqual(c.answers);
        expect(Object.keys(c.answers).sort()).toEqual(measure.items.map((i) => i.id).sort());
        expect(c.date <= TODAY).toBe(true);
        expect(c.createdAt.slice(0, 10) >= c.date).toBe(true);
        expect(c.updatedAt).toBe(c.createdAt);
        expect(Boolean(c.programmeId) !== Boolean(c.groupId)).toBe(true);
        expect(c.date >= previous).toBe(true);
        previous = c.date;
      }
      expect(new Set(d.completions.map((c) => c.id)).size).toBe(d.completions.length);
    }
  });

  it("belongs to the member's own programme, dated at a session they attended, or to a group they were on and came to", () => {
    for (const d of all) {
      const programmes = new Map(d.programmes.map((p) => [p.id, p]));
      const attended = new Set(d.programmeSessions.filter((s) => s.outcome === 'attended').map((s) => `${s.programmeId}|${s.date}`));
      const groups = new Map(d.groups.map((g) => [g.id, g]));
      const present = new Set(d.sessions.flatMap((s) => (s.cancelled || !s.register ? [] : Object.entries(s.register.marks).filter(([, m]) => m === 'present').map(([id]) => `${s.groupId}|${id}|${s.date}`))));
      for (const c of d.completions) {
        if (c.programmeId) {
          const p = programmes.get(c.programmeId)!;
          expect(p.memberId).toBe(c.memberId);
          expect(p.kindId === 'one-to-one-support' || c.measureId !== 'core-10').toBe(true);
          expect(attended.has(`${c.programmeId}|${c.date}`), `${c.programmeId} ${c.date}`).toBe(true);
          if (c.stage === 'end') expect(p.status).toBe('ended');
        } else {
          const g = groups.get(c.groupId!)!;
          expect(g.measures?.[0]?.measureId).toBe(c.measureId);
          expect(g.roster.some((s) => s.memberId === c.memberId && s.joined <= c.date && (s.left === undefined || s.left >= c.date))).toBe(true);
          expect(present.has(`${c.groupId}|${c.memberId}|${c.date}`)).toBe(true);
        }
      }
    }
  });

  it('uses every built-in measure, stage and way of giving in the small set', () => {
    expect(new Set(small.completions.map((c) => c.measureId))).toEqual(new Set(BUILT_IN_MEASURES.map((m) => m.id)));
    expect(new Set(small.completions.map((c) => c.stage))).toEqual(new Set(COMPLETION_STAGES));
    expect(new Set(small.completions.map((c) => c.given))).toEqual(new Set(GIVEN_WAYS));
  });
});

describe('sample questionnaires: realistic scores and change', () => {
  it('starts below the population average and mostly improves, some the same, a few worse', () => {
    const swemwbs = measureOf('swemwbs');
    const starts = large.completions.filter((c) => c.measureId === 'swemwbs' && c.stage === 'start').map((c) => scoreAnswers(swemwbs, c.answers).metric!);
    const mean = starts.reduce((a, b) => a + b, 0) / starts.length;
    // The population mean is about 23.6; people come to peer support lower.
    expect(mean).toBeGreaterThan(17);
    expect(mean).toBeLessThan(23);
    const d = directions(large, 'swemwbs');
    const pairs = d.improved + d['no-reliable-change'] + d.worse;
    expect(pairs).toBeGreaterThan(500);
    expect(d.improved / pairs).toBeGreaterThan(0.3);
    expect(d.worse).toBeGreaterThan(0);
    expect(d.worse / pairs).toBeLessThan(0.1);
    expect(d['no-reliable-change']).toBeGreaterThan(0);
    for (const id of ['core-10', 'ucla-3']) {
      const c = directions(large, id);
      expect(c.improved, id).toBeGreaterThan(c.worse);
      expect(c.worse, id).toBeGreaterThan(0);
    }
    // ONS4 compares question by question: its pairs exist, per item.
    expect(directions(large, 'ons4')['not-comparable']).toBeGreaterThan(20);
  });

  it('has CORE-10 forms with one answer missing (pro-rated) and one or two with the risk item answered', () => {
    const core10 = measureOf('core-10');
    for (const [d, missing, risk] of [
      [small, 2, 1],
      [large, 6, 2],
    ] as const) {
      const forms = d.completions.filter((c) => c.measureId === 'core-10');
      const blanks = forms.filter((c) => Object.values(c.answers).includes(null));
      expect(blanks).toHaveLength(missing);
      for (const c of blanks) {
        expect(Object.values(c.answers).filter((v) => v === null)).toHaveLength(1);
        expect(scoreAnswers(core10, c.answers)).toMatchObject({ scored: true, prorated: true });
      }
      const flagged = forms.filter((c) => scoreAnswers(core10, c.answers).riskFlag);
      expect(flagged).toHaveLength(risk);
      // Realistic, not alarming: the lowest answer above "Not at all".
      for (const c of flagged) expect(c.answers['plans-end-life']).toBe(1);
      // Nothing but CORE-10 has a blank.
      expect(d.completions.filter((c) => c.measureId !== 'core-10' && Object.values(c.answers).includes(null))).toEqual([]);
    }
  });
});
