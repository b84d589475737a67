/** What the article view reads off a source: its sentences, and where its quotes are. */
import { describe, expect, it } from 'vitest';
import { draft } from '../doc/test-draft.ts';
import { evidenceSpans, sentencesOf } from './analysis.ts';

describe('evidenceSpans', () => {
  it('places every quote of the source at the text it is, and follows a text that changes', () => {
    const graph = draft();
    const source = graph.sources[0]!;
    const spans = evidenceSpans(graph.relations, source);
    // (A quote may differ from its source in spacing only: the test graph has one such.)
    const words = (s: string) => s.replace(/\s+/g, ' ');
    const quotes = graph.relations.flatMap((r) =>
      r.evidence.filter((e) => e.source === source.id).map((e) => words(e.quote)),
    );
    expect(spans.map((s) => words(source.text!.slice(s.start, s.end)))).toEqual(quotes);
    // The same relations over a text with a word put in front: every quote is found again,
    // further on (nothing is kept from the reading of the old text).
    const moved = { ...source, text: `Update. ${source.text}` };
    const again = evidenceSpans(graph.relations, moved);
    expect(again.map((s) => words(moved.text.slice(s.start, s.end)))).toEqual(quotes);
    expect(again.map((s) => s.start)).toEqual(spans.map((s) => s.start + 'Update. '.length));
  });
});

describe('sentencesOf', () => {
  it('splits a text once, and each text and language on its own', () => {
    const text = 'Russia accused Tajikistan. Tajikistan denied it.';
    const en = sentencesOf({ id: 'a', text, language: 'en' });
    expect(en.map((s) => s.text)).toEqual(['Russia accused Tajikistan.', 'Tajikistan denied it.']);
    expect(sentencesOf({ id: 'b', text, language: 'en' })).toBe(en);
    expect(sentencesOf({ id: 'a', text: `${text} More.`, language: 'en' })).toHaveLength(3);
    expect(sentencesOf({ id: 'a', text, language: 'en' })).toBe(en);
    // Another language is another split (its own rules), not the English one handed back.
    expect(sentencesOf({ id: 'a', text, language: 'ar' })).not.toBe(en);
  });
});
