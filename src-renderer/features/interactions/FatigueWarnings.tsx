import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import { useTranslation } from 'react-i18next';
import type { FatigueWarning } from '../../../src-shared/contract/interactions';
import { useFormat } from '../../i18n/useFormat';
import { useInteractionLists } from './useInteractionLists';

/** "Contacted often already": names each contact over the limit and what already happened. Logging stays allowed. */
export function FatigueWarnings({ warnings }: { warnings: readonly FatigueWarning[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const lists = useInteractionLists();
  if (warnings.length === 0) return null;
  return (
    <Alert severity="warning" data-testid="fatigue-warning">
      <AlertTitle>{t('interactions.fatigueTitle')}</AlertTitle>
      {warnings.map((w) => (
        <div key={w.contactId}>
          {t('interactions.fatigue', {
            name: w.displayName,
            count: w.recent.length,
            days: w.limit.days,
            max: w.limit.max,
            list: w.recent.map((r) => `${lists.nameOf('kinds', r.kindId)} ${format.dateTime(r.occurredAtMs)}${r.subject ? ` (${r.subject})` : ''}`).join('; '),
          })}
        </div>
      ))}
    </Alert>
  );
}
