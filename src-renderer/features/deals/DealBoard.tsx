import Box from '@mui/material/Box';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BoardColumn, DealSummary } from '../../../src-shared/contract/deals';
import { DealCard } from './DealCard';
import { StageTotals } from './StageTotals';
import type { StageChoice } from './useMoveDeal';

interface Props {
  pipelineName: string;
  columns: BoardColumn[];
  onMove(deal: DealSummary, stage: StageChoice): void;
  onOpen(deal: DealSummary): void;
}

/** The kanban: one column per stage with its count and totals; cards move by drag and drop or keyboard. */
export function DealBoard({ pipelineName, columns, onMove, onOpen }: Props) {
  const { t } = useTranslation();
  const [dropTarget, setDropTarget] = useState<string>();
  const [focusId, setFocusId] = useState<string>();
  const stages: StageChoice[] = columns.map(({ stageId, name, kind }) => ({ stageId, name, kind }));
  const dealsById = new Map(columns.flatMap((c) => c.deals.map((d) => [d.id, d] as const)));

  return (
    <Stack spacing={1} sx={{ height: '100%', minHeight: 0 }}>
      <Typography variant="caption" color="text.secondary" sx={{ px: 2 }}>
        {t('deals.board.keyboardHint')}
      </Typography>
      <Stack direction="row" spacing={1.5} aria-label={t('deals.board.label', { pipeline: pipelineName })} sx={{ flex: 1, minHeight: 0, overflowX: 'auto', px: 2, pb: 2 }}>
        {columns.map((column, index) => (
          <Stack
            key={column.stageId}
            component="section"
            aria-label={t('deals.board.stage', { name: column.name, count: column.count })}
            data-stage={column.name}
            onDragOver={(event) => {
              event.preventDefault();
              setDropTarget(column.stageId);
            }}
            onDragLeave={() => setDropTarget(undefined)}
            onDrop={(event) => {
              event.preventDefault();
              setDropTarget(undefined);
              const deal = dealsById.get(event.dataTransfer.getData('text/plain'));
              if (deal) onMove(deal, stages[index]!);
            }}
            spacing={1}
            sx={{
              flex: '1 1 0', minWidth: 150, p: 1, borderRadius: 1, bgcolor: dropTarget === column.stageId ? 'action.selected' : 'action.hover', minHeight: 0,
            }}
          >
            <Box>
              <Stack direction="row" spacing={1} sx={{ alignItems: 'baseline' }}>
                <Typography variant="subtitle2" component="h3" sx={{ flex: 1 }}>
                  {column.name}
                </Typography>
                <Typography variant="caption" color="text.secondary">
                  {t('deals.board.probability', { percent: column.probability })}
                </Typography>
                <Typography variant="caption" data-testid="stage-count">
                  {column.count}
                </Typography>
              </Stack>
              <StageTotals totals={column.totals} />
            </Box>
            <Stack spacing={1} sx={{ overflowY: 'auto', minHeight: 48 }}>
              {column.deals.length === 0 && (
                <Typography variant="caption" color="text.secondary" sx={{ p: 1, textAlign: 'center', border: 1, borderStyle: 'dashed', borderColor: 'divider', borderRadius: 1 }}>
                  {t('deals.empty.stage')}
                </Typography>
              )}
              {column.deals.map((deal) => (
                <DealCard
                  key={deal.id}
                  deal={deal}
                  stages={stages}
                  isFocusTarget={focusId === deal.id}
                  onMove={(stage) => {
                    setFocusId(deal.id);
                    onMove(deal, stage);
                  }}
                  onOpen={() => onOpen(deal)}
                />
              ))}
              {column.count > column.deals.length && (
                <Typography variant="caption" color="text.secondary">
                  {t('deals.board.more', { count: column.count - column.deals.length })}
                </Typography>
              )}
            </Stack>
          </Stack>
        ))}
      </Stack>
    </Stack>
  );
}
