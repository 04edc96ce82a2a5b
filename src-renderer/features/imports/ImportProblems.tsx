import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import { useTranslation } from 'react-i18next';
import type { ImportPreview } from '../../../src-shared/contract/imports';
import { useFormat } from '../../i18n/useFormat';

/** Enough lines to find the pattern; a file with thousands of bad rows needs fixing at its source. */
const SHOWN = 20;

/** Records that cannot be imported (with their line in the file) and what was guessed or left out. */
export function ImportProblems({ errors, warnings }: Pick<ImportPreview, 'errors' | 'warnings'>) {
  const { t } = useTranslation();
  const format = useFormat();
  const more = (total: number) =>
    total > SHOWN && <li>{t('imports.more', { count: total - SHOWN, formatted: format.number(total - SHOWN) })}</li>;
  return (
    <>
      {errors.length > 0 && (
        <Alert severity="error">
          <AlertTitle>{t('imports.errorsTitle', { count: errors.length, formatted: format.number(errors.length) })}</AlertTitle>
          <Box component="ul" aria-label={t('imports.errorsLabel')} sx={{ m: 0, pl: 2.5 }}>
            {errors.slice(0, SHOWN).map((error, index) => (
              <li key={index}>{t('imports.errorLine', { line: format.number(error.line), message: error.message })}</li>
            ))}
            {more(errors.length)}
          </Box>
        </Alert>
      )}
      {warnings.length > 0 && (
        <Alert severity="warning">
          <AlertTitle>{t('imports.warningsTitle')}</AlertTitle>
          <Box component="ul" aria-label={t('imports.warningsTitle')} sx={{ m: 0, pl: 2.5 }}>
            {warnings.slice(0, SHOWN).map((warning, index) => (
              <li key={index}>{warning}</li>
            ))}
            {more(warnings.length)}
          </Box>
        </Alert>
      )}
    </>
  );
}
