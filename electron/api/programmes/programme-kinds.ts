import type { ProgrammeKind, ProgrammeKindInput } from '../../../shared/domain/programmes';
import { ApiError } from '../../../shared/errors';
import { fold, slugify } from '../../../shared/text';
import { settingsValue } from '../../documents';
import { commit } from '../core/audit-log';
import type { AppContext } from '../core/context';
import { compact, settingsOf } from '../core/lookups';
import { checkPlans } from '../outcomes/completion-checks';

/**
 * Programme kinds live in Settings. A kind is never deleted, only archived: programmes keep
 * the kind they were started as, and their pages and counts must still be able to name it.
 */

/** Every kind, archived ones last (each group in the order they were added). */
export function programmeKinds(ctx: AppContext): ProgrammeKind[] {
  const kinds = settingsOf(ctx).programmeKinds;
  return [...kinds.filter((k) => !k.archived), ...kinds.filter((k) => k.archived)];
}

/** A new kind's id, from its name ("Peer coaching" → "peer-coaching"), unique among the kinds. */
function kindId(name: string, kinds: readonly ProgrammeKind[]): string {
  const base = slugify(name, 'programme');
  let id = base;
  for (let n = 2; kinds.some((k) => k.id === id); n++) id = `${base}-${n}`;
  return id;
}

export async function saveKind(ctx: AppContext, id: string | undefined, input: ProgrammeKindInput): Promise<ProgrammeKind[]> {
  const before = settingsOf(ctx);
  const kinds = before.programmeKinds;
  const existing = id === undefined ? undefined : kinds.find((k) => k.id === id);
  if (id !== undefined && !existing) throw new ApiError('NOT_FOUND', 'That programme kind is no longer in Settings.');
  const clash = kinds.find((k) => k.id !== id && fold(k.name) === fold(input.name));
  if (clash) throw new ApiError('VALIDATION', 'Check the highlighted field.', { 'kind.name': `There is already a kind called ${clash.name}` });
  checkPlans(ctx, input.measures, 'kind.measures');
  // The kind form does not show questionnaires: without them in the input, the kind keeps its own.
  const kind = compact<ProgrammeKind>({ ...input, measures: input.measures ?? existing?.measures, id: existing?.id ?? kindId(input.name, kinds), archived: existing?.archived });
  const next = { ...before, programmeKinds: existing ? kinds.map((k) => (k.id === kind.id ? kind : k)) : [...kinds, kind] };
  await commit(ctx, { action: 'settings', entity: 'settings', summary: existing ? `Changed the programme kind ${kind.name}` : `Added the programme kind ${kind.name}`, fields: ['Programme kinds'] }, (tx) =>
    tx.set(settingsValue, next, { replaces: before }),
  );
  return programmeKinds(ctx);
}

export async function setKindArchived(ctx: AppContext, id: string, archived: boolean): Promise<ProgrammeKind[]> {
  const before = settingsOf(ctx);
  const kind = before.programmeKinds.find((k) => k.id === id);
  if (!kind) throw new ApiError('NOT_FOUND', 'That programme kind is no longer in Settings.');
  if (Boolean(kind.archived) === archived) return programmeKinds(ctx);
  const changed = compact<ProgrammeKind>({ ...kind, archived: archived || undefined });
  const next = { ...before, programmeKinds: before.programmeKinds.map((k) => (k.id === id ? changed : k)) };
  await commit(ctx, { action: 'settings', entity: 'settings', summary: `${archived ? 'Archived' : 'Brought back'} the programme kind ${kind.name}`, fields: ['Programme kinds'] }, (tx) =>
    tx.set(settingsValue, next, { replaces: before }),
  );
  return programmeKinds(ctx);
}
