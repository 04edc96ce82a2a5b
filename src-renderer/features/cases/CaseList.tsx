import List from '@mui/material/List';
import ListItemButton from '@mui/material/ListItemButton';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { CaseSummary } from '../../../src-shared/contract/cases';
import { routeHref } from '../../app/routes';
import { CaseChips } from './CaseChips';
import { ResponseIndicator } from './ResponseIndicator';

const customerOf = (c: CaseSummary) => [c.contact?.displayName, c.company?.name].filter(Boolean).join(' · ');

/** Cases in the order the core gives them: work still to do first, newest first. */
export function CaseList({ items, selectedId }: { items: CaseSummary[]; selectedId: string | undefined }) {
  const { t } = useTranslation();
  return (
    <List aria-label={t('cases.listLabel')} sx={{ flex: 1, minHeight: 0, overflowY: 'auto', py: 0 }}>
      {items.map((c) => {
        const isSelected = c.id === selectedId;
        const isDone = c.status === 'resolved' || c.status === 'closed';
        return (
          <li key={c.id}>
            <ListItemButton component="a" href={routeHref({ page: 'cases', id: c.id })} selected={isSelected} aria-current={isSelected ? 'true' : undefined}>
              <Stack spacing={0.5} sx={{ minWidth: 0, flex: 1 }}>
                <Typography noWrap sx={{ fontWeight: isDone ? 400 : 500 }}>
                  {c.subject}
                </Typography>
                <Typography variant="body2" color="text.secondary" noWrap>
                  {customerOf(c)}
                </Typography>
                <Stack direction="row" spacing={0.5} useFlexGap sx={{ flexWrap: 'wrap', alignItems: 'center' }}>
                  <CaseChips item={c} />
                  {isDone ? (
                    c.satisfaction !== null && <Typography variant="body2">{t('cases.rated', { rating: c.satisfaction })}</Typography>
                  ) : (
                    <ResponseIndicator item={c} />
                  )}
                </Stack>
              </Stack>
            </ListItemButton>
          </li>
        );
      })}
    </List>
  );
}
