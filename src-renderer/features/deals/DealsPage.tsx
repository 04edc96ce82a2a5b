import AddIcon from '@mui/icons-material/Add';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Divider from '@mui/material/Divider';
import LinearProgress from '@mui/material/LinearProgress';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DealDetail, DealSummary } from '../../../src-shared/contract/deals';
import { parseMinor } from '../../../src-shared/contract/deal-money';
import { api } from '../../api/client';
import { useApiQuery } from '../../api/useApiQuery';
import { useDebouncedValue } from '../../api/useDebouncedValue';
import { describeError } from '../../components/describe-error';
import { EmptyState } from '../../components/EmptyState';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useNotify } from '../../components/Notifier';
import { PageHeader } from '../../components/PageHeader';
import { visuallyHidden } from '../../components/visually-hidden';
import { useFormat } from '../../i18n/useFormat';
import { DealBoard } from './DealBoard';
import { DealFilters, NO_FILTERS, type DealFilterValues } from './DealFilters';
import { DealForecast } from './DealForecast';
import { DealFormDialog } from './DealFormDialog';
import { DealList } from './DealList';
import { PipelineDialog } from './PipelineDialog';
import { useMoveDeal } from './useMoveDeal';

type View = 'board' | 'list' | 'forecast';
const DOMAINS = ['deals', 'pipelines', 'companies', 'contacts'];

/** Filter text as the contract's filter; amounts are typed in rupees (minor units of INR). */
function toFilter(f: DealFilterValues) {
  return {
    owner: f.owner.trim() || null,
    closeMonth: /^\d{4}-\d{2}$/.test(f.closeMonth) ? f.closeMonth : null,
    minValueMinor: f.minValue.trim() ? parseMinor(f.minValue, 'INR') : null,
    maxValueMinor: f.maxValue.trim() ? parseMinor(f.maxValue, 'INR') : null,
  };
}

export function DealsPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const notify = useNotify();
  const [view, setView] = useState<View>('board');
  const [chosenPipelineId, setPipelineId] = useState<string>();
  const [filters, setFilters] = useState<DealFilterValues>(NO_FILTERS);
  const filter = toFilter(useDebouncedValue(filters, 250));
  const [editing, setEditing] = useState<DealDetail | 'new'>();
  const [isEditingStages, setIsEditingStages] = useState(false);

  const pipelinesQuery = useApiQuery('pipelines', () => api.pipelines.list({}), ['pipelines']);
  const pipelines = pipelinesQuery.data?.items ?? [];
  const pipeline = pipelines.find((p) => p.id === chosenPipelineId) ?? pipelines[0];
  const key = `${pipeline?.id}:${JSON.stringify(filter)}`;
  const board = useApiQuery(pipeline && view === 'board' ? `deals:board:${key}` : null, () => api.deals.board({ ...filter, pipelineId: pipeline!.id }), DOMAINS);
  const list = useApiQuery(pipeline && view === 'list' ? `deals:list:${key}` : null, () => api.deals.list({ ...filter, pipelineId: pipeline!.id, limit: 500 }), DOMAINS);
  const total = useApiQuery('deals:any', () => api.deals.list({ limit: 1 }), ['deals']);
  const reload = () => (view === 'board' ? board.reload() : list.reload());
  const mover = useMoveDeal(reload);

  const open = (deal: DealSummary) => void api.deals.get({ id: deal.id }).then(setEditing, (error: unknown) => notify({ message: describeError(t, error) }));
  async function remove(deal: DealDetail) {
    try {
      await api.deals.delete({ id: deal.id });
      setEditing(undefined);
      const restore = () => void api.deals.restore({ id: deal.id }).catch((error: unknown) => notify({ message: describeError(t, error) }));
      notify({ message: t('deals.form.deleted', { title: deal.title }), action: { label: t('common.undo'), onClick: restore } });
    } catch (error) {
      notify({ message: describeError(t, error) });
    }
  }

  const newButton = (
    <Button variant="contained" startIcon={<AddIcon />} onClick={() => setEditing('new')} disabled={!pipeline}>
      {t('deals.new')}
    </Button>
  );
  const count = total.data?.total;
  const error = pipelinesQuery.error ?? board.error ?? list.error;
  const isLoading = pipelinesQuery.isLoading || board.isLoading || list.isLoading;

  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', height: '100%', bgcolor: 'background.paper' }}>
      <PageHeader title={t('deals.title')} subtitle={count !== undefined && t('deals.count', { count, formatted: format.number(count) })} actions={newButton} />
      <Tabs value={view} onChange={(_, next: View) => setView(next)} aria-label={t('deals.view.label')} sx={{ px: 2 }}>
        <Tab value="board" label={t('deals.view.board')} />
        <Tab value="list" label={t('deals.view.list')} />
        <Tab value="forecast" label={t('deals.view.forecast')} />
      </Tabs>
      <Divider />
      <Box sx={{ height: 4 }}>{isLoading && <LinearProgress />}</Box>
      {error != null && (
        <Box sx={{ p: 2 }}>
          <ErrorAlert error={error} onRetry={() => (pipelinesQuery.reload(), reload())} />
        </Box>
      )}
      {count === 0 ? (
        <EmptyState title={t('deals.empty.title')} body={t('deals.empty.body')}>
          <Button variant="contained" startIcon={<AddIcon />} onClick={() => setEditing('new')} disabled={!pipeline}>
            {t('deals.empty.add')}
          </Button>
          <Button onClick={() => setIsEditingStages(true)} disabled={!pipeline}>
            {t('deals.stages.edit')}
          </Button>
        </EmptyState>
      ) : (
        <>
          {pipeline && view !== 'forecast' && (
            <DealFilters pipelines={pipelines} pipelineId={pipeline.id} onPipeline={setPipelineId} filters={filters} onFilters={setFilters} onEditStages={() => setIsEditingStages(true)} />
          )}
          <Box sx={{ flex: 1, minHeight: 0, overflow: view === 'board' ? 'hidden' : 'auto' }}>
            {view === 'board' && board.data && <DealBoard pipelineName={board.data.pipelineName} columns={board.data.columns} onMove={mover.move} onOpen={open} />}
            {view === 'list' && list.data && list.data.items.length === 0 && <Typography sx={{ p: 2 }} color="text.secondary">{t('deals.empty.filtered')}</Typography>}
            {view === 'list' && list.data && list.data.items.length > 0 && <DealList items={list.data.items} total={list.data.total} onOpen={open} />}
            {view === 'forecast' && <DealForecast pipelineId={pipeline?.id ?? null} />}
          </Box>
        </>
      )}
      <Box role="status" aria-live="polite" sx={visuallyHidden}>
        {mover.announcement}
      </Box>
      {mover.dialog}
      {isEditingStages && pipeline && (
        <PipelineDialog
          pipeline={pipeline}
          onClose={() => setIsEditingStages(false)}
          onCreated={(id) => {
            setIsEditingStages(false);
            setPipelineId(id);
          }}
        />
      )}
      {editing && pipeline && (
        <DealFormDialog
          deal={editing === 'new' ? undefined : editing}
          pipeline={pipelines.find((p) => p.id === (editing === 'new' ? pipeline.id : editing.pipelineId)) ?? pipeline}
          onClose={() => setEditing(undefined)}
          onSaved={(saved) => {
            setEditing(undefined);
            notify({ message: t('deals.form.saved', { title: saved.title }) });
            total.reload();
            reload();
          }}
          onDelete={(deal) => void remove(deal)}
        />
      )}
    </Box>
  );
}
