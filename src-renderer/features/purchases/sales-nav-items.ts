import InventoryIcon from '@mui/icons-material/Inventory2';
import AccountBalanceWalletIcon from '@mui/icons-material/AccountBalanceWallet';
import PointOfSaleIcon from '@mui/icons-material/PointOfSale';
import type { NavItem } from '../../app/nav-items';

/** Products, sales and receivables in the left navigation, after companies. */
export const SALES_NAV_ITEMS: readonly NavItem[] = [
  { page: 'purchases', labelKey: 'sales.nav.purchases', Icon: PointOfSaleIcon },
  { page: 'receivables', labelKey: 'sales.nav.receivables', Icon: AccountBalanceWalletIcon },
  { page: 'products', labelKey: 'sales.nav.products', Icon: InventoryIcon },
];
