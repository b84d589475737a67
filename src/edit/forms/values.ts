/**
 * What the relation form holds, and how its values become the document's inputs. Kept apart from
 * the form so the rules (tension follows the kind until the author sets it; a date needs the
 * words that give it) are tested without a browser.
 */
import type { When } from '../../model/schema.ts';
import { RELATION_KINDS, type RelationKind, type Tension } from '../../model/vocabulary.ts';

export interface EvidenceValues {
  stance: 'asserts' | 'denies';
  speaker?: string;
  speakerLabel: { en: string; ar: string };
  /** YYYY, YYYY-MM or YYYY-MM-DD. */
  date: string;
  until: string;
  /** The words of the quote that give the date. */
  expression: string;
  translation: { en: string; ar: string };
  note: string;
}

export interface RelationValues {
  source?: string;
  target?: string;
  kind: RelationKind;
  directed: boolean;
  tension: Tension;
  /** The author chose the tension: a change of kind no longer resets it. */
  tensionSet: boolean;
  summary: { en: string; ar: string };
}

export const emptyEvidence = (): EvidenceValues => ({
  stance: 'asserts',
  speakerLabel: { en: '', ar: '' },
  date: '',
  until: '',
  expression: '',
  translation: { en: '', ar: '' },
  note: '',
});

export function relationDefaults(kind: RelationKind = 'cooperation'): RelationValues {
  return {
    kind,
    directed: RELATION_KINDS[kind].directed,
    tension: RELATION_KINDS[kind].defaultTension,
    tensionSet: false,
    summary: { en: '', ar: '' },
  };
}

/** A new kind brings its direction and, unless the author set one, its tension. */
export function withKind(values: RelationValues, kind: RelationKind): RelationValues {
  const k = RELATION_KINDS[kind];
  return {
    ...values,
    kind,
    directed: k.directed,
    tension: values.tensionSet ? values.tension : k.defaultTension,
  };
}

/** One key turns the relation round: source and target swap. */
export function reversed(values: RelationValues): RelationValues {
  return { ...values, source: values.target, target: values.source };
}

const DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

export type EvidenceProblem = 'date' | 'until' | 'expression' | 'expressionNotInQuote';

/** What keeps the evidence fields from being saved (the validator checks the rest later). */
export function evidenceProblems(v: EvidenceValues, quote: string): EvidenceProblem[] {
  const out: EvidenceProblem[] = [];
  if (v.date && !DATE.test(v.date)) out.push('date');
  if (v.until && (!DATE.test(v.until) || !v.date || v.until < v.date)) out.push('until');
  if (v.date && !v.expression.trim()) out.push('expression');
  if (v.expression.trim() && !quote.includes(v.expression.trim())) out.push('expressionNotInQuote');
  return out;
}

const clean = (s: string) => s.trim();

/** The evidence fields as the document stores them: empty fields left out. */
export function evidenceFields(v: EvidenceValues) {
  const translation = Object.fromEntries(
    (['en', 'ar'] as const)
      .filter((l) => clean(v.translation[l]))
      .map((l) => [l, clean(v.translation[l])]),
  );
  const label = v.speakerLabel;
  const when: When | undefined = v.date
    ? {
        date: v.date,
        ...(v.until ? { until: v.until } : {}),
        basis: 'stated',
        expression: clean(v.expression),
      }
    : undefined;
  return {
    ...(v.stance === 'denies' ? { stance: 'denies' as const } : {}),
    ...(v.speaker ? { speaker: v.speaker } : {}),
    ...(clean(label.en) || clean(label.ar)
      ? { speakerLabel: { en: clean(label.en), ar: clean(label.ar) } }
      : {}),
    ...(Object.keys(translation).length ? { translation } : {}),
    ...(clean(v.note) ? { note: clean(v.note) } : {}),
    ...(when ? { when } : {}),
  };
}

/** An evidence item's fields as the form shows them. */
export function evidenceValuesOf(e: {
  stance?: 'asserts' | 'denies';
  speaker?: string;
  speakerLabel?: { en: string; ar: string };
  when?: When;
  translation?: { en?: string; ar?: string };
  note?: string | { en?: string; ar?: string };
}): EvidenceValues {
  return {
    stance: e.stance ?? 'asserts',
    ...(e.speaker ? { speaker: e.speaker } : {}),
    speakerLabel: { en: e.speakerLabel?.en ?? '', ar: e.speakerLabel?.ar ?? '' },
    date: e.when?.date ?? '',
    until: e.when?.until ?? '',
    expression: e.when?.expression ?? '',
    translation: { en: e.translation?.en ?? '', ar: e.translation?.ar ?? '' },
    note: typeof e.note === 'string' ? e.note : (e.note?.en ?? e.note?.ar ?? ''),
  };
}

/** The form's evidence fields as a patch: what was emptied is removed (`undefined`). */
export function evidencePatch(v: EvidenceValues) {
  const f = evidenceFields(v);
  return {
    stance: f.stance,
    speaker: f.speaker,
    speakerLabel: f.speakerLabel,
    translation: f.translation,
    note: f.note,
    when: f.when,
  };
}
