import { describe, expect, it } from 'vitest';
import { computeVisibility, ALL_FILTERS } from './filter.ts';
import { indexGraph } from './graph.ts';
import { neighbourhood } from './neighbourhood.ts';
import { normalizeForSearch, searchActors } from './search.ts';
import { testGraphFile } from './test-graph.ts';

const file = testGraphFile();
file.actors[2]!.aliases = {
  en: ['Collective Security Treaty Organization'],
  ar: ['منظمة الأمن الجماعي'],
};
file.actors.push({
  id: 'isis-k',
  kind: 'armed-group',
  name: { en: 'ISIS-K', ar: 'داعش ولاية خراسان' },
  aliases: { en: ['Islamic State Khorasan'], ar: ['داعش'] },
});
const graph = indexGraph(file);

describe('searchActors', () => {
  it('finds by name or alias in either language', () => {
    expect(searchActors(graph, 'russ').map((h) => h.actor.id)).toEqual(['russia']);
    expect(searchActors(graph, 'روسيا').map((h) => h.actor.id)).toEqual(['russia']);
    expect(searchActors(graph, 'khorasan')[0]?.actor.id).toBe('isis-k');
    expect(searchActors(graph, 'داعش')[0]).toEqual({
      actor: graph.actorById.get('isis-k'),
      matched: 'داعش ولاية خراسان',
    });
    expect(searchActors(graph, 'security treaty')[0]?.matched).toBe(
      'Collective Security Treaty Organization',
    );
  });

  it('ignores case, accents, Arabic diacritics, hamza forms and tatweel', () => {
    expect(normalizeForSearch('ÉLAN')).toBe('elan');
    expect(normalizeForSearch('أرمينيا')).toBe(normalizeForSearch('ارمينيا'));
    expect(normalizeForSearch('روسـيـا')).toBe('روسيا');
    expect(normalizeForSearch('رُوسِيَا')).toBe('روسيا');
    expect(searchActors(graph, 'طاجيكستان')[0]?.actor.id).toBe('tajikistan');
    expect(searchActors(graph, '   ')).toEqual([]);
  });
});

describe('neighbourhood', () => {
  it('collects actors and relations within the given steps, over visible relations only', () => {
    const all = computeVisibility(graph, ALL_FILTERS);
    const one = neighbourhood(graph, all, 'russia', 1);
    expect([...one.actorIds].sort()).toEqual(['russia', 'tajikistan']);
    expect(one.relationIds.size).toBe(2);
    expect([...neighbourhood(graph, all, 'csto', 2).actorIds]).toEqual(['csto']);
    const none = computeVisibility(graph, { ...ALL_FILTERS, tensions: [] });
    expect([...neighbourhood(graph, none, 'russia', 2).actorIds]).toEqual(['russia']);
  });
});
