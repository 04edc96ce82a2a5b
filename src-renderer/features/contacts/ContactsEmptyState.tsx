import AddIcon from '@mui/icons-material/PersonAdd';
import UploadIcon from '@mui/icons-material/UploadFile';
import DemoIcon from '@mui/icons-material/AutoAwesome';
import Button from '@mui/material/Button';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { useAppCommand } from '../../app/AppCommands';
import { describeError } from '../../components/describe-error';
import { EmptyState } from '../../components/EmptyState';
import { useNotify } from '../../components/Notifier';
import { useFormat } from '../../i18n/useFormat';
import { useImportDialog } from '../imports/useImportDialog';

const DEMO_CONTACTS = 200;

export function ContactsEmptyState({ onDemoLoaded }: { onDemoLoaded(): void }) {
  const { t } = useTranslation();
  const run = useAppCommand();
  const notify = useNotify();
  const format = useFormat();
  const { openImport } = useImportDialog();
  const [isSeeding, setIsSeeding] = useState(false);

  async function loadDemo() {
    setIsSeeding(true);
    try {
      const result = await api.demo.seed({ contacts: DEMO_CONTACTS, seed: 1 });
      notify({ message: t('contacts.demoLoaded', { contacts: format.number(result.contacts), companies: format.number(result.companies) }) });
      onDemoLoaded();
    } catch (error) {
      notify({ message: describeError(t, error) });
    } finally {
      setIsSeeding(false);
    }
  }

  return (
    <EmptyState title={t('contacts.empty.title')} body={t('contacts.empty.body')}>
      <Button variant="contained" startIcon={<AddIcon />} onClick={() => run('newContact')}>
        {t('contacts.empty.add')}
      </Button>
      <Button variant="outlined" startIcon={<UploadIcon />} onClick={() => openImport()}>
        {t('contacts.empty.import')}
      </Button>
      <Button variant="outlined" startIcon={<DemoIcon />} onClick={() => void loadDemo()} loading={isSeeding} loadingPosition="start">
        {t('contacts.empty.demo')}
      </Button>
    </EmptyState>
  );
}
