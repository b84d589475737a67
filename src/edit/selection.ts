/**
 * A selection in the article view → offsets into the source text. Every piece of the article on
 * screen is a text node alone in an element carrying `data-at`, its offset in the source; a
 * selection's two ends map back through them. The quote is then `text.slice(start, end)`:
 * verbatim by construction, whatever the selection crossed (a mark, two sentences).
 */

export interface Quoted {
  start: number;
  end: number;
  text: string;
}

/** The source offset of a DOM point inside `root`, or null when it is outside the article. */
export function offsetOf(root: Element, node: Node, offset: number): number | null {
  if (!root.contains(node)) return null;
  if (node.nodeType === 3) {
    const at = atOf(node.parentElement);
    return at === null ? null : at + offset;
  }
  // A point between children: the start of the child after it, or the end of the one before.
  const el = node as Element;
  const after = el.childNodes[offset];
  if (after) {
    const start = firstAt(after, 'start');
    if (start !== null) return start;
  }
  const before = el.childNodes[offset - 1];
  return before ? firstAt(before, 'end') : atOf(el);
}

function atOf(el: Element | null): number | null {
  const value = el?.getAttribute('data-at');
  return value == null ? null : Number(value);
}

/** The first (or last) piece's start (or end) inside a node. */
function firstAt(node: Node, edge: 'start' | 'end'): number | null {
  const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
  if (!el) return null;
  const pieces = [...(el.matches('[data-at]') ? [el] : []), ...el.querySelectorAll('[data-at]')];
  const piece = edge === 'start' ? pieces[0] : pieces[pieces.length - 1];
  if (!piece) return null;
  const at = atOf(piece)!;
  return edge === 'start' ? at : at + (piece.textContent ?? '').length;
}

/**
 * Offsets of a range in the article, trimmed of white space at both ends (a double-click or a
 * drag usually takes a space with the words). Null when it is empty or leaves the article.
 */
export function quoteOfRange(root: Element, range: Range, text: string): Quoted | null {
  const a = offsetOf(root, range.startContainer, range.startOffset);
  const b = offsetOf(root, range.endContainer, range.endOffset);
  if (a === null || b === null) return null;
  return trimmed(text, Math.min(a, b), Math.max(a, b));
}

export function trimmed(text: string, start: number, end: number): Quoted | null {
  while (start < end && /\s/u.test(text[start]!)) start++;
  while (end > start && /\s/u.test(text[end - 1]!)) end--;
  return end > start ? { start, end, text: text.slice(start, end) } : null;
}

/** How many of the given sentences a quote touches (a quote across two is allowed, and said). */
export function sentencesTouched(
  sentences: readonly { start: number; end: number }[],
  quote: { start: number; end: number },
): number {
  return sentences.filter((s) => s.start < quote.end && s.end > quote.start).length;
}
