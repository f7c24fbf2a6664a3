import { randomUUID } from 'node:crypto';
import type { MeasureEntry, MeasuresView } from '../../../shared/api';
import { BUILT_IN_MEASURES, customMeasureDefinition, customScaleFromInput, fixedScaleChanges, fixedScaleSummary, type CustomScale, type CustomScaleValues } from '../../../shared/domain/outcome-measures';
import { ApiError } from '../../../shared/errors';
import { fold } from '../../../shared/text';
import { settingsValue } from '../../documents';
import { commit } from '../core/audit-log';
import type { AppContext } from '../core/context';
import { settingsOf } from '../core/lookups';
import { allCompletions } from './completion-records';

/**
 * Custom scales live in Settings. A scale is never deleted, only archived: answers already
 * recorded against it must keep their wording and scores.
 */

export function measuresView(ctx: AppContext): MeasuresView {
  const settings = settingsOf(ctx);
  const archived = new Set(settings.archivedCustomScales);
  const custom: MeasureEntry[] = settings.customScales.map((scale) => ({ definition: customMeasureDefinition(scale), scale, archived: archived.has(scale.id) }));
  const view: MeasuresView = {
    measures: [...BUILT_IN_MEASURES.map((definition) => ({ definition, archived: false })), ...custom.filter((m) => !m.archived), ...custom.filter((m) => m.archived)],
  };
  if (settings.swemwbsRegistration) view.swemwbsRegistration = settings.swemwbsRegistration;
  return view;
}

export async function saveCustomScale(ctx: AppContext, id: string | undefined, values: CustomScaleValues): Promise<MeasuresView> {
  const before = settingsOf(ctx);
  const scales = before.customScales;
  const existing = id === undefined ? undefined : scales.find((s) => s.id === id);
  if (id !== undefined && !existing) throw new ApiError('NOT_FOUND', 'That scale is no longer in Settings.');
  const clash = [...BUILT_IN_MEASURES.map((m) => ({ id: m.id, name: m.shortName })), ...scales.map((s) => ({ id: s.id, name: s.name }))].find((s) => s.id !== id && fold(s.name) === fold(values.name));
  if (clash) throw new ApiError('VALIDATION', 'Check the highlighted field.', { 'scale.name': `There is already a questionnaire called ${clash.name}` });
  // Items keep their ids on edit, so answers already given stay with their question; an item
  // id the scale never had would attach answers to nothing.
  const known = new Set(existing?.items.map((i) => i.id) ?? []);
  values.items.forEach((item, i) => {
    if (item.id !== undefined && !known.has(item.id)) throw new ApiError('VALIDATION', 'Check the highlighted field.', { [`scale.items.${i}`]: 'This question is no longer on the scale. Add it again as a new question.' });
  });
  const scale: CustomScale = customScaleFromInput(values, randomUUID, existing?.id);
  const next = { ...before, customScales: existing ? scales.map((s) => (s.id === scale.id ? scale : s)) : [...scales, scale] };
  await commit(ctx, { action: 'settings', entity: 'settings', summary: existing ? `Changed the questionnaire ${scale.name}` : `Added the questionnaire ${scale.name}`, fields: ['Outcome measures'] }, (tx) => {
    // Checked in the commit, so answers recorded a moment before cannot slip past it.
    if (existing) refuseRescoring(ctx, existing, values);
    tx.set(settingsValue, next, { replaces: before });
  });
  return measuresView(ctx);
}

/** Refuses a change that would rescore answers already given on the scale (custom-scale-changes.ts). */
function refuseRescoring(ctx: AppContext, existing: CustomScale, values: CustomScaleValues): void {
  const changes = fixedScaleChanges(existing, values);
  if (changes.length === 0 || !allCompletions(ctx).some((c) => c.measureId === existing.id)) return;
  throw new ApiError('VALIDATION', fixedScaleSummary(changes), Object.fromEntries(changes.map((c) => [`scale.${c.field}`, c.message])));
}

export async function archiveCustomScale(ctx: AppContext, id: string, archived: boolean): Promise<MeasuresView> {
  const before = settingsOf(ctx);
  const scale = before.customScales.find((s) => s.id === id);
  if (!scale) throw new ApiError('NOT_FOUND', 'That scale is no longer in Settings.');
  if (before.archivedCustomScales.includes(id) === archived) return measuresView(ctx);
  const next = { ...before, archivedCustomScales: archived ? [...before.archivedCustomScales, id] : before.archivedCustomScales.filter((s) => s !== id) };
  await commit(ctx, { action: 'settings', entity: 'settings', summary: `${archived ? 'Archived' : 'Brought back'} the questionnaire ${scale.name}`, fields: ['Outcome measures'] }, (tx) =>
    tx.set(settingsValue, next, { replaces: before }),
  );
  return measuresView(ctx);
}
