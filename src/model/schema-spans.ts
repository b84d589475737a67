/**
 * Offsets into a source's text (format v3): where an evidence quote sits, and the drafting
 * assistant's unreviewed suggestions with the trigger words that led to them. Offsets are UTF-16
 * code units of the text after textFile is inlined; validate-v3.ts checks them against the text.
 */
import { z } from './zod.ts';

/** Same as the schema's source-text limit: an offset cannot point past the longest text. */
const MAX_OFFSET = 2_000_000;
const MAX_TRIGGERS = 100;
const MAX_TEXT = 5000;
const MAX_LABEL = 200;

const expected = (what: string) => (issue: { input?: unknown }) =>
  issue.input === undefined ? 'is missing' : `must be ${what}`;

const Offset = z
  .number({ error: expected('a number') })
  .int({ error: 'must be a whole number' })
  .min(0, { error: 'must not be negative' })
  .max(MAX_OFFSET, { error: `must be at most ${MAX_OFFSET}` });

const label = z
  .string({ error: expected('a string') })
  .trim()
  .min(1, { error: 'must not be empty' })
  .max(MAX_LABEL, { error: `is longer than ${MAX_LABEL} characters` });

/** [start, end) of the quote in its source's text. */
export const Span = z
  .object({ start: Offset, end: Offset }, { error: expected('an object {"start": …, "end": …}') })
  .refine((s) => s.end > s.start, { error: 'end must be after start', path: ['end'] });

/** A word or phrase of the source that led the drafting assistant to a suggestion. */
export const TriggerSchema = z.object(
  {
    // Not trimmed: it is compared with the text at its offsets.
    text: z
      .string({ error: expected('a string') })
      .min(1, { error: 'must not be empty' })
      .max(MAX_TEXT, { error: `is longer than ${MAX_TEXT} characters` }),
    start: Offset,
    end: Offset,
    /** What the words do in the suggestion, e.g. "source", "target", "cue". */
    role: label,
  },
  { error: expected('an object') },
);

/**
 * Present = an unreviewed suggestion of the drafting assistant; the editor removes it when a
 * person accepts the relation. Readers never see an unreviewed suggestion as a relation.
 */
export const SuggestionSchema = z.looseObject(
  {
    /** Who or what made it, e.g. the assistant's name and version. */
    by: label,
    confidence: z
      .number({ error: expected('a number from 0 to 1') })
      .min(0, { error: 'must be a number from 0 to 1' })
      .max(1, { error: 'must be a number from 0 to 1' }),
    triggers: z
      .array(TriggerSchema, { error: expected('a list') })
      .max(MAX_TRIGGERS, { error: `has more than ${MAX_TRIGGERS} items` }),
  },
  { error: expected('an object') },
);

export type Suggestion = z.output<typeof SuggestionSchema>;
export type Trigger = z.output<typeof TriggerSchema>;
