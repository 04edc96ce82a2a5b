import EventIcon from '@mui/icons-material/Event';
import Button from '@mui/material/Button';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CalendarExportDialog } from './CalendarExportDialog';

export function CalendarExportButton() {
  const { t } = useTranslation();
  const [isOpen, setIsOpen] = useState(false);
  return (
    <>
      <Button startIcon={<EventIcon />} onClick={() => setIsOpen(true)}>
        {t('calendar.open')}
      </Button>
      {isOpen && <CalendarExportDialog onClose={() => setIsOpen(false)} />}
    </>
  );
}
