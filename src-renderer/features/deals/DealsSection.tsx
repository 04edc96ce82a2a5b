import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { useApiQuery } from '../../api/useApiQuery';
import { DetailSection } from '../../components/DetailSection';
import { useFormat } from '../../i18n/useFormat';
import { useMoney } from './useMoney';

/** A contact's or company's deals, and the latest stage moves with who made them. */
export function DealsSection(props: { contactId: string } | { companyId: string }) {
  const { t } = useTranslation();
  const money = useMoney();
  const format = useFormat();
  const id = 'contactId' in props ? props.contactId : props.companyId;
  const query = useApiQuery(`deals:for:${id}`, () => api.deals.forContact(props), ['deals', 'pipelines']);
  const data = query.data;
  if (!data) return null;
  return (
    <DetailSection label={t('deals.section.title')}>
      {data.deals.length === 0 && <Typography color="text.secondary">{t('deals.section.empty')}</Typography>}
      <Stack component="ul" spacing={0.5} sx={{ listStyle: 'none', m: 0, p: 0 }}>
        {data.deals.map((deal) => (
          <Typography component="li" key={deal.id} sx={{ overflowWrap: 'anywhere' }}>
            {deal.title} · {deal.stageName} · {money(deal.valueMinor, deal.currency)}
          </Typography>
        ))}
      </Stack>
      <Stack component="ul" spacing={0.25} sx={{ listStyle: 'none', m: 0, p: 0 }}>
        {data.moves.slice(0, 5).map((move) => {
          const who = [move.by.userName, move.by.deviceName].filter(Boolean).join(', ');
          return (
            <Typography component="li" key={move.id} variant="caption" color="text.secondary">
              {move.fromStageName === null
                ? t('deals.section.created', { title: move.dealTitle, to: move.toStageName })
                : t('deals.section.move', { title: move.dealTitle, from: move.fromStageName, to: move.toStageName })}
              {' · '}
              {format.dateTime(move.atMs)}
              {who && ` · ${t('deals.section.by', { who })}`}
            </Typography>
          );
        })}
      </Stack>
      {data.deals.length > 0 && (
        <Link href="#/deals" variant="body2">
          {t('deals.section.open')}
        </Link>
      )}
    </DetailSection>
  );
}
