import { describe, expect, it } from 'vitest';
import { parseGraph } from '../parse.ts';
import { fromGraphml } from './graphml-read.ts';
import { toGraphml } from './graphml.ts';
import { parseXml } from './xml.ts';
import { AWKWARD_ID, expectOwnFieldsKept, roundTripFile } from './test-fixture.ts';

function validFile() {
  const parsed = parseGraph(roundTripFile());
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.graph.file;
}

// Characters XML 1.0 forbids even as references; lenient parsers (xmldom) read them, Gephi does not.
// eslint-disable-next-line no-control-regex -- the point is to find control characters.
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/;

describe('GraphML', () => {
  it('round-trips a graph with Arabic text and parallel relations to an equal graph', () => {
    const file = validFile();
    const back = fromGraphml(toGraphml(file, 'ar'));
    if (!back.ok) throw new Error(JSON.stringify(back.problems));
    expect(back.graph.file).toEqual(file);
    expectOwnFieldsKept(back.graph.file);
  });

  it('is well-formed, declares every key it uses, and keeps parallel edges apart', () => {
    const text = toGraphml(validFile(), 'en');
    const xml = parseXml(text);
    if (!xml.ok) throw new Error(xml.message);
    const declared = new Set(
      Array.from(xml.doc.getElementsByTagName('key'), (k) => k.getAttribute('id')),
    );
    const used = Array.from(xml.doc.getElementsByTagName('data'), (d) => d.getAttribute('key'));
    expect(used.length).toBeGreaterThan(0);
    for (const key of used) expect(declared).toContain(key);
    const edges = Array.from(xml.doc.getElementsByTagName('edge'));
    const pair = edges.filter(
      (e) => e.getAttribute('source') === 'russia' && e.getAttribute('target') === 'tajikistan',
    );
    expect(pair.map((e) => e.getAttribute('id'))).toEqual([
      'ru-tj-accusation',
      'ru-tj-alliance',
      'ru-tj-criticism',
    ]);
    expect(pair.map((e) => e.getAttribute('directed'))).toEqual(['true', 'false', 'true']);
    const awkward = Array.from(xml.doc.getElementsByTagName('node')).find(
      (n) => n.getAttribute('id') === AWKWARD_ID,
    );
    expect(awkward).toBeDefined();
    // A summary's new line survives as text content (attributes would fold it to a space).
    expect(text).toContain('روسيا\nمرة أخرى');
  });

  it('holds no character XML forbids, even when a text has one', () => {
    const text = toGraphml(validFile(), 'en');
    expect(text).not.toMatch(NOT_XML);
    expect(text).toContain('\\u000b');
  });

  it('reports broken input without throwing', () => {
    for (const text of [
      '',
      '<graphml>',
      '<html><body>404</body></html>',
      toGraphml(validFile(), 'en').slice(0, 900),
    ])
      expect(fromGraphml(text).ok).toBe(false);
  });
});
