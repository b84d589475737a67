/**
 * The validator as the reader's app loads it (`graph=`, a file opened or dropped): parse.ts's
 * results, but zod's code is only downloaded and run for a file the fast path (fast-schema.ts) is
 * not sure of — a plainly valid file is checked, semantics and all, without it.
 */
import { fastSchema } from './fast-schema.ts';
import { loadProblem } from './load-problems.ts';
import { checkGraph, fail, readGraphBytes, type ParseResult } from './read-graph.ts';

type FullParser = typeof import('./parse.ts');

/** parse.ts, fetched once more if the first fetch fails (offline, a redeployed chunk). */
async function loadFull(): Promise<FullParser | null> {
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      return await import('./parse.ts');
    } catch {
      // The chunk could not be fetched; try once more before saying so.
    }
  }
  return null;
}

/** The same result as parse.ts's parseGraphBytes. `full`: how the full validator is loaded. */
export async function parseGraphBytes(
  bytes: Uint8Array,
  full: () => Promise<FullParser | null> = loadFull,
): Promise<ParseResult> {
  const read = readGraphBytes(bytes);
  if (!read.ok) return read;
  const quick = checkGraph(read.value, (input) => {
    const data = fastSchema(input);
    return data && { data, problems: [] };
  });
  if (quick) return quick;
  const parser = await full();
  return parser ? parser.parseGraph(read.value) : fail(loadProblem('codeUnavailable'));
}
