/**
 * Sources (the articles a graph draws on) and quotes taken from them. A quote is never typed: it is
 * the source's text between two offsets, so it is verbatim by construction.
 */
import { pickId } from './ids.ts';
import { applyPatch, findSource, replaceById, withList } from './patch.ts';
import { DocError, type DraftGraph, type DraftSource, type TextSpan } from './types.ts';

export interface NewSource {
  /** Used when free; otherwise an id is made from the English title. */
  readonly id?: string;
  readonly language: string;
  readonly title?: { readonly en?: string; readonly ar?: string };
  readonly outlet?: string;
  readonly published?: string;
  readonly url?: string;
  /** The article's text exactly as given: quotes are offsets into it, so it is never trimmed. */
  readonly text: string;
}

/** Metadata a source may change; `undefined` removes an optional field. */
export type SourcePatch = Partial<
  Pick<DraftSource, 'language' | 'title' | 'outlet' | 'published' | 'url' | 'text' | 'note'>
>;

/** Adds a source; returns the new graph and the source's id. */
export function addSource(graph: DraftGraph, input: NewSource): { graph: DraftGraph; id: string } {
  const { id: wanted, title, text, ...rest } = input;
  const id = pickId(graph, wanted, [title?.en, title?.ar], 'source');
  const source = {
    id,
    ...rest,
    title: { en: title?.en ?? '', ar: title?.ar ?? '' },
    text,
  } as DraftSource;
  return { graph: { ...graph, sources: [...graph.sources, source] }, id };
}

/**
 * Changes a source's metadata. Its text may change only while no evidence quotes it: the quotes'
 * offsets point into the text as it is.
 */
export function updateSource(graph: DraftGraph, id: string, patch: SourcePatch): DraftGraph {
  const source = findSource(graph, id);
  if (patch.text !== undefined && patch.text !== source.text && sourceInUse(graph, id))
    throw new DocError('text-in-use', `source ${JSON.stringify(id)} is quoted: its text is fixed`);
  return withList(
    graph,
    'sources',
    replaceById(graph.sources, id, (s) => applyPatch(s, patch))!,
  );
}

/** Whether any relation's or event's evidence quotes the source. */
export function sourceInUse(graph: DraftGraph, id: string): boolean {
  return (
    graph.relations.some((r) => r.evidence.some((e) => e.source === id)) ||
    (graph.events ?? []).some((e) => e.evidence.source === id)
  );
}

export interface Quote {
  readonly quote: string;
  /** The offsets of the quote itself: the selection without its leading and trailing spaces. */
  readonly at: TextSpan;
}

/**
 * The quote between two offsets of a source's text. Spaces at either end of the selection are
 * left out (a mouse selection often takes one); offsets that cut a character in two, fall outside
 * the text or hold only spaces are refused with a DocError.
 */
export function quoteAt(graph: DraftGraph, span: { source: string } & TextSpan): Quote {
  const source = findSource(graph, span.source);
  const text = source.text;
  if (typeof text !== 'string')
    throw new DocError('no-text', `source ${JSON.stringify(span.source)} has no text to quote`);
  let { start, end } = span;
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length)
    throw new DocError('bad-span', `offsets ${start}–${end} are outside the text`);
  if (end <= start) throw new DocError('bad-span', `offsets ${start}–${end} select nothing`);
  if (splitsPair(text, start) || splitsPair(text, end))
    throw new DocError('bad-span', `offsets ${start}–${end} cut a character in two`);
  while (start < end && /\s/u.test(text[start]!)) start++;
  while (end > start && /\s/u.test(text[end - 1]!)) end--;
  if (end === start) throw new DocError('empty-quote', 'the selection holds only spaces');
  return { quote: text.slice(start, end), at: { start, end } };
}

/** An offset between the two halves of a surrogate pair (an emoji, a rare letter). */
function splitsPair(text: string, offset: number): boolean {
  if (offset <= 0 || offset >= text.length) return false;
  const before = text.charCodeAt(offset - 1);
  const after = text.charCodeAt(offset);
  return before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff;
}
