import UploadIcon from '@mui/icons-material/UploadFile';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';

const ACCEPTED = '.vcf,.vcard,.csv,text/vcard,text/x-vcard,text/csv';

/** Where the import starts: choose a file, or drop one (the whole window takes drops). */
export function ImportFilePicker({ onChoose }: { onChoose(file: File): void }) {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  return (
    <Paper variant="outlined" sx={{ p: 4, borderStyle: 'dashed', borderWidth: 2 }}>
      <Stack spacing={1.5} sx={{ alignItems: 'center', textAlign: 'center' }}>
        <UploadIcon color="action" sx={{ fontSize: 40 }} />
        <Typography>{t('imports.pickPrompt')}</Typography>
        <Typography variant="body2" color="text.secondary" sx={{ maxWidth: 520 }}>
          {t('imports.pickFormats')}
        </Typography>
        <Button variant="contained" onClick={() => input.current?.click()}>
          {t('imports.choose')}
        </Button>
        <input
          ref={input}
          type="file"
          accept={ACCEPTED}
          hidden
          onChange={(event) => {
            const file = event.target.files?.[0];
            // Cleared so that choosing the same file again still counts as a choice.
            event.target.value = '';
            if (file) onChoose(file);
          }}
        />
      </Stack>
    </Paper>
  );
}
