import Box from '@mui/material/Box';
import Divider from '@mui/material/Divider';
import Stack from '@mui/material/Stack';
import { useTranslation } from 'react-i18next';
import { useRoute } from '../../app/useRoute';
import { PageHeader } from '../../components/PageHeader';
import { SyncConflictsPage } from '../sync/SyncConflictsPage';
import { SyncSetting } from '../sync/SyncSetting';
import { InteractionSettings } from '../interactions/InteractionSettings';
import { RemindersSettings } from '../calendar/RemindersSettings';
import { CaseTargetsSetting } from '../cases/CaseTargetsSetting';
import { BackupsSetting } from './BackupsSetting';
import { CustomFieldsSetting } from './CustomFieldsSetting';
import { DataFolderSetting } from './DataFolderSetting';
import { LanguageSetting } from './LanguageSetting';

export function SettingsPage() {
  const { t } = useTranslation();
  const route = useRoute();
  if (route.page === 'settings' && route.section === 'sync-conflicts') return <SyncConflictsPage />;
  return (
    <Box sx={{ height: '100%', overflowY: 'auto', bgcolor: 'background.paper' }}>
      <PageHeader title={t('settings.title')} />
      <Divider />
      <Stack spacing={4} sx={{ p: 3, maxWidth: 880 }}>
        <LanguageSetting />
        <CustomFieldsSetting />
        <CaseTargetsSetting />
        <DataFolderSetting />
        <BackupsSetting />
        <RemindersSettings />
        <SyncSetting />
        <InteractionSettings />
      </Stack>
    </Box>
  );
}
