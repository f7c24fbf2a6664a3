/**
 * What a digit typed into an answer cell makes. Only an item's own answers are taken: the
 * text as typed when it is one ("10" on a 0–10 question), otherwise the last digit alone, so
 * typing over an answer replaces it ("3" then "4" is 4 on a 1–5 question). Anything else
 * leaves the answer as it was.
 */
export function typedAnswer(text: string, allowed: readonly number[], current: number | null): number | null {
  const t = text.trim();
  if (t === '') return null;
  if (/^\d+$/.test(t) && allowed.includes(Number(t))) return Number(t);
  const last = t.slice(-1);
  if (/^\d$/.test(last) && allowed.includes(Number(last))) return Number(last);
  return current;
}
