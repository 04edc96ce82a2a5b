import { describe, expect, it } from 'vitest';
import { fromBirthdayParts, NO_BIRTHDAY, toBirthdayParts } from './birthday-parts';

describe('birthday parts', () => {
  it('reads dates with and without a year', () => {
    expect(toBirthdayParts('1990-08-05')).toEqual({ day: '5', month: '8', year: '1990' });
    expect(toBirthdayParts('--12-01')).toEqual({ day: '1', month: '12', year: '' });
    expect(toBirthdayParts(null)).toEqual(NO_BIRTHDAY);
  });

  it('writes the contract form back, the year optional', () => {
    expect(fromBirthdayParts({ day: '5', month: '8', year: '1990' })).toBe('1990-08-05');
    expect(fromBirthdayParts({ day: '15', month: '8', year: ' ' })).toBe('--08-15');
    expect(fromBirthdayParts(NO_BIRTHDAY)).toBeNull();
  });

  it('keeps 29 February without a year and refuses dates that do not exist', () => {
    expect(fromBirthdayParts({ day: '29', month: '2', year: '' })).toBe('--02-29');
    expect(fromBirthdayParts({ day: '29', month: '2', year: '2024' })).toBe('2024-02-29');
    expect(fromBirthdayParts({ day: '29', month: '2', year: '2023' })).toBe('invalid');
    expect(fromBirthdayParts({ day: '31', month: '4', year: '' })).toBe('invalid');
    expect(fromBirthdayParts({ day: '', month: '4', year: '' })).toBe('invalid');
    expect(fromBirthdayParts({ day: '', month: '', year: '1990' })).toBe('invalid');
    expect(fromBirthdayParts({ day: '3', month: '4', year: '90' })).toBe('invalid');
  });
});
