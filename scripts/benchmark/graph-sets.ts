/** The graphs a run measures: the default graph as the app ships it, and seeded synthetic ones. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { indexGraph } from '../../src/model/graph.ts';
import { parseGraph } from '../../src/model/parse.ts';
import { withLayout } from '../../src/publish/with-layout.ts';
import { loadGraphFile } from '../lib/graph-file.ts';
import { syntheticGraph } from '../lib/synthetic-graph.ts';
import { GRAPHS, OUT, ROOT, smoke } from './options.ts';

export interface GraphSet {
  name: string;
  label: string;
  file: unknown;
}

function synthetic(): GraphSet[] {
  return smoke
    ? [
        {
          name: 'small',
          label: '200 / 600 (synthetic)',
          file: syntheticGraph({ actors: 200, relations: 600 }),
        },
      ]
    : [
        {
          name: '1k',
          label: '1,000 / 5,000',
          file: syntheticGraph({ actors: 1000, relations: 5000 }),
        },
        {
          name: '5k',
          label: '5,000 / 20,000',
          file: syntheticGraph({ actors: 5000, relations: 20000 }),
        },
      ];
}

/** The default graph as the app ships it (build-time positions, text inlined), as a file. */
async function defaultGraph() {
  const loaded = await loadGraphFile(resolve(ROOT, 'data/graphs/crocus-2024.json'));
  const parsed = parseGraph(loaded.value);
  if (!parsed.ok) throw new Error('the default graph does not parse');
  return withLayout(parsed.graph.file, indexGraph(parsed.graph.file));
}

/** The graphs `--graphs` asks for, each written to dist-bench/graphs/<name>.json for the pages. */
export async function graphSets(): Promise<GraphSet[]> {
  const sets = [
    { name: 'default', label: 'default graph (12 / 23)', file: (await defaultGraph()) as unknown },
    ...synthetic(),
  ].filter((set) => !GRAPHS || GRAPHS.includes(set.name));
  mkdirSync(resolve(OUT, 'graphs'), { recursive: true });
  for (const set of sets)
    writeFileSync(resolve(OUT, 'graphs', `${set.name}.json`), JSON.stringify(set.file));
  return sets;
}
