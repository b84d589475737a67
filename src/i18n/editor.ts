/**
 * The editor's own strings (locales/editor/*.json), kept out of the reader's locales: the app and
 * the embed bundle their locales whole, and every reader would download the editor's ~37 KB of
 * labels, hints and messages in two languages to read a graph. The editor adds them to its
 * translator; the keys are typed with the rest (i18n.ts).
 */
import type { i18n } from 'i18next';
import { LANGUAGE_CODES, type Language } from '../model/vocabulary.ts';
import { createI18n } from './i18n.ts';
import ar from './locales/editor/ar.json' with { type: 'json' };
import en from './locales/editor/en.json' with { type: 'json' };

export const editorResources = { en, ar } as const;

/** A translator with the reader's strings and the editor's. */
export function createEditorI18n(lang: Language): i18n {
  const instance = createI18n(lang);
  for (const code of LANGUAGE_CODES)
    instance.addResourceBundle(code, 'translation', editorResources[code], true, false);
  return instance;
}
