/** A problem found in a graph file, with its English wording and the key the interface translates. */
import type { LoadProblemKey } from './load-problems.ts';

export interface Problem {
  /** Where in the file, e.g. `relations[3].evidence[0].quote`; empty for the whole file. */
  readonly path: string;
  /** In English, for the command line and logs. */
  readonly message: string;
  /** For the interface: an i18n key under `problem.` and its values (see locales). */
  readonly key?: ProblemKey;
  readonly params?: Readonly<Record<string, string>>;
}

/** English wording of each problem; the interface translates the same keys (locales `problem.*`). */
export const PROBLEM_TEMPLATES = {
  duplicateId: (p) => `duplicate id ${p.id} (first used at ${p.first})`,
  textNotInlined: (p) => `textFile ${p.file} was not inlined (only files on disk can use textFile)`,
  textMissing: () => 'is missing: give the verbatim source text (or textFile in a file on disk)',
  actorIdClash: (p) => `${p.id} is already an actor id`,
  noActor: (p) => `no actor with id ${p.id}`,
  selfLoop: () => 'is the same as source: a relation needs two actors',
  noSource: (p) => `no source with id ${p.id}`,
  quoteNotFound: (p) => `not found in source ${p.source}: “${p.quote}”`,
  expressionNotInQuote: (p) => `“${p.expression}” is not part of the quote`,
  untilBeforeDate: (p) => `is before the date ${p.date}`,
  translationMissing: (p) =>
    `is missing: a quote in "${p.from}" needs a translation into "${p.to}"`,
  mixedScripts: (p) => `mixes ${p.scripts} letters in one word: a look-alike of another name?`,
  sameName: (p) => `reads the same as ${p.other} (${p.name}): two actors must be told apart`,
  noEvent: (p) => `no event with id ${p.id}`,
  notAtOffsets: (p) =>
    `the text of source ${p.source} at ${p.start}–${p.end} is “${p.found}”, not “${p.quote}”`,
  offsetsOutside: (p) => `${p.end} is past the end of source ${p.source} (${p.length} characters)`,
  impossibleDate: (p) => `${p.date} is not a date of the calendar`,
} satisfies Record<string, (params: Record<string, string>) => string>;
export type ProblemKey = keyof typeof PROBLEM_TEMPLATES | LoadProblemKey | 'schema';

export function problem(
  path: string,
  key: keyof typeof PROBLEM_TEMPLATES,
  params: Record<string, string> = {},
): Problem {
  return { path, key, params, message: PROBLEM_TEMPLATES[key](params) };
}

export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (typeof key === 'string' && /^[A-Za-z_$][\w$]*$/.test(key))
      out += out ? `.${key}` : key;
    else out += `[${JSON.stringify(String(key))}]`;
  }
  return out;
}

export function formatProblem(p: Problem): string {
  return p.path ? `${p.path}: ${p.message}` : p.message;
}
