import List from '@mui/material/List';
import ListItemAvatar from '@mui/material/ListItemAvatar';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemText from '@mui/material/ListItemText';
import { useTranslation } from 'react-i18next';
import type { CompanySummary } from '../../../src-shared/contract/companies';
import { routeHref } from '../../app/routes';
import { NameAvatar } from '../../components/NameAvatar';
import { useFormat } from '../../i18n/useFormat';

export function CompanyList({ items, selectedId }: { items: CompanySummary[]; selectedId: string | undefined }) {
  const { t } = useTranslation();
  const format = useFormat();
  const sorted = [...items].sort((a, b) => format.collator.compare(a.name, b.name));
  return (
    <List aria-label={t('companies.listLabel')} sx={{ flex: 1, minHeight: 0, overflowY: 'auto', py: 0 }}>
      {sorted.map((company) => {
        const isSelected = company.id === selectedId;
        const people = t('companies.people', { count: company.peopleCount, formatted: format.number(company.peopleCount) });
        return (
          <li key={company.id}>
            <ListItemButton
              component="a"
              href={routeHref({ page: 'companies', id: company.id })}
              selected={isSelected}
              aria-current={isSelected ? 'true' : undefined}
            >
              <ListItemAvatar>
                <NameAvatar name={company.name} square />
              </ListItemAvatar>
              <ListItemText
                primary={company.name}
                secondary={[company.industry, company.city, people].filter(Boolean).join(' · ')}
                slotProps={{ primary: { noWrap: true }, secondary: { noWrap: true } }}
              />
            </ListItemButton>
          </li>
        );
      })}
    </List>
  );
}
