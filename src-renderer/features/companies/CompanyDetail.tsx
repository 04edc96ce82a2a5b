import ArchiveIcon from '@mui/icons-material/Archive';
import EditIcon from '@mui/icons-material/Edit';
import UnarchiveIcon from '@mui/icons-material/Unarchive';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import LinearProgress from '@mui/material/LinearProgress';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { useApiQuery } from '../../api/useApiQuery';
import { ErrorAlert } from '../../components/ErrorAlert';
import { NameAvatar } from '../../components/NameAvatar';
import { CompanyFacts } from './CompanyFacts';
import { CompanyFormDialog } from './CompanyFormDialog';
import { useArchiveCompany } from './useArchiveCompany';

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
            </Stack>
          </Stack>
          <Stack direction="row" spacing={1}>
            <Button variant="outlined" startIcon={<EditIcon />} onClick={() => setIsEditing(true)}>
              {t('common.edit')}
            </Button>
            {company.archivedAtMs === null ? (
              <Button variant="outlined" startIcon={<ArchiveIcon />} onClick={() => void archive(company.id)}>
                {t('common.archive')}
              </Button>
            ) : (
              <Button variant="outlined" startIcon={<UnarchiveIcon />} onClick={() => void unarchive(company.id)}>
                {t('common.unarchive')}
              </Button>
            )}
          </Stack>
          <CompanyFacts company={company} />
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
