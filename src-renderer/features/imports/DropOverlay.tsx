import UploadIcon from '@mui/icons-material/UploadFile';
import Backdrop from '@mui/material/Backdrop';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';

/** Says what dropping will do while a file is dragged over the window. */
export function DropOverlay({ isShown }: { isShown: boolean }) {
  const { t } = useTranslation();
  return (
    <Backdrop open={isShown} sx={{ zIndex: (theme) => theme.zIndex.modal + 1, pointerEvents: 'none' }}>
      <Paper sx={{ px: 6, py: 4, border: 2, borderStyle: 'dashed', borderColor: 'primary.main' }}>
        <Stack spacing={1} sx={{ alignItems: 'center' }}>
          <UploadIcon color="primary" sx={{ fontSize: 48 }} />
          <Typography variant="h6">{t('imports.dropTitle')}</Typography>
          <Typography color="text.secondary">{t('imports.dropBody')}</Typography>
        </Stack>
      </Paper>
    </Backdrop>
  );
}
