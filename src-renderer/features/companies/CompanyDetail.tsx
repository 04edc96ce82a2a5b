import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import LinearProgress from '@mui/material/LinearProgress';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { useApiQuery } from '../../api/useApiQuery';
import { DetailActions } from '../../components/DetailActions';
import { LastChangeLine } from '../sync/LastChangeLine';
import { ErrorAlert } from '../../components/ErrorAlert';
import { NameAvatar } from '../../components/NameAvatar';
import { CompanyFacts } from './CompanyFacts';
import { InteractionsPanel } from '../interactions/InteractionsPanel';
import { CustomerPurchases } from '../purchases/CustomerPurchases';
import { CompanyFormDialog } from './CompanyFormDialog';
import { useArchiveCompany } from './useArchiveCompany';
import { DealsSection } from '../deals/DealsSection';
import { CompanyReminders } from '../reminders/RecordReminders';

export function CompanyDetail({ id }: { id: string }) {
  const { t } = useTranslation();
  const query = useApiQuery(`company:${id}`, () => api.companies.get({ id }), ['companies', 'contacts']);
  const { archive, unarchive } = useArchiveCompany();
  const [isEditing, setIsEditing] = useState(false);
  const company = query.data;

  return (
    <Box component="section" aria-label={t('companies.detail.label')} sx={{ p: 3, maxWidth: 760 }}>
      {query.isLoading && <LinearProgress sx={{ mb: 2 }} />}
      {query.error != null && <ErrorAlert error={query.error} onRetry={query.reload} />}
      {company && (
        <Stack spacing={3}>
          <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
            <NameAvatar name={company.name} size={64} square />
            <Stack sx={{ flex: 1, minWidth: 0 }}>
              <Typography variant="h5" component="h2" sx={{ overflowWrap: 'anywhere' }}>
                {company.name}
              </Typography>
              {company.archivedAtMs !== null && <Chip label={t('common.archived')} size="small" sx={{ alignSelf: 'start', mt: 0.5 }} />}
              <LastChangeLine table="companies" rowId={company.id} />
            </Stack>
          </Stack>
          <DetailActions
            isArchived={company.archivedAtMs !== null}
            onEdit={() => setIsEditing(true)}
            onArchive={() => void archive(company.id)}
            onUnarchive={() => void unarchive(company.id)}
          />
          <CompanyFacts company={company} />
          <InteractionsPanel company={company} />
          <CompanyReminders companyId={company.id} companyName={company.name} />
          <DealsSection companyId={company.id} />
          <CustomerPurchases customer={{ companyId: company.id }} />
        </Stack>
      )}
      {isEditing && company && (
        <CompanyFormDialog
          company={company}
          onClose={() => setIsEditing(false)}
          onSaved={() => {
            setIsEditing(false);
            query.reload();
          }}
        />
      )}
    </Box>
  );
}
