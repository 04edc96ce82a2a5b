// Hash routes: they work the same from app:// (Electron) and from the loopback server.
export type Route =
  /** The home screen: an empty address opens it. */
  | { page: 'today' }
  | { page: 'reminders' }
  | { page: 'contacts'; id?: string }
  /** "Review duplicates", under contacts: `#/contacts/duplicates` (contact ids are UUIDs, never this word). */
  | { page: 'duplicates' }
  | { page: 'companies'; id?: string }
  | { page: 'deals' }
  | { page: 'cases'; id?: string }
  | { page: 'settings'; section?: SettingsSubPage }
  | { page: 'products' }
  | { page: 'purchases'; id?: string }
  | { page: 'receivables' };

/** Pages reached from a Settings section rather than from the navigation. */
export type SettingsSubPage = 'sync-conflicts';

export function parseRoute(hash: string): Route {
  const [page, id] = hash.replace(/^#\/?/, '').split('/').map(decodeURIComponent);
  if (page === 'companies' || page === 'cases' || page === 'purchases') return id ? { page, id } : { page };
  if (page === 'deals' || page === 'products' || page === 'receivables') return { page };
  if (page === 'settings') return id === 'sync-conflicts' ? { page, section: id } : { page };
  if (page === 'contacts' && id === 'duplicates') return { page: 'duplicates' };
  if (page === '' || page === undefined || page === 'today') return { page: 'today' };
  if (page === 'reminders') return { page };
  return id ? { page: 'contacts', id } : { page: 'contacts' };
}

export function routeHref(route: Route): string {
  if (route.page === 'duplicates') return '#/contacts/duplicates';
  if (route.page === 'today' || route.page === 'reminders' || route.page === 'deals' || route.page === 'products' || route.page === 'receivables') return `#/${route.page}`;
  const sub = route.page === 'settings' ? route.section : route.id;
  return `#/${route.page}${sub ? `/${encodeURIComponent(sub)}` : ''}`;
}

export function navigate(route: Route): void {
  const href = routeHref(route);
  if (location.hash !== href) location.hash = href;
}
