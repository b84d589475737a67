// @vitest-environment happy-dom
import { cleanup, render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import {
  ACTOR_KINDS,
  RELATION_KIND_IDS,
  TENSION_LEVELS,
  tensionName,
  type Language,
} from '../model/vocabulary.ts';
import { createEditorI18n, editorResources } from './editor.ts';
import { createI18n, resources } from './i18n.ts';
import { TranslationProvider, useTranslation } from './react.tsx';

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

  it("gives the editor's strings the same keys in English and Arabic", () => {
    expect([...keys(editorResources.ar)].sort()).toEqual([...keys(editorResources.en)].sort());
  });

  it("keeps the editor's strings out of the reader's translator, and gives them to the editor's", () => {
    // The app and the embed bundle the reader's locales whole: the editor's must not ride along.
    expect(Object.keys(resources.en.translation)).not.toContain('editor');
    expect(Object.keys(resources.ar.translation)).not.toContain('editor');
    expect(createI18n('en').exists('editor.start.submit')).toBe(false);
    for (const lang of ['en', 'ar'] as const) {
      const t = createEditorI18n(lang).getFixedT(lang);
      expect(t('editor.start.submit')).toBe(editorResources[lang].editor.start.submit);
      expect(t('evidence.heading')).toBe(resources[lang].translation.evidence.heading);
    }
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

  // The app's path: each mounted app gets its own instance (Localised) and components read `t`
  // through TranslationProvider and useTranslation, fixed to the store's language.
  it('translates components through the provider, each app in its own language', () => {
    const Heading = () => <h2>{useTranslation().t('evidence.heading')}</h2>;
    const apps = (first: Language, second: Language) => (
      <>
        <TranslationProvider i18n={english} lang={first}>
          <Heading />
        </TranslationProvider>
        <TranslationProvider i18n={arabic} lang={second}>
          <Heading />
        </TranslationProvider>
      </>
    );
    const english = createI18n('en');
    const arabic = createI18n('ar');
    const { container, rerender } = render(apps('en', 'ar'));
    const shown = () => [...container.querySelectorAll('h2')].map((h) => h.textContent);
    const { en, ar } = { en: resources.en.translation, ar: resources.ar.translation };
    expect(shown()).toEqual([en.evidence.heading, ar.evidence.heading]);
    // The first app switches to Arabic; the second, untouched, stays as it was.
    rerender(apps('ar', 'ar'));
    expect(shown()).toEqual([ar.evidence.heading, ar.evidence.heading]);
    rerender(apps('ar', 'en'));
    expect(shown()).toEqual([ar.evidence.heading, en.evidence.heading]);
    cleanup();
  });
});
