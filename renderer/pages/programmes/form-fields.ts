import { z } from 'zod';

/** A whole number typed in a form ("60"), with the message to show when it is not one. */
export function wholeNumber(message: string, min: number, max: number, rangeMessage: string) {
  return z
    .string()
    .trim()
    .regex(/^\d+$/, message)
    .transform(Number)
    .refine((n) => n >= min && n <= max, rangeMessage);
}

/** "first step\nsecond step" → ["first step", "second step"]: one per line, blanks dropped. */
export function linesOf(text: string): string[] {
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
}
