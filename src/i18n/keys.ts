/**
 * Translation keys as a type. Every `t('…')` call is checked against en.json (the declaration in
 * i18n.ts); this is for the few places that pick a key at run time among checked ones (a
 * problem's key, a notice's, a refusal's reason) and pass it values: i18next's key-by-key
 * interpolation types cannot follow a union of keys, so those call through `keyed(t)`, which
 * still refuses any key the locales do not have.
 */
import type { ParseKeys, TFunction } from 'i18next';

export type TranslationKey = ParseKeys<'translation'>;

export type KeyedT = (key: TranslationKey, values?: Readonly<Record<string, unknown>>) => string;

export function keyed(t: TFunction): KeyedT {
  return t as unknown as KeyedT;
}
