import List from '@mui/material/List';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import { useTranslation } from 'react-i18next';
import { NAV_ITEMS } from './nav-items';
import { routeHref, type Route } from './routes';

export function NavList({ current }: { current: Route['page'] }) {
  const { t } = useTranslation();
  return (
    <List component="nav" aria-label={t('nav.label')}>
      {NAV_ITEMS.map(({ page, labelKey, Icon }) => (
        <ListItemButton
          key={page}
          component="a"
          href={routeHref({ page })}
          selected={page === current}
          aria-current={page === current ? 'page' : undefined}
        >
          <ListItemIcon sx={{ minWidth: 40 }}>
            <Icon />
          </ListItemIcon>
          <ListItemText primary={t(labelKey)} />
        </ListItemButton>
      ))}
    </List>
  );
}
