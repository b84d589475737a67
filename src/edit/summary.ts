/**
 * A relation's summary until its author writes one: its two actors and its kind, in each
 * language ("Russia → Ukraine: accusation", «روسيا ← أوكرانيا: اتهام»). A summary is required
 * in both languages; this one says nothing the relation's fields do not, so it adds no claim.
 */
import type { TFunction } from 'i18next';
import type { Actor } from '../model/schema.ts';
import type { RelationKind } from '../model/vocabulary.ts';

export function defaultSummary(
  translators: { en: TFunction; ar: TFunction },
  source: Actor | undefined,
  target: Actor | undefined,
  kind: RelationKind,
  directed: boolean,
): { en: string; ar: string } {
  const line = (lang: 'en' | 'ar') => {
    const t = translators[lang];
    const a = source?.name[lang] || source?.name.en || source?.name.ar || '';
    const b = target?.name[lang] || target?.name.en || target?.name.ar || '';
    if (!a || !b) return '';
    const arrow = directed ? t('editor.arrow') : '–';
    return `${a} ${arrow} ${b}: ${t(`kind.${kind}`)}`;
  };
  return { en: line('en'), ar: line('ar') };
}

/** The summary to store: the author's where given, else the default, per language. */
export function filledSummary(
  given: { en: string; ar: string },
  fallback: { en: string; ar: string },
): { en: string; ar: string } {
  return { en: given.en.trim() || fallback.en, ar: given.ar.trim() || fallback.ar };
}
