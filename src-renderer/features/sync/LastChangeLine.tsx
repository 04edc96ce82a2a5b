import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { useApiQuery } from '../../api/useApiQuery';
import { useFormat } from '../../i18n/useFormat';

/** "Last changed on the shop computer by Priya": did a colleague already update this record? Shown once sync is on. */
export function LastChangeLine({ table, rowId }: { table: 'contacts' | 'companies'; rowId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const status = useApiQuery('sync:status', () => api.sync.status({}), ['sync']);
  const isOn = status.data?.configured === true;
  const change = useApiQuery(isOn ? `lastChange:${table}:${rowId}` : null, () => api.sync.lastChange({ table, rowId }), [table, 'sync']);
  if (!isOn || !change.data) return null;
  const { deviceName, userName, isThisMachine, atMs } = change.data;
  const machine = isThisMachine ? t('sync.lastChange.thisMachine') : deviceName || t('sync.lastChange.otherMachine');
  return (
    <Typography variant="body2" color="text.secondary" data-testid="last-change">
      {userName
        ? t('sync.lastChange.byUser', { machine, user: userName, when: format.dateTime(atMs) })
        : t('sync.lastChange.onMachine', { machine, when: format.dateTime(atMs) })}
    </Typography>
  );
}
