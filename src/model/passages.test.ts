import { describe, expect, it } from 'vitest';
import { indexGraph } from './graph.ts';
import { passages } from './passages.ts';
import { SOURCE_TEXT, testGraphFile } from './test-graph.ts';
import { locateQuote } from './text.ts';

describe('locateQuote', () => {
  it('finds exact quotes and quotes that differ only in whitespace or normalisation', () => {
    const text = 'Alpha  beta\ngamma. Café é.';
    expect(locateQuote(text, 'beta\ngamma')).toEqual([7, 17]);
    expect(text.slice(...locateQuote(text, 'Alpha beta gamma.')!)).toBe('Alpha  beta\ngamma.');
    const decomposed = 'Cafe\u0301';
    expect(text.slice(...locateQuote(text, decomposed)!)).toBe('Café');
    expect(locateQuote(text, 'delta')).toBeUndefined();
    expect(locateQuote(text, '')).toBeUndefined();
  });
});

describe('passages', () => {
  const graph = indexGraph(testGraphFile());
  const runs = passages(graph, 'src');

  it('covers the whole text, in order, without gaps', () => {
    expect(runs.map((p) => p.text).join('')).toBe(SOURCE_TEXT);
    runs.forEach((p, i) => i > 0 && expect(p.start).toBe(runs[i - 1]!.end));
  });

  it('marks each quoted run with the relations it backs', () => {
    const marked = runs.filter((p) => p.relationIds.length > 0);
    expect(marked.map((p) => [p.text.trim(), p.relationIds])).toEqual([
      ['قالت روسيا يوم السبت إن المشتبه بهم جاءوا من طاجيكستان.', ['ru-tj-accusation']],
      ['وتنفي طاجيكستان ذلك.', ['ru-tj-accusation']],
      ['وطاجيكستان وروسيا حليفتان.', ['ru-tj-alliance']],
    ]);
  });

  it('cuts nested quotes so the inner run carries both relations', () => {
    const file = testGraphFile();
    file.relations[1]!.evidence[0]!.quote = 'روسيا يوم السبت';
    const nested = passages(indexGraph(file), 'src').filter((p) => p.relationIds.length > 0);
    expect(nested.map((p) => [p.text, p.relationIds])).toEqual([
      ['قالت ', ['ru-tj-accusation']],
      ['روسيا يوم السبت', ['ru-tj-accusation', 'ru-tj-alliance']],
      [' إن المشتبه بهم جاءوا من طاجيكستان.', ['ru-tj-accusation']],
      ['وتنفي طاجيكستان ذلك.', ['ru-tj-accusation']],
    ]);
  });
});
