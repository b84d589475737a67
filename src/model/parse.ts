/**
 * The one boundary every graph passes (file, URL, build): parse → schema → semantics.
 * Returns ok with the indexed graph, or every problem found; never throws. The schema is
 * fast-schema.ts for a plainly valid file, zod (schema.ts) for any other, which says what is wrong.
 */
import { fastSchema } from './fast-schema.ts';
import { loadProblem } from './load-problems.ts';
import {
  checkGraph,
  readGraphBytes,
  readGraphText,
  type ParseResult,
  type ReadResult,
  type SchemaResult,
} from './read-graph.ts';
import { GraphSchema, LIMITS, type GraphFile } from './schema.ts';
import { formatPath, type Problem } from './validate.ts';

export type { ParseResult } from './read-graph.ts';

export function parseGraph(input: unknown): ParseResult {
  return checkGraph(input, schemaOf);
}

/** The fast path's data when it is sure, else zod's verdict (the same data, or the problems). */
function schemaOf(input: Record<string, unknown>): SchemaResult {
  const data = fastSchema(input);
  return data ? { data, problems: [] } : checkSchema(input);
}

/** Elements checked per call of the schema: see checkSchema. */
const CHUNK = 1000;
const LISTS = ['actors', 'relations'] as const;
/** Checking stops after this many schema problems (see checkSchema). */
export const MAX_PROBLEMS = 10_000;

function toProblems(
  issues: readonly { path: PropertyKey[]; message: string }[],
  prefix: PropertyKey[] = [],
) {
  return issues.map((i) => {
    const message = i.message;
    return {
      path: formatPath([...prefix, ...i.path]),
      message,
      key: 'schema' as const,
      params: { message },
    };
  });
}

/**
 * The schema over the whole file — but a long list is checked a chunk at a time. Zod gathers a
 * list's problems with one `push(...issues)`, which overflows the stack once a file has a hundred
 * thousand of them (20,000 broken relations); chunks keep every call small and every problem listed.
 */
export function checkSchema(input: Record<string, unknown>): {
  data?: GraphFile;
  problems: Problem[];
} {
  const long = LISTS.filter((key) => {
    const list = input[key];
    // A list over its limit fails on its length alone, before its elements are read.
    return Array.isArray(list) && list.length > CHUNK && list.length <= LIMITS[key];
  });
  const head: Record<string, unknown> = { ...input };
  for (const key of long) head[key] = (input[key] as unknown[]).slice(0, CHUNK);
  const first = GraphSchema.safeParse(head);
  const problems: Problem[] = first.success ? [] : toProblems(first.error.issues);
  const rest: Partial<Record<(typeof LISTS)[number], unknown[]>> = {};
  for (const key of long) {
    const list = input[key] as unknown[];
    const out: unknown[] = [];
    for (let start = CHUNK; start < list.length; start += CHUNK) {
      if (problems.length >= MAX_PROBLEMS) {
        // Zod takes about a millisecond per broken element: past this many problems the reader
        // learns nothing new from the rest, and the page would stall for seconds finding them.
        problems.push(loadProblem('tooManyProblems', { count: String(problems.length) }));
        break;
      }
      const chunk = GraphSchema.shape[key].safeParse(list.slice(start, start + CHUNK));
      if (chunk.success) out.push(...chunk.data);
      else
        for (const p of toProblems(chunk.error.issues)) {
          // Paths start at the chunk's own index: shift them to the list's.
          const at = /^\[(\d+)\]/.exec(p.path);
          const index = at ? start + Number(at[1]) : start;
          problems.push({ ...p, path: `${key}[${index}]${at ? p.path.slice(at[0].length) : ''}` });
        }
    }
    rest[key] = out;
  }
  if (!first.success || problems.length > 0) return { problems };
  const data = { ...first.data } as GraphFile;
  if (rest.actors) data.actors = [...data.actors, ...(rest.actors as GraphFile['actors'])];
  if (rest.relations)
    data.relations = [...data.relations, ...(rest.relations as GraphFile['relations'])];
  return { data, problems };
}

const parseRead = (read: ReadResult): ParseResult => (read.ok ? parseGraph(read.value) : read);

/** Parses the text of a graph file, explaining the usual ways a download goes wrong. */
export function parseGraphJson(text: string): ParseResult {
  return parseRead(readGraphText(text));
}

/** The bytes of a graph file (read-graph.ts: strict UTF-8, UTF-16 and Latin-1 named). */
export function parseGraphBytes(bytes: Uint8Array): ParseResult {
  return parseRead(readGraphBytes(bytes));
}
