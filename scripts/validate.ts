/**
 * npm run validate [file…] — checks graph files (schema + semantics, quotes verbatim in their
 * sources). With no arguments, checks every file in data/graphs/. Exits 1 listing every problem.
 */
import { readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { parseGraph } from '../src/model/parse.ts';
import { formatProblem, type Problem } from '../src/model/validate.ts';
import { loadGraphFile } from './lib/graph-file.ts';

export async function validateFile(path: string): Promise<Problem[]> {
  const loaded = await loadGraphFile(path);
  if (loaded.problems.length > 0 || loaded.value === undefined) return loaded.problems;
  const result = parseGraph(loaded.value);
  return result.ok ? [] : result.problems;
}

async function main(args: string[]): Promise<number> {
  const files =
    args.length > 0
      ? args
      : (await readdir('data/graphs'))
          .filter((f) => f.endsWith('.json'))
          .map((f) => join('data/graphs', f));
  if (files.length === 0) {
    console.error('No graph files to validate.');
    return 1;
  }
  let failed = 0;
  for (const file of files) {
    const problems = await validateFile(file);
    const name = relative(process.cwd(), file) || file;
    if (problems.length === 0) {
      console.log(`✓ ${name}`);
      continue;
    }
    failed++;
    console.error(`✗ ${name}: ${problems.length} problem${problems.length === 1 ? '' : 's'}`);
    for (const p of problems) console.error(`  ${formatProblem(p)}`);
  }
  return failed > 0 ? 1 : 0;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.exitCode = await main(process.argv.slice(2));
}
