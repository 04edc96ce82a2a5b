import AddIcon from '@mui/icons-material/PersonAdd';
import FilterIcon from '@mui/icons-material/FilterList';
import Badge from '@mui/material/Badge';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Divider from '@mui/material/Divider';
import LinearProgress from '@mui/material/LinearProgress';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { useApiQuery } from '../../api/useApiQuery';
import { useAppCommand } from '../../app/AppCommands';
import { EmptyState } from '../../components/EmptyState';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { useFormat } from '../../i18n/useFormat';
import { BulkActionBar } from '../segments/BulkActionBar';
import { FilterBuilder } from '../segments/FilterBuilder';
import { SaveSegmentDialog } from '../segments/SaveSegmentDialog';
import { SegmentPicker } from '../segments/SegmentPicker';
import { useSaveSegment } from '../segments/useSaveSegment';
import { useSegments } from '../segments/useSegments';
import { ColumnChooser } from './ColumnChooser';
import { ContactDetail } from './ContactDetail';
import { ContactList } from './ContactList';
import { ContactsMenu } from './ContactsMenu';
import { ContactsEmptyState } from './ContactsEmptyState';
import { useContactPages } from './useContactPages';
import { useContactSearch } from './useContactSearch';
import { useContactView } from './useContactView';
import { useSelection } from './useSelection';

/** The list (filtered, sorted, with chosen columns) or search results; the selected contact beside it. */
export function ContactsPage({ selectedId, searchText }: { selectedId: string | undefined; searchText: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const run = useAppCommand();
  const segments = useSegments();
  const view = useContactView(segments.items);
  const [isSaving, setIsSaving] = useState(false);
  const saveSegment = useSaveSegment();
  const count = useApiQuery('count', () => api.contacts.count({}), ['contacts']);
  const isFiltered = view.filter.conditions.length > 0;
  const filterKey = JSON.stringify(view.filter);
  const matching = useApiQuery(isFiltered ? `matching:${filterKey}` : null, () => api.segments.count({ filter: view.filter }), ['contacts']);
  const pages = useContactPages(view.filter, view.sort);
  const search = useContactSearch(searchText);
  const isSearching = searchText.trim() !== '';
  const total = count.data?.active;
  const matchingCount = isFiltered ? matching.data?.count : total;
  const shownIds = useMemo(() => pages.items.map((c) => c.id), [pages.items]);
  const selection = useSelection(shownIds, matchingCount ?? 0, view.filter);
  const isEmpty = !isSearching && !isFiltered && total === 0 && pages.isLoaded && pages.items.length === 0;
  const error = isSearching ? search.error : (pages.error ?? count.error ?? matching.error);
  const isCompact = selectedId !== undefined;

  const subtitle = isSearching
    ? search.items && t('contacts.results', { count: search.items.length, formatted: format.number(search.items.length) })
    : isFiltered
      ? matchingCount !== undefined && total !== undefined && t('segments.matching', { matching: format.number(matchingCount), total: format.number(total) })
      : total !== undefined && t('contacts.count', { count: total, formatted: format.number(total) });
  const reloadAll = () => {
    count.reload();
    pages.reload();
  };

  const header = (
    <>
      <PageHeader
        title={view.segment?.name ?? t('contacts.title')}
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

  if (isEmpty && !selectedId && segments.items.length === 0 && view.draft.conditions.length === 0) {
    return (
      <Box sx={{ height: '100%', bgcolor: 'background.paper' }}>
        {header}
        <ContactsEmptyState onDemoLoaded={reloadAll} />
      </Box>
    );
  }

  const toolbar = !isSearching && (
    <Stack direction="row" spacing={1} useFlexGap sx={{ px: 2, pb: 1, alignItems: 'center', flexWrap: 'wrap' }}>
      <SegmentPicker segments={segments.items} segmentId={view.segment?.id ?? null} onChoose={view.chooseSegment} />
      <Badge badgeContent={view.built.conditions.length} color="primary">
        <Button
          size="small"
          variant={view.isFilterOpen ? 'contained' : 'outlined'}
          startIcon={<FilterIcon />}
          aria-expanded={view.isFilterOpen}
          onClick={() => view.setIsFilterOpen(!view.isFilterOpen)}
        >
          {t('segments.filter.button')}
        </Button>
      </Badge>
      <Box sx={{ flex: 1 }} />
      {!isCompact && <ColumnChooser columns={view.columns} onChange={view.setColumns} />}
    </Stack>
  );

  const filterPanel = !isSearching && view.isFilterOpen && (
    <FilterBuilder
      draft={view.draft}
      fields={view.fields}
      onChange={view.setDraft}
      actions={
        <>
          {view.draft.conditions.length > 0 && (
            <Button size="small" onClick={view.clearFilter}>
              {t('segments.filter.clear')}
            </Button>
          )}
          {view.segment && view.isSegmentChanged && (
            <Button size="small" variant="outlined" onClick={() => void saveSegment(view.segment!, view.built)}>
              {t('segments.segment.update')}
            </Button>
          )}
          <Button size="small" variant="contained" disabled={view.built.conditions.length === 0} onClick={() => setIsSaving(true)}>
            {t('segments.segment.save')}
          </Button>
        </>
      }
    />
  );

  const list = isSearching ? (
    search.items?.length === 0 && !search.isLoading ? (
      <Typography sx={{ p: 3 }} color="text.secondary" role="status">
        {t('contacts.noMatch', { text: searchText.trim() })}
      </Typography>
    ) : (
      <ContactList items={search.items ?? []} selectedId={selectedId} />
    )
  ) : isFiltered && pages.isLoaded && !pages.isLoading && pages.items.length === 0 ? (
    <EmptyState title={t('segments.empty.title')} body={t('segments.empty.body')}>
      <Button variant="outlined" onClick={view.clearFilter}>
        {t('segments.empty.clear')}
      </Button>
    </EmptyState>
  ) : (
    <ContactList
      items={pages.items}
      selectedId={selectedId}
      total={matchingCount}
      hasMore={pages.nextCursor !== null}
      onEndReached={pages.loadMore}
      columns={isCompact ? [] : view.columns}
      sort={view.sort}
      onSort={view.setSort}
      selection={selection}
    />
  );

  return (
    <Box sx={{ display: 'flex', height: '100%' }}>
      <Box
        sx={{
          ...(isCompact ? { width: { xs: 360, lg: 440 }, flexShrink: 0 } : { flex: 1, minWidth: 0 }),
          display: 'flex',
          flexDirection: 'column',
          borderRight: isCompact ? 1 : 0,
          borderColor: 'divider',
          bgcolor: 'background.paper',
        }}
      >
        {header}
        {toolbar}
        {filterPanel}
        {!isSearching && selection.count > 0 && (
          <BulkActionBar
            count={selection.count}
            isAll={selection.isAll}
            matchingCount={matchingCount ?? 0}
            canSelectAllMatching={selection.areAllShownSelected}
            fields={view.fields}
            target={selection.target}
            onSelectAllMatching={selection.selectAllMatching}
            onClear={selection.clear}
          />
        )}
        {list}
      </Box>
      {selectedId && (
        <Box sx={{ flex: 1, minWidth: 0, overflowY: 'auto' }}>
          <ContactDetail key={selectedId} id={selectedId} />
        </Box>
      )}
      {isSaving && (
        <SaveSegmentDialog
          filter={view.built}
          onClose={() => setIsSaving(false)}
          onSaved={(segment) => {
            setIsSaving(false);
            view.chooseSegment(segment);
          }}
        />
      )}
    </Box>
  );
}
