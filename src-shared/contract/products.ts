import { z } from 'zod';
import { EpochMs, Id, ShortText } from './common';
import { method } from './method';

/** ISO 4217 code, upper case (INR, USD). */
export const Currency = z.string().trim().toUpperCase().regex(/^[A-Z]{3}$/, 'A currency is a three-letter code such as INR');
/** Integer minor units (paise, cents); never a float. */
export const MinorUnits = z.number().int().min(-1e13).max(1e13);
/** Basis points: 1800 = 18 %. */
export const BasisPoints = z.number().int().min(0).max(10_000);

export const ProductFields = z.object({
  name: ShortText.min(1, 'A product needs a name'),
  sku: z.string().trim().max(64).default(''),
  category: ShortText.default(''),
  unitPriceMinor: MinorUnits.min(0, 'A price cannot be negative').default(0),
  currency: Currency.default('INR'),
  taxBp: BasisPoints.default(0),
  isActive: z.boolean().default(true),
});

export const Product = ProductFields.extend({ id: Id, createdAtMs: EpochMs, updatedAtMs: EpochMs });

export const products = {
  list: method(
    z.object({
      text: z.string().max(200).default(''),
      includeInactive: z.boolean().default(false),
      limit: z.number().int().min(1).max(1000).default(200),
    }),
    z.object({ items: z.array(Product) }),
  ),
  get: method(z.object({ id: Id }), Product),
  create: method(ProductFields, Product),
  update: method(z.object({ id: Id, fields: ProductFields }), Product),
  /** Deactivating keeps the product on past purchases; it leaves the catalogue and its SKU is free again. */
  setActive: method(z.object({ id: Id, isActive: z.boolean() }), Product),
};

export type Product = z.infer<typeof Product>;
export type ProductFieldsInput = z.input<typeof ProductFields>;
export type ProductFields = z.output<typeof ProductFields>;
