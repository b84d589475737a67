/**
 * The one boundary every graph passes (file, URL, build): parse → schema → semantics.
 * Returns ok with the indexed graph, or every problem found; never throws.
 */
import { decodeUtf8 } from './decode.ts';
import { indexGraph, type Graph } from './graph.ts';
import { loadProblem } from './load-problems.ts';
import { neutralizeDisplayedText } from './neutralize.ts';
import { migrate } from './migrate.ts';
import { GraphSchema, FORMAT, LIMITS, type GraphFile } from './schema.ts';
import { ellipsize } from './text.ts';
import { formatPath, validateSemantics, type Problem } from './validate.ts';

export type ParseResult = { ok: true; graph: Graph } | { ok: false; problems: Problem[] };

export function parseGraph(input: unknown): ParseResult {
  try {
    if (typeof input !== 'object' || input === null || Array.isArray(input)) {
      const found = input === null ? 'null' : Array.isArray(input) ? 'a list' : typeof input;
      const type = input === null ? 'null' : Array.isArray(input) ? 'array' : typeof input;
      return fail(loadProblem('notObject', { format: FORMAT, found, type }));
    }
    input = migrate(input);
    const parsed = checkSchema(input as Record<string, unknown>);
    const schemaProblems = parsed.problems;
    // Semantic checks run either way, so one run lists every problem in the file.
    const problems = [...schemaProblems, ...validateSemantics(input)];
    if (problems.length > 0 || !parsed.data) return { ok: false, problems };
    return { ok: true, graph: indexGraph(neutralizeDisplayedText(parsed.data)) };
  } catch (error) {
    // Deep nesting or an exotic object can make a library throw; report it, don't crash.
    const detail = error instanceof Error ? error.message : String(error);
    return fail(loadProblem('unreadable', { detail }));
  }
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
function checkSchema(input: Record<string, unknown>): { data?: GraphFile; problems: Problem[] } {
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

/** Parses the text of a graph file, explaining the usual ways a download goes wrong. */
export function parseGraphJson(text: string): ParseResult {
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') return fail(loadProblem('fileEmpty'));
  if (/^\s*</.test(body)) return fail(loadProblem('isHtml'));
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch (error) {
    const detail = error instanceof SyntaxError ? error.message : String(error);
    return fail(loadProblem('notJson', { detail: ellipsize(detail, 160) }));
  }
  return parseGraph(value);
}

/**
 * The bytes of a graph file, however they came (a file chosen or dropped, a `graph=` download):
 * one decoding path, strict UTF-8 with UTF-16 and Latin-1 named rather than read as mojibake.
 */
export function parseGraphBytes(bytes: Uint8Array): ParseResult {
  const decoded = decodeUtf8(bytes);
  return decoded.ok ? parseGraphJson(decoded.text) : fail(loadProblem(decoded.reason));
}

function fail(problem: Problem): ParseResult {
  return { ok: false, problems: [problem] };
}
