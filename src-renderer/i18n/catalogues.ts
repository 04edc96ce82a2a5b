// One catalogue file per namespace and language, so each feature keeps its strings in its own files.
// Add a namespace: create en/, hi/ and ta/<name>.json and list it in the three blocks below.

import en_app from './en/app.json';
import en_nav from './en/nav.json';
import en_search from './en/search.json';
import en_common from './en/common.json';
import en_errors from './en/errors.json';
import en_validation from './en/validation.json';
import en_methodLabel from './en/methodLabel.json';
import en_contacts from './en/contacts.json';
import en_contactForm from './en/contactForm.json';
import en_companies from './en/companies.json';
import en_companyForm from './en/companyForm.json';
import en_settings from './en/settings.json';
import en_sync from './en/sync.json';
import en_lifecycle from './en/lifecycle.json';
import en_imports from './en/imports.json';
import en_exports from './en/exports.json';
import en_duplicates from './en/duplicates.json';
import en_labels from './en/labels.json';
import en_relationships from './en/relationships.json';
import en_customFields from './en/customFields.json';
import en_segments from './en/segments.json';
import en_interactions from './en/interactions.json';
import en_reminders from './en/reminders.json';
import en_today from './en/today.json';
import en_calendar from './en/calendar.json';
import en_deals from './en/deals.json';
import en_cases from './en/cases.json';
import en_sales from './en/sales.json';
import hi_app from './hi/app.json';
import hi_nav from './hi/nav.json';
import hi_search from './hi/search.json';
import hi_common from './hi/common.json';
import hi_errors from './hi/errors.json';
import hi_validation from './hi/validation.json';
import hi_methodLabel from './hi/methodLabel.json';
import hi_contacts from './hi/contacts.json';
import hi_contactForm from './hi/contactForm.json';
import hi_companies from './hi/companies.json';
import hi_companyForm from './hi/companyForm.json';
import hi_settings from './hi/settings.json';
import hi_sync from './hi/sync.json';
import hi_lifecycle from './hi/lifecycle.json';
import hi_imports from './hi/imports.json';
import hi_exports from './hi/exports.json';
import hi_duplicates from './hi/duplicates.json';
import hi_labels from './hi/labels.json';
import hi_relationships from './hi/relationships.json';
import hi_customFields from './hi/customFields.json';
import hi_segments from './hi/segments.json';
import hi_interactions from './hi/interactions.json';
import hi_reminders from './hi/reminders.json';
import hi_today from './hi/today.json';
import hi_calendar from './hi/calendar.json';
import hi_deals from './hi/deals.json';
import hi_cases from './hi/cases.json';
import hi_sales from './hi/sales.json';
import ta_app from './ta/app.json';
import ta_nav from './ta/nav.json';
import ta_search from './ta/search.json';
import ta_common from './ta/common.json';
import ta_errors from './ta/errors.json';
import ta_validation from './ta/validation.json';
import ta_methodLabel from './ta/methodLabel.json';
import ta_contacts from './ta/contacts.json';
import ta_contactForm from './ta/contactForm.json';
import ta_companies from './ta/companies.json';
import ta_companyForm from './ta/companyForm.json';
import ta_settings from './ta/settings.json';
import ta_sync from './ta/sync.json';
import ta_lifecycle from './ta/lifecycle.json';
import ta_imports from './ta/imports.json';
import ta_exports from './ta/exports.json';
import ta_duplicates from './ta/duplicates.json';
import ta_labels from './ta/labels.json';
import ta_relationships from './ta/relationships.json';
import ta_customFields from './ta/customFields.json';
import ta_segments from './ta/segments.json';
import ta_interactions from './ta/interactions.json';
import ta_reminders from './ta/reminders.json';
import ta_today from './ta/today.json';
import ta_calendar from './ta/calendar.json';
import ta_deals from './ta/deals.json';
import ta_cases from './ta/cases.json';
import ta_sales from './ta/sales.json';

export const en = {
  app: en_app,
  nav: en_nav,
  search: en_search,
  common: en_common,
  errors: en_errors,
  validation: en_validation,
  methodLabel: en_methodLabel,
  contacts: en_contacts,
  contactForm: en_contactForm,
  companies: en_companies,
  companyForm: en_companyForm,
  settings: en_settings,
  sync: en_sync,
  lifecycle: en_lifecycle,
  imports: en_imports,
  exports: en_exports,
  duplicates: en_duplicates,
  labels: en_labels,
  relationships: en_relationships,
  customFields: en_customFields,
  segments: en_segments,
  interactions: en_interactions,
  reminders: en_reminders,
  today: en_today,
  calendar: en_calendar,
  deals: en_deals,
  cases: en_cases,
  sales: en_sales,
};

export const hi = {
  app: hi_app,
  nav: hi_nav,
  search: hi_search,
  common: hi_common,
  errors: hi_errors,
  validation: hi_validation,
  methodLabel: hi_methodLabel,
  contacts: hi_contacts,
  contactForm: hi_contactForm,
  companies: hi_companies,
  companyForm: hi_companyForm,
  settings: hi_settings,
  sync: hi_sync,
  lifecycle: hi_lifecycle,
  imports: hi_imports,
  exports: hi_exports,
  duplicates: hi_duplicates,
  labels: hi_labels,
  relationships: hi_relationships,
  customFields: hi_customFields,
  segments: hi_segments,
  interactions: hi_interactions,
  reminders: hi_reminders,
  today: hi_today,
  calendar: hi_calendar,
  deals: hi_deals,
  cases: hi_cases,
  sales: hi_sales,
};

export const ta = {
  app: ta_app,
  nav: ta_nav,
  search: ta_search,
  common: ta_common,
  errors: ta_errors,
  validation: ta_validation,
  methodLabel: ta_methodLabel,
  contacts: ta_contacts,
  contactForm: ta_contactForm,
  companies: ta_companies,
  companyForm: ta_companyForm,
  settings: ta_settings,
  sync: ta_sync,
  lifecycle: ta_lifecycle,
  imports: ta_imports,
  exports: ta_exports,
  duplicates: ta_duplicates,
  labels: ta_labels,
  relationships: ta_relationships,
  customFields: ta_customFields,
  segments: ta_segments,
  interactions: ta_interactions,
  reminders: ta_reminders,
  today: ta_today,
  calendar: ta_calendar,
  deals: ta_deals,
  cases: ta_cases,
  sales: ta_sales,
};
