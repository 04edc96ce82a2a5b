import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { DealSummary } from '../../../src-shared/contract/deals';
import { api } from '../../api/client';
import { describeError } from '../../components/describe-error';
import { useNotify } from '../../components/Notifier';
import { LostReasonDialog } from './LostReasonDialog';

export interface StageChoice {
  stageId: string;
  name: string;
  kind: 'open' | 'won' | 'lost';
}

/**
 * Moves a deal to a stage, asking for a reason first when the stage is a lost one. The move is
 * announced to screen readers (`announcement`) and offered for Undo.
 */
export function useMoveDeal(onMoved: () => void): { move(deal: DealSummary, stage: StageChoice): void; dialog: ReactNode; announcement: string } {
  const { t } = useTranslation();
  const notify = useNotify();
  const [asking, setAsking] = useState<{ deal: DealSummary; stage: StageChoice }>();
  const [announcement, setAnnouncement] = useState('');

  async function commit(deal: DealSummary, stage: StageChoice, reason: string) {
    try {
      await api.deals.move({ id: deal.id, stageId: stage.stageId, reason });
      const message = t('deals.board.moved', { title: deal.title, stage: stage.name });
      setAnnouncement(message);
      onMoved();
      const undo = () =>
        void api.deals.move({ id: deal.id, stageId: deal.stageId, reason: deal.closeReason }).then(onMoved, (error: unknown) => notify({ message: describeError(t, error) }));
      notify({ message, action: { label: t('common.undo'), onClick: undo } });
    } catch (error) {
      notify({ message: describeError(t, error) });
    }
  }

  return {
    move(deal, stage) {
      if (deal.stageId === stage.stageId) return;
      if (stage.kind === 'lost') setAsking({ deal, stage });
      else void commit(deal, stage, '');
    },
    announcement,
    dialog: asking && (
      <LostReasonDialog
        title={asking.deal.title}
        onClose={() => setAsking(undefined)}
        onSubmit={async (reason) => {
          await commit(asking.deal, asking.stage, reason);
          setAsking(undefined);
        }}
      />
    ),
  };
}
