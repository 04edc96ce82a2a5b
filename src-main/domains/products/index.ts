export { productsHandlers } from './products.handlers';
export { createProductsService, type ProductsService } from './products.service';
