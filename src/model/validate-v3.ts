/**
 * Semantic checks of the v3 additions: events exist and are dated by a quote of their source,
 * a quote's offsets point at the quote, and a suggestion's trigger words sit where it says.
 */
import { list, quoted, record, str, type Loose } from './loose.ts';
import { problem, type Problem } from './problem.ts';
import { ellipsize, foldText, type SearchableText } from './text.ts';

/** What every evidence check needs to know about the file. */
export interface EvidenceContext {
  readonly sources: readonly Loose[];
  readonly sourceIds: ReadonlyMap<string, number>;
  readonly actorIds: ReadonlyMap<string, number>;
  /** Folded source texts, by source id, for quote look-ups. */
  readonly texts: ReadonlyMap<string, SearchableText>;
  /** The texts as printed, for offsets. */
  readonly rawTexts: ReadonlyMap<string, string>;
  /** The checks every evidence item gets (validate.ts), so an event's quote is held to the same. */
  readonly checkEvidence: (
    raw: unknown,
    path: string,
    context: EvidenceContext,
    problems: Problem[],
  ) => void;
}

const offset = (v: unknown): number | undefined =>
  typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : undefined;

/**
 * The text of `sourceId` between `start` and `end` must read as `expected`, compared as quotes are
 * (NFC, whitespace folded). Returns the problem, or undefined when it matches or cannot be checked.
 */
function spanProblem(
  path: string,
  sourceId: string,
  span: Loose,
  expected: string,
  context: EvidenceContext,
): Problem | undefined {
  const text = context.rawTexts.get(sourceId);
  const [start, end] = [offset(span.start), offset(span.end)];
  if (text === undefined || start === undefined || end === undefined || end <= start) return;
  if (end > text.length)
    return problem(`${path}.end`, 'offsetsOutside', {
      end: String(end),
      source: quoted(sourceId),
      length: String(text.length),
    });
  const found = text.slice(start, end);
  if (foldText(found) === foldText(expected)) return;
  return problem(path, 'notAtOffsets', {
    source: quoted(sourceId),
    start: String(start),
    end: String(end),
    found: ellipsize(found),
    quote: ellipsize(expected),
  });
}

/** Evidence `at`: re-checked on every load, so an edited source text cannot leave it stale. */
export function checkSpan(e: Loose, path: string, context: EvidenceContext, problems: Problem[]) {
  const sourceId = str(e.source);
  const quote = str(e.quote);
  if (e.at === undefined || sourceId === undefined || quote === undefined) return;
  const found = spanProblem(`${path}.at`, sourceId, record(e.at), quote, context);
  if (found) problems.push(found);
}

/**
 * A relation's events exist; a suggestion's triggers are words of one of the sources its evidence
 * quotes, at the offsets given.
 */
export function checkRelationV3(
  r: Loose,
  path: string,
  context: EvidenceContext & { readonly eventIds: ReadonlyMap<string, number> },
  problems: Problem[],
) {
  list(r.about).forEach((raw, k) => {
    const id = str(raw);
    if (id !== undefined && !context.eventIds.has(id))
      problems.push(problem(`${path}.about[${k}]`, 'noEvent', { id: quoted(id) }));
  });
  const sourceIds = [...new Set(list(r.evidence).map((e) => str(record(e).source)))].filter(
    (id): id is string => id !== undefined && context.rawTexts.has(id),
  );
  list(record(r.suggestion).triggers).forEach((raw, k) => {
    const trigger = record(raw);
    const text = str(trigger.text);
    if (text === undefined || sourceIds.length === 0) return;
    const at = `${path}.suggestion.triggers[${k}]`;
    const found = sourceIds.map((id) => spanProblem(at, id, trigger, text, context));
    if (found.every((p) => p !== undefined)) problems.push(found[0]!);
  });
}

/** Events: unique ids, each dated by a quote that passes every evidence check. */
export function checkEvents(
  events: unknown[],
  context: EvidenceContext,
  problems: Problem[],
): void {
  events.forEach((raw, i) => {
    const evidence = record(raw).evidence;
    if (evidence !== undefined)
      context.checkEvidence(evidence, `events[${i}].evidence`, context, problems);
  });
}
