/** `graph=` downloads: the same decoding as an opened file, and a byte limit checked as bytes arrive. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { testGraphFile } from '../model/test-graph.ts';
import { formatProblem } from '../model/validate.ts';
import { MAX_GRAPH_BYTES } from '../model/load-problems.ts';
import { loadGraphFromUrl, readLimited } from './load-graph.ts';

const BASE = 'https://app.example/';
const serve = (body: BodyInit, headers: Record<string, string> = {}) =>
  vi.spyOn(globalThis, 'fetch').mockResolvedValue(new Response(body, { headers }));
const problemsOf = async (raw = 'g.json') => {
  const r = await loadGraphFromUrl(raw, BASE);
  return r.ok ? [] : r.problems.map(formatProblem);
};

afterEach(() => vi.restoreAllMocks());

describe('graph= decoding', () => {
  it('refuses Latin-1 instead of showing mojibake', async () => {
    const json = JSON.stringify(testGraphFile()).replace('Russia', 'Rüssia');
    serve(Uint8Array.from(json, (c) => c.charCodeAt(0) & 0xff));
    expect(await problemsOf()).toEqual([
      'is not UTF-8 text (perhaps Latin-1 or Windows-1252); save it as UTF-8',
    ]);
  });

  it('names UTF-16 instead of garbling it', async () => {
    const json = JSON.stringify(testGraphFile());
    const bytes = new Uint8Array(2 + json.length * 2);
    bytes.set([0xff, 0xfe]);
    for (let i = 0; i < json.length; i++) bytes[2 + i * 2] = json.charCodeAt(i);
    serve(bytes);
    expect(await problemsOf()).toEqual(['is UTF-16; save it as UTF-8']);
  });

  it('loads UTF-8 with a BOM', async () => {
    serve(`\ufeff${JSON.stringify(testGraphFile())}`);
    expect((await loadGraphFromUrl('g.json', BASE)).ok).toBe(true);
  });
});

describe('the size limit', () => {
  it('counts bytes, not characters: 6 million Arabic letters are 12 MB', async () => {
    const arabic = 'ب'.repeat(6 * 1024 * 1024);
    expect(arabic.length).toBeLessThan(MAX_GRAPH_BYTES);
    serve(JSON.stringify({ ...testGraphFile(), id: arabic }));
    expect(await problemsOf()).toEqual(['the file is larger than 10 MB']);
  });

  it('stops reading once the limit is passed, without waiting for the end', async () => {
    let pulled = 0;
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += 1;
        controller.enqueue(new Uint8Array(1024 * 1024));
      },
    });
    const bytes = await readLimited(new Response(endless), MAX_GRAPH_BYTES);
    expect(bytes).toBeNull();
    expect(pulled).toBeLessThan(14);
  });

  it('reports progress as bytes arrive', async () => {
    const seen: number[] = [];
    const body = new ReadableStream<Uint8Array>({
      start(c) {
        c.enqueue(new Uint8Array(10));
        c.enqueue(new Uint8Array(5));
        c.close();
      },
    });
    const bytes = await readLimited(new Response(body), 100, (n) => seen.push(n));
    expect(bytes?.byteLength).toBe(15);
    expect(seen).toEqual([10, 15]);
  });
});
