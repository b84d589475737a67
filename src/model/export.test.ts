import { describe, expect, it } from 'vitest';
import { exportFileName, visibleGraphFile } from './export.ts';
import { only, richFile } from './export-fixture.ts';
import { ALL_FILTERS, computeVisibility } from './filter.ts';
import { indexGraph } from './graph.ts';
import { parseGraph } from './parse.ts';
import type { GraphFile } from './schema.ts';
import { testGraphFile } from './test-graph.ts';

function reparse(file: GraphFile) {
  return parseGraph(JSON.parse(JSON.stringify(file)));
}

describe('visibleGraphFile', () => {
  it('gives back the whole file for an unfiltered view, and it loads', () => {
    const graph = indexGraph(testGraphFile());
    const out = visibleGraphFile(graph, computeVisibility(graph, ALL_FILTERS));
    expect(out).toEqual(testGraphFile());
    const parsed = reparse(out);
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(parsed.graph.file).toEqual(testGraphFile());
  });

  it('round-trips the richer graph too, with textFile replaced by the inlined text', () => {
    const file = richFile();
    file.sources[1]!.textFile = 'texts/wire.txt';
    const graph = indexGraph(file);
    const out = visibleGraphFile(graph, computeVisibility(graph, ALL_FILTERS));
    expect(reparse(out).ok).toBe(true);
    const expected = richFile();
    expect(out).toEqual(expected);
    expect(out.sources[1]).not.toHaveProperty('textFile');
  });

  it('keeps only visible relations, their actors and cited sources, in file order', () => {
    const graph = indexGraph(richFile());
    const out = visibleGraphFile(
      graph,
      computeVisibility(graph, { ...ALL_FILTERS, tensions: [1] }),
    );
    expect(out.format).toBe('faultlines/3');
    expect(out.relations.map((r) => r.id)).toEqual(['ru-tj-accusation']);
    expect(out.actors.map((a) => a.id)).toEqual(['russia', 'tajikistan']);
    expect(out.sources.map((s) => s.id)).toEqual(['src']);
    expect(reparse(out).ok).toBe(true);
  });

  it('keeps speakers, which the file must define, and actors no relation touches', () => {
    const file = richFile();
    file.actors.push({ id: 'loner', kind: 'bloc', name: { en: 'Loner', ar: 'وحيد' } });
    const graph = indexGraph(file);
    const out = visibleGraphFile(graph, only(graph, ['ru-csto-cooperation']));
    expect(out.actors.map((a) => a.id)).toEqual(['russia', 'tajikistan', 'csto', 'loner']);
    expect(out.sources.map((s) => s.id)).toEqual(['wire']);
    expect(reparse(out).ok).toBe(true);
  });

  it('still loads when nothing is visible', () => {
    const graph = indexGraph(richFile());
    const out = visibleGraphFile(graph, only(graph, []));
    expect(out.relations).toEqual([]);
    expect(reparse(out).ok).toBe(true);
  });

  it('shares no objects with the graph', () => {
    const graph = indexGraph(richFile());
    const out = visibleGraphFile(graph, computeVisibility(graph, ALL_FILTERS));
    out.title.en = 'changed';
    out.actors[0]!.name.en = 'changed';
    out.relations[0]!.evidence[0]!.quote = 'changed';
    out.sources[0]!.title.en = 'changed';
    expect(graph.file).toEqual(richFile());
  });
});

describe('exportFileName', () => {
  const named = (id: string) => indexGraph({ ...testGraphFile(), id });

  it('names the download after the graph', () => {
    expect(exportFileName(named('crocus-2024'), 'csv')).toBe('crocus-2024-faultlines.csv');
    expect(exportFileName(named('crocus-2024'), '.JSON')).toBe('crocus-2024-faultlines.json');
    expect(exportFileName(named('crocus-2024'), 'svg', new Date(2024, 2, 5))).toBe(
      'crocus-2024-faultlines-2024-03-05.svg',
    );
  });

  it('sanitizes the id', () => {
    expect(exportFileName(named('a b/#"x'), 'csv')).toBe('a-b-x-faultlines.csv');
    expect(exportFileName(named('--Crocus__2024--'), 'csv')).toBe('crocus-2024-faultlines.csv');
    expect(exportFileName(named('../../etc/passwd'), 'csv')).toBe('etc-passwd-faultlines.csv');
    expect(exportFileName(named('هجوم'), 'csv')).toBe('graph-faultlines.csv');
    const long = exportFileName(named(`${'a'.repeat(59)}-${'b'.repeat(100)}`), 'csv');
    expect(long).toBe(`${'a'.repeat(59)}-faultlines.csv`);
  });
});
