// Phone numbers keep exactly what the user wrote; the E.164 form beside it is what matching and
// dialling use. The `max` metadata is needed to tell valid numbers from merely well-shaped ones.
import { isSupportedCountry, parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';

export type { CountryCode };

/** 'IN' or 'in' → 'IN'; anything libphonenumber does not know → undefined. */
export function toCountryCode(country: string | undefined): CountryCode | undefined {
  const upper = country?.trim().toUpperCase();
  return upper !== undefined && isSupportedCountry(upper) ? upper : undefined;
}

/** `094440 12345` with IN → `+919444012345`; null when the number is not valid. */
export function toE164(value: string, defaultCountry?: CountryCode): string | null {
  try {
    const parsed = parsePhoneNumberFromString(value, defaultCountry);
    return parsed?.isValid() === true ? parsed.number : null;
  } catch {
    return null;
  }
}
