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
  const value = useMemo(() => ({ t: remembered(i18n.getFixedT(lang)), i18n }), [i18n, lang]);
  return <TranslationContext.Provider value={value}>{children}</TranslationContext.Provider>;
}

/**
 * The translator, remembering what it gave for a key without options. Most of the interface's
 * words are such keys (a button, a relation kind), and an i18next lookup walks its resources,
 * formatters and interpolation every time: the editor's review queue and article asked for
 * thousands of them per change, most of a frame. The resources never change under a mounted app,
 * and another language is another translator, so a key's text is the same for its lifetime.
 */
function remembered(t: TFunction): TFunction {
  const known = new Map<string, string>();
  const call = t as unknown as (...args: unknown[]) => unknown;
  return ((key: unknown, ...rest: unknown[]) => {
    if (rest.length > 0 || typeof key !== 'string') return call(key, ...rest);
    let text = known.get(key);
    if (text === undefined) {
      const result = call(key);
      if (typeof result !== 'string') return result;
      known.set(key, (text = result));
    }
    return text;
  }) as unknown as TFunction;
}

export function useTranslation(): Translation {
  const value = useContext(TranslationContext);
  if (!value) throw new Error('useTranslation needs a TranslationProvider above it');
  return value;
}
