import AlarmIcon from '@mui/icons-material/Alarm';
import BusinessIcon from '@mui/icons-material/Business';
import TodayIcon from '@mui/icons-material/Today';
import SupportAgentIcon from '@mui/icons-material/SupportAgent';
import PeopleIcon from '@mui/icons-material/People';
import SettingsIcon from '@mui/icons-material/Settings';
import ViewKanbanIcon from '@mui/icons-material/ViewKanban';
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
  { page: 'today', labelKey: 'today.title', Icon: TodayIcon },
  { page: 'contacts', labelKey: 'nav.contacts', Icon: PeopleIcon },
  { page: 'companies', labelKey: 'nav.companies', Icon: BusinessIcon },
  { page: 'reminders', labelKey: 'reminders.title', Icon: AlarmIcon },
  { page: 'deals', labelKey: 'nav.deals', Icon: ViewKanbanIcon },
  { page: 'cases', labelKey: 'cases.nav', Icon: SupportAgentIcon },
  ...SALES_NAV_ITEMS,
  { page: 'settings', labelKey: 'nav.settings', Icon: SettingsIcon },
];
