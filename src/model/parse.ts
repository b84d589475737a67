/**
 * The one boundary every graph passes (file, URL, build): parse → schema → semantics.
 * Returns ok with the indexed graph, or every problem found; never throws.
 */
import { indexGraph, type Graph } from './graph.ts';
import { migrate } from './migrate.ts';
import { GraphSchema, FORMAT } from './schema.ts';
import { ellipsize } from './text.ts';
import { formatPath, validateSemantics, type Problem } from './validate.ts';

export type ParseResult = { ok: true; graph: Graph } | { ok: false; problems: Problem[] };

export function parseGraph(input: unknown): ParseResult {
  try {
    if (typeof input !== 'object' || input === null || Array.isArray(input)) {
      const found = input === null ? 'null' : Array.isArray(input) ? 'a list' : typeof input;
      return fail('', `expected a graph object {"format": "${FORMAT}", …} but found ${found}`);
    }
    input = migrate(input);
    const parsed = GraphSchema.safeParse(input);
    const schemaProblems = parsed.success
      ? []
      : parsed.error.issues.map((i) => ({
          path: formatPath(i.path),
          message: i.message,
          key: 'schema' as const,
          params: { message: i.message },
        }));
    // Semantic checks run either way, so one run lists every problem in the file.
    const problems = [...schemaProblems, ...validateSemantics(input)];
    if (problems.length > 0 || !parsed.success) return { ok: false, problems };
    return { ok: true, graph: indexGraph(parsed.data) };
  } catch (error) {
    // Deep nesting or an exotic object can make a library throw; report it, don't crash.
    return fail('', `could not be read: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** Parses the text of a graph file, explaining the usual ways a download goes wrong. */
export function parseGraphJson(text: string): ParseResult {
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') return fail('', 'the file is empty');
  if (/^\s*</.test(body))
    return fail('', 'this is HTML (perhaps an error page), not a graph file in JSON');
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch (error) {
    const detail = error instanceof SyntaxError ? error.message : String(error);
    return fail('', `not valid JSON: ${ellipsize(detail, 160)}`);
  }
  return parseGraph(value);
}

function fail(path: string, message: string): ParseResult {
  return { ok: false, problems: [{ path, message }] };
}
