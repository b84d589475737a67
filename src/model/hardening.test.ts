/**
 * GUIDE §7's bad inputs, each through the one loader: a clear message naming the problem (and its
 * path), never an exception.
 * (Random JSON and mutated graphs: properties.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import { decodeUtf8 } from './decode.ts';
import { parseGraph, parseGraphJson, type ParseResult } from './parse.ts';
import { testGraphFile } from './test-graph.ts';
import { formatProblem } from './validate.ts';

const problems = (r: ParseResult) => (r.ok ? [] : r.problems.map(formatProblem));
const graphWith = (
  mutate: (g: Record<string, unknown> & ReturnType<typeof testGraphFile>) => void,
) => {
  const g = testGraphFile() as Record<string, unknown> & ReturnType<typeof testGraphFile>;
  mutate(g);
  return g;
};
const json = (v: unknown) => JSON.stringify(v);

/** [case, input text, a fragment the message must contain] */
const BAD_FILES: [string, string, string][] = [
  ['empty file', '', 'the file is empty'],
  ['whitespace', '  \n\t', 'the file is empty'],
  ['HTML error page', '<!DOCTYPE html><html><body>502 Bad Gateway</body></html>', 'this is HTML'],
  ['truncated JSON', json(testGraphFile()).slice(0, 200), 'not valid JSON'],
  ['trailing comma', '{"format": "faultlines/3",}', 'not valid JSON'],
  ['comments', '/* graph */ {"format": "faultlines/3"}', 'not valid JSON'],
  ['NaN', '{"tension": NaN}', 'not valid JSON'],
  ['top level null', 'null', 'found null'],
  ['top level list', '[]', 'found a list'],
  ['top level number', '42', 'found number'],
  [
    'actors as object',
    json(graphWith((g) => (g.actors = { a: 1 } as never))),
    'actors: must be a list',
  ],
  ['actors [null]', json(graphWith((g) => (g.actors = [null] as never))), 'actors[0]: must be'],
  [
    'label object',
    json(graphWith((g) => (g.actors[0]!.name.en = { x: 1 } as never))),
    'actors[0].name.en: must be a string',
  ],
  [
    'tension 7',
    json(graphWith((g) => (g.relations[0]!.tension = 7 as never))),
    'relations[0].tension: must be an integer',
  ],
  ['tension 1e400', '{"relations": [{"tension": 1e400}]}', 'must be'],
  [
    'ids 1 and "1"',
    json(graphWith((g) => (g.actors[0]!.id = 1 as never))),
    'actors[0].id: must be a string id',
  ],
  [
    'duplicate ids',
    json(graphWith((g) => (g.actors[1]!.id = 'russia'))),
    'actors[1].id: duplicate id "russia"',
  ],
  [
    'edge id = actor id',
    json(graphWith((g) => (g.relations[0]!.id = 'csto'))),
    'relations[0].id: "csto" is already an actor id',
  ],
  [
    'missing endpoint',
    json(graphWith((g) => delete (g.relations[0] as Partial<(typeof g.relations)[0]>).target)),
    'relations[0].target: is missing',
  ],
  [
    'empty endpoint',
    json(graphWith((g) => (g.relations[0]!.target = ''))),
    'relations[0].target: must not be empty',
  ],
  [
    'unknown endpoint',
    json(graphWith((g) => (g.relations[0]!.target = 'atlantis'))),
    'relations[0].target: no actor with id "atlantis"',
  ],
  [
    'self-loop',
    json(graphWith((g) => (g.relations[0]!.target = 'russia'))),
    'relations[0].target: is the same as source',
  ],
  [
    '10,000-char id',
    json(graphWith((g) => (g.actors[2]!.id = 'x'.repeat(10_000)))),
    'actors[2].id: is longer than 200 characters',
  ],
  [
    '1 MB label',
    json(graphWith((g) => (g.actors[0]!.name.en = 'x'.repeat(1_000_000)))),
    'actors[0].name.en: is longer than 200 characters',
  ],
  [
    '100,000-char quote',
    json(graphWith((g) => (g.relations[0]!.evidence[0]!.quote = 'ق'.repeat(100_000)))),
    'relations[0].evidence[0].quote: is longer than 5000',
  ],
  [
    'quote not in source',
    json(graphWith((g) => (g.relations[1]!.evidence[0]!.quote = 'كلام لم يقله أحد'))),
    'relations[1].evidence[0].quote: not found in source',
  ],
  [
    'javascript: url',
    json(graphWith((g) => (g.sources[0]!.url = 'javascript:alert(1)'))),
    'sources[0].url: must be an http(s) URL',
  ],
  [
    'data: url',
    json(graphWith((g) => (g.sources[0]!.url = 'data:text/html,<script>alert(1)</script>'))),
    'sources[0].url: must be an http(s) URL',
  ],
  [
    '//host url',
    json(graphWith((g) => (g.sources[0]!.url = '//evil.example/x'))),
    'sources[0].url: must be an http(s) URL',
  ],
  ['deep nesting', `${'['.repeat(50_000)}${']'.repeat(50_000)}`, 'found a list'],
];

describe('GUIDE §7 bad inputs', () => {
  it.each(BAD_FILES)('%s → a clear message', (_name, text, fragment) => {
    let result: ParseResult | undefined;
    expect(() => (result = parseGraphJson(text))).not.toThrow();
    expect(result!.ok).toBe(false);
    expect(problems(result!).join('\n')).toContain(fragment);
  });

  it('accepts what is odd but valid: awkward ids, unknown fields, one actor, HTML as text', () => {
    const g = graphWith((g) => {
      (g as Record<string, unknown>).unknownField = { nested: true };
      g.actors[2]!.id = '<img src=x onerror=alert(1)>';
      g.actors[2]!.name.en = '</textarea><script>alert(1)</script>';
      g.actors.push({
        id: 'toString',
        kind: 'bloc',
        name: { en: 'a,b #x x"y $: \\', ar: 'أ (1) [ب]' },
      });
    });
    const r = parseGraph(g);
    expect(problems(r)).toEqual([]);
    if (r.ok)
      expect(r.graph.actorById.get('<img src=x onerror=alert(1)>')?.name.en).toBe(
        '</textarea><script>alert(1)</script>',
      );
  });

  it('neutralises bidi overrides and invisible characters in names', () => {
    const g = graphWith((g) => {
      g.actors[0]!.name.en = '\u202eaissuR';
      g.actors[1]!.name.ar = 'طاجي\u200bكستان\u2066';
    });
    const r = parseGraph(g);
    expect(
      r.ok && [
        r.graph.actorById.get('russia')?.name.en,
        r.graph.actorById.get('tajikistan')?.name.ar,
      ],
    ).toEqual(['aissuR', 'طاجيكستان']);
    const onlyControls = parseGraph(graphWith((g) => (g.actors[0]!.name.en = '\u202e\u200b')));
    expect(problems(onlyControls)).toContain('actors[0].name.en: must not be empty');
  });

  it('an empty graph and a graph of one actor are valid', () => {
    expect(parseGraph(graphWith((g) => ((g.actors = []), (g.relations = [])))).ok).toBe(true);
    expect(
      parseGraph(graphWith((g) => ((g.actors = g.actors.slice(0, 1)), (g.relations = [])))).ok,
    ).toBe(true);
  });
});

describe('look-alike names', () => {
  it('flags a word mixing scripts and two actors whose names read the same', () => {
    const mixed = parseGraph(graphWith((g) => (g.actors[2]!.name.en = 'Russi\u0430'))); // Cyrillic а
    expect(problems(mixed)).toContain(
      'actors[2].name.en: mixes Latin and Cyrillic letters in one word: a look-alike of another name?',
    );
    const same = parseGraph(graphWith((g) => (g.actors[2]!.name.en = 'RUSSIA')));
    expect(problems(same)).toContain(
      'actors[2].name.en: reads the same as actors[0].name.en ("RUSSIA"): two actors must be told apart',
    );
    // Arabic with Latin in separate words is fine (mixed text is normal); so are digits and brackets.
    expect(parseGraph(graphWith((g) => (g.actors[2]!.name.ar = 'منظمة CSTO (1992)'))).ok).toBe(
      true,
    );
  });
});

describe('decoding bytes', () => {
  it('drops a BOM, names UTF-16, refuses invalid UTF-8', () => {
    expect(decodeUtf8(new Uint8Array([0xef, 0xbb, 0xbf, 0x7b, 0x7d]))).toEqual({
      ok: true,
      text: '{}',
    });
    expect(decodeUtf8(new Uint8Array([0xff, 0xfe, 0x7b, 0x00]))).toEqual({
      ok: false,
      reason: 'utf16',
    });
    expect(decodeUtf8(new Uint8Array([0xfe, 0xff, 0x00, 0x7b]))).toEqual({
      ok: false,
      reason: 'utf16',
    });
    expect(decodeUtf8(new Uint8Array([0x7b, 0xc3, 0x28, 0x7d]))).toEqual({
      ok: false,
      reason: 'notUtf8',
    });
  });
});
