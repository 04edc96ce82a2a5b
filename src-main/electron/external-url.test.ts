import { describe, expect, it } from 'vitest';
import { isAllowedExternalUrl } from './external-url';

describe('isAllowedExternalUrl', () => {
  it.each(['https://example.com/', 'https://example.com/a?b=c#d', 'mailto:asha@example.in', 'tel:+919812345678', 'HTTPS://EXAMPLE.COM'])(
    'allows %s',
    (url) => expect(isAllowedExternalUrl(url)).toBe(true),
  );

  it.each([
    'http://example.com/',
    'file:///etc/passwd',
    'javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'app://sampark/index.html',
    'smb://server/share',
    'ms-msdt:/id',
    'https://user:pass@example.com/',
    'https://',
    'mailto:',
    'not a url',
    '',
  ])('blocks %s', (url) => expect(isAllowedExternalUrl(url)).toBe(false));
});
