/**
 * A link for a company's website, or undefined when it should stay plain text. Only https leaves the
 * app (Electron refuses the rest), and a bare "example.in" is taken to mean https://example.in.
 */
export function websiteHref(website: string): string | undefined {
  const text = website.trim();
  if (!text) return undefined;
  try {
    const url = new URL(/^[a-z][a-z0-9+.-]*:/i.test(text) ? text : `https://${text}`);
    if (url.protocol !== 'https:' || url.username || url.password || !url.hostname.includes('.')) return undefined;
    return url.href;
  } catch {
    return undefined;
  }
}
