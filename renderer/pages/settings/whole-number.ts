/** "36" → 36; anything but one to three digits → null. */
export function wholeNumber(text: string): number | null {
  return /^\d{1,3}$/.test(text.trim()) ? Number(text) : null;
}
