import BusinessIcon from '@mui/icons-material/Business';
import PeopleIcon from '@mui/icons-material/People';
import SettingsIcon from '@mui/icons-material/Settings';
import { SALES_NAV_ITEMS } from '../features/purchases/sales-nav-items';
import type { SvgIconComponent } from '@mui/icons-material';
import type { Route } from './routes';

export interface NavItem {
  page: Route['page'];
  /** i18n key of the label. */
  labelKey: string;
  Icon: SvgIconComponent;
}

/** The left navigation, top to bottom; a new section is one line here plus its route. */
export const NAV_ITEMS: readonly NavItem[] = [
  { page: 'contacts', labelKey: 'nav.contacts', Icon: PeopleIcon },
  { page: 'companies', labelKey: 'nav.companies', Icon: BusinessIcon },
  ...SALES_NAV_ITEMS,
  { page: 'settings', labelKey: 'nav.settings', Icon: SettingsIcon },
];
