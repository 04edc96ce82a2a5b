// Country as entered ("India", "भारत", "UK", "de") → ISO 3166 code, and back to an English name
// for the last line of international mail. Names come from ICU (Intl.DisplayNames).
export type CountryCode = string;

const ALIASES: Record<string, CountryCode> = {
  uk: 'GB',
  'great britain': 'GB',
  england: 'GB',
  scotland: 'GB',
  wales: 'GB',
  'northern ireland': 'GB',
  usa: 'US',
  'u.s.a.': 'US',
  'u.s.': 'US',
  america: 'US',
  'united states of america': 'US',
  deutschland: 'DE',
  bharat: 'IN',
  'भारत': 'IN',
  'इंडिया': 'IN',
  'இந்தியா': 'IN',
  'பாரதம்': 'IN',
  uae: 'AE',
  'sri lanka': 'LK',
  'இலங்கை': 'LK',
  'श्रीलंका': 'LK',
  'சிங்கப்பூர்': 'SG',
};

const english = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
let byName: Map<string, CountryCode> | null = null;

function namesToCodes(): Map<string, CountryCode> {
  if (byName) return byName;
  byName = new Map(Object.entries(ALIASES));
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  for (const a of letters) {
    for (const b of letters) {
      const name = english.of(a + b);
      if (name && a + b !== 'ZZ') byName.set(name.toLowerCase(), a + b);
    }
  }
  return byName;
}

const fold = (text: string) => text.normalize('NFKC').trim().toLowerCase().replace(/\s+/g, ' ');

/** The ISO code for a country as typed, or null when it is empty or unknown. */
export function toCountryCode(country: string): CountryCode | null {
  const folded = fold(country);
  if (!folded) return null;
  if (/^[a-z]{2}$/.test(folded)) {
    const code = folded.toUpperCase();
    return code === 'UK' ? 'GB' : english.of(code) ? code : null;
  }
  return namesToCodes().get(folded) ?? null;
}

/** The country's English name for the address's last line, or the text as typed when unknown. */
export function countryName(country: string, code: CountryCode | null): string {
  return (code && english.of(code)) || country.trim();
}
