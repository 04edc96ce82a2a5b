import LabelIcon from '@mui/icons-material/LocalPostOffice';
import Button from '@mui/material/Button';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LabelsDialog } from './LabelsDialog';

/** "Print label" for one contact, from its detail view. */
export function PrintLabelButton({ contactId }: { contactId: string }) {
  const { t } = useTranslation();
  const [isOpen, setIsOpen] = useState(false);
  return (
    <>
      <Button variant="outlined" startIcon={<LabelIcon />} onClick={() => setIsOpen(true)} sx={{ alignSelf: 'flex-start' }}>
        {t('labels.printOne')}
      </Button>
      {isOpen && <LabelsDialog contactIds={[contactId]} onClose={() => setIsOpen(false)} />}
    </>
  );
}
