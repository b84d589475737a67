/**
 * One i18next instance per mounted app (like the store): two embeds in different languages on
 * one page must not switch each other. Resources are bundled, so init is synchronous.
 */
import i18next, { type i18n } from 'i18next';
import { LANGUAGE_CODES, type Language } from '../model/vocabulary.ts';
import ar from './locales/ar.json' with { type: 'json' };
import en from './locales/en.json' with { type: 'json' };
import type editorEn from './locales/editor/en.json';

export const resources = { en: { translation: en }, ar: { translation: ar } } as const;

export function createI18n(lang: Language): i18n {
  const instance = i18next.createInstance();
  void instance.init({
    resources,
    lng: lang,
    fallbackLng: 'en',
    supportedLngs: LANGUAGE_CODES,
    initAsync: false,
    interpolation: { escapeValue: false }, // React escapes; i18next must not double-escape.
    // Keys are dotted paths in one namespace. Saying so spares every t() call i18next's test of
    // whether a key is a natural-language sentence (a quarter of its time in the evidence panel).
    keySeparator: '.',
    nsSeparator: false,
    returnEmptyString: false,
  });
  return instance;
}

/** Locale for dates and numbers; the article itself writes Western digits, so Arabic does too. */
export function intlLocale(lang: Language): string {
  return lang === 'ar' ? 'ar-u-nu-latn' : 'en-GB';
}

/**
 * Translation keys are typed: a key missing from the English locale, or misspelt, is a type error
 * at its call site (i18next reads the key paths off en.json; i18n.test.ts checks that Arabic has
 * every key English has).
 */
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    // The editor's strings are typed too, though only its translator has them (editor.ts).
    resources: { translation: typeof en & typeof editorEn };
    keySeparator: '.';
    nsSeparator: false;
  }
}
