import { execFile } from 'node:child_process';
import { readFile, readdir } from 'node:fs/promises';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../src/model/validate.ts';
import { jsonSchema } from './write-schema.ts';
import { validateFile } from './validate.ts';

const run = promisify(execFile);

describe('npm run validate', () => {
  it('passes every shipped graph in data/graphs', async () => {
    const files = (await readdir('data/graphs')).filter((f) => f.endsWith('.json'));
    expect(files.length).toBeGreaterThan(0);
    for (const f of files)
      expect((await validateFile(`data/graphs/${f}`)).map(formatProblem)).toEqual([]);
  });

  it('lists every problem by path and exits non-zero', async () => {
    const result = await run('npx', [
      'tsx',
      'scripts/validate.ts',
      'e2e/fixtures/broken-graph.json',
    ]).then(
      () => ({ code: 0, stderr: '' }),
      (error: { code: number; stderr: string }) => error,
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      'actors[1].id: duplicate id "russia" (first used at actors[0])',
    );
    expect(result.stderr).toContain('relations[0].target: no actor with id "atlantis"');
    expect(result.stderr).toContain(
      'relations[1].tension: must be an integer from -2 (allied) to 2 (hostile)',
    );
  }, 60_000); // a child process (npx tsx) that takes seconds to start on a busy machine

  it('reports quote and translation problems once the schema is satisfied', async () => {
    const broken = JSON.parse(await readFile('e2e/fixtures/broken-graph.json', 'utf8'));
    broken.relations[1].tension = 2;
    const { parseGraph } = await import('../src/model/parse.ts');
    broken.sources[0].text = await readFile('data/sources/crocus-2024-ar.txt', 'utf8');
    const r = parseGraph(broken);
    expect(r.ok ? [] : r.problems.map(formatProblem)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^relations\[0\]\.evidence\[0\]\.quote: not found in source "s"/),
        'relations[1].target: is the same as source: a relation needs two actors',
        'relations[1].evidence[0].translation.en: is missing: a quote in "ar" needs a translation into "en"',
      ]),
    );
  });

  it('reads files strictly: missing textFile, invalid UTF-8', async () => {
    const { mkdtemp, writeFile } = await import('node:fs/promises');
    const dir = await mkdtemp('tmp-validate-');
    try {
      const g = JSON.parse(await readFile('e2e/fixtures/broken-graph.json', 'utf8'));
      g.sources[0].textFile = 'missing.txt';
      await writeFile(`${dir}/g.json`, JSON.stringify(g));
      expect((await validateFile(`${dir}/g.json`)).map(formatProblem)).toEqual([
        'sources[0].textFile: cannot read "missing.txt": no such file',
      ]);
      await writeFile(`${dir}/bad.json`, Buffer.from([0x7b, 0xff, 0x7d]));
      expect((await validateFile(`${dir}/bad.json`)).map(formatProblem)).toEqual([
        'file is not valid UTF-8',
      ]);
    } finally {
      const { rm } = await import('node:fs/promises');
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('publishes the JSON Schema generated from the zod schema', async () => {
    expect(await readFile('schema/faultlines-3.schema.json', 'utf8')).toBe(jsonSchema());
  });
});

describe('graphs with several sources', () => {
  it('checks each quote against its own source, and loads the old format', async () => {
    const { parseGraph } = await import('../src/model/parse.ts');
    const g = JSON.parse(await readFile('e2e/fixtures/two-sources-v1.json', 'utf8'));
    expect(g.format).toBe('faultlines/1');
    expect(parseGraph(g).ok).toBe(true);
    g.relations[2].evidence[0].source = 'article'; // the invented sentence is not in the article
    const r = parseGraph(g);
    expect(r.ok ? [] : r.problems.map(formatProblem)).toEqual([
      expect.stringMatching(/^relations\[2\]\.evidence\[0\]\.quote: not found in source "article"/),
    ]);
  });
});
