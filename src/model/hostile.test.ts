/**
 * What a hostile or unlucky file could still do (issue 17 §3), each through the one loader:
 * look-alike names beyond Latin/Cyrillic/Greek, invisible characters, impossible dates, a file
 * with a hundred thousand problems, bytes that are not UTF-8.
 */
import { describe, expect, it } from 'vitest';
import { isPossibleDate } from './calendar.ts';
import { mixedScripts, skeleton } from './confusables.ts';
import { parseGraph, parseGraphBytes, parseGraphJson, type ParseResult } from './parse.ts';
import { testGraphFile } from './test-graph.ts';
import { neutralizeBidi } from './text.ts';
import { formatProblem } from './validate.ts';

const problems = (r: ParseResult) => (r.ok ? [] : r.problems.map(formatProblem));
type File = ReturnType<typeof testGraphFile>;
const graphWith = (mutate: (g: File) => void) => {
  const g = testGraphFile();
  mutate(g);
  return g;
};
const nameAs = (en: string) => graphWith((g) => (g.actors[2]!.name.en = en));
const SAME = 'actors[2].name.en: reads the same as actors[0].name.en';

describe('look-alike names (Unicode confusables)', () => {
  // actors[0] is "Russia"; each of these must be told apart from it, or refused.
  it.each([
    ['a soft hyphen', 'Rus\u00adsia'],
    ['an invisible operator', 'Rus\u2062sia'],
    ['invisible times and plus', 'R\u2061u\u2063ssia\u2064'],
  ])('%s', (_case, name) => {
    const r = parseGraph(nameAs(name));
    expect(problems(r).some((p) => p.startsWith(SAME))).toBe(true);
  });

  it('names lose soft hyphens and invisible operators, and keep the joiners Persian needs', () => {
    const r = parseGraph(
      graphWith((g) => {
        g.actors[0]!.name.en = 'Rus\u00adsia\u2062';
        g.actors[1]!.name.ar = 'می\u200cخواهم';
      }),
    );
    expect(r.ok && r.graph.actors.map((a) => a.name)).toEqual([
      { en: 'Russia', ar: 'روسيا' },
      { en: 'Tajikistan', ar: 'می\u200cخواهم' },
      { en: 'CSTO', ar: 'منظمة معاهدة الأمن الجماعي' },
    ]);
  });

  it('two actors both reading "Alpha" in scripts the old check did not know are flagged', () => {
    const alpha = (second: string) =>
      graphWith((g) => {
        g.actors[0]!.name.en = 'ALPHA';
        g.actors[2]!.name.en = second;
      });
    // Cherokee ᎪᏞᏢᎻᎪ, one script throughout: only the confusables data tells it from ALPHA.
    for (const lookalike of ['\u13aa\u13de\u13e2\u13bb\u13aa', 'A\u13de\u13e2HA', 'AL\u00adPHA'])
      expect(problems(parseGraph(alpha(lookalike)))).toContain(
        `actors[2].name.en: reads the same as actors[0].name.en (${JSON.stringify(lookalike)}): two actors must be told apart`,
      );
    // Armenian: Օ (U+0555) for O in "Omega".
    const omega = graphWith((g) => {
      g.actors[0]!.name.en = 'Omega';
      g.actors[2]!.name.en = '\u0555mega';
    });
    expect(problems(parseGraph(omega)).some((p) => p.startsWith(SAME))).toBe(true);
  });

  it('flags a word mixing any two scripts, not only Latin with Cyrillic or Greek', () => {
    expect(problems(parseGraph(nameAs('A\u13de\u13e2HA')))).toContain(
      'actors[2].name.en: mixes Latin and Cherokee letters in one word: a look-alike of another name?',
    );
    expect(problems(parseGraph(nameAs('\u0555mega')))).toContain(
      'actors[2].name.en: mixes Armenian and Latin letters in one word: a look-alike of another name?',
    );
    // Japanese mixes kanji and kana in one word; that is writing, not a disguise.
    expect(mixedScripts('東京タワー')).toEqual([]);
    expect(mixedScripts('Tajikistan')).toEqual([]);
    expect(mixedScripts('طاجيكستان')).toEqual([]);
  });

  it('the skeleton folds look-alikes together and keeps different names apart', () => {
    expect(skeleton('\u13aa\u13de\u13e2\u13bb\u13aa')).toBe(skeleton('ALPHA'));
    expect(skeleton('Al\u00adp\u2064ha')).toBe(skeleton('Alpha'));
    expect(skeleton('Armenia')).not.toBe(skeleton('Albania'));
    expect(skeleton('روسيا')).not.toBe(skeleton('أرمينيا'));
  });

  it('numbered names stay apart in every script of digits (the table maps «٠» to a full stop)', () => {
    const numbered = graphWith((g) => {
      g.actors[1]!.name.ar = 'الطرف ٢';
      g.actors[2]!.name.ar = 'الطرف ٢٠٠';
      g.actors[0]!.name.en = 'Party 10';
      g.actors[1]!.name.en = 'Party 1';
    });
    expect(problems(parseGraph(numbered)).filter((p) => p.includes('reads the same'))).toEqual([]);
    // The same number in two scripts of digits is still the same name.
    expect(skeleton('الطرف ٢٠٠')).toBe(skeleton('الطرف 200'));
  });
});

describe('impossible dates', () => {
  it('knows the calendar', () => {
    for (const ok of ['2024', '2024-02', '2024-02-29', '2000-02-29', '2024-12-31', '0099-01-31'])
      expect(isPossibleDate(ok), ok).toBe(true);
    for (const bad of ['2024-02-31', '2023-02-29', '1900-02-29', '2024-04-31', '2024-13', '24'])
      expect(isPossibleDate(bad), bad).toBe(false);
  });

  it('a file dating evidence 31 February is refused', () => {
    const g = graphWith((g) => {
      g.relations[0]!.evidence[0]!.when = {
        date: '2024-02-31',
        basis: 'stated',
        expression: 'يوم السبت',
      };
    });
    expect(problems(parseGraph(g))).toContain(
      'relations[0].evidence[0].when.date: 2024-02-31 is not a date of the calendar',
    );
  });
});

describe('a file with a hundred thousand problems', () => {
  const brokenRelations = (count: number, relation: (i: number) => object) => ({
    ...testGraphFile(),
    relations: Array.from({ length: count }, (_, i) => relation(i)),
  });

  it('lists them instead of overflowing the stack, and says where checking stopped', () => {
    const everyFieldWrong = (i: number) => ({
      id: i,
      source: 1,
      target: 2,
      kind: 'x',
      directed: 'no',
      tension: 9,
      summary: 1,
      evidence: [
        { source: 1, quote: 2, when: 3, stance: 4 },
        { source: 1, quote: 2, when: 3, stance: 4 },
      ],
    });
    const listed = problems(
      parseGraphJson(JSON.stringify(brokenRelations(20_000, everyFieldWrong))),
    );
    expect(listed.some((p) => p.includes('could not be read'))).toBe(false);
    expect(listed.length).toBeGreaterThan(10_000);
    expect(listed).toContain(
      'relations[0].tension: must be an integer from -2 (allied) to 2 (hostile)',
    );
    expect(listed).toContain('relations[999].evidence[1].stance: must be "asserts" or "denies"');
    expect(listed.at(-1)).toMatch(/^checking stopped after \d+ problems/);
  }, 60_000); // a 20,000-relation file: a correctness test, given time on a busy machine

  it('thousands of problems are all listed, with their paths', () => {
    const relation = testGraphFile().relations[0]!;
    const listed = problems(
      parseGraph(brokenRelations(5_000, (i) => ({ ...relation, id: `r${i}`, tension: 9 }))),
    );
    expect(listed).toHaveLength(5_000);
    expect(listed[4_999]).toBe(
      'relations[4999].tension: must be an integer from -2 (allied) to 2 (hostile)',
    );
  }, 60_000);

  it('a long valid list still loads whole', () => {
    const g = testGraphFile();
    const many = {
      ...g,
      actors: [
        ...g.actors,
        ...Array.from({ length: 2500 }, (_, i) => ({
          id: `extra-${i}`,
          kind: 'state' as const,
          name: { en: `Extra ${i}`, ar: `إضافي ${i}` },
        })),
      ],
    };
    const r = parseGraph(many);
    expect(r.ok && r.graph.actors.length).toBe(2503);
    expect(r.ok && r.graph.actorById.get('extra-2499')?.name.en).toBe('Extra 2499');
  });
});

describe('bytes', () => {
  const encode = (s: string) => new TextEncoder().encode(s);
  it('Latin-1 and UTF-16 are named, never read as mojibake', () => {
    const json = JSON.stringify(testGraphFile());
    const latin1 = Uint8Array.from(json.replace('Russia', 'Rüssia'), (c) => c.charCodeAt(0) & 0xff);
    expect(problems(parseGraphBytes(latin1))).toEqual([
      'is not UTF-8 text (perhaps Latin-1 or Windows-1252); save it as UTF-8',
    ]);
    const utf16 = new Uint8Array([0xff, 0xfe, ...Array.from(encode('{}')).flatMap((b) => [b, 0])]);
    expect(problems(parseGraphBytes(utf16))).toEqual(['is UTF-16; save it as UTF-8']);
    expect(parseGraphBytes(encode(`\ufeff${json}`)).ok).toBe(true);
  });
});

describe('bidi controls in displayed text', () => {
  it('lose embeddings, overrides and isolates, keep the marks', () => {
    expect(neutralizeBidi('\u202eofficial source\u202c says \u2067x\u2069')).toBe(
      'official source says x',
    );
    expect(neutralizeBidi('\u200fعربي\u200e \u061c')).toBe('\u200fعربي\u200e \u061c');
  });
});
