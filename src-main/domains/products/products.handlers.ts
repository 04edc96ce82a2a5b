import type { DomainHandlers } from '../../../src-shared/contract/method';
import type { products } from '../../../src-shared/contract/products';
import type { ProductsService } from './products.service';

export function productsHandlers(service: ProductsService): DomainHandlers<typeof products> {
  return {
    list: ({ text, includeInactive, limit }) => service.list(text, includeInactive, limit),
    get: ({ id }) => service.get(id),
    create: (fields) => service.create(fields),
    update: ({ id, fields }) => service.update(id, fields),
    setActive: ({ id, isActive }) => service.setActive(id, isActive),
  };
}
