import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en, hi, ta } from './catalogues';

export const resources = { en: { translation: en }, hi: { translation: hi }, ta: { translation: ta } } as const;

// Catalogues are bundled, so initialisation is synchronous and the first render is already translated.
void i18n.use(initReactI18next).init({
  resources,
  lng: 'en',
  fallbackLng: 'en',
  initAsync: false,
  // React escapes every interpolated value; escaping here too would show "&amp;" in names.
  interpolation: { escapeValue: false },
  react: { useSuspense: false },
});

export { i18n };
