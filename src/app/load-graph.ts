/**
 * `graph=<url>`: another graph file, fetched and passed through the same validator as every
 * other input. Never throws: any failure becomes a list of problems and the default graph stays.
 */
import type { ParseResult } from '../model/parse.ts';

export const MAX_GRAPH_BYTES = 10 * 1024 * 1024;
const TIMEOUT_MS = 10_000;

export type LoadResult = ParseResult & { url: URL | null };

function failure(url: URL | null, message: string): LoadResult {
  return { ok: false, problems: [{ path: '', message }], url };
}

export async function loadGraphFromUrl(raw: string, base: string): Promise<LoadResult> {
  let url: URL;
  try {
    url = new URL(raw, base);
  } catch {
    return failure(null, `“${raw.slice(0, 80)}” is not a URL`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    return failure(url, `only http(s) addresses can be loaded, not “${url.protocol}”`);
  // The validator (and its schema library) loads only when a graph file needs it — while the
  // file itself downloads.
  const parser = import('../model/parse.ts');
  parser.catch(() => {}); // a failed fetch must not leave an unhandled rejection behind
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), TIMEOUT_MS);
  try {
    const response = await fetch(url, {
      signal: controller.signal,
      credentials: 'omit',
      redirect: 'follow',
    });
    if (!response.ok)
      return failure(url, `the server answered ${response.status} ${response.statusText}`.trim());
    const length = Number(response.headers.get('content-length') ?? 0);
    if (length > MAX_GRAPH_BYTES)
      return failure(url, `the file is larger than ${MAX_GRAPH_BYTES / 1024 / 1024} MB`);
    const text = await response.text();
    if (text.length > MAX_GRAPH_BYTES)
      return failure(url, `the file is larger than ${MAX_GRAPH_BYTES / 1024 / 1024} MB`);
    const { parseGraphJson } = await parser;
    // After redirects the data comes from where the response was served, which is whose it is.
    return { ...parseGraphJson(text), url: response.url ? new URL(response.url) : url };
  } catch (error) {
    const aborted = error instanceof DOMException && error.name === 'AbortError';
    return failure(
      url,
      aborted ? `no answer within ${TIMEOUT_MS / 1000} s` : 'the file could not be fetched',
    );
  } finally {
    clearTimeout(timer);
  }
}
