/**
 * `graph=<url>`: another graph file, fetched and passed through the same decoding and validator
 * as a file the reader opens. Never throws: any failure becomes a list of problems (with keys, so
 * the interface translates them) and the default graph stays.
 */
import { loadParser, loadProblem, MAX_GRAPH_BYTES, MAX_GRAPH_MB } from '../model/load-problems.ts';
import type { ParseResult } from '../model/parse.ts';

const TIMEOUT_MS = 10_000;
/**
 * Files from this size on are checked after a frame that says so: the validator holds the thread
 * for a while (about a second for 5,000 actors). A smaller file is checked in a few milliseconds,
 * before the word could be read, and waiting for that frame would only delay the graph.
 */
const SAY_CHECKING_FROM = 512 * 1024;

export type LoadResult = ParseResult & { url: URL | null };

/** Bytes received so far, and the total when the server says it. */
export type Progress = (received: number, total: number | null) => void;

function failure(url: URL | null, ...args: Parameters<typeof loadProblem>): LoadResult {
  return { ok: false, problems: [loadProblem(...args)], url };
}

/**
 * The body as bytes, counted while they stream in: a file over `max` bytes (a 12 MB file whose
 * server sends no length, say) is cut off as soon as it passes the limit, not after it has all
 * been read. Null when it is too big.
 */
export async function readLimited(
  response: Response,
  max: number,
  onProgress?: Progress,
): Promise<Uint8Array | null> {
  const declared = Number(response.headers.get('content-length') ?? NaN);
  const total = Number.isFinite(declared) && declared > 0 ? declared : null;
  if (total !== null && total > max) {
    void response.body?.cancel().catch(() => {});
    return null;
  }
  if (!response.body) return new Uint8Array(await response.arrayBuffer());
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let received = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    received += value.byteLength;
    if (received > max) {
      void reader.cancel().catch(() => {});
      return null;
    }
    chunks.push(value);
    onProgress?.(received, total);
  }
  const bytes = new Uint8Array(received);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return bytes;
}

export async function loadGraphFromUrl(
  raw: string,
  base: string,
  options: { onProgress?: Progress; onChecking?: () => void; signal?: AbortSignal } = {},
): Promise<LoadResult> {
  let url: URL;
  try {
    url = new URL(raw, base);
  } catch {
    return failure(null, 'notUrl', { url: raw.slice(0, 80) });
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    return failure(url, 'badScheme', { scheme: url.protocol.slice(0, 20) });
  // The validator (and its schema library) loads only when a graph file needs it — while the
  // file itself downloads.
  const parser = loadParser();
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), TIMEOUT_MS);
  options.signal?.addEventListener('abort', () => controller.abort());
  try {
    const response = await fetch(url, {
      signal: controller.signal,
      credentials: 'omit',
      redirect: 'follow',
    });
    if (!response.ok)
      return failure(url, 'httpStatus', {
        status: `${response.status} ${response.statusText}`.trim(),
      });
    const bytes = await readLimited(response, MAX_GRAPH_BYTES, options.onProgress);
    if (bytes === null) return failure(url, 'tooBig', { max: MAX_GRAPH_MB });
    const module = await parser;
    if (!module) return failure(url, 'codeUnavailable');
    if (options.onChecking && bytes.byteLength > SAY_CHECKING_FROM) {
      // Let the page say "checking" before the validator holds the thread.
      options.onChecking();
      await new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));
    }
    // After redirects the data comes from where the response was served, which is whose it is.
    return {
      ...(await module.parseGraphBytes(bytes)),
      url: response.url ? new URL(response.url) : url,
    };
  } catch (error) {
    const aborted = error instanceof DOMException && error.name === 'AbortError';
    return aborted
      ? failure(url, 'timeout', { seconds: String(TIMEOUT_MS / 1000) })
      : failure(url, 'fetchFailed');
  } finally {
    clearTimeout(timer);
  }
}
