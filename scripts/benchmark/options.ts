/**
 * What `npm run bench` was asked to do: its command-line flags, where things are, and how many
 * loads each figure is the median of. Read once, by every part of the run.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Subject } from './subjects.ts';

export const ROOT = resolve(import.meta.dirname, '../..');
/** The comparison pages and the graph files are built here. */
export const OUT = resolve(ROOT, 'dist-bench');
export const PORT = 4190;
/** `--smoke`: two small graphs, every figure checked to be a number, nothing written. */
export const smoke = process.argv.includes('--smoke');
const option = (name: string) => {
  const at = process.argv.indexOf(name);
  return at > 0 ? process.argv[at + 1] : undefined;
};
/** `--app-dist <dir>`: measure another build of the app (an earlier version, say) instead. */
export const APP_DIST = resolve(option('--app-dist') ?? resolve(ROOT, 'dist'));
/** `--only app,bare`: measure only these subjects (an earlier build's app, say). */
export const ONLY = (option('--only') ?? 'app,bare,sigma').split(',') as Subject[];
/** `--graphs default,5k`: measure only these graphs (default, 1k, 5k; smoke: default, small). */
export const GRAPHS = option('--graphs')?.split(',');
/** `--out <file>`: where the report goes (default BENCHMARKS.md; smoke runs print it). */
export const REPORT = resolve(option('--out') ?? resolve(ROOT, 'BENCHMARKS.md'));

/** How many loads each time to a drawn graph is the median of, per graph (one load varies ±20 %). */
export const LOADS: Record<string, number> = smoke
  ? { default: 2, small: 2 }
  : { default: 7, '1k': 5, '5k': 3 };

/** Sections written by the other benchmarks (draft, layout) start at this line and are kept. */
const KEPT =
  '<!-- Below: figures of npm run bench:draft and bench:layout, kept by npm run bench. -->';
export function keptSections(file: string): string {
  const old = existsSync(file) ? readFileSync(file, 'utf8') : '';
  const at = old.indexOf(KEPT);
  return at < 0 ? '' : `\n${old.slice(at)}`;
}
