import type { AnswerOption } from '../../../shared/domain/outcome-measures';

/**
 * The answer a key chooses on the hand-over screen: a digit picks the answer with that value
 * (SWEMWBS 1–5, CORE-10 0–4, ONS4 0–9; 10 is reached with the arrows), the arrows step
 * through the answers in the order shown. Undefined: the key does not choose an answer.
 */
export function answerForKey(key: string, options: readonly AnswerOption[], current: number | null): number | undefined {
  if (/^\d$/.test(key)) return options.find((o) => o.value === Number(key))?.value;
  const step = key === 'ArrowDown' || key === 'ArrowRight' ? 1 : key === 'ArrowUp' || key === 'ArrowLeft' ? -1 : 0;
  if (step === 0 || options.length === 0) return undefined;
  const at = options.findIndex((o) => o.value === current);
  if (at === -1) return (step === 1 ? options[0] : options[options.length - 1])?.value;
  return options[Math.min(options.length - 1, Math.max(0, at + step))]?.value;
}
