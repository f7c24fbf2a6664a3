/** Money is integer pence in the store; pounds and pence on screen and paper. */

/** "£12.50", "12.5", "12" → pence; null when it is not an amount of money. */
export function parsePounds(text: string): number | null {
  const t = text.trim().replace(/^£/, '').replace(/,/g, '');
  if (!/^\d{1,7}(\.\d{1,2})?$/.test(t)) return null;
  const [pounds, pence = ''] = t.split('.');
  return Number(pounds) * 100 + Number(pence.padEnd(2, '0'));
}

/** 1250 → "£12.50" */
export function formatPounds(pence: number): string {
  const sign = pence < 0 ? '-' : '';
  const abs = Math.abs(pence);
  return `${sign}£${Math.floor(abs / 100).toLocaleString('en-GB')}.${String(abs % 100).padStart(2, '0')}`;
}
