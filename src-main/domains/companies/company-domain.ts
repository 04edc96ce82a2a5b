/** `https://www.Example.com/about` → `example.com`: the domain people's email addresses would use. */
export function domainOf(website: string): string {
  const host = website
    .trim()
    .replace(/^[a-z][a-z0-9+.-]*:\/\//i, '')
    .replace(/[/?#:].*$/s, '')
    .toLowerCase();
  return host.replace(/^www\./, '');
}
