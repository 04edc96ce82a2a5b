import { describe, expect, it } from 'vitest';
import { makePhone, toCountryCode } from './normalize-phone';

describe('phone numbers', () => {
  it('keeps the number as written and adds E.164 with the default country', () => {
    expect(makePhone('094440 12345', 'mobile', 'IN')).toEqual({ value: '094440 12345', e164: '+919444012345', label: 'mobile' });
    expect(makePhone('+1-418-656-9254;ext=102', '', undefined).e164).toBe('+14186569254');
  });

  it('has no E.164 for text that is no valid number', () => {
    expect(makePhone('Privattelefon', '', 'DE').e164).toBeNull();
    expect(makePhone('12', '', 'IN').e164).toBeNull();
    expect(makePhone('9444012345', '', undefined).e164).toBeNull();
  });

  it('accepts country codes in any case and rejects unknown ones', () => {
    expect(toCountryCode('in')).toBe('IN');
    expect(toCountryCode('XX')).toBeUndefined();
    expect(toCountryCode(undefined)).toBeUndefined();
  });
});
