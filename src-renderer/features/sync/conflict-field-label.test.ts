import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { en } from '../../i18n/catalogues';
import { conflictFieldLabel, NAMED_COLUMNS } from './conflict-field-label';

const t = ((key: string) => key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], en) ?? key) as TFunction;

describe('conflictFieldLabel', () => {
  it('names every known column in words', () => {
    for (const column of NAMED_COLUMNS) expect(conflictFieldLabel(t, 'contacts', column), column).not.toMatch(/^sync\.|_/);
    expect(conflictFieldLabel(t, 'contacts', 'job_title')).toBe('Job title');
  });

  it('tells an email address from a phone number', () => {
    expect(conflictFieldLabel(t, 'contact_emails', 'value')).toBe('Email address');
    expect(conflictFieldLabel(t, 'contact_phones', 'value')).toBe('Phone number');
  });

  it('falls back to the column name', () => {
    expect(conflictFieldLabel(t, 'deals', 'stage_id')).toBe('stage_id');
  });
});
