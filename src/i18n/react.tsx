/**
 * The binding between i18next and React: one context holding the translator for the current
 * language. A component reads it with one context lookup.
 *
 * It replaces react-i18next, whose `useTranslation` copies every property of the i18next
 * instance into a wrapper when a component mounts. Opening an actor's evidence mounts dozens of
 * small components (one attribution per quote): on the default graph a selection's work went
 * from about 16 to 14 ms without that copying (BENCHMARKS.md measures it).
 */
import type { i18n as I18n, TFunction } from 'i18next';
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import type { Language } from '../model/vocabulary.ts';

export interface Translation {
  /** Translates into the app's current language; a new function when the language changes. */
  t: TFunction;
  /** The app's own i18next instance, for a translator in a given language (`getFixedT`). */
  i18n: I18n;
}

const TranslationContext = createContext<Translation | null>(null);

export function TranslationProvider({
  i18n,
  lang,
  children,
}: {
  i18n: I18n;
  lang: Language;
  children: ReactNode;
}) {
  const value = useMemo(() => ({ t: i18n.getFixedT(lang), i18n }), [i18n, lang]);
  return <TranslationContext.Provider value={value}>{children}</TranslationContext.Provider>;
}

export function useTranslation(): Translation {
  const value = useContext(TranslationContext);
  if (!value) throw new Error('useTranslation needs a TranslationProvider above it');
  return value;
}
