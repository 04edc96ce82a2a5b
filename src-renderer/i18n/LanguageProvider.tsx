import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { Language, Settings } from '../../src-shared/contract/system';
import { api } from '../api/client';
import { i18n } from './setup';
import { resolveLanguage } from './languages';

interface LanguageState {
  setting: Settings['language'];
  systemLocale: string;
  language: Language;
  /** Stores the choice through the core, then switches the UI. */
  change(setting: Settings['language']): Promise<void>;
}

const LanguageContext = createContext<LanguageState | null>(null);

function apply(language: Language) {
  void i18n.changeLanguage(language);
  document.documentElement.lang = language;
}

/** Loads the stored language setting before the first screen, so the UI never flashes English. */
export function LanguageProvider({ children, fallback }: { children: ReactNode; fallback: ReactNode }) {
  const [state, setState] = useState<{ setting: Settings['language']; systemLocale: string }>();

  useEffect(() => {
    let isCurrent = true;
    Promise.all([api.system.getSettings({}), api.system.info({})]).then(
      ([settings, info]) => {
        if (!isCurrent) return;
        apply(resolveLanguage(settings.language, info.systemLocale));
        setState({ setting: settings.language, systemLocale: info.systemLocale });
      },
      // Without settings the app still opens (in English) and shows the core's error where data loads.
      () => {
        if (!isCurrent) return;
        apply(resolveLanguage('auto', navigator.language));
        setState({ setting: 'auto', systemLocale: navigator.language });
      },
    );
    return () => {
      isCurrent = false;
    };
  }, []);

  const systemLocale = state?.systemLocale ?? navigator.language;
  const change = useCallback(
    async (setting: Settings['language']) => {
      const saved = await api.system.updateSettings({ language: setting });
      apply(resolveLanguage(saved.language, systemLocale));
      setState({ setting: saved.language, systemLocale });
    },
    [systemLocale],
  );

  const value = useMemo(
    () => (state ? { ...state, language: resolveLanguage(state.setting, state.systemLocale), change } : null),
    [state, change],
  );
  if (!value) return fallback;
  return <LanguageContext value={value}>{children}</LanguageContext>;
}

export function useLanguage(): LanguageState {
  const value = useContext(LanguageContext);
  if (!value) throw new Error('useLanguage outside LanguageProvider');
  return value;
}
