import { describe, expect, it } from 'vitest';
import { formatBirthday } from './format-birthday';

describe('formatBirthday', () => {
  it('shows the year only when it is known', () => {
    expect(formatBirthday('1990-08-15', 'en-IN')).toBe('15 August 1990');
    expect(formatBirthday('--08-15', 'en-IN')).toBe('15 August');
  });

  it('keeps a leap-day birthday without a year', () => {
    expect(formatBirthday('--02-29', 'en-IN')).toBe('29 February');
  });

  it('follows the UI language', () => {
    expect(formatBirthday('--08-15', 'hi-IN')).toMatch(/अगस्त/);
    expect(formatBirthday('--08-15', 'ta-IN')).toMatch(/ஆகஸ்ட்/);
  });
});
