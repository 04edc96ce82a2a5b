import AddIcon from '@mui/icons-material/Add';
import ArrowDownwardIcon from '@mui/icons-material/ArrowDownward';
import ArrowUpwardIcon from '@mui/icons-material/ArrowUpward';
import DeleteIcon from '@mui/icons-material/DeleteOutlined';
import EditIcon from '@mui/icons-material/EditOutlined';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CustomField } from '../../../src-shared/contract/custom-fields';
import { api } from '../../api/client';
import { useApiQuery } from '../../api/useApiQuery';
import { describeError } from '../../components/describe-error';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useNotify } from '../../components/Notifier';
import { CustomFieldDialog } from '../custom-fields/CustomFieldDialog';
import { SettingsSection } from './SettingsSection';

/** Settings → Custom fields: define, rename, order and remove the extra fields every contact has. */
export function CustomFieldsSetting() {
  const { t } = useTranslation();
  const notify = useNotify();
  const query = useApiQuery('custom-fields', () => api.customFields.list({}), ['customFields']);
  const [editing, setEditing] = useState<CustomField | 'new'>();
  const fields = query.data?.items ?? [];

  async function run(action: () => Promise<unknown>) {
    try {
      await action();
      query.reload();
    } catch (error) {
      notify({ message: describeError(t, error) });
    }
  }

  const move = (index: number, by: number) => {
    const ids = fields.map((f) => f.id);
    const [id] = ids.splice(index, 1);
    ids.splice(index + by, 0, id!);
    void run(() => api.customFields.reorder({ ids }));
  };

  const remove = (field: CustomField) =>
    void run(async () => {
      await api.customFields.remove({ id: field.id });
      notify({
        message: t('customFields.removed', { name: field.name }),
        action: { label: t('common.undo'), onClick: () => void run(() => api.customFields.restore({ id: field.id })) },
      });
    });

  return (
    <SettingsSection
      title={t('customFields.title')}
      action={
        <Button startIcon={<AddIcon />} onClick={() => setEditing('new')}>
          {t('customFields.add')}
        </Button>
      }
    >
      <Typography variant="body2" color="text.secondary">
        {t('customFields.intro')}
      </Typography>
      {query.error != null && <ErrorAlert error={query.error} onRetry={query.reload} />}
      {query.data && fields.length === 0 && (
        <Typography variant="body2" color="text.secondary">
          {t('customFields.empty')}
        </Typography>
      )}
      {fields.length > 0 && (
        <List dense aria-label={t('customFields.title')}>
          {fields.map((field, index) => (
            <ListItem
              key={field.id}
              divider
              secondaryAction={
                <>
                  <IconButton aria-label={t('customFields.moveUp', { name: field.name })} disabled={index === 0} onClick={() => move(index, -1)}>
                    <ArrowUpwardIcon fontSize="small" />
                  </IconButton>
                  <IconButton aria-label={t('customFields.moveDown', { name: field.name })} disabled={index === fields.length - 1} onClick={() => move(index, 1)}>
                    <ArrowDownwardIcon fontSize="small" />
                  </IconButton>
                  <IconButton aria-label={t('customFields.edit', { name: field.name })} onClick={() => setEditing(field)}>
                    <EditIcon fontSize="small" />
                  </IconButton>
                  <IconButton aria-label={t('customFields.remove', { name: field.name })} onClick={() => remove(field)}>
                    <DeleteIcon fontSize="small" />
                  </IconButton>
                </>
              }
              sx={{ pr: 22 }}
            >
              <ListItemText
                primary={field.name}
                secondary={[t(`customFields.type.${field.type}`), field.options.join(', ')].filter(Boolean).join(' · ')}
                slotProps={{ primary: { sx: { overflowWrap: 'anywhere' } } }}
              />
            </ListItem>
          ))}
        </List>
      )}
      {editing && (
        <CustomFieldDialog
          field={editing === 'new' ? undefined : editing}
          onClose={() => setEditing(undefined)}
          onSaved={(saved) => {
            setEditing(undefined);
            query.reload();
            notify({ message: t('customFields.saved', { name: saved.name }) });
          }}
        />
      )}
    </SettingsSection>
  );
}
