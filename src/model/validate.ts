/**
 * Semantic checks the schema cannot express: unique ids, endpoints that exist, every quote found
 * verbatim in its source, translations present. They read the raw input defensively, so a file
 * with schema errors still gets every other problem listed in the same run.
 */
import { containsQuote, ellipsize, foldText, makeSearchable, type SearchableText } from './text.ts';
import { isPossibleDate } from './calendar.ts';
import { mixedScripts, skeleton } from './confusables.ts';
import { normalizeForSearch } from './search.ts';
import { LANGUAGE_CODES } from './vocabulary.ts';
import { list, quoted, record, str } from './loose.ts';
import { problem, type Problem } from './problem.ts';
import { checkEvents, checkRelationV3, checkSpan, type EvidenceContext } from './validate-v3.ts';

export {
  formatPath,
  formatProblem,
  problem,
  PROBLEM_TEMPLATES,
  type Problem,
  type ProblemKey,
} from './problem.ts';

/** Records the first index of each string id and reports later duplicates. */
export function uniqueIds(
  items: unknown[],
  section: string,
  problems: Problem[],
): Map<string, number> {
  const seen = new Map<string, number>();
  items.forEach((item, i) => {
    const id = str(record(item).id);
    if (id === undefined) return;
    const first = seen.get(id);
    if (first === undefined) seen.set(id, i);
    else
      problems.push(
        problem(`${section}[${i}].id`, 'duplicateId', {
          id: quoted(id),
          first: `${section}[${first}]`,
        }),
      );
  });
  return seen;
}

/**
 * Look-alike names: a word mixing scripts ("Russiа" with a Cyrillic а), or two actors whose names
 * read the same once case, accents, invisible characters and Unicode's confusables are set aside
 * (confusables.ts).
 */
function checkNames(actors: unknown[], problems: Problem[]) {
  const seen = new Map<string, string>();
  actors.forEach((raw, i) => {
    const name = record(record(raw).name);
    for (const lang of LANGUAGE_CODES) {
      const value = str(name[lang]);
      if (value === undefined) continue;
      const path = `actors[${i}].name.${lang}`;
      for (const word of value.split(/\s+/)) {
        const scripts = mixedScripts(word);
        if (scripts.length > 1) {
          problems.push(problem(path, 'mixedScripts', { scripts: scripts.join(' and ') }));
          break;
        }
      }
      // Case is folded before the skeleton ("RUSSIA": the confusables map I to l) and after it
      // (Cherokee capitals map to Latin ones, their small forms to small capitals).
      const keys = [skeleton(value.toLowerCase()), skeleton(skeleton(value).toLowerCase())].map(
        (k) => `${lang}:${normalizeForSearch(k)}`,
      );
      const other = keys.map((k) => seen.get(k)).find((p) => p !== undefined);
      if (other !== undefined)
        problems.push(problem(path, 'sameName', { other, name: quoted(value) }));
      else for (const k of keys) seen.set(k, path);
    }
  });
}

export function validateSemantics(input: unknown): Problem[] {
  const graph = record(input);
  const sources = list(graph.sources).map(record);
  const actors = list(graph.actors);
  const relations = list(graph.relations);
  const problems: Problem[] = [];
  const sourceIds = uniqueIds(sources, 'sources', problems);
  const actorIds = uniqueIds(actors, 'actors', problems);
  uniqueIds(relations, 'relations', problems);
  const events = list(graph.events);
  const eventIds = uniqueIds(events, 'events', problems);

  const texts = new Map<string, SearchableText>();
  const rawTexts = new Map<string, string>();
  const context: EvidenceContext = {
    ...{ sources, sourceIds, actorIds, texts, rawTexts, checkEvidence },
  };
  sources.forEach((s, i) => {
    const id = str(s.id);
    const text = str(s.text);
    if (text === undefined || text.trim() === '') {
      const file = str(s.textFile);
      problems.push(
        file
          ? problem(`sources[${i}].text`, 'textNotInlined', { file: JSON.stringify(file) })
          : problem(`sources[${i}].text`, 'textMissing'),
      );
    } else if (id !== undefined && !texts.has(id)) {
      texts.set(id, makeSearchable(text));
      rawTexts.set(id, text);
    }
  });

  checkNames(actors, problems);

  relations.forEach((raw, i) => {
    const r = record(raw);
    const at = `relations[${i}]`;
    const id = str(r.id);
    if (id !== undefined && actorIds.has(id))
      problems.push(problem(`${at}.id`, 'actorIdClash', { id: quoted(id) }));
    for (const end of ['source', 'target'] as const) {
      const actor = str(r[end]);
      if (actor !== undefined && !actorIds.has(actor))
        problems.push(problem(`${at}.${end}`, 'noActor', { id: quoted(actor) }));
    }
    if (str(r.source) !== undefined && r.source === r.target)
      problems.push(problem(`${at}.target`, 'selfLoop'));

    // An unreviewed suggestion has no translation yet: the person who accepts it writes one.
    const unreviewed = r.suggestion !== undefined;
    list(r.evidence).forEach((e, j) =>
      checkEvidence(e, `${at}.evidence[${j}]`, context, problems, unreviewed),
    );
    checkRelationV3(r, at, { ...context, eventIds }, problems);
  });
  checkEvents(events, context, problems);
  return problems;
}

/** One evidence item (of a relation or an event): its source, quote, speaker, date, translations. */
/** Well-formed days (the schema reports the rest), so only real-calendar errors are added here. */
const PARTIAL_DATE_FORM = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

export function checkEvidence(
  raw: unknown,
  ev: string,
  context: EvidenceContext,
  problems: Problem[],
  unreviewed = false,
) {
  const { sources, sourceIds, actorIds, texts } = context;
  const e = record(raw);
  const sourceId = str(e.source);
  if (sourceId === undefined) return;
  const index = sourceIds.get(sourceId);
  const source = index === undefined ? undefined : sources[index];
  if (source === undefined) {
    problems.push(problem(`${ev}.source`, 'noSource', { id: quoted(sourceId) }));
    return;
  }
  const text = texts.get(sourceId);
  const quote = str(e.quote);
  if (text && quote !== undefined && quote.trim() !== '' && !containsQuote(text, quote))
    problems.push(
      problem(`${ev}.quote`, 'quoteNotFound', {
        source: quoted(sourceId),
        quote: ellipsize(quote),
      }),
    );
  const speaker = str(e.speaker);
  if (speaker !== undefined && !actorIds.has(speaker))
    problems.push(problem(`${ev}.speaker`, 'noActor', { id: quoted(speaker) }));
  const when = record(e.when);
  const expression = str(when.expression);
  if (
    expression !== undefined &&
    quote !== undefined &&
    !foldText(quote).includes(foldText(expression))
  )
    problems.push(
      problem(`${ev}.when.expression`, 'expressionNotInQuote', {
        expression: ellipsize(expression),
      }),
    );
  const date = str(when.date);
  const until = str(when.until);
  if (date !== undefined && until !== undefined && until < date)
    problems.push(problem(`${ev}.when.until`, 'untilBeforeDate', { date }));
  for (const [field, value] of [
    ['date', date],
    ['until', until],
  ] as const)
    if (value !== undefined && PARTIAL_DATE_FORM.test(value) && !isPossibleDate(value))
      problems.push(problem(`${ev}.when.${field}`, 'impossibleDate', { date: value }));
  const language = str(source.language);
  const translation = record(e.translation);
  for (const lang of LANGUAGE_CODES) {
    if (!unreviewed && language !== undefined && lang !== language && !str(translation[lang]))
      problems.push(
        problem(`${ev}.translation.${lang}`, 'translationMissing', {
          from: language,
          to: lang,
        }),
      );
  }
  checkSpan(e, ev, context, problems);
}
