/** Nothing unreviewed reaches a reader: the store says how many suggestions it left out. */
import { describe, expect, it } from 'vitest';
import { createI18n } from '../i18n/i18n.ts';
import { indexGraph } from '../model/graph.ts';
import type { GraphFile } from '../model/schema.ts';
import { testGraphFile } from '../model/test-graph.ts';
import { createAppStore } from './store.ts';

function withSuggestions(count: number): GraphFile {
  const file = testGraphFile();
  for (let i = 0; i < count; i++)
    file.relations.push({
      ...structuredClone(file.relations[1]!),
      id: `suggested-${i}`,
      suggestion: { by: 'drafting assistant', confidence: 0.5, triggers: [] },
    });
  return file;
}

describe('unreviewed suggestions', () => {
  it('are not shown, and a notice says so in English and Arabic', () => {
    const store = createAppStore({ graph: indexGraph(withSuggestions(3)) });
    const notices = store.getState().notices.filter((n) => n.key === 'notice.unreviewed');
    expect(notices).toHaveLength(1);
    const say = (lang: 'en' | 'ar') => createI18n(lang).t(notices[0]!.key, notices[0]!.params);
    expect(say('en')).toMatch(/^3 unreviewed suggestions are not shown/);
    expect(say('ar')).toMatch(/^لا تُعرض 3 اقتراحات غير مُراجَعة/);
  });

  it('are counted again when another graph is opened, and no notice without any', () => {
    const store = createAppStore({ graph: indexGraph(testGraphFile()) });
    expect(store.getState().notices).toEqual([]);
    store.getState().setGraph(indexGraph(withSuggestions(1)));
    const [notice] = store.getState().notices;
    expect(createI18n('en').t(notice!.key, notice!.params)).toMatch(
      /^1 unreviewed suggestion is not shown/,
    );
  });
});
