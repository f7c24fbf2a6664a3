import { vi } from 'vitest';
import type { VolunteerListQuery, VolunteerSummary } from '../../../../../shared/api';
import type { ApiResult } from '../../../../../shared/errors';

/** Two volunteers for the member pages' volunteer searches: one current, one who has left. */

export const summary = (id: string, name: string, status: VolunteerSummary['status']): VolunteerSummary => ({
  id,
  name,
  sortName: name,
  status,
  roles: [],
  workforceType: 'voluntary',
  availability: [],
});
export const CHIDI = summary('v-chidi', 'Chidi Okafor', 'active');
export const CHIARA = summary('v-chiara', 'Chiara Rossi', 'left');

/**
 * Plays the main process through the preload's bridge: volunteers.get (any other id is not
 * found) and volunteers.list (by name; "current" leaves out who has left).
 */
export function volunteersOnRecord() {
  const call = vi.fn(async (name: string, input: unknown): Promise<ApiResult<unknown>> => {
    await Promise.resolve();
    if (name === 'volunteers.get') {
      const v = [CHIDI, CHIARA].find((x) => x.id === (input as { id: string }).id);
      if (!v) return { ok: false, error: { code: 'NOT_FOUND', message: 'That volunteer is not on record.' } };
      const [firstName = '', lastName = ''] = v.name.split(' ');
      return { ok: true, value: { id: v.id, firstName, lastName, status: v.status } };
    }
    if (name === 'volunteers.list') {
      const q = input as VolunteerListQuery;
      const rows = [CHIDI, CHIARA].filter((v) => v.name.toLowerCase().includes((q.query ?? '').toLowerCase()) && (q.status !== 'current' || v.status !== 'left'));
      return { ok: true, value: { total: 2, matched: rows.length, offset: 0, rows } };
    }
    throw new Error(`unexpected ${name}`);
  });
  window.peerDesk = { call };
  return call;
}
