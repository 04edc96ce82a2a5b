const STORAGE_KEY = 'sampark.token';

/**
 * Browser mode opens at `/?token=…`. The token moves to sessionStorage (it survives a reload of this
 * tab only) and leaves the address bar, so it is not copied along with the URL or kept in history.
 */
export function takeSessionToken(location: Location): string {
  const url = new URL(location.href);
  const fromUrl = url.searchParams.get('token');
  if (fromUrl) {
    sessionStorage.setItem(STORAGE_KEY, fromUrl);
    url.searchParams.delete('token');
    history.replaceState(history.state, '', `${url.pathname}${url.search}${url.hash}`);
    return fromUrl;
  }
  return sessionStorage.getItem(STORAGE_KEY) ?? '';
}
