/**
 * A links row's evidence: its quote, found in a source as the validator finds it (NFC and
 * whitespace folding only), with its translation, voice, date and note.
 */
import type { Evidence, Source } from '../schema.ts';
import { containsQuote, ellipsize, foldText, locateQuote, makeSearchable } from '../text.ts';
import type { ActorIndex } from './sheet-actors.ts';
import { bothLanguages, jsonObject, type RowReader } from './sheet-cells.ts';
import type { SheetRow } from './sheet-read.ts';
import { asciiDigits, parseStance } from './sheet-values.ts';

export type SearchableSource = { source: Source; text: ReturnType<typeof makeSearchable> };

export function searchableSources(sources: readonly Source[]): SearchableSource[] {
  return sources.map((source) => ({ source, text: makeSearchable(source.text ?? '') }));
}

export function readEvidence(
  reader: RowReader,
  row: SheetRow,
  index: ActorIndex,
  searchable: readonly SearchableSource[],
): Evidence | undefined {
  const quote = reader.get(row, 'quote');
  // Our export guards a quote that starts like a formula; a quote that really starts "'=" is kept.
  const rawQuote = reader.raw(row, 'quote').trim();
  if (quote === '') {
    reader.report(row, 'error', 'missingQuote', {}, 'quote');
    return undefined;
  }
  const wantedSource = reader.get(row, 'quote_source');
  const candidates = wantedSource
    ? searchable.filter((s) => s.source.id === wantedSource)
    : searchable;
  if (wantedSource && candidates.length === 0) {
    reader.report(row, 'error', 'unknownSource', { value: wantedSource }, 'quote_source');
    return undefined;
  }
  const pick = (q: string) => candidates.find((c) => containsQuote(c.text, q));
  const text = pick(quote) ? quote : pick(rawQuote) ? rawQuote : undefined;
  const found = text !== undefined ? pick(text) : undefined;
  if (!found || text === undefined) {
    const where = candidates.map((c) => c.source.id).join(', ');
    reader.report(
      row,
      'error',
      'quoteNotFound',
      { source: where, quote: ellipsize(quote) },
      'quote',
    );
    return undefined;
  }
  // Verbatim by construction: the quote's place in its source goes with it (a file's own wins).
  const span = locateQuote(found.source.text ?? '', text);
  const evidence: Evidence = {
    ...(span ? { at: { start: span[0], end: span[1] } } : {}),
    ...jsonObject(reader, row, 'evidence_extra'),
    source: found.source.id,
    quote: text,
  } as Evidence;
  const translation = reader.localized(row, 'translation_en', 'translation_ar');
  if (translation.en !== undefined || translation.ar !== undefined)
    evidence.translation = translation;
  readVoice(reader, row, index, evidence);
  readWhen(reader, row, evidence);
  const note = reader.get(row, 'note');
  const notes = reader.localized(row, 'note_en', 'note_ar');
  if (notes.en !== undefined || notes.ar !== undefined) evidence.note = notes;
  else if (note !== '') evidence.note = note;
  return evidence;
}

function readVoice(reader: RowReader, row: SheetRow, index: ActorIndex, evidence: Evidence): void {
  const speaker = reader.get(row, 'speaker');
  if (speaker !== '') {
    const id = index.find(speaker);
    if (id !== undefined) evidence.speaker = id;
    else reader.report(row, 'warning', 'unknownSpeaker', { value: speaker }, 'speaker');
  }
  const label = reader.localized(row, 'speaker_label_en', 'speaker_label_ar');
  if (label.en !== undefined || label.ar !== undefined)
    evidence.speakerLabel = bothLanguages(reader, row, 'speaker label', label);
  const stanceCell = reader.get(row, 'stance');
  if (stanceCell === '') return;
  const stance = parseStance(stanceCell);
  if (stance) evidence.stance = stance;
  else reader.report(row, 'warning', 'badStance', { value: stanceCell }, 'stance');
}

/** Nothing is dated that the text does not date: a date needs the quote's own words for it. */
function readWhen(reader: RowReader, row: SheetRow, evidence: Evidence): void {
  const date = asciiDigits(reader.get(row, 'date'));
  if (date === '') return;
  const format = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;
  const until = asciiDigits(reader.get(row, 'date_until'));
  if (!format.test(date) || (until !== '' && !format.test(until))) {
    reader.report(row, 'warning', 'badDate', { value: format.test(date) ? until : date }, 'date');
    return;
  }
  const expression = reader.get(row, 'date_expression');
  if (expression === '' || !foldText(evidence.quote).includes(foldText(expression))) {
    reader.report(row, 'warning', 'dateWithoutWords', {}, 'date');
    return;
  }
  const basis = reader.get(row, 'date_basis') === 'resolved' ? 'resolved' : 'stated';
  evidence.when = { date, ...(until ? { until } : {}), basis, expression };
}
