import AddIcon from '@mui/icons-material/Add';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Pipeline } from '../../../src-shared/contract/pipelines';
import { api } from '../../api/client';
import { describeError } from '../../components/describe-error';
import { StageRow } from './StageRow';

/** Edits one pipeline's name and stages; every change is saved as it is made. */
export function PipelineDialog({ pipeline: initial, onClose, onCreated }: { pipeline: Pipeline; onClose(): void; onCreated(id: string): void }) {
  const { t } = useTranslation();
  const titleId = useId();
  const [pipeline, setPipeline] = useState(initial);
  const [name, setName] = useState(initial.name);
  const [newStage, setNewStage] = useState('');
  const [failure, setFailure] = useState<string>();

  async function save(change: Promise<Pipeline>) {
    try {
      setPipeline(await change);
      setFailure(undefined);
    } catch (error) {
      setFailure(describeError(t, error));
    }
  }
  const stages = pipeline.stages;
  const move = (index: number, direction: -1 | 1) => {
    // Before the previous stage when going up; before the one after next (or last) when going down.
    const before = direction === -1 ? stages[index - 1] : stages[index + 2];
    void save(api.pipelines.moveStage({ id: stages[index]!.id, beforeStageId: before?.id ?? null }));
  };

  return (
    <Dialog open onClose={onClose} aria-labelledby={titleId} fullWidth maxWidth="md">
      <DialogTitle id={titleId}>{t('deals.stages.title')}</DialogTitle>
      <DialogContent dividers>
        <Stack spacing={2}>
          {failure && <Alert severity="error">{failure}</Alert>}
          <TextField
            label={t('deals.stages.pipelineName')}
            value={name}
            onChange={(e) => setName(e.target.value)}
            onBlur={() => name.trim() && name.trim() !== pipeline.name && void save(api.pipelines.rename({ id: pipeline.id, name: name.trim() }))}
          />
          <Stack component="ul" spacing={1.5} sx={{ listStyle: 'none', m: 0, p: 0 }} aria-label={t('deals.stages.listLabel')}>
            {stages.map((stage, index) => (
              <StageRow
                key={stage.id}
                stage={stage}
                isFirst={index === 0}
                isLast={index === stages.length - 1}
                onChange={(patch) => void save(api.pipelines.updateStage({ id: stage.id, ...patch }))}
                onMove={(direction) => move(index, direction)}
                onDelete={() => void save(api.pipelines.deleteStage({ id: stage.id }))}
              />
            ))}
          </Stack>
          <Stack
            direction="row"
            spacing={1}
            component="form"
            onSubmit={(event) => {
              event.preventDefault();
              if (!newStage.trim()) return;
              const lastOpen = stages.find((s) => s.kind !== 'open');
              void save(api.pipelines.addStage({ pipelineId: pipeline.id, name: newStage.trim(), probability: 50, beforeStageId: lastOpen?.id ?? null })).then(() => setNewStage(''));
            }}
          >
            <TextField size="small" label={t('deals.stages.newStage')} value={newStage} onChange={(e) => setNewStage(e.target.value)} sx={{ flex: 1 }} />
            <Button type="submit" startIcon={<AddIcon />}>
              {t('deals.stages.add')}
            </Button>
          </Stack>
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button
          startIcon={<AddIcon />}
          onClick={() =>
            void api.pipelines.create({ name: t('deals.stages.newPipelineName') }).then(
              (created) => onCreated(created.id),
              (error: unknown) => setFailure(describeError(t, error)),
            )
          }
        >
          {t('deals.stages.newPipeline')}
        </Button>
        <Button onClick={onClose}>{t('common.close')}</Button>
      </DialogActions>
    </Dialog>
  );
}
