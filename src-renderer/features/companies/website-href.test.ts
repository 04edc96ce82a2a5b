import { describe, expect, it } from 'vitest';
import { websiteHref } from './website-href';

describe('websiteHref', () => {
  it('links https sites, adding the scheme to a bare host', () => {
    expect(websiteHref('https://sharmatextiles.in/about')).toBe('https://sharmatextiles.in/about');
    expect(websiteHref('www.sharmatextiles.in')).toBe('https://www.sharmatextiles.in/');
  });

  it('keeps everything else as plain text', () => {
    expect(websiteHref('javascript:alert(1)')).toBeUndefined();
    expect(websiteHref('http://example.in')).toBeUndefined();
    expect(websiteHref('https://user:pw@example.in')).toBeUndefined();
    expect(websiteHref('ask at the shop')).toBeUndefined();
    expect(websiteHref('')).toBeUndefined();
  });
});
