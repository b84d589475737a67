/**
 * The fast path against zod: whatever fast-schema.ts accepts, zod accepts too, with the very same
 * data (fields, order, strings); whatever it is not sure of goes to zod. Run over the shipped
 * graphs, the end-to-end fixtures, hand-made edge cases and generated mutations of valid graphs.
 * (setup-differential.ts runs the same comparison inside every other unit test's parseGraph.)
 */
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { loadGraphFile } from '../../scripts/lib/graph-file.ts';
import { richFile } from './export-fixture.ts';
import { fastSchema } from './fast-schema.ts';
import { ISO_DATE } from './format.ts';
import { migrate } from './migrate.ts';
import { checkSchema } from './parse.ts';
import { testGraphFile } from './test-graph.ts';
import { differs } from './same-value.ts';

/** Test edits reach into any path of a file. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- see above
type Editable = any;

const ROOT = resolve(import.meta.dirname, '../..');

/** The comparison: undefined when fine, else what went wrong. */
function compare(input: unknown): string | undefined {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return;
  const migrated = migrate(input) as Record<string, unknown>;
  const fast = fastSchema(migrated);
  if (fast === undefined) return;
  const zod = checkSchema(migrated);
  if (zod.problems.length > 0)
    return `fast accepted, zod: ${zod.problems[0]!.path} ${zod.problems[0]!.message}`;
  return differs(fast, zod.data, 'file');
}

const clone = <T>(v: T): T => structuredClone(v);
async function shipped() {
  const dirs = [
    resolve(ROOT, 'data/graphs'),
    resolve(ROOT, 'e2e/fixtures'),
    resolve(ROOT, 'e2e/fixtures/graphs'),
  ];
  const files = dirs.flatMap((dir) =>
    readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .map((f) => resolve(dir, f)),
  );
  return Promise.all(
    files.map(async (file) => ({ file, value: (await loadGraphFile(file)).value })),
  );
}

describe('the fast path gives what zod gives', { timeout: 120_000 }, () => {
  it('zod’s date pattern is the one copied', () => {
    expect(ISO_DATE.source).toBe(z.core.regexes.date.source);
  });

  it('on the shipped graphs and the fixtures, and it is taken for every valid one', async () => {
    const files = await shipped();
    expect(files.length).toBeGreaterThanOrEqual(3);
    for (const { file, value } of files) {
      expect(compare(value), file).toBeUndefined();
      const valid = checkSchema(migrate(value) as Record<string, unknown>).problems.length === 0;
      // A valid file the fast path turns away costs zod's load: the shipped ones must not.
      if (valid) expect(fastSchema(migrate(value)), file).toBeDefined();
    }
    expect(fastSchema(testGraphFile())).toBeDefined();
    expect(fastSchema(richFile())).toBeDefined();
  });

  it('on edge cases zod treats its own way', () => {
    const g = testGraphFile() as unknown as Record<string, unknown> &
      ReturnType<typeof testGraphFile>;
    const cases: [string, (g: Editable) => void][] = [
      ['padded text', (g) => (g.title.en = '  Title \n')],
      ['padded name with a soft hyphen', (g) => (g.actors[0].name.en = ' Rus\u00adsia ')],
      ['a name of only a soft hyphen', (g) => (g.actors[0].name.en = '\u00ad')],
      [
        'unknown fields everywhere',
        (g) => {
          g.desk = { a: 1 };
          g.actors[0].wikidata = 'Q159';
          g.actors[0].extra = [1];
          g.relations[0].evidence[0].x = null;
          g.sources[0].y = 'z';
        },
      ],
      [
        '__proto__ as a key',
        (g) =>
          Object.defineProperty(g.actors[0], '__proto__', { value: { a: 1 }, enumerable: true }),
      ],
      ['unknown keys in a strict object', (g) => (g.title.fr = 'Titre')],
      ['note as object with extras', (g) => (g.sources[0].note = { en: ' n ', de: 'x' })],
      ['url with spaces', (g) => (g.sources[0].url = ' https://example.com/ ')],
      ['url without slashes', (g) => (g.sources[0].url = 'http:example.com')],
      ['url ftp', (g) => (g.sources[0].url = 'ftp://example.com')],
      ['url fine', (g) => (g.sources[0].url = 'https://example.com/a?b=c#d')],
      ['url with a tab', (g) => (g.sources[0].url = 'https://exa\tmple.com')],
      ['url upper case scheme', (g) => (g.sources[0].url = 'HTTPS://example.com')],
      ['29 February 2023', (g) => (g.sources[0].published = '2023-02-29')],
      ['29 February 2024', (g) => (g.sources[0].published = '2024-02-29')],
      ['tension -0', (g) => (g.relations[0].tension = -0)],
      ['tension 1.5', (g) => (g.relations[0].tension = 1.5)],
      ['an offset span backwards', (g) => (g.relations[0].evidence[0].at = { start: 5, end: 2 })],
      ['a span with extras', (g) => (g.relations[0].evidence[0].at = { start: 0, end: 2, z: 1 })],
      ['coordinates at the limit', (g) => (g.actors[0].position = { x: 1e6, y: -1e6 })],
      ['coordinates past it', (g) => (g.actors[0].position = { x: 1e6 + 1, y: 0 })],
      ['infinite coordinate', (g) => (g.actors[0].position = { x: Infinity, y: 0 })],
      [
        'a suggestion',
        (g) => (g.relations[0].suggestion = { by: 'x', confidence: 0.5, triggers: [] }),
      ],
      ['undefined optional field', (g) => (g.relations[0].about = undefined)],
      [
        'a class instance',
        (g) =>
          (g.actors[0].name = new (class {
            en = 'A';
            ar = 'ب';
          })()),
      ],
      ['an old format', (g) => (g.format = 'faultlines/1')],
      ['id with a control character', (g) => (g.actors[0].id = 'a\u0007')],
      ['200-character id', (g) => (g.id = 'x'.repeat(200))],
      ['201-character id', (g) => (g.id = 'x'.repeat(201))],
      ['aliases with extras', (g) => (g.actors[0].aliases = { en: [' A '], fr: ['B'] })],
      ['events', (g) => (g.events = [])],
    ];
    for (const [name, edit] of cases) {
      const copy = clone(g) as Editable;
      edit(copy);
      expect(compare(copy), name).toBeUndefined();
    }
  });

  /** Random values at random places of a valid graph, and valid-looking ones at known places. */
  it('on generated mutations of valid graphs', async () => {
    const bases = [testGraphFile(), richFile(), ...(await shipped()).map((f) => f.value)];
    const paths = (v: unknown, at: (string | number)[] = [], out: (string | number)[][] = []) => {
      out.push(at);
      if (typeof v === 'object' && v !== null && at.length < 8)
        for (const [k, c] of Object.entries(v))
          paths(c, [...at, Array.isArray(v) ? Number(k) : k], out);
      return out;
    };
    const all = bases.map((b) => paths(b).filter((p) => !(p.length === 4 && p[2] === 'text')));
    const strings = fc.oneof(
      fc.string({ maxLength: 8 }),
      fc.constantFrom(
        ' ',
        '',
        ' x ',
        '\u00ad',
        '\u202e',
        'a\u0000',
        '2024-02-29',
        '2023-13-01',
        'Q1',
        'Q0',
        'https://a.b/',
        'ar',
        'en',
        'asserts',
        'stated',
        'state',
        'war',
        'x'.repeat(201),
      ),
    );
    const values = fc.oneof(
      fc.jsonValue({ maxDepth: 2 }),
      strings,
      fc.constantFrom(
        -2,
        -0,
        0,
        2,
        3,
        0.5,
        1e6,
        1e7,
        -1,
        true,
        null,
        [],
        {},
        { en: 'a', ar: 'b' },
        { x: 1, y: 2 },
        { start: 0, end: 1 },
      ),
    );
    let accepted = 0;
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: bases.length - 1 }),
        fc.nat(),
        fc.oneof(
          fc.constant('delete' as const),
          fc.constant('set' as const),
          fc.constant('add' as const),
        ),
        values,
        strings,
        (b, pick, op, value, key) => {
          const copy = clone(bases[b]) as Record<string, unknown>;
          const path = all[b]![pick % all[b]!.length]!;
          if (path.length === 0) return true;
          let parent: Editable = copy;
          for (const step of path.slice(0, -1)) parent = parent[step];
          const last = path[path.length - 1]!;
          if (op === 'delete') {
            if (Array.isArray(parent)) parent.splice(last as number, 1);
            else delete parent[last];
          } else if (op === 'set') parent[last] = value;
          else if (
            typeof parent[last] === 'object' &&
            parent[last] !== null &&
            !Array.isArray(parent[last])
          )
            parent[last][key] = value;
          else if (Array.isArray(parent[last])) parent[last].push(value);
          const problem = compare(copy);
          if (fastSchema(migrate(copy)) !== undefined) accepted++;
          if (problem)
            throw new Error(`${op} ${path.join('.')} = ${JSON.stringify(value)}: ${problem}`);
          return true;
        },
      ),
      { numRuns: 3000 },
    );
    // Not vacuous: many mutations (an unknown field, a valid value, padding) stay valid.
    expect(accepted).toBeGreaterThan(300);
  });
});
