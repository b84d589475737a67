import { describe, expect, it } from 'vitest';
import {
  ACTOR_KINDS,
  RELATION_KIND_IDS,
  TENSION_LEVELS,
  tensionName,
} from '../model/vocabulary.ts';
import { createI18n, resources } from './i18n.ts';

/** Keys without their plural suffix, so Arabic's six plural forms match English's two. */
function keys(obj: object, prefix = ''): Set<string> {
  const out = new Set<string>();
  for (const [k, v] of Object.entries(obj)) {
    const key = `${prefix}${k.replace(/_(zero|one|two|few|many|other)$/, '')}`;
    if (v && typeof v === 'object') keys(v, `${key}.`).forEach((x) => out.add(x));
    else out.add(key);
  }
  return out;
}

describe('translations', () => {
  it('gives English and Arabic the same keys', () => {
    expect([...keys(resources.ar.translation)].sort()).toEqual(
      [...keys(resources.en.translation)].sort(),
    );
  });

  it('translates every vocabulary term into both languages', () => {
    for (const lng of ['en', 'ar'] as const) {
      const t = createI18n(lng).getFixedT(lng);
      const terms = [
        ...RELATION_KIND_IDS.map((k) => t(`kind.${k}`)),
        ...ACTOR_KINDS.map((k) => t(`actorKind.${k}`)),
        ...TENSION_LEVELS.map((l) => t(`tension.${tensionName(l)}`)),
      ];
      // A missing key comes back as the key itself.
      for (const term of terms) expect(term, lng).not.toMatch(/^(kind|actorKind|tension)\./);
    }
  });

  it('a misspelt or missing key is a type error', () => {
    const t = createI18n('en').getFixedT('en');
    // @ts-expect-error -- no such key in the locales: tsc fails here if keys stop being typed.
    expect(t('evidence.headign')).toBe('evidence.headign');
    expect(t('evidence.heading')).toBe(resources.en.translation.evidence.heading);
  });

  it('uses Arabic plural forms', () => {
    const t = createI18n('ar').getFixedT('ar');
    expect(t('evidence.sentences', { count: 1 })).toBe('جملة واحدة');
    expect(t('evidence.sentences', { count: 2 })).toBe('جملتان');
    expect(t('evidence.sentences', { count: 5 })).toBe('5 جمل');
    expect(t('evidence.sentences', { count: 11 })).toBe('11 جملة');
  });

  // The app's path: one instance per mounted app, and a translator fixed to the app's language
  // (TranslationProvider's getFixedT), never a language switched on a shared instance.
  it('gives each mounted app its own translator in its own language', () => {
    const english = createI18n('en');
    const arabic = createI18n('ar');
    expect(arabic.getFixedT('ar')('evidence.heading')).toBe(
      resources.ar.translation.evidence.heading,
    );
    expect(english.getFixedT('en')('evidence.heading')).toBe(
      resources.en.translation.evidence.heading,
    );
    // A language switch in one app is a new fixed translator; the other app's is untouched.
    expect(english.getFixedT('ar')('evidence.heading')).toBe(
      resources.ar.translation.evidence.heading,
    );
    expect(arabic.getFixedT('ar')('legend.heading')).toBe(resources.ar.translation.legend.heading);
    expect(english.getFixedT('en')('legend.heading')).toBe(resources.en.translation.legend.heading);
  });
});
