/**
 * Property-based tests over random JSON and mutated graphs: the loader never throws, and whatever
 * it accepts keeps every invariant. The invariants are checked by oracles written here from the
 * format's rules (GUIDE §3), never by the code under test.
 */
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { parseGraph, parseGraphJson } from './parse.ts';
import { testGraphFile } from './test-graph.ts';

/**
 * GUIDE §3: a quote is a verbatim substring of its source, forgiving only canonical Unicode
 * equivalence (NFC) and runs of whitespace. Written independently of src/model/text.ts.
 */
function quotedIn(source: string, quote: string): boolean {
  const fold = (s: string) => s.normalize('NFC').split(/\s+/u).filter(Boolean).join(' ');
  const q = fold(quote);
  return q !== '' && fold(source).includes(q);
}

/** The first sentence of the source with «إ» decomposed (alef + hamza below): canonically equal. */
const CANONICAL_VARIANT = 'قالت روسيا يوم السبت إن'.replace('إ', 'ا\u0655');
/** Only compatibility-equal: «ل» as its medial presentation form; a full-width full stop. */
const COMPATIBILITY_VARIANTS = ['وتنفي طاجيكستان ذ\ufee0ك.', 'وتنفي طاجيكستان ذلك\uff0e'];

// Thousands of generated inputs: the timeout only guards against a hang (vitest's 5 s default
// failed on a machine busy with other work); how fast the loader is, the benchmark says.
describe('property-based', { timeout: 60_000 }, () => {
  it('the loader never throws on random JSON, and answers ok or a list of problems', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), (value) => {
        const r = parseGraphJson(JSON.stringify(value));
        return r.ok
          ? r.graph !== undefined
          : r.problems.length > 0 && r.problems.every((p) => typeof p.message === 'string');
      }),
      { numRuns: 1500 },
    );
  });

  it('never throws on random text either', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (s) => typeof parseGraphJson(s).ok === 'boolean'),
      {
        numRuns: 1500,
      },
    );
  });

  /** Random edits at random paths of a valid graph: whatever is accepted keeps every invariant. */
  const mutation = fc.oneof(
    fc.record({
      op: fc.constant('set' as const),
      path: fc.oneof(
        // Often right at a quote, so that the Unicode variants below meet the matcher.
        fc.constantFrom(
          ['relations', 0, 'evidence', 0, 'quote'],
          ['relations', 0, 'evidence', 1, 'quote'],
          ['relations', 1, 'evidence', 0, 'quote'],
        ),
        fc.array(
          fc.oneof(
            fc.nat(4),
            fc.constantFrom(
              'id',
              'source',
              'target',
              'quote',
              'tension',
              'kind',
              'actors',
              'relations',
              'evidence',
              'speaker',
              'name',
              'en',
            ),
          ),
          { minLength: 1, maxLength: 5 },
        ),
      ),
      value: fc.oneof(
        fc.jsonValue({ maxDepth: 2 }),
        fc.constantFrom('russia', 'tajikistan', 'csto', 'src', 'ru-tj-alliance', '', '__proto__'),
        // Quotes that differ from the source only by Unicode: one canonically equal (must be
        // accepted), two only compatibility-equal (a ligature, a presentation form: refused).
        fc.constantFrom(CANONICAL_VARIANT, ...COMPATIBILITY_VARIANTS),
      ),
    }),
    fc.record({
      op: fc.constant('duplicate' as const),
      list: fc.constantFrom('actors', 'relations', 'sources'),
    }),
  );

  function applyOne(
    g: Record<string, unknown>,
    m:
      | { op: 'set'; path: readonly (string | number)[]; value: unknown }
      | { op: 'duplicate'; list: string },
  ) {
    if (m.op === 'duplicate') {
      const list = g[m.list];
      if (Array.isArray(list) && list.length > 0) list.push(structuredClone(list[0]));
      return;
    }
    let node: unknown = g;
    for (const key of m.path.slice(0, -1)) {
      if (typeof node !== 'object' || node === null) return;
      node = (node as Record<string | number, unknown>)[key];
    }
    if (typeof node === 'object' && node !== null && !Object.isFrozen(node))
      (node as Record<string | number, unknown>)[m.path[m.path.length - 1]!] = m.value;
  }

  it('never accepts a graph that breaks an invariant', () => {
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 4 }), (mutations) => {
        const g = testGraphFile() as unknown as Record<string, unknown>;
        for (const m of mutations) applyOne(g, m);
        const r = parseGraph(g);
        if (!r.ok) return r.problems.length > 0;
        const { file } = r.graph;
        const unique = (ids: string[]) => new Set(ids).size === ids.length;
        const actorIds = new Set(file.actors.map((a) => a.id));
        const texts = new Map(file.sources.map((s) => [s.id, s.text ?? '']));
        return (
          unique(file.actors.map((a) => a.id)) &&
          unique(file.relations.map((x) => x.id)) &&
          unique(file.sources.map((s) => s.id)) &&
          file.relations.every(
            (x) =>
              actorIds.has(x.source) &&
              actorIds.has(x.target) &&
              x.source !== x.target &&
              !actorIds.has(x.id) &&
              x.evidence.length > 0 &&
              x.evidence.every(
                (e) => texts.has(e.source) && quotedIn(texts.get(e.source)!, e.quote),
              ),
          )
        );
      }),
      { numRuns: 2000 },
    );
  }, 60_000); // 2,000 graphs validated: seconds on a busy machine
});
