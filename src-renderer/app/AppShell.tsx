import AppBar from '@mui/material/AppBar';
import Box from '@mui/material/Box';
import Toolbar from '@mui/material/Toolbar';
import Typography from '@mui/material/Typography';
import { useCallback, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UiCommand } from '../../src-shared/contract/events';
import { CasesPage } from '../features/cases/CasesPage';
import { CompaniesPage } from '../features/companies/CompaniesPage';
import { CompanyFormDialog } from '../features/companies/CompanyFormDialog';
import { ContactFormDialog } from '../features/contacts/ContactFormDialog';
import { ContactsPage } from '../features/contacts/ContactsPage';
import { DealsPage } from '../features/deals/DealsPage';
import { DuplicatesPage } from '../features/duplicates/DuplicatesPage';
import { InteractionsHost } from '../features/interactions/InteractionsHost';
import { openLogDialog } from '../features/interactions/log-dialog-command';
import { ReminderFormDialog } from '../features/reminders/ReminderFormDialog';
import { ReminderNotices } from '../features/reminders/ReminderNotices';
import { RemindersPage } from '../features/reminders/RemindersPage';
import { SettingsPage } from '../features/settings/SettingsPage';
import { TodayPage } from '../features/today/TodayPage';
import { SalesPages } from '../features/purchases/SalesPages';
import { AppCommandsContext } from './AppCommands';
import { NavList } from './NavList';
import { navigate } from './routes';
import { SearchBox } from './SearchBox';
import { useCommandSources } from './useCommandSources';
import { useRoute } from './useRoute';

const NAV_WIDTH_PX = 220;

export function AppShell() {
  const { t } = useTranslation();
  const route = useRoute();
  const [searchText, setSearchText] = useState('');
  const [creating, setCreating] = useState<'contact' | 'company' | 'reminder'>();
  const searchRef = useRef<HTMLInputElement>(null);

  const run = useCallback((command: UiCommand) => {
    if (command === 'newContact') setCreating('contact');
    else if (command === 'newCompany') setCreating('company');
    else if (command === 'newReminder') setCreating('reminder');
    else if (command === 'openSettings') navigate({ page: 'settings' });
    else if (command === 'logInteraction') openLogDialog();
    else if (command === 'focusSearch') {
      setCreating(undefined);
      searchRef.current?.focus();
      searchRef.current?.select();
    }
  }, []);
  useCommandSources(run);

  const search = (text: string) => {
    setSearchText(text);
    if (route.page !== 'contacts') navigate({ page: 'contacts' });
  };

  return (
    <AppCommandsContext value={run}>
      <Box sx={{ display: 'flex', flexDirection: 'column', height: '100vh' }}>
        <AppBar position="static">
          <Toolbar sx={{ gap: 3 }}>
            <Typography variant="h6" component="h1" sx={{ width: NAV_WIDTH_PX - 24, flexShrink: 0 }}>
              {t('app.title')}
            </Typography>
            <SearchBox value={searchText} onChange={search} inputRef={searchRef} />
          </Toolbar>
        </AppBar>
        <Box sx={{ display: 'flex', flex: 1, minHeight: 0 }}>
          <Box component="aside" sx={{ width: NAV_WIDTH_PX, flexShrink: 0, borderRight: 1, borderColor: 'divider', bgcolor: 'background.paper' }}>
            <NavList current={route.page === 'duplicates' ? 'contacts' : route.page} />
          </Box>
          <Box component="main" sx={{ flex: 1, minWidth: 0 }}>
            {route.page === 'today' && <TodayPage />}
            {route.page === 'reminders' && <RemindersPage />}
            {route.page === 'contacts' && <ContactsPage selectedId={route.id} searchText={searchText} />}
            {route.page === 'duplicates' && <DuplicatesPage />}
            {route.page === 'companies' && <CompaniesPage selectedId={route.id} />}
            {route.page === 'cases' && <CasesPage selectedId={route.id} />}
            {route.page === 'settings' && <SettingsPage />}
            {route.page === 'deals' && <DealsPage />}
            <SalesPages route={route} />
          </Box>
        </Box>
        <InteractionsHost />
        {creating === 'contact' && (
          <ContactFormDialog
            onClose={() => setCreating(undefined)}
            onSaved={(contact) => {
              setCreating(undefined);
              navigate({ page: 'contacts', id: contact.id });
            }}
          />
        )}
        {creating === 'reminder' && <ReminderFormDialog onClose={() => setCreating(undefined)} />}
        <ReminderNotices />
        {creating === 'company' && (
          <CompanyFormDialog
            onClose={() => setCreating(undefined)}
            onSaved={(company) => {
              setCreating(undefined);
              navigate({ page: 'companies', id: company.id });
            }}
          />
        )}
      </Box>
    </AppCommandsContext>
  );
}
