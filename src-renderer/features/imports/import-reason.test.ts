import { describe, expect, it } from 'vitest';
import { i18n } from '../../i18n/setup';
import { importReason } from './import-reason';

describe('importReason', () => {
  const t = i18n.getFixedT('hi');

  it('says the core’s known reasons in the UI language', () => {
    expect(importReason(t, 'already in Sampark (same email or phone)')).toMatch(/[\u0900-\u097F]/);
    expect(importReason(t, 'same email or phone as line 12')).toContain('12');
    expect(importReason(t, 'same email or phone as line 12')).toMatch(/[\u0900-\u097F]/);
  });

  it('passes an unknown reason through unchanged', () => {
    expect(importReason(t, 'a reason added later')).toBe('a reason added later');
  });
});
