import type { Route } from '../../app/routes';
import { ReceivablesPage } from '../payments/ReceivablesPage';
import { ProductsPage } from '../products/ProductsPage';
import { PurchasesPage } from './PurchasesPage';

/** The sales pages the shell shows for their routes. */
export function SalesPages({ route }: { route: Route }) {
  if (route.page === 'products') return <ProductsPage />;
  if (route.page === 'purchases') return <PurchasesPage selectedId={route.id} />;
  if (route.page === 'receivables') return <ReceivablesPage />;
  return null;
}
