import ArchiveIcon from '@mui/icons-material/Archive';
import EditIcon from '@mui/icons-material/Edit';
import UnarchiveIcon from '@mui/icons-material/Unarchive';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import { useTranslation } from 'react-i18next';

/** Edit and Archive (or Restore, once archived) for a record's detail view. */
export function DetailActions(props: { isArchived: boolean; onEdit: () => void; onArchive: () => void; onUnarchive: () => void }) {
  const { t } = useTranslation();
  return (
    <Stack direction="row" spacing={1}>
      <Button variant="outlined" startIcon={<EditIcon />} onClick={props.onEdit}>
        {t('common.edit')}
      </Button>
      {props.isArchived ? (
        <Button variant="outlined" startIcon={<UnarchiveIcon />} onClick={props.onUnarchive}>
          {t('common.unarchive')}
        </Button>
      ) : (
        <Button variant="outlined" startIcon={<ArchiveIcon />} onClick={props.onArchive}>
          {t('common.archive')}
        </Button>
      )}
    </Stack>
  );
}
