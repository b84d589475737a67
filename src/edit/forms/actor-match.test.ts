import { describe, expect, it } from 'vitest';
import type { Actor } from '../../model/schema.ts';
import { actorNamed, matchActors } from './actor-match.ts';

const actors: Actor[] = [
  {
    id: 'russia',
    kind: 'state',
    name: { en: 'Russia', ar: 'روسيا' },
    aliases: { ar: ['موسكو'], en: ['Moscow'] },
  },
  {
    id: 'isis-k',
    kind: 'armed-group',
    name: { en: 'ISIS-K', ar: 'داعش خراسان' },
    aliases: { en: ['Islamic State Khorasan'] },
  },
  { id: 'prussia', kind: 'former-state', name: { en: 'Prussia', ar: 'بروسيا' } },
];

describe('actor type-ahead', () => {
  it('finds an actor by an alias in either language, spelling differences aside', () => {
    expect(matchActors(actors, 'مُوسكو')[0]).toMatchObject({ matched: 'موسكو', exact: true });
    expect(matchActors(actors, 'khorasan')[0]?.actor.id).toBe('isis-k');
  });

  it('ranks an exact name before a name that merely contains the query', () => {
    expect(matchActors(actors, 'russia').map((h) => h.actor.id)).toEqual(['russia', 'prussia']);
  });

  it('knows when a name is already taken, so no duplicate is made by accident', () => {
    expect(actorNamed(actors, ' RUSSIA ')?.id).toBe('russia');
    expect(actorNamed(actors, 'داعش  خراسان')?.id).toBe('isis-k');
    expect(actorNamed(actors, 'Russian')).toBeUndefined();
  });
});
