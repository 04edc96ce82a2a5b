import AddIcon from '@mui/icons-material/PersonAdd';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Divider from '@mui/material/Divider';
import LinearProgress from '@mui/material/LinearProgress';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { useApiQuery } from '../../api/useApiQuery';
import { useAppCommand } from '../../app/AppCommands';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { useFormat } from '../../i18n/useFormat';
import { ContactDetail } from './ContactDetail';
import { ContactList } from './ContactList';
import { ContactsMenu } from './ContactsMenu';
import { ContactsEmptyState } from './ContactsEmptyState';
import { useContactPages } from './useContactPages';
import { useContactSearch } from './useContactSearch';

/** The list (or search results) on the left, the selected contact on the right. */
export function ContactsPage({ selectedId, searchText }: { selectedId: string | undefined; searchText: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const run = useAppCommand();
  const count = useApiQuery('count', () => api.contacts.count({}), ['contacts']);
  const pages = useContactPages();
  const search = useContactSearch(searchText);
  const isSearching = searchText.trim() !== '';
  const isEmpty = !isSearching && count.data?.active === 0 && pages.isLoaded && pages.items.length === 0;
  const error = isSearching ? search.error : (pages.error ?? count.error);

  const subtitle = isSearching
    ? search.items && t('contacts.results', { count: search.items.length, formatted: format.number(search.items.length) })
    : count.data && t('contacts.count', { count: count.data.active, formatted: format.number(count.data.active) });
  const reloadAll = () => {
    count.reload();
    pages.reload();
  };

  const header = (
    <>
      <PageHeader
        title={t('contacts.title')}
        subtitle={subtitle}
        actions={
          <>
            <Button variant="contained" startIcon={<AddIcon />} onClick={() => run('newContact')}>
              {t('contacts.new')}
            </Button>
            <ContactsMenu />
          </>
        }
      />
      <Divider />
      <Box sx={{ height: 4 }}>{(isSearching ? search.isLoading : pages.isLoading || count.isLoading) && <LinearProgress />}</Box>
      {error != null && (
        <Box sx={{ p: 2 }}>
          <ErrorAlert error={error} onRetry={isSearching ? undefined : reloadAll} />
        </Box>
      )}
    </>
  );

  if (isEmpty && !selectedId) {
    return (
      <Box sx={{ height: '100%', bgcolor: 'background.paper' }}>
        {header}
        <ContactsEmptyState onDemoLoaded={reloadAll} />
      </Box>
    );
  }

  return (
    <Box sx={{ display: 'flex', height: '100%' }}>
      <Box
        sx={{
          width: { xs: 320, lg: 400 },
          flexShrink: 0,
          display: 'flex',
          flexDirection: 'column',
          borderRight: 1,
          borderColor: 'divider',
          bgcolor: 'background.paper',
        }}
      >
        {header}
        {isSearching && search.items?.length === 0 && !search.isLoading ? (
          <Typography sx={{ p: 3 }} color="text.secondary" role="status">
            {t('contacts.noMatch', { text: searchText.trim() })}
          </Typography>
        ) : isSearching ? (
          <ContactList items={search.items ?? []} selectedId={selectedId} />
        ) : (
          <ContactList
            items={pages.items}
            selectedId={selectedId}
            total={count.data?.active}
            hasMore={pages.nextCursor !== null}
            onEndReached={pages.loadMore}
          />
        )}
      </Box>
      <Box sx={{ flex: 1, minWidth: 0, overflowY: 'auto' }}>
        {selectedId ? (
          <ContactDetail key={selectedId} id={selectedId} />
        ) : (
          <Typography sx={{ p: 4 }} color="text.secondary">
            {t('contacts.selectHint')}
          </Typography>
        )}
      </Box>
    </Box>
  );
}
