import { expect, it } from 'vitest';
import { telHref } from './tel-href';

it('keeps only digits and a leading plus', () => {
  expect(telHref('+91 98765-43210')).toBe('tel:+919876543210');
  expect(telHref('(0172) 749 4414')).toBe('tel:01727494414');
});
