/**
 * Every string of a loaded graph that the interface shows — titles, descriptions, outlets,
 * summaries, speaker labels, translations, notes — loses its bidi embedding, override and isolate
 * controls (text.ts), as names already do. Quotes and source texts stay verbatim (a quote must be
 * found in its source); the interface neutralises those as it shows them. Unknown fields are kept.
 */
import type { GraphFile, Note } from './schema.ts';
import { neutralizeBidi as clean } from './text.ts';

function localized<T extends object>(value: T): T;
function localized<T extends object>(value: T | undefined): T | undefined;
function localized<T extends object>(value: T | undefined): T | undefined {
  if (value === undefined) return undefined;
  const out = { ...value } as Record<string, unknown>;
  for (const [k, s] of Object.entries(value)) if (typeof s === 'string') out[k] = clean(s);
  return out as T;
}
const note = (n: Note | undefined): Note | undefined =>
  typeof n === 'string' ? clean(n) : localized(n);

/** Copies `patch` onto `target`, leaving out what is undefined (optional fields stay absent). */
function assign<T extends object>(target: T, patch: Partial<T>): T {
  for (const [k, v] of Object.entries(patch))
    if (v !== undefined) (target as Record<string, unknown>)[k] = v;
  return target;
}

export function neutralizeDisplayedText(file: GraphFile): GraphFile {
  return assign(
    { ...file, title: localized(file.title) },
    {
      description: localized(file.description),
      sources: file.sources.map((s) =>
        assign(
          { ...s, title: localized(s.title) },
          { outlet: s.outlet === undefined ? undefined : clean(s.outlet), note: note(s.note) },
        ),
      ),
      actors: file.actors.map((a) => assign({ ...a }, { description: localized(a.description) })),
      relations: file.relations.map((r) => ({
        ...r,
        summary: localized(r.summary),
        evidence: r.evidence.map((e) =>
          assign(
            { ...e },
            {
              translation: localized(e.translation),
              note: note(e.note),
              speakerLabel: localized(e.speakerLabel),
            },
          ),
        ),
      })),
    },
  );
}
