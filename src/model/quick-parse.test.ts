/**
 * The reader's loader (quick-parse.ts) gives parse.ts's results, and loads the full validator
 * (zod) only for a file the fast path is not sure of.
 */
import { describe, expect, it, vi } from 'vitest';
import * as full from './parse.ts';
import { parseGraphBytes } from './quick-parse.ts';
import { testGraphFile } from './test-graph.ts';

const bytes = (value: unknown) => new TextEncoder().encode(JSON.stringify(value));

describe('quick-parse', () => {
  it('checks a valid file, semantics and all, without loading zod', async () => {
    const load = vi.fn(async () => full);
    const result = await parseGraphBytes(bytes(testGraphFile()), load);
    expect(load).not.toHaveBeenCalled();
    expect(result).toEqual(full.parseGraphBytes(bytes(testGraphFile())));
    expect(result.ok).toBe(true);
  });

  it('a schema-valid file with a quote not in its source: the same problems, still without zod', async () => {
    const file = testGraphFile();
    file.relations[0]!.evidence[0]!.quote = 'words the article never printed';
    const load = vi.fn(async () => full);
    const result = await parseGraphBytes(bytes(file), load);
    expect(load).not.toHaveBeenCalled();
    expect(result).toEqual(full.parseGraphBytes(bytes(file)));
    expect(result.ok).toBe(false);
  });

  it('any other file goes to zod, with the same problems, paths and messages', async () => {
    const file = testGraphFile() as unknown as Record<string, unknown>;
    (file.relations as Record<string, unknown>[])[0]!.tension = 7;
    const load = vi.fn(async () => full);
    const result = await parseGraphBytes(bytes(file), load);
    expect(load).toHaveBeenCalledOnce();
    expect(result).toEqual(full.parseGraphBytes(bytes(file)));
    expect(!result.ok && result.problems.map((p) => p.path)).toContain('relations[0].tension');
  });

  it('a file that is not JSON is told without zod; zod missing (offline) is said so', async () => {
    const load = vi.fn(async () => null);
    const notJson = await parseGraphBytes(new TextEncoder().encode('{"a":'), load);
    expect(!notJson.ok && notJson.problems[0]!.key).toBe('notJson');
    const file = { ...testGraphFile(), actors: 'none' };
    const offline = await parseGraphBytes(bytes(file), load);
    expect(!offline.ok && offline.problems.map((p) => p.key)).toEqual(['codeUnavailable']);
  });
});
