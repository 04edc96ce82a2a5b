import Link from '@mui/material/Link';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { useApiQuery } from '../../api/useApiQuery';
import { routeHref } from '../../app/routes';

/** Contacts and companies are named and linked; other records (emails, phones) get a generic label. */
export function ConflictRecordName({ table, rowId }: { table: string; rowId: string }) {
  const { t } = useTranslation();
  const page = table === 'contacts' || table === 'companies' ? table : null;
  const record = useApiQuery(page && `${page}:${rowId}`, () =>
    page === 'contacts' ? api.contacts.get({ id: rowId }).then((c) => c.displayName) : api.companies.get({ id: rowId }).then((c) => c.name),
  );
  if (page === null) return <>{t(`sync.tables.${table}`, { defaultValue: t('sync.tables.other', { table }) })}</>;
  if (record.data !== undefined) return <Link href={routeHref({ page, id: rowId })}>{record.data}</Link>;
  if (record.error != null) return <>{t(`sync.tables.missing.${page}`)}</>;
  return <>{t('app.loading')}</>;
}
