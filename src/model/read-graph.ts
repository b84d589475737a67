/**
 * The steps every graph passes around the schema (parse.ts has the schema): bytes → text → JSON,
 * explaining the usual ways a download goes wrong, and after the schema the semantic checks, the
 * cleaning of displayed text and the index. No zod here: the loader's fast path (quick-parse.ts)
 * runs these with fast-schema.ts, and loads zod only for a file that one is not sure of.
 */
import { decodeUtf8 } from './decode.ts';
import { indexGraph, type Graph } from './graph.ts';
import { loadProblem } from './load-problems.ts';
import { neutralizeDisplayedText } from './neutralize.ts';
import { migrate } from './migrate.ts';
import { FORMAT } from './format.ts';
import type { GraphFile } from './schema.ts';
import { ellipsize } from './text.ts';
import { validateSemantics, type Problem } from './validate.ts';

export type ParseResult = { ok: true; graph: Graph } | { ok: false; problems: Problem[] };
/** The schema's verdict: the file as it reads it, or its problems. */
export type SchemaResult = { data?: GraphFile; problems: Problem[] };
/** A file's value, or why there is none. */
export type ReadResult = { ok: true; value: unknown } | { ok: false; problems: Problem[] };

export function fail(problem: Problem): { ok: false; problems: Problem[] } {
  return { ok: false, problems: [problem] };
}

/** The text of a graph file as a JSON value. */
export function readGraphText(text: string): ReadResult {
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') return fail(loadProblem('fileEmpty'));
  if (/^\s*</.test(body)) return fail(loadProblem('isHtml'));
  try {
    return { ok: true, value: JSON.parse(body) };
  } catch (error) {
    const detail = error instanceof SyntaxError ? error.message : String(error);
    return fail(loadProblem('notJson', { detail: ellipsize(detail, 160) }));
  }
}

/**
 * The bytes of a graph file, however they came (a file chosen or dropped, a `graph=` download):
 * one decoding path, strict UTF-8 with UTF-16 and Latin-1 named rather than read as mojibake.
 */
export function readGraphBytes(bytes: Uint8Array): ReadResult {
  const decoded = decodeUtf8(bytes);
  return decoded.ok ? readGraphText(decoded.text) : fail(loadProblem(decoded.reason));
}

type Schema = (input: Record<string, unknown>) => SchemaResult;
type MaybeSchema = (input: Record<string, unknown>) => SchemaResult | undefined;

/**
 * A JSON value through `schema`, then the semantic checks; ok with the indexed graph, or every
 * problem found; never throws. Undefined only when `schema` gives no verdict.
 */
export function checkGraph(input: unknown, schema: Schema): ParseResult;
export function checkGraph(input: unknown, schema: MaybeSchema): ParseResult | undefined;
export function checkGraph(input: unknown, schema: MaybeSchema): ParseResult | undefined {
  try {
    if (typeof input !== 'object' || input === null || Array.isArray(input)) {
      const found = input === null ? 'null' : Array.isArray(input) ? 'a list' : typeof input;
      const type = input === null ? 'null' : Array.isArray(input) ? 'array' : typeof input;
      return fail(loadProblem('notObject', { format: FORMAT, found, type }));
    }
    input = migrate(input);
    const parsed = schema(input as Record<string, unknown>);
    if (!parsed) return undefined;
    // Semantic checks run either way, so one run lists every problem in the file.
    const problems = [...parsed.problems, ...validateSemantics(input)];
    if (problems.length > 0 || !parsed.data) return { ok: false, problems };
    return { ok: true, graph: indexGraph(neutralizeDisplayedText(parsed.data)) };
  } catch (error) {
    // Deep nesting or an exotic object can make a library throw; report it, don't crash.
    const detail = error instanceof Error ? error.message : String(error);
    return fail(loadProblem('unreadable', { detail }));
  }
}
