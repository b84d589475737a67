import { describe, expect, it } from 'vitest';
import { parseGraph } from '../../model/parse.ts';
import {
  addActor,
  addAlias,
  addEvidence,
  addRelation,
  addSource,
  deleteRelation,
  planDeleteActor,
  planRemoveEvidence,
  quoteAt,
  reverseRelation,
  setPosition,
  slugify,
  updateActor,
  updateEvidence,
  updateRelation,
  updateSource,
} from './ops.ts';
import { draft, SOURCE_TEXT, spanOf } from './test-draft.ts';
import { DocError } from './types.ts';

const code = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    return e instanceof DocError ? e.code : `not a DocError: ${String(e)}`;
  }
  return 'no error';
};

describe('ids', () => {
  it('slugs the English name and never collides, across actors, relations and sources', () => {
    let g = draft();
    const first = addActor(g, { kind: 'state', name: { en: 'Russia', ar: 'روسيا' } });
    expect(first.id).toBe('russia-2');
    g = first.graph;
    expect(addActor(g, { kind: 'state', name: { en: 'RUSSIA ' } }).id).toBe('russia-3');
    // A relation id is in the same space as actor ids.
    expect(addActor(g, { kind: 'state', name: { en: 'ru tj accusation' } }).id).toBe(
      'ru-tj-accusation-2',
    );
    expect(addActor(g, { kind: 'bloc', name: { en: 'Source' } }).id).toBe('source');
    expect(addActor(g, { kind: 'bloc', name: { en: 'src' } }).id).toBe('src-2');
  });

  it('makes readable slugs from any script, with a fallback for names that give none', () => {
    expect(slugify('Islamic State – Khorasan (ISIS-K)')).toBe('islamic-state-khorasan-isis-k');
    expect(slugify('Côte d’Ivoire')).toBe('cote-d-ivoire');
    expect(slugify('طاجيكستان')).toBe('طاجيكستان');
    const g = draft();
    expect(addActor(g, { kind: 'state', name: { en: '', ar: 'أرمينيا' } }).id).toBe('ارمينيا');
    expect(addActor(g, { kind: 'state', name: { en: '!!!' } }).id).toBe('actor');
  });

  it('keeps an id given for the new actor when free, and makes a free one when not', () => {
    const g = draft();
    expect(addActor(g, { id: '__proto__', kind: 'state', name: { en: 'X' } }).id).toBe('__proto__');
    expect(addActor(g, { id: 'tajikistan', kind: 'state', name: { en: 'X' } }).id).toBe(
      'tajikistan-2',
    );
  });
});

describe('sources and quotes', () => {
  it('takes the quote from the text at the offsets, without the spaces around a selection', () => {
    const words = 'وتنفي طاجيكستان ذلك.';
    const { start, end } = spanOf(words);
    const q = quoteAt(draft(), { source: 'src', start: start - 1, end });
    expect(q.quote).toBe(words);
    expect(q.at).toEqual({ start, end });
    expect(SOURCE_TEXT.slice(q.at.start, q.at.end)).toBe(q.quote);
  });

  it('refuses offsets outside the text, empty or spaces-only selections, and split characters', () => {
    const g = addSource(draft(), { language: 'en', title: { en: 'Emoji' }, text: 'a 😀 b' });
    expect(g.id).toBe('emoji');
    const cases: [number, number, string][] = [
      [-1, 3, 'bad-span'],
      [0, 999, 'bad-span'],
      [4, 4, 'bad-span'],
      [1, 2, 'empty-quote'],
      [2, 3, 'bad-span'], // half of the emoji
      [0.5, 2, 'bad-span'],
    ];
    for (const [start, end, expected] of cases)
      expect(code(() => quoteAt(g.graph, { source: 'emoji', start, end }))).toBe(expected);
    expect(quoteAt(g.graph, { source: 'emoji', start: 2, end: 4 }).quote).toBe('😀');
    expect(code(() => quoteAt(g.graph, { source: 'nope', start: 0, end: 1 }))).toBe(
      'unknown-source',
    );
  });

  it('keeps a source text as given, and fixes it once a quote stands on it', () => {
    const text = '  Spaces  kept.\n';
    const added = addSource(draft(), { language: 'en', text });
    expect(added.graph.sources.at(-1)!.text).toBe(text);
    expect(added.id).toBe('source');
    expect(updateSource(added.graph, 'source', { text: 'other' }).sources.at(-1)!.text).toBe(
      'other',
    );
    expect(code(() => updateSource(draft(), 'src', { text: 'other' }))).toBe('text-in-use');
    const renamed = updateSource(draft(), 'src', { outlet: 'Wire' });
    expect(renamed.sources[0]).toMatchObject({ outlet: 'Wire', deskNote: 'filed' });
  });
});

describe('actors', () => {
  it('edits an actor, keeping its unknown fields; undefined removes an optional field', () => {
    const g = updateActor(draft(), 'russia', { wikidata: 'Q159', kind: 'former-state' });
    expect(g.actors[0]).toMatchObject({
      wikidata: 'Q159',
      kind: 'former-state',
      deskNote: 'about russia',
    });
    expect(updateActor(g, 'russia', { wikidata: undefined }).actors[0]).not.toHaveProperty(
      'wikidata',
    );
    const same = draft();
    expect(updateActor(same, 'russia', { kind: 'state' })).toBe(same);
    expect(code(() => updateActor(same, 'nobody', { kind: 'state' }))).toBe('unknown-actor');
  });

  it('adds an alias once, not when it repeats the name or another alias', () => {
    let g = addAlias(draft(), 'russia', 'ar', '  موسكو ');
    expect(g.actors[0]!.aliases).toEqual({ ar: ['موسكو'] });
    const again = addAlias(g, 'russia', 'ar', 'موسكو');
    expect(again).toBe(g);
    expect(addAlias(g, 'russia', 'en', 'russia')).toBe(g);
    g = addAlias(g, 'russia', 'en', 'the Kremlin');
    expect(g.actors[0]!.aliases).toEqual({ ar: ['موسكو'], en: ['the Kremlin'] });
  });

  it('places an actor, refusing positions off the canvas', () => {
    const g = setPosition(draft(), 'csto', { x: 10, y: -20 });
    expect(g.actors[2]!.position).toEqual({ x: 10, y: -20 });
    expect(setPosition(g, 'csto', { x: 10, y: -20 })).toBe(g);
    expect(code(() => setPosition(g, 'csto', { x: NaN, y: 0 }))).toBe('bad-position');
    expect(code(() => setPosition(g, 'csto', { x: 2e6, y: 0 }))).toBe('bad-position');
  });

  it('says what goes with a deleted actor, and keeps its words as speaker elsewhere', () => {
    let g = addActor(draft(), { kind: 'bloc', name: { en: 'EU', ar: 'الاتحاد الأوروبي' } }).graph;
    g = addRelation(g, {
      source: 'csto',
      target: 'eu',
      kind: 'criticism',
      evidence: [{ ...spanOf('وتنفي طاجيكستان ذلك.'), speaker: 'tajikistan' }],
    }).graph;
    const plan = planDeleteActor(g, 'tajikistan');
    expect(plan.relations).toEqual([
      { id: 'ru-tj-accusation', evidence: 2 },
      { id: 'ru-tj-alliance', evidence: 1 },
    ]);
    expect(plan.evidence).toBe(3);
    expect(plan.speakerKept).toBe(1);
    const after = plan.result;
    expect(after.actors.map((a) => a.id)).toEqual(['russia', 'csto', 'eu']);
    expect(after.relations.map((r) => r.id)).toEqual(['csto-eu-criticism']);
    const e = after.relations[0]!.evidence[0]!;
    expect(e.speaker).toBeUndefined();
    expect(e.speakerLabel).toEqual({ en: 'Tajikistan', ar: 'طاجيكستان' });
  });
});

describe('relations', () => {
  it('makes a relation from a quote by offsets, with the kind’s defaults, and it validates', () => {
    const span = spanOf('وطاجيكستان وروسيا');
    const { graph, id } = addRelation(draft(), {
      source: 'tajikistan',
      target: 'csto',
      kind: 'membership',
      summary: { en: 'Member', ar: 'عضو' },
      evidence: [{ ...span, translation: { en: 'Tajikistan and Russia' } }],
    });
    const r = graph.relations.find((x) => x.id === id)!;
    expect(id).toBe('tajikistan-csto-membership');
    expect(r).toMatchObject({ directed: true, tension: -2 });
    expect(r.evidence[0]).toMatchObject({
      quote: 'وطاجيكستان وروسيا',
      at: { start: span.start, end: span.end },
    });
    const parsed = parseGraph(graph);
    expect(parsed.ok ? [] : parsed.problems).toEqual([]);
  });

  it('refuses a relation with one end, an unknown end or no quote', () => {
    const g = draft();
    const ev = [spanOf('وتنفي')];
    expect(
      code(() => addRelation(g, { source: 'russia', target: 'russia', kind: 'war', evidence: ev })),
    ).toBe('self-loop');
    expect(
      code(() => addRelation(g, { source: 'russia', target: 'x', kind: 'war', evidence: ev })),
    ).toBe('unknown-actor');
    expect(
      code(() => addRelation(g, { source: 'russia', target: 'csto', kind: 'war', evidence: [] })),
    ).toBe('no-evidence');
    expect(code(() => updateRelation(g, 'ru-tj-alliance', { target: 'russia' }))).toBe('self-loop');
  });

  it('reverses a direction, edits a relation and deletes one, keeping unknown fields', () => {
    const g = reverseRelation(draft(), 'ru-tj-accusation');
    expect(g.relations[0]).toMatchObject({
      source: 'tajikistan',
      target: 'russia',
      deskNote: 'on ru-tj-accusation',
    });
    expect(reverseRelation(g, 'ru-tj-accusation').relations[0]).toMatchObject({
      source: 'russia',
      target: 'tajikistan',
    });
    const edited = updateRelation(g, 'ru-tj-alliance', { tension: -1, kind: 'cooperation' });
    expect(edited.relations[1]).toMatchObject({
      tension: -1,
      kind: 'cooperation',
      deskNote: 'on ru-tj-alliance',
    });
    expect(deleteRelation(edited, 'ru-tj-alliance').relations.map((r) => r.id)).toEqual([
      'ru-tj-accusation',
    ]);
    expect(code(() => deleteRelation(edited, 'gone'))).toBe('unknown-relation');
  });
});

describe('evidence', () => {
  it('adds a quote once, edits its fields and re-anchors it by new offsets', () => {
    const span = spanOf('وطاجيكستان وروسيا');
    const added = addEvidence(draft(), 'ru-tj-accusation', { ...span, stance: 'asserts' });
    expect(added.index).toBe(2);
    const again = addEvidence(added.graph, 'ru-tj-accusation', span);
    expect(again).toEqual({ graph: added.graph, index: 2 });
    const noted = updateEvidence(added.graph, 'ru-tj-accusation', 0, { note: 'checked twice' });
    expect(noted.relations[0]!.evidence[0]).toMatchObject({
      note: 'checked twice',
      deskNote: 'checked',
    });
    const moved = updateEvidence(noted, 'ru-tj-accusation', 2, { span: spanOf('حليفتان') });
    expect(moved.relations[0]!.evidence[2]).toMatchObject({ quote: 'حليفتان', stance: 'asserts' });
    // The quote itself is not a field one can type into.
    const typed = updateEvidence(noted, 'ru-tj-accusation', 2, { quote: 'invented' } as never);
    expect(typed).toBe(noted);
  });

  it('removing the last quote of a relation removes the relation, and says so first', () => {
    const g = draft();
    const one = planRemoveEvidence(g, 'ru-tj-accusation', 1);
    expect(one.removesRelation).toBe(false);
    expect(one.result.relations[0]!.evidence).toHaveLength(1);
    const last = planRemoveEvidence(g, 'ru-tj-alliance', 0);
    expect(last.removesRelation).toBe(true);
    expect(last.result.relations.map((r) => r.id)).toEqual(['ru-tj-accusation']);
    expect(code(() => planRemoveEvidence(g, 'ru-tj-alliance', 1))).toBe('unknown-evidence');
  });
});
