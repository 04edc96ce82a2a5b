import Box from '@mui/material/Box';
import Divider from '@mui/material/Divider';
import LinearProgress from '@mui/material/LinearProgress';
import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { useApiQuery } from '../../api/useApiQuery';
import { routeHref } from '../../app/routes';
import { DetailSection } from '../../components/DetailSection';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useFormat } from '../../i18n/useFormat';
import { CaseActions } from './CaseActions';
import { CaseChips } from './CaseChips';
import { CaseHistory } from './CaseHistory';
import { RespondDialog } from './RespondDialog';
import { ResolveDialog } from './ResolveDialog';
import { ResponseIndicator } from './ResponseIndicator';

export function CaseDetail({ id }: { id: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const query = useApiQuery(`case:${id}`, () => api.cases.get({ id }), ['cases', 'contacts', 'companies']);
  const [dialog, setDialog] = useState<'respond' | 'resolve'>();
  const item = query.data;
  const isDone = item?.status === 'resolved' || item?.status === 'closed';
  const closeDialog = () => {
    setDialog(undefined);
    query.reload();
  };

  return (
    <Box component="section" aria-label={t('cases.detail.label')} sx={{ p: 3, maxWidth: 760 }}>
      {query.isLoading && <LinearProgress sx={{ mb: 2 }} />}
      {query.error != null && <ErrorAlert error={query.error} onRetry={query.reload} />}
      {item && (
        <Stack spacing={3}>
          <Stack spacing={1}>
            <Typography variant="h5" component="h2" sx={{ overflowWrap: 'anywhere' }}>
              {item.subject}
            </Typography>
            <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap', alignItems: 'center' }}>
              <CaseChips item={item} />
              <ResponseIndicator item={item} />
            </Stack>
          </Stack>
          <CaseActions item={item} onRespond={() => setDialog('respond')} onResolve={() => setDialog('resolve')} onChanged={query.reload} />
          <Stack direction="row" spacing={4} useFlexGap sx={{ flexWrap: 'wrap' }}>
            <DetailSection label={t('cases.customer')}>
              {item.contact && <Link href={routeHref({ page: 'contacts', id: item.contact.id })}>{item.contact.displayName}</Link>}
              {item.company && <Link href={routeHref({ page: 'companies', id: item.company.id })}>{item.company.name}</Link>}
            </DetailSection>
            <DetailSection label={t('cases.detail.owner')}>
              <Typography>{item.owner || t('cases.detail.noOwner')}</Typography>
            </DetailSection>
            <DetailSection label={t('cases.detail.opened')}>
              <Typography>{format.dateTime(item.openedAtMs)}</Typography>
            </DetailSection>
            {item.firstResponseAtMs !== null && (
              <DetailSection label={t('cases.detail.firstResponse')}>
                <Typography>{format.dateTime(item.firstResponseAtMs)}</Typography>
              </DetailSection>
            )}
            {item.resolvedAtMs !== null && (
              <DetailSection label={t('cases.detail.resolved')}>
                <Typography>{format.dateTime(item.resolvedAtMs)}</Typography>
              </DetailSection>
            )}
            {isDone && (
              <DetailSection label={t('cases.detail.satisfaction')}>
                <Typography>{item.satisfaction === null ? t('cases.notRated') : t('cases.rated', { rating: item.satisfaction })}</Typography>
              </DetailSection>
            )}
          </Stack>
          {item.description && (
            <DetailSection label={t('cases.detail.description')}>
              <Typography sx={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{item.description}</Typography>
            </DetailSection>
          )}
          {item.resolutionNote && (
            <DetailSection label={t('cases.detail.resolution')}>
              <Typography sx={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{item.resolutionNote}</Typography>
            </DetailSection>
          )}
          <Divider />
          <DetailSection label={t('cases.detail.history')}>
            <CaseHistory events={item.events} />
          </DetailSection>
        </Stack>
      )}
      {dialog === 'respond' && <RespondDialog caseId={id} onClose={() => setDialog(undefined)} onSaved={closeDialog} />}
      {dialog === 'resolve' && <ResolveDialog caseId={id} onClose={() => setDialog(undefined)} onSaved={closeDialog} />}
    </Box>
  );
}
