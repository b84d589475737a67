import { describe, expect, it } from 'vitest';
import { parseGraph } from '../parse.ts';
import { fromGexf } from './gexf-read.ts';
import { toGexf } from './gexf.ts';
import { AWKWARD_ID, expectOwnFieldsKept, roundTripFile } from './test-fixture.ts';

function validFile() {
  const parsed = parseGraph(roundTripFile());
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.graph.file;
}

// Characters XML 1.0 forbids even as references; lenient parsers (xmldom) read them, Gephi does not.
// eslint-disable-next-line no-control-regex -- the point is to find control characters.
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/;

describe('GEXF', () => {
  it('round-trips a graph with Arabic text and parallel relations to an equal graph', () => {
    const file = validFile();
    const gexf = toGexf(file, 'ar');
    const back = fromGexf(gexf);
    if (!back.ok) throw new Error(JSON.stringify(back.problems));
    expect(back.graph.file).toEqual(file);
    expectOwnFieldsKept(back.graph.file);
  });

  it('writes what Gephi reads: version 1.3, labels in the chosen language, parallel and mixed edges, y up', () => {
    const gexf = toGexf(validFile(), 'ar');
    expect(gexf).toContain('<gexf version="1.3"');
    expect(gexf).toContain('label="روسيا"');
    // Two directed relations between the same pair, and an undirected one beside them.
    const between = gexf.match(/<edge [^>]*source="russia" target="tajikistan"[^>]*>/g) ?? [];
    expect(between).toHaveLength(3);
    expect(between.filter((e) => e.includes('type="undirected"'))).toHaveLength(1);
    expect(gexf).toMatch(/<viz:position x="0" y="12.5"/);
    expect(gexf).toContain('<attvalue for="name_ar" value="جماعة &quot;س&quot; &lt;ص>"');
    expect(toGexf(validFile(), 'en')).toContain('label="Russia"');
  });

  it('keeps an edit made in Gephi to a shown attribute', () => {
    const gexf = toGexf(validFile(), 'en').replace(
      '<attvalue for="name_en" value="Russia"/>',
      '<attvalue for="name_en" value="Russian Federation"/>',
    );
    const back = fromGexf(gexf);
    expect(back.ok && back.graph.actorById.get('russia')?.name.en).toBe('Russian Federation');
  });

  it('holds no character XML forbids, even when a text has one', () => {
    const text = toGexf(validFile(), 'en');
    expect(text).not.toMatch(NOT_XML);
    expect(text).toContain('\\u000b');
  });

  it('reports a file that is not GEXF or not XML, without throwing', () => {
    for (const text of [
      '',
      'not xml',
      '<gexf><graph><edges><edge source="a" target="b"/></edges></graph></gexf>',
    ]) {
      const result = fromGexf(text);
      expect(result.ok).toBe(false);
    }
    const truncated = fromGexf(toGexf(validFile(), 'en').slice(0, 500));
    expect(truncated.ok).toBe(false);
    expect(AWKWARD_ID).toContain('<');
  });
});
