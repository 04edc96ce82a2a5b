export { companiesHandlers } from './companies.handlers';
export { createCompaniesService, type CompaniesService } from './companies.service';
