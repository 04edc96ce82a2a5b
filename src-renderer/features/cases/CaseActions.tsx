import DeleteIcon from '@mui/icons-material/DeleteOutlined';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '../../../src-shared/contract/cases';
import { api } from '../../api/client';
import { navigate } from '../../app/routes';
import { describeError } from '../../components/describe-error';
import { useNotify } from '../../components/Notifier';

interface Props {
  item: CaseDetail;
  onRespond(): void;
  onResolve(): void;
  onChanged(): void;
}

/** Respond, Waiting on customer, Resolve (asks the rating), Reopen, Close, and Delete with Undo. */
export function CaseActions({ item, onRespond, onResolve, onChanged }: Props) {
  const { t } = useTranslation();
  const notify = useNotify();
  const isDone = item.status === 'resolved' || item.status === 'closed';

  async function act(run: () => Promise<unknown>) {
    try {
      await run();
      onChanged();
    } catch (error) {
      notify({ message: describeError(t, error) });
    }
  }

  async function remove() {
    try {
      await api.cases.delete({ id: item.id });
      navigate({ page: 'cases' });
      const undo = () =>
        void api.cases.restore({ id: item.id }).then(
          () => navigate({ page: 'cases', id: item.id }),
          (error: unknown) => notify({ message: describeError(t, error) }),
        );
      notify({ message: t('cases.actions.deleted', { subject: item.subject }), action: { label: t('common.undo'), onClick: undo } });
    } catch (error) {
      notify({ message: describeError(t, error) });
    }
  }

  return (
    <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }} role="group" aria-label={t('cases.actions.label')}>
      {!isDone && (
        <>
          <Button variant="contained" onClick={onRespond}>
            {t('cases.actions.respond')}
          </Button>
          {item.status !== 'waiting' && (
            <Button variant="outlined" onClick={() => void act(() => api.cases.setStatus({ id: item.id, status: 'waiting' }))}>
              {t('cases.actions.waiting')}
            </Button>
          )}
          <Button variant="outlined" color="success" onClick={onResolve}>
            {t('cases.actions.resolve')}
          </Button>
        </>
      )}
      {isDone && (
        <Button variant="outlined" onClick={() => void act(() => api.cases.reopen({ id: item.id }))}>
          {t('cases.actions.reopen')}
        </Button>
      )}
      {item.status === 'resolved' && (
        <Button variant="outlined" onClick={() => void act(() => api.cases.setStatus({ id: item.id, status: 'closed' }))}>
          {t('cases.actions.close')}
        </Button>
      )}
      <Button color="error" startIcon={<DeleteIcon />} onClick={() => void remove()}>
        {t('cases.actions.delete')}
      </Button>
    </Stack>
  );
}
