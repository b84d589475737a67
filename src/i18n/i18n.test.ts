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
      const t = createI18n(lng).t;
      const terms = [
        ...RELATION_KIND_IDS.map((k) => `kind.${k}`),
        ...ACTOR_KINDS.map((k) => `actorKind.${k}`),
        ...TENSION_LEVELS.map((l) => `tension.${tensionName(l)}`),
      ];
      for (const key of terms) expect(t(key), `${lng}:${key}`).not.toBe(key);
    }
  });

  it('uses Arabic plural forms', () => {
    const t = createI18n('ar').t;
    expect(t('evidence.sentences', { count: 1 })).toBe('جملة واحدة');
    expect(t('evidence.sentences', { count: 2 })).toBe('جملتان');
    expect(t('evidence.sentences', { count: 5 })).toBe('5 جمل');
    expect(t('evidence.sentences', { count: 11 })).toBe('11 جملة');
  });

  it('keeps two instances independent', () => {
    const a = createI18n('en');
    const b = createI18n('ar');
    void a.changeLanguage('ar');
    expect(b.language).toBe('ar');
    void b.changeLanguage('en');
    expect(a.t('evidence.heading')).toBe('الدليل');
  });
});
