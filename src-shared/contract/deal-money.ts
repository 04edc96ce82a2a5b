// Money in integer minor units (paise, cents): parsing typed amounts and weighting by probability
// without floating point, so totals never drift by a paisa.

/** Digits after the decimal point for an ISO currency (INR 2, JPY 0, KWD 3), from Intl. */
export function minorDigits(currency: string): number {
  try {
    return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
  } catch {
    return 2;
  }
}

/** "12500.50" → 1250050 for INR; "1,23,456" and "12 500" are accepted. Null when it is not an amount. */
export function parseMinor(text: string, currency: string): number | null {
  const digits = minorDigits(currency);
  const match = /^(\d+)(?:\.(\d*))?$/.exec(text.trim().replace(/[\s,_]/g, ''));
  if (!match) return null;
  const whole = match[1]!;
  const fraction = match[2] ?? '';
  if (fraction.length > digits) return null;
  const minor = Number(whole + fraction.padEnd(digits, '0'));
  return Number.isSafeInteger(minor) ? minor : null;
}

/** 1250050 → "12500.50" for INR: the amount as a person types it, for editing. */
export function minorToText(minor: number, currency: string): string {
  const digits = minorDigits(currency);
  if (digits === 0) return String(minor);
  const text = String(Math.abs(minor)).padStart(digits + 1, '0');
  return `${minor < 0 ? '-' : ''}${text.slice(0, -digits)}.${text.slice(-digits)}`;
}

/**
 * The weighted value of Σ(value × percent): divides by 100 once, at the end, rounding half up, so
 * a stage of many deals is not rounded deal by deal.
 */
export function weightedMinor(sumOfValueTimesPercent: number): number {
  return Math.floor((sumOfValueTimesPercent + 50) / 100);
}
