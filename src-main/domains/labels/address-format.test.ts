import { describe, expect, it } from 'vitest';
import { formatAddressLines, type PostalAddress } from './address-format';
import { countryName, toCountryCode } from './country-codes';

const address = (a: Partial<PostalAddress>): PostalAddress => ({ street: '', locality: '', region: '', postalCode: '', country: '', ...a });
const lines = (a: Partial<PostalAddress>, home = 'IN') => {
  const full = address(a);
  const code = toCountryCode(full.country);
  return formatAddressLines(full, code, home, countryName(full.country, code));
};

describe('address lines by destination country', () => {
  it('India: PIN after the city, state below, no country line at home', () => {
    expect(lines({ street: '12 MG Road', locality: 'Chennai', region: 'Tamil Nadu', postalCode: '600001', country: 'India' })).toEqual([
      '12 MG Road',
      'Chennai 600001',
      'Tamil Nadu',
    ]);
    expect(lines({ street: 'बी-४२, लाजपत नगर', locality: 'नई दिल्ली', postalCode: '110024', country: 'भारत' })).toEqual(['बी-४२, लाजपत नगर', 'नई दिल्ली 110024']);
    expect(lines({ street: 'Door 4', postalCode: '600017' })).toEqual(['Door 4', 'PIN 600017']);
  });

  it('UK: post town in capitals, postcode on its own line, country for mail from abroad', () => {
    expect(lines({ street: '10 Downing Street', locality: 'London', postalCode: 'sw1a 2aa', country: 'UK' })).toEqual([
      '10 Downing Street',
      'LONDON',
      'SW1A 2AA',
      'UNITED KINGDOM',
    ]);
    expect(lines({ street: '1 High St', locality: 'Leeds', postalCode: 'LS1 1AA', country: 'GB' }, 'GB')).toEqual(['1 High St', 'LEEDS', 'LS1 1AA']);
  });

  it('Germany: PLZ Ort', () => {
    expect(lines({ street: 'Hauptstraße 5', locality: 'Berlin', postalCode: '10115', country: 'Deutschland' }, 'DE')).toEqual(['Hauptstraße 5', '10115 Berlin']);
  });

  it('US: CITY ST ZIP on one line', () => {
    expect(lines({ street: '1600 Amphitheatre Pkwy', locality: 'Mountain View', region: 'CA', postalCode: '94043', country: 'USA' }, 'US')).toEqual([
      '1600 Amphitheatre Pkwy',
      'Mountain View CA 94043',
    ]);
  });

  it('other countries: a sane default; several street lines; unknown country printed as typed', () => {
    expect(lines({ street: 'Flat 3\nRose Court', locality: 'Colombo', postalCode: '00300', country: 'Sri Lanka' })).toEqual([
      'Flat 3',
      'Rose Court',
      'Colombo',
      '00300',
      'SRI LANKA',
    ]);
    expect(lines({ street: 'Rua A 1', locality: 'Lisboa', region: 'Lisboa', postalCode: '1000-001', country: 'Portugal' })).toEqual([
      'Rua A 1',
      'Lisboa, Lisboa 1000-001',
      'PORTUGAL',
    ]);
    expect(lines({ street: 'X 1', locality: 'Y', country: 'Atlantis' })).toEqual(['X 1', 'Y', 'ATLANTIS']);
  });

  it('knows countries by name, code and native name', () => {
    expect(toCountryCode('india')).toBe('IN');
    expect(toCountryCode('இந்தியா')).toBe('IN');
    expect(toCountryCode('uk')).toBe('GB');
    expect(toCountryCode('United States')).toBe('US');
    expect(toCountryCode('de')).toBe('DE');
    expect(toCountryCode('')).toBeNull();
    expect(toCountryCode('Atlantis')).toBeNull();
  });
});
