// Which links leave the app for the operating system. Plain http, file:, javascript:, custom
// schemes and anything unparsable stay blocked: a contact's "website" field is user data.
const EXTERNAL_PROTOCOLS = new Set(['https:', 'mailto:', 'tel:']);

export function isAllowedExternalUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (!EXTERNAL_PROTOCOLS.has(parsed.protocol)) return false;
  // Credentials in a link are a classic way to disguise its real host.
  if (parsed.protocol === 'https:') return parsed.hostname !== '' && parsed.username === '' && parsed.password === '';
  return parsed.pathname !== '';
}
