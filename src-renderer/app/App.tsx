import CssBaseline from '@mui/material/CssBaseline';
import LinearProgress from '@mui/material/LinearProgress';
import { ThemeProvider } from '@mui/material/styles';
import { NotifierProvider } from '../components/Notifier';
import { ImportProvider } from '../features/imports/ImportProvider';
import { LanguageProvider } from '../i18n/LanguageProvider';
import { AppShell } from './AppShell';
import { theme } from './theme';

export function App() {
  return (
    <ThemeProvider theme={theme}>
      <CssBaseline />
      <LanguageProvider fallback={<LinearProgress aria-label="Sampark" />}>
        <NotifierProvider>
          <ImportProvider>
            <AppShell />
          </ImportProvider>
        </NotifierProvider>
      </LanguageProvider>
    </ThemeProvider>
  );
}
