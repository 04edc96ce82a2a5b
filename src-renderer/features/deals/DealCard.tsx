import MoreVertIcon from '@mui/icons-material/MoreVert';
import Card from '@mui/material/Card';
import IconButton from '@mui/material/IconButton';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { DealSummary } from '../../../src-shared/contract/deals';
import type { StageChoice } from './useMoveDeal';
import { useMoney } from './useMoney';

interface Props {
  deal: DealSummary;
  stages: StageChoice[];
  onMove(stage: StageChoice): void;
  onOpen(): void;
  /** Moved with the keyboard: keep focus on it in its new column. */
  isFocusTarget: boolean;
}

/**
 * A deal on the board: drag it to another column, or focus it and press Ctrl+←/→ (or use its
 * "Move to…" menu) to move it without a mouse. Enter opens it.
 */
export function DealCard({ deal, stages, onMove, onOpen, isFocusTarget }: Props) {
  const { t } = useTranslation();
  const money = useMoney();
  const [menuAnchor, setMenuAnchor] = useState<HTMLElement | null>(null);
  const value = money(deal.valueMinor, deal.currency);
  const index = stages.findIndex((s) => s.stageId === deal.stageId);
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (isFocusTarget) ref.current?.focus();
  }, [isFocusTarget, deal.stageId]);

  function onKeyDown(event: KeyboardEvent) {
    if (event.target !== event.currentTarget) return;
    if (event.key === 'Enter') onOpen();
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (step !== 0 && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      const target = stages[index + step];
      if (target) onMove(target);
    }
  }

  return (
    <Card
      ref={ref}
      component="article"
      variant="outlined"
      tabIndex={0}
      draggable
      aria-label={t('deals.board.cardLabel', { title: deal.title, value, stage: deal.stageName })}
      onDragStart={(event) => {
        event.dataTransfer.setData('text/plain', deal.id);
        event.dataTransfer.effectAllowed = 'move';
      }}
      onKeyDown={onKeyDown}
      onDoubleClick={onOpen}
      sx={{ p: 1.25, cursor: 'grab', '&:focus-visible': { outline: 2, outlineColor: 'primary.main' } }}
    >
      <Stack direction="row" spacing={0.5} sx={{ alignItems: 'flex-start' }}>
        <Stack sx={{ flex: 1, minWidth: 0 }}>
          <Typography variant="body2" sx={{ fontWeight: 500, overflowWrap: 'anywhere' }}>
            {deal.title}
          </Typography>
          <Typography variant="body2">{value}</Typography>
          <Typography variant="caption" color="text.secondary" sx={{ overflowWrap: 'anywhere' }}>
            {[deal.companyName, deal.expectedCloseDate, deal.owner, `${deal.effectiveProbability} %`].filter(Boolean).join(' · ')}
          </Typography>
        </Stack>
        <IconButton size="small" aria-label={t('deals.board.moveMenu', { title: deal.title })} aria-haspopup="menu" onClick={(event) => setMenuAnchor(event.currentTarget)}>
          <MoreVertIcon fontSize="small" />
        </IconButton>
      </Stack>
      <Menu anchorEl={menuAnchor} open={menuAnchor !== null} onClose={() => setMenuAnchor(null)}>
        {stages.map((stage) => (
          <MenuItem
            key={stage.stageId}
            disabled={stage.stageId === deal.stageId}
            onClick={() => {
              setMenuAnchor(null);
              onMove(stage);
            }}
          >
            {stage.name}
          </MenuItem>
        ))}
      </Menu>
    </Card>
  );
}
