/**
 * What readers download: a production build (no VITE_FL_TEST_HOOK) carries none of the test
 * hook — neither window.__faultlines nor the code that installs it.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const out = mkdtempSync(join(tmpdir(), 'faultlines-build-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

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
});
