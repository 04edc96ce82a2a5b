import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { StageMove } from '../../../src-shared/contract/deals';
import { DetailSection } from '../../components/DetailSection';
import { useFormat } from '../../i18n/useFormat';

/** A deal's stage moves, newest first, with when and (when sync names them) by whom. */
export function DealHistory({ history, closeReason }: { history: StageMove[]; closeReason: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <DetailSection label={t('deals.history.title')}>
      {closeReason && <Typography variant="body2">{t('deals.history.reason', { reason: closeReason })}</Typography>}
      <Stack component="ol" spacing={0.25} sx={{ listStyle: 'none', m: 0, p: 0 }}>
        {[...history].reverse().map((move) => {
          const who = [move.by.userName, move.by.deviceName].filter(Boolean).join(', ');
          return (
            <Typography component="li" key={move.id} variant="body2" color="text.secondary">
              {move.fromStageName === null ? t('deals.history.created', { to: move.toStageName }) : t('deals.history.move', { from: move.fromStageName, to: move.toStageName })}
              {' · '}
              {format.dateTime(move.atMs)}
              {who && ` · ${t('deals.section.by', { who })}`}
            </Typography>
          );
        })}
      </Stack>
    </DetailSection>
  );
}
