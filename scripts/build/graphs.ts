/**
 * The graphs a build publishes: every `*.json` in the graph folders (data/graphs/ unless
 * FAULTLINES_GRAPHS names others, separated by the system's path delimiter, `:` on Unix), each
 * read, checked and laid out once per build. The default graph — the one `/` shows — is
 * FAULTLINES_DEFAULT_GRAPH if set, else package.json's `faultlines.defaultGraph`, else the first
 * by file name.
 */
import { readdir, readFile } from 'node:fs/promises';
import { delimiter, resolve } from 'node:path';
import { formatProblem } from '../../src/model/validate.ts';
import { prepareGraph, type PreparedGraph } from '../../src/publish/prepare.ts';
import { loadGraphFile } from '../lib/graph-file.ts';

export interface BuildGraph extends PreparedGraph {
  /** The file it came from, and the text files it drew on (for watch mode). */
  path: string;
  dependencies: string[];
}

export interface BuildGraphs {
  /** The default graph first, then the others by file name. */
  graphs: BuildGraph[];
  defaultGraph: BuildGraph;
}

export const ROOT = resolve(import.meta.dirname, '../..');

export function graphFolders(env: NodeJS.ProcessEnv = process.env): string[] {
  const list = env.FAULTLINES_GRAPHS?.split(delimiter).filter(Boolean) ?? ['data/graphs'];
  return list.map((dir) => resolve(ROOT, dir));
}

async function defaultGraphId(env: NodeJS.ProcessEnv): Promise<string | undefined> {
  if (env.FAULTLINES_DEFAULT_GRAPH) return env.FAULTLINES_DEFAULT_GRAPH;
  const pkg = JSON.parse(await readFile(resolve(ROOT, 'package.json'), 'utf8')) as {
    faultlines?: { defaultGraph?: string };
  };
  return pkg.faultlines?.defaultGraph;
}

/** Reads and checks every graph; throws one error listing every invalid file's problems. */
export async function loadBuildGraphs(env: NodeJS.ProcessEnv = process.env): Promise<BuildGraphs> {
  const files = (
    await Promise.all(
      graphFolders(env).map(async (dir) =>
        (await readdir(dir)).filter((f) => f.endsWith('.json')).map((f) => resolve(dir, f)),
      ),
    )
  )
    .flat()
    .sort((a, b) => a.localeCompare(b));
  const graphs: BuildGraph[] = [];
  const errors: string[] = [];
  for (const path of files) {
    const loaded = await loadGraphFile(path);
    const result = loaded.problems.length > 0 ? null : prepareGraph(loaded.value);
    if (!result?.ok) {
      const problems = result?.problems ?? loaded.problems;
      errors.push(`${path} is not a valid graph:\n${problems.map(formatProblem).join('\n')}`);
      continue;
    }
    const graph = { ...result.prepared, path, dependencies: loaded.dependencies };
    const twin = graphs.find((g) => g.id === graph.id);
    if (twin) errors.push(`${path}: graph id "${graph.id}" is also ${twin.path}'s`);
    graphs.push(graph);
  }
  if (errors.length > 0) throw new Error(errors.join('\n\n'));
  if (graphs.length === 0) throw new Error(`no graph files in ${graphFolders(env).join(', ')}`);
  const wanted = await defaultGraphId(env);
  const defaultGraph = graphs.find((g) => g.id === wanted) ?? graphs[0]!;
  if (wanted && defaultGraph.id !== wanted)
    throw new Error(`the default graph "${wanted}" is not among ${graphs.map((g) => g.id)}`);
  return { graphs: [defaultGraph, ...graphs.filter((g) => g !== defaultGraph)], defaultGraph };
}

/** One load per build: every plugin and pass of the build shares it. */
let shared: Promise<BuildGraphs> | null = null;
export function buildGraphs(): Promise<BuildGraphs> {
  shared ??= loadBuildGraphs();
  return shared;
}
/** The dev server's watcher calls this when a graph or one of its texts changes. */
export function forgetBuildGraphs(): void {
  shared = null;
}
