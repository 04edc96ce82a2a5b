// The product catalogue. A SKU is unique among active products: checked here, not by a constraint,
// because two machines may each add the same SKU offline and sync must still merge both rows.
import { v7 as uuidv7 } from 'uuid';
import type { Product, ProductFields, ProductFieldsInput } from '../../../src-shared/contract/products';
import { ProductFields as ProductFieldsSchema } from '../../../src-shared/contract/products';
import type { ChangeWriter } from '../../db/changes/change-writer';
import type { Sqlite } from '../../db/open-database';
import type { EventBus } from '../../events';
import { AppError, notFound } from '../../rpc/app-error';

export type ProductsService = ReturnType<typeof createProductsService>;

const COLUMNS = `id, name, sku, category, unit_price_minor AS unitPriceMinor, currency, tax_bp AS taxBp,
  is_active AS isActive, created_at_ms AS createdAtMs, updated_at_ms AS updatedAtMs`;

type ProductRow = Omit<Product, 'isActive'> & { isActive: number };
const toProduct = (row: ProductRow): Product => ({ ...row, isActive: row.isActive === 1 });

export function createProductsService(sqlite: Sqlite, events: EventBus, writer: ChangeWriter, now: () => number = Date.now) {
  const q = {
    byId: sqlite.prepare(`SELECT ${COLUMNS} FROM products WHERE id = ?`),
    all: sqlite.prepare(`SELECT ${COLUMNS} FROM products WHERE (@all = 1 OR is_active = 1) ORDER BY name COLLATE NOCASE, id LIMIT @limit`),
    matching: sqlite.prepare(
      `SELECT ${COLUMNS} FROM products WHERE (@all = 1 OR is_active = 1) AND (name LIKE @like ESCAPE '\\' OR sku LIKE @like ESCAPE '\\' OR category LIKE @like ESCAPE '\\')
       ORDER BY name COLLATE NOCASE, id LIMIT @limit`,
    ),
    skuTaken: sqlite.prepare(`SELECT name FROM products WHERE sku = ? COLLATE NOCASE AND is_active = 1 AND id <> ?`).pluck(),
  };
  const changed = () => events.emit({ type: 'changed', domain: 'products' });

  function get(id: string): Product {
    const row = q.byId.get(id) as ProductRow | undefined;
    return row ? toProduct(row) : notFound('product', id);
  }

  function checkSku(fields: Pick<ProductFields, 'sku' | 'isActive'>, id: string) {
    if (!fields.sku || !fields.isActive) return;
    const other = q.skuTaken.get(fields.sku, id) as string | undefined;
    if (other !== undefined) throw new AppError('conflict', `The SKU ${fields.sku} already belongs to the active product “${other}”.`);
  }

  const cells = (f: ProductFields) => ({
    name: f.name,
    sku: f.sku,
    category: f.category,
    unit_price_minor: f.unitPriceMinor,
    currency: f.currency,
    tax_bp: f.taxBp,
    is_active: f.isActive,
  });

  return {
    get,
    list(text: string, includeInactive: boolean, limit: number): { items: Product[] } {
      const like = `%${text.trim().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      const params = { all: includeInactive ? 1 : 0, limit, like };
      const rows = (text.trim() ? q.matching.all(params) : q.all.all(params)) as ProductRow[];
      return { items: rows.map(toProduct) };
    },

    create(input: ProductFieldsInput): Product {
      const fields = ProductFieldsSchema.parse(input);
      const id = uuidv7();
      sqlite.transaction(() => {
        checkSku(fields, id);
        const nowMs = now();
        writer.insert('products', id, { ...cells(fields), created_at_ms: nowMs, updated_at_ms: nowMs });
      })();
      changed();
      return get(id);
    },

    update(id: string, input: ProductFieldsInput): Product {
      const fields = ProductFieldsSchema.parse(input);
      sqlite.transaction(() => {
        get(id);
        checkSku(fields, id);
        writer.update('products', id, cells(fields), { updated_at_ms: now() });
      })();
      changed();
      return get(id);
    },

    setActive(id: string, isActive: boolean): Product {
      sqlite.transaction(() => {
        const current = get(id);
        checkSku({ sku: current.sku, isActive }, id);
        writer.update('products', id, { is_active: isActive }, { updated_at_ms: now() });
      })();
      changed();
      return get(id);
    },
  };
}
