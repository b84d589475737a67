/**
 * Why a file could not be read at all — before the schema sees it. Each is a Problem with a key,
 * so the interface shows it in the reader's language (locales `problem.*`), the CLI in English.
 * The file-size limit and the on-demand validator live here too: both readers of files use them.
 */
import type { Problem } from './problem.ts';

export const LOAD_TEMPLATES = {
  fileEmpty: () => 'the file is empty',
  isHtml: () => 'this is HTML (perhaps an error page), not a graph file in JSON',
  notJson: (p) => `not valid JSON: ${p.detail}`,
  notObject: (p) => `expected a graph object {"format": "${p.format}", …} but found ${p.found}`,
  unreadable: (p) => `could not be read: ${p.detail}`,
  utf16: () => 'is UTF-16; save it as UTF-8',
  notUtf8: () => 'is not UTF-8 text (perhaps Latin-1 or Windows-1252); save it as UTF-8',
  tooBig: (p) => `the file is larger than ${p.max} MB`,
  notUrl: (p) => `“${p.url}” is not a URL`,
  badScheme: (p) => `only http(s) addresses can be loaded, not “${p.scheme}”`,
  httpStatus: (p) => `the server answered ${p.status}`,
  timeout: (p) => `no answer within ${p.seconds} s`,
  fetchFailed: () => 'the file could not be fetched',
  tooManyProblems: (p) =>
    `checking stopped after ${p.count} problems: fix these first, then check the file again`,
  codeUnavailable: () =>
    'the part of Faultlines that checks graph files could not be loaded (are you offline?)',
} satisfies Record<string, (params: Record<string, string>) => string>;
export type LoadProblemKey = keyof typeof LOAD_TEMPLATES;

export function loadProblem(key: LoadProblemKey, params: Record<string, string> = {}): Problem {
  return { path: '', key, params, message: LOAD_TEMPLATES[key](params) };
}

/** Graph files are read up to this many bytes (a file chosen, dropped or named by `graph=`). */
export const MAX_GRAPH_BYTES = 10 * 1024 * 1024;
export const MAX_GRAPH_MB = String(MAX_GRAPH_BYTES / 1024 / 1024);

/**
 * The validator, loaded only when a file needs it (quick-parse.ts: zod comes later still, and
 * only for a file that is not plainly valid). A failed load (offline, or the chunk replaced by a
 * new deployment) is retried once, then reported as null — never thrown.
 */
export async function loadParser(): Promise<typeof import('./quick-parse.ts') | null> {
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      return await import('./quick-parse.ts');
    } catch {
      // The chunk could not be fetched; try once more before saying so.
    }
  }
  return null;
}
