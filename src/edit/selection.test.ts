// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { offsetOf, quoteOfRange, sentencesTouched } from './selection.ts';

const TEXT = 'اتهمت روسيا أوكرانيا. ونفت كييف ذلك.';

/** The article as the view draws it: sentences, a mark inside the first. */
function article() {
  const root = document.createElement('div');
  root.innerHTML =
    '<p><span data-at="0">اتهمت </span><mark data-at="6">روسيا</mark><span data-at="11"> أوكرانيا.</span></p>' +
    '<p><span data-at="22">ونفت كييف ذلك.</span></p>';
  document.body.append(root);
  return root;
}

describe('selection → offsets', () => {
  it('maps a selection inside a mark and beyond it to the exact source text', () => {
    const root = article();
    const range = document.createRange();
    range.setStart(root.querySelector('mark')!.firstChild!, 2);
    range.setEnd(root.querySelectorAll('span')[1]!.firstChild!, 4);
    const q = quoteOfRange(root, range, TEXT)!;
    expect(q.text).toBe(TEXT.slice(8, 15));
    expect(q).toMatchObject({ start: 8, end: 15 });
  });

  it('takes a selection across two sentences as the text between them, trimmed', () => {
    const root = article();
    const range = document.createRange();
    range.setStart(root.querySelectorAll('span')[1]!.firstChild!, 0);
    range.setEnd(root.querySelectorAll('span')[2]!.firstChild!, 4);
    const q = quoteOfRange(root, range, TEXT)!;
    expect(q.text).toBe('أوكرانيا. ونفت');
    expect(TEXT.slice(q.start, q.end)).toBe(q.text);
    expect(
      sentencesTouched(
        [
          { start: 0, end: 21 },
          { start: 22, end: 36 },
        ],
        q,
      ),
    ).toBe(2);
  });

  it('maps points between elements, and refuses points outside the article', () => {
    const root = article();
    expect(offsetOf(root, root.firstChild!, 1)).toBe(6);
    expect(offsetOf(root, root.firstChild!, 3)).toBe(21);
    expect(offsetOf(root, document.body, 0)).toBeNull();
    const range = document.createRange();
    range.setStart(root.querySelector('span')!.firstChild!, 5);
    range.setEnd(root.querySelector('span')!.firstChild!, 6);
    expect(quoteOfRange(root, range, TEXT)).toBeNull(); // only a space
  });
});
