import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { CaseEvent } from '../../../src-shared/contract/cases';
import { useFormat } from '../../i18n/useFormat';

/** What happened to the case, oldest first, with who did it. User text is plain text, never HTML. */
export function CaseHistory({ events }: { events: CaseEvent[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Stack component="ol" spacing={1.5} sx={{ listStyle: 'none', m: 0, p: 0 }} aria-label={t('cases.event.historyLabel')}>
      {events.map((e) => {
        const title = e.kind === 'status' && e.status ? t('cases.event.status', { status: t(`cases.status.${e.status}`) }) : t(`cases.event.${e.kind}`);
        return (
          <Stack component="li" key={e.id} spacing={0.25} sx={{ borderLeft: 2, borderColor: 'divider', pl: 1.5 }}>
            <Typography variant="body2">
              <strong>{title}</strong>
              {e.satisfaction !== null && ` · ${t('cases.rated', { rating: e.satisfaction })}`}
            </Typography>
            <Typography variant="caption" color="text.secondary">
              {[format.dateTime(e.atMs), e.byName ? t('cases.event.by', { name: e.byName }) : ''].filter(Boolean).join(' · ')}
            </Typography>
            {e.text && <Typography sx={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{e.text}</Typography>}
          </Stack>
        );
      })}
    </Stack>
  );
}
