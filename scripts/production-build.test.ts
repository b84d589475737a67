/**
 * What readers download: a production build (no VITE_FL_TEST_HOOK) carries none of the test
 * hook — neither window.__faultlines nor the code that installs it; and a graph's published
 * folder (`npm run publish`, from that build) holds what its pages load and nothing else.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkFolder } from './lib/published-folder.ts';

const out = mkdtempSync(join(tmpdir(), 'faultlines-build-'));
const published = mkdtempSync(join(tmpdir(), 'faultlines-published-'));
afterAll(() => {
  rmSync(out, { recursive: true, force: true });
  rmSync(published, { recursive: true, force: true });
});

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)],
  );
}

describe('the production build', () => {
  it('ships no test hook', { timeout: 180_000 }, () => {
    const env = { ...process.env };
    delete env.VITE_FL_TEST_HOOK;
    const run = spawnSync('npx', ['vite', 'build', '--outDir', out, '--logLevel', 'error'], {
      env,
      encoding: 'utf8',
    });
    expect(run.status, run.stderr).toBe(0);
    const scripts = files(out).filter((f) => /\.(js|html)$/.test(f));
    expect(scripts.some((f) => f.endsWith('.js'))).toBe(true);
    const carrying = scripts.filter((f) =>
      /__faultlines|pointOf|drawnLabelOf/.test(readFileSync(f, 'utf8')),
    );
    expect(carrying).toEqual([]);
  });

  it(
    'publishes a folder with the files its pages load, and no editor code',
    { timeout: 180_000 },
    () => {
      expect(readdirSync(out).length, 'the build above ran').toBeGreaterThan(0);
      const run = spawnSync(
        'npx',
        [
          'tsx',
          'scripts/publish.ts',
          'data/graphs/crocus-2024.json',
          '--out',
          published,
          '--dist',
          out,
        ],
        { encoding: 'utf8' },
      );
      expect(run.status, run.stderr).toBe(0);
      const folder = Object.fromEntries(
        files(published).map((f) => [relative(published, f).split(sep).join('/'), readFileSync(f)]),
      );
      // The editor's code is in the build (its page is), and not in the folder.
      expect(files(out).some((f) => /[/\\]edit-[\w-]+\.js$/.test(f))).toBe(true);
      const names = Object.keys(folder);
      for (const page of ['index.html', 'embed.html', 'embed-ar.html'])
        expect(names).toContain(page);
      // Its own files (pages, graph, oEmbed, header files) need no other file to name them.
      const own = (p: string) => !p.startsWith('assets/') && p !== 'favicon.svg';
      expect(checkFolder(folder, own)).toEqual({ missing: [], unreferenced: [], editor: [] });
    },
  );
});
