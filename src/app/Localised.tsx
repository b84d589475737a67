import { useEffect, useState, type ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { createI18n } from '../i18n/i18n.ts';
import { useAppStore, useAppStoreApi } from '../store/context.tsx';

/** This app's own i18next instance, created in the store's language and kept in step with it. */
export function Localised({ children }: { children: ReactNode }) {
  const store = useAppStoreApi();
  const [i18n] = useState(() => createI18n(store.getState().lang));
  const lang = useAppStore((s) => s.lang);
  useEffect(() => {
    void i18n.changeLanguage(lang);
  }, [i18n, lang]);
  return <I18nextProvider i18n={i18n}>{children}</I18nextProvider>;
}
