import { describe, expect, it } from 'vitest';
import { complianceDocShape } from '../../../../shared/domain/compliance-records';
import { COMPLIANCE_AREAS, COUNTED_STATES, complianceCounts, complianceRows, rowState } from '../../../../shared/domain/compliance';
import { DUE_STATE_RANK } from '../../../../shared/domain/due-status';
import { recordsByVolunteer } from '../../../../shared/domain/compliance-records';
import { generateDemoDataset } from '../../../../electron/demo';
import { displayName, sortName } from '../../../../shared/domain/volunteers';
import { z } from 'zod';

const TODAY = '2026-11-23';
const small = generateDemoDataset({ size: 'small', seed: 1, today: TODAY });

describe('sample compliance records', () => {
  it('are the same for the same seed and valid records', () => {
    expect(generateDemoDataset({ size: 'small', seed: 1, today: TODAY }).compliance).toEqual(small.compliance);
    expect(() => z.object(complianceDocShape).parse(small.compliance)).not.toThrow();
  });

  it('belong to volunteers on record and are never dated after today', () => {
    const ids = new Set(small.volunteers.map((v) => v.id));
    const { dbsChecks, training, supervision, hours, expenses } = small.compliance;
    for (const r of [...dbsChecks, ...training, ...supervision, ...hours, ...expenses]) expect(ids.has(r.volunteerId)).toBe(true);
    for (const d of [...dbsChecks.map((c) => c.issueDate), ...training.map((t) => t.date), ...supervision.map((s) => s.date), ...hours.map((h) => h.date), ...expenses.map((e) => e.date)]) {
      expect(d <= TODAY).toBe(true);
    }
  });

  it('give the Compliance page a realistic spread: most in order, some due soon, some overdue', () => {
    const active = small.volunteers.filter((v) => v.status === 'active').map((v) => ({ id: v.id, name: displayName(v), sortName: sortName(v), roles: v.roles }));
    const rows = complianceRows(active, recordsByVolunteer(small.compliance), small.settings, TODAY);
    const counts = complianceCounts(rows, 30, TODAY);
    expect(counts.needsAction).toBeGreaterThan(0);
    expect(counts.needsAction).toBeLessThan(rows.length * 0.6);
    const overdue = counts.overdue.dbs + counts.overdue.training + counts.overdue.supervision;
    const dueSoon = counts.dueSoon.dbs + counts.dueSoon.training + counts.dueSoon.supervision;
    expect(overdue).toBeGreaterThan(0);
    expect(dueSoon).toBeGreaterThan(0);
    expect(rows.filter((r) => r.dbs.state === 'ok' && r.training.state === 'ok' && r.supervision.state === 'ok').length).toBeGreaterThan(rows.length / 3);
  });

  it('open most urgent first, and each summary count filters to exactly as many people as it says', () => {
    const active = small.volunteers.filter((v) => v.status === 'active').map((v) => ({ id: v.id, name: displayName(v), sortName: sortName(v), roles: v.roles }));
    const records = recordsByVolunteer(small.compliance);
    const rows = complianceRows(active, records, small.settings, TODAY);
    const ranks = rows.map((r) => DUE_STATE_RANK[rowState(r)]);
    expect(ranks).toEqual([...ranks].sort((a, b) => b - a));
    const counts = complianceCounts(rows, 30, TODAY);
    for (const area of COMPLIANCE_AREAS) {
      for (const state of COUNTED_STATES) {
        const counted = counts[state === 'due-soon' ? 'dueSoon' : state][area];
        expect(complianceRows(active, records, small.settings, TODAY, { area, state }), `${area} ${state}`).toHaveLength(counted);
      }
    }
  });
});
