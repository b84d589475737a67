/**
 * Every source file stays under 300 lines (GUIDE §2: a file past that is asking to be split),
 * so that each keeps one job its name can say. Data files are not source: the locales (JSON)
 * and the files in ALLOWED (none today).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const MAX_LINES = 300;
const SOURCE = /\.(ts|tsx|js|mjs|cjs|css|html)$/;
/**
 * Known debt, each file with its reason, to be split and removed from here. None today: keep it
 * that way (the benchmark runner, the last one, was split into scripts/benchmark/*.ts).
 */
const ALLOWED = new Set<string>([]);

/** The files git knows (tracked or new, not ignored) under the source folders. */
function sourceFiles(): string[] {
  const out = execFileSync(
    'git',
    [
      'ls-files',
      '--cached',
      '--others',
      '--exclude-standard',
      'src',
      'scripts',
      'e2e',
      '*.ts',
      '*.html',
    ],
    { encoding: 'utf8' },
  );
  return [...new Set(out.split('\n'))].filter((f) => SOURCE.test(f) && !ALLOWED.has(f));
}

describe('file size', () => {
  it(`keeps every source file under ${MAX_LINES} lines`, () => {
    const files = sourceFiles();
    expect(files.length).toBeGreaterThan(100); // the listing found the sources
    const long = files
      .map((f) => {
        let text: string;
        try {
          text = readFileSync(f, 'utf8');
        } catch {
          return null; // listed but deleted in the working tree
        }
        return { f, lines: text.split('\n').length - (text.endsWith('\n') ? 1 : 0) };
      })
      .filter((x): x is { f: string; lines: number } => x !== null && x.lines > MAX_LINES)
      .map(({ f, lines }) => `${f}: ${lines} lines`);
    expect(long).toEqual([]);
  });
});
