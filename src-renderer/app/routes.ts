// Hash routes: they work the same from app:// (Electron) and from the loopback server.
export type Route =
  | { page: 'contacts'; id?: string }
  | { page: 'companies'; id?: string }
  | { page: 'settings' };

export function parseRoute(hash: string): Route {
  const [page, id] = hash.replace(/^#\/?/, '').split('/').map(decodeURIComponent);
  if (page === 'companies') return id ? { page, id } : { page };
  if (page === 'settings') return { page };
  return id ? { page: 'contacts', id } : { page: 'contacts' };
}

export function routeHref(route: Route): string {
  const id = 'id' in route && route.id ? `/${encodeURIComponent(route.id)}` : '';
  return `#/${route.page}${id}`;
}

export function navigate(route: Route): void {
  const href = routeHref(route);
  if (location.hash !== href) location.hash = href;
}
