// Phone numbers keep exactly what the user wrote; the E.164 form beside it is what matching and
// dialling use (see contacts/phone-number.ts).
import { toCountryCode, toE164, type CountryCode } from '../contacts';
import type { ContactPhone } from './contact-record';

export { toCountryCode, toE164 };

/** A `tel:` URI (vCard 4.0) is stored as the number it carries: `tel:+1-418-262-6501` → `+1-418-262-6501`. */
export function stripTelScheme(value: string): string {
  return value.replace(/^tel:/i, '');
}

export function makePhone(value: string, label: string, defaultCountry?: CountryCode): ContactPhone {
  return { value, e164: toE164(value, defaultCountry), label };
}
