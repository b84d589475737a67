import { describe, expect, it } from 'vitest';
import { parseGraph, parseGraphJson, type ParseResult } from './parse.ts';
import { testGraphFile } from './test-graph.ts';
import { formatProblem } from './validate.ts';

const problems = (r: ParseResult) => (r.ok ? [] : r.problems.map(formatProblem));

describe('parseGraph', () => {
  it('accepts a valid graph and indexes it', () => {
    const r = parseGraph(testGraphFile());
    expect(problems(r)).toEqual([]);
    if (!r.ok) return;
    expect(r.graph.actorById.get('csto')?.name.en).toBe('CSTO');
    expect(r.graph.relationsByActor.get('russia')?.map((x) => x.id)).toEqual([
      'ru-tj-accusation',
      'ru-tj-alliance',
    ]);
    expect(r.graph.relationsByActor.get('csto')).toEqual([]);
  });

  it.each([
    [null, 'found null'],
    [[], 'found a list'],
    [42, 'found number'],
    ['{}', 'found string'],
  ])('rejects a top level of %j', (input, message) => {
    expect(problems(parseGraph(input)).join()).toContain(message);
  });

  it('names every schema problem by its path', () => {
    const g = testGraphFile() as unknown as Record<string, unknown> & {
      relations: Record<string, unknown>[];
    };
    g.relations[0]!.tension = 7;
    g.relations[1]!.kind = 'friendship';
    g.relations[1]!.evidence = [];
    (g as Record<string, unknown>).actors = { russia: {} };
    const list = problems(parseGraph(g));
    expect(list).toEqual(
      expect.arrayContaining([
        'relations[0].tension: must be an integer from -2 (allied) to 2 (hostile)',
        expect.stringMatching(/^relations\[1\]\.kind: must be one of: alliance, /),
        expect.stringMatching(/^relations\[1\]\.evidence: needs at least one evidence quote/),
        'actors: must be a list',
      ]),
    );
  });

  it('reports missing fields as missing', () => {
    const g = testGraphFile() as unknown as { actors: Record<string, unknown>[] };
    delete (g.actors[0]!.name as Record<string, unknown>).ar;
    expect(problems(parseGraph(g))).toContain('actors[0].name.ar: is missing');
  });

  it('finds quotes after NFC and whitespace folding only, and reports one that is not there', () => {
    const g = testGraphFile();
    expect(parseGraph(g).ok).toBe(true); // the alliance quote has extra spaces
    g.relations[0]!.evidence[0]!.quote = 'قالت روسيا إن أوكرانيا ساعدتهم.';
    expect(problems(parseGraph(g))).toEqual([
      'relations[0].evidence[0].quote: not found in source "src": “قالت روسيا إن أوكرانيا ساعدتهم.”',
      'relations[0].evidence[0].when.expression: “يوم السبت” is not part of the quote',
    ]);
  });

  it('checks ids, endpoints, self-loops, sources and translations', () => {
    const g = testGraphFile();
    g.actors.push({ id: 'russia', kind: 'state', name: { en: 'Russia 2', ar: 'روسيا ٢' } });
    g.relations[0]!.target = 'nowhere';
    g.relations[1]!.target = 'russia';
    g.relations[1]!.evidence[0]!.translation = {};
    g.relations.push({ ...structuredClone(g.relations[0]!), id: 'csto', target: 'tajikistan' });
    g.relations[2]!.evidence[0]!.source = 'elsewhere';
    g.relations[2]!.evidence = g.relations[2]!.evidence.slice(0, 1);
    expect(problems(parseGraph(g))).toEqual([
      'actors[3].id: duplicate id "russia" (first used at actors[0])',
      'relations[0].target: no actor with id "nowhere"',
      'relations[1].target: is the same as source: a relation needs two actors',
      'relations[1].evidence[0].translation.en: is missing: a quote in "ar" needs a translation into "en"',
      'relations[2].id: "csto" is already an actor id',
      'relations[2].evidence[0].source: no source with id "elsewhere"',
    ]);
  });

  it('keeps awkward ids harmless', () => {
    const g = testGraphFile();
    const ids = ['__proto__', 'constructor', 'a,b #x x"y $: \\'];
    g.actors = ids.map((id) => ({ id, kind: 'state' as const, name: { en: id, ar: id } }));
    g.relations[0] = { ...g.relations[0]!, source: '__proto__', target: 'constructor' };
    for (const e of g.relations[0].evidence) e.speaker = '__proto__';
    g.relations[1] = { ...g.relations[1]!, source: 'constructor', target: ids[2]! };
    const r = parseGraph(g);
    expect(problems(r)).toEqual([]);
    if (r.ok) expect(r.graph.relationsByActor.get('constructor')).toHaveLength(2);
  });

  it('accepts only http(s) source links', () => {
    for (const url of ['javascript:alert(1)', 'data:text/html,x', '//evil.example']) {
      const g = testGraphFile();
      g.sources[0]!.url = url;
      expect(problems(parseGraph(g))).toEqual(['sources[0].url: must be an http(s) URL']);
    }
  });

  it('demands source text', () => {
    const g = testGraphFile();
    delete g.sources[0]!.text;
    g.sources[0]!.textFile = 'x.txt';
    expect(problems(parseGraph(g)).join()).toContain(
      'sources[0].text: textFile "x.txt" was not inlined',
    );
  });
});

describe('parseGraphJson', () => {
  it.each([
    ['', 'the file is empty'],
    [' \n\t ', 'the file is empty'],
    ['<!doctype html><title>404</title>', 'this is HTML'],
    ['{"format": "faultlines/1", ', 'not valid JSON'],
    ['{"a": 1,}', 'not valid JSON'],
    ['{"a": NaN}', 'not valid JSON'],
    ['// comment\n{}', 'not valid JSON'],
  ])('explains %j', (text, message) => {
    expect(problems(parseGraphJson(text)).join()).toContain(message);
  });

  it('ignores a byte-order mark', () => {
    expect(parseGraphJson(`\uFEFF${JSON.stringify(testGraphFile())}`).ok).toBe(true);
  });

  it('never throws on deep nesting', () => {
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    expect(parseGraphJson(deep).ok).toBe(false);
  });
});

describe('format versions and claims', () => {
  it('loads a faultlines/1 file unchanged, as the source’s own voice', () => {
    const g = testGraphFile() as unknown as Record<string, unknown> & {
      relations: { evidence: object[] }[];
    };
    g.format = 'faultlines/1';
    g.relations.forEach((r) => {
      r.evidence = r.evidence.map((e) => {
        const { speaker: _s, stance: _st, when: _w, ...v1 } = e as Record<string, unknown>;
        return v1;
      });
    });
    const r = parseGraph(g);
    expect(problems(r)).toEqual([]);
    if (r.ok) expect(r.graph.file.format).toBe('faultlines/3');
  });

  it('loads a faultlines/2 file unchanged', () => {
    const r = parseGraph({ ...testGraphFile(), format: 'faultlines/2' });
    expect(problems(r)).toEqual([]);
    if (r.ok) expect(r.graph.file.format).toBe('faultlines/3');
  });

  it('rejects unknown format versions', () => {
    const g = { ...testGraphFile(), format: 'faultlines/9' };
    expect(problems(parseGraph(g))).toContain(
      'format: must be "faultlines/3" (files in "faultlines/1" and "faultlines/2" are upgraded)',
    );
  });

  it('checks speakers, stances and dates', () => {
    const g = testGraphFile() as unknown as {
      relations: { evidence: Record<string, unknown>[] }[];
    };
    const e = g.relations[0]!.evidence[0]!;
    e.speaker = 'kremlin';
    e.stance = 'hints';
    e.when = { date: '2024-13', basis: 'guessed', expression: 'يوم السبت' };
    g.relations[0]!.evidence[1]!.when = {
      date: '2024-03-24',
      until: '2024-03-23',
      basis: 'resolved',
      expression: 'ذلك',
    };
    expect(problems(parseGraph(g))).toEqual([
      'relations[0].evidence[0].stance: must be "asserts" or "denies"',
      'relations[0].evidence[0].when.date: must be a date YYYY, YYYY-MM or YYYY-MM-DD',
      'relations[0].evidence[0].when.basis: must be "stated" or "resolved"',
      'relations[0].evidence[0].speaker: no actor with id "kremlin"',
      'relations[0].evidence[1].when.until: is before the date 2024-03-24',
    ]);
  });
});
