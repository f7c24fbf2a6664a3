import { customScaleInputSchema, type CustomScale, type CustomScaleInput, type MissingRule } from '../../../shared/domain/outcome-measures';
import { fieldErrorsFromIssues } from '../../../shared/errors';

/**
 * The custom scale dialog's fields as typed (questions one a line, labels as "1 = Not at all"),
 * and turning them into the API's input with the same checks and words the main process uses.
 */

export interface CustomScaleDraft {
  name: string;
  instructions: string;
  recallPeriod: string;
  /** One question a line. */
  questions: string;
  /** The texts of the questions ticked as reverse scored. */
  reverse: string[];
  answerMin: string;
  answerMax: string;
  /** One a line: "1 = Not at all". */
  labels: string;
  higherIsBetter: 'yes' | 'no' | '';
  meaningfulChange: string;
  missing: MissingRule;
  source: string;
  licence: string;
}

export type CustomScaleField = keyof CustomScaleDraft;

export function emptyDraft(): CustomScaleDraft {
  return { name: '', instructions: '', recallPeriod: '', questions: '', reverse: [], answerMin: '', answerMax: '', labels: '', higherIsBetter: '', meaningfulChange: '', missing: 'none', source: '', licence: '' };
}

export function draftFromScale(scale: CustomScale): CustomScaleDraft {
  return {
    name: scale.name,
    instructions: scale.instructions ?? '',
    recallPeriod: scale.recallPeriod ?? '',
    questions: scale.items.map((i) => i.text).join('\n'),
    reverse: scale.items.filter((i) => i.reverse).map((i) => i.text),
    answerMin: String(scale.answerMin),
    answerMax: String(scale.answerMax),
    labels: scale.labels.map((l) => `${l.value} = ${l.label}`).join('\n'),
    higherIsBetter: scale.higherIsBetter ? 'yes' : 'no',
    meaningfulChange: String(scale.meaningfulChange),
    missing: scale.missing,
    source: scale.source ?? '',
    licence: scale.licence ?? '',
  };
}

/** The questions as typed, blank lines left out. */
export function questionLines(draft: Pick<CustomScaleDraft, 'questions'>): string[] {
  return draft.questions
    .split('\n')
    .map((q) => q.trim())
    .filter(Boolean);
}

/**
 * The reverse-scored ticks once the questions are edited. Ticks are kept by a question's words
 * (and kept while a question is cut and typed again), so a ticked question being reworded in
 * its place, a key at a time, carries its tick to the new words: without it, mending a typo
 * would quietly untick it, which changes the score.
 */
export function reverseAfterEdit(draft: Pick<CustomScaleDraft, 'questions' | 'reverse'>, questions: string): string[] {
  const before = questionLines(draft);
  const after = questionLines({ questions });
  const carried = after.filter((q, i) => {
    const was = before[i];
    return !draft.reverse.includes(q) && was !== undefined && draft.reverse.includes(was) && !after.includes(was);
  });
  return [...draft.reverse, ...carried];
}

/** A number as typed, or NaN for anything that is not one (the schema then says what to enter). */
function number(text: string): number {
  return /^-?\d+(\.\d+)?$/.test(text.trim()) ? Number(text) : Number.NaN;
}

/**
 * Questions keep their ids on edit, so answers already given stay with them: matched by their
 * words, then a question reworded in the same place keeps the id of the one it replaced.
 */
function itemIds(lines: string[], existing: CustomScale | undefined): (string | undefined)[] {
  if (!existing) return lines.map(() => undefined);
  const unused = new Map(existing.items.map((item, i) => [item.id, i]));
  const ids: (string | undefined)[] = lines.map((text) => {
    const match = existing.items.find((item) => item.text === text && unused.has(item.id));
    if (match) unused.delete(match.id);
    return match?.id;
  });
  return ids.map((id, i) => {
    if (id !== undefined) return id;
    const same = existing.items[i];
    if (same && unused.has(same.id)) {
      unused.delete(same.id);
      return same.id;
    }
    return undefined;
  });
}

const LABEL_LINE = /^(-?\d+)\s*[=:–-]\s*(.+)$/;

export type DraftResult = { ok: true; input: CustomScaleInput } | { ok: false; errors: Partial<Record<CustomScaleField, string>> };

/** Where an error the schema or the main process gives belongs on the form ("scale.items.2" → questions). */
export function fieldOf(path: string): CustomScaleField {
  const key = path.replace(/^scale\./, '').split('.')[0] ?? '';
  if (key === 'items') return 'questions';
  const known: CustomScaleField[] = ['name', 'instructions', 'recallPeriod', 'answerMin', 'answerMax', 'labels', 'higherIsBetter', 'meaningfulChange', 'missing', 'source', 'licence'];
  return known.find((f) => f === key) ?? 'name';
}

export function errorsByField(fields: Record<string, string>): Partial<Record<CustomScaleField, string>> {
  const errors: Partial<Record<CustomScaleField, string>> = {};
  for (const [path, message] of Object.entries(fields)) {
    const field = fieldOf(path);
    errors[field] ??= message;
  }
  return errors;
}

export function inputFromDraft(draft: CustomScaleDraft, existing?: CustomScale): DraftResult {
  const errors: Partial<Record<CustomScaleField, string>> = {};
  const labels: { value: number; label: string }[] = [];
  for (const line of draft.labels.split('\n').map((l) => l.trim()).filter(Boolean)) {
    const match = LABEL_LINE.exec(line);
    if (!match) {
      errors.labels ??= `Write each label as the answer number, "=", then the words, like "1 = Not at all" (not "${line}")`;
      continue;
    }
    labels.push({ value: Number(match[1]), label: match[2]!.trim() });
  }
  const lines = questionLines(draft);
  const ids = itemIds(lines, existing);
  const reverse = new Set(draft.reverse);
  const raw: Omit<CustomScaleInput, 'higherIsBetter'> = {
    name: draft.name,
    instructions: draft.instructions,
    recallPeriod: draft.recallPeriod,
    items: lines.map((text, i) => ({ ...(ids[i] !== undefined ? { id: ids[i] } : {}), text, reverse: reverse.has(text) })),
    answerMin: number(draft.answerMin),
    answerMax: number(draft.answerMax),
    labels,
    meaningfulChange: number(draft.meaningfulChange),
    missing: draft.missing,
    source: draft.source,
    licence: draft.licence,
  };
  // Unanswered, "higher is better" is left out so the schema asks for it.
  const checked = customScaleInputSchema.safeParse(draft.higherIsBetter ? { ...raw, higherIsBetter: draft.higherIsBetter === 'yes' } : raw);
  if (!checked.success) Object.assign(errors, { ...errorsByField(fieldErrorsFromIssues(checked.error.issues)), ...errors });
  if (Object.keys(errors).length > 0 || !draft.higherIsBetter) return { ok: false, errors };
  return { ok: true, input: { ...raw, higherIsBetter: draft.higherIsBetter === 'yes' } };
}
