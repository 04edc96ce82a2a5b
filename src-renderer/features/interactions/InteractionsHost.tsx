import { useEffect, useState } from 'react';
import { api } from '../../api/client';
import { useRoute } from '../../app/useRoute';
import { LogInteractionDialog, type LogDialogProps } from './LogInteractionDialog';
import { onOpenLogDialog } from './log-dialog-command';
import { useWindowEmlDrop } from './useEmlDrop';

type Context = Pick<LogDialogProps, 'contacts' | 'company'>;

/**
 * Mounted once in the shell: the log dialog for the global shortcut (prefilled with the contact or
 * company on screen), and .eml files dropped on the window.
 */
export function InteractionsHost() {
  const route = useRoute();
  const [context, setContext] = useState<Context>();
  useWindowEmlDrop();

  const routeKey = route.page === 'contacts' || route.page === 'companies' ? `${route.page}:${route.id ?? ''}` : '';
  useEffect(
    () =>
      onOpenLogDialog((participants) => {
        const [page, id] = routeKey.split(':');
        const open = (value: Context) => setContext((current) => current ?? value);
        if (participants) open({ contacts: participants.contacts, company: null });
        else if (page === 'contacts' && id) {
          api.contacts.get({ id }).then(
            (c) => open({ contacts: [{ id: c.id, displayName: c.displayName }], company: c.companyId ? { id: c.companyId, name: c.companyName ?? '' } : null }),
            () => open({}),
          );
        } else if (page === 'companies' && id) {
          api.companies.get({ id }).then((c) => open({ contacts: [], company: { id: c.id, name: c.name } }), () => open({}));
        } else open({});
      }),
    [routeKey],
  );

  if (!context) return null;
  return <LogInteractionDialog {...context} onClose={() => setContext(undefined)} />;
}
