import { useState, type ReactNode } from 'react';
import { createI18n } from '../i18n/i18n.ts';
import { TranslationProvider } from '../i18n/react.tsx';
import { useAppStore, useAppStoreApi } from '../store/context.tsx';

/** This app's own i18next instance, and its subtree translated into the store's language. */
export function Localised({ children }: { children: ReactNode }) {
  const store = useAppStoreApi();
  const [i18n] = useState(() => createI18n(store.getState().lang));
  const lang = useAppStore((s) => s.lang);
  return (
    <TranslationProvider i18n={i18n} lang={lang}>
      {children}
    </TranslationProvider>
  );
}
