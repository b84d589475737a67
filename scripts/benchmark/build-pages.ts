/** Builds what a run measures: the app (with its test hook) and the comparison pages. */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { build } from 'vite';
import { OUT, ROOT } from './options.ts';

export async function buildAll() {
  // With the test hook: the harness finds actors on the canvas through window.__faultlines (a
  // few hundred bytes more than a reader's build).
  const run = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], {
    cwd: ROOT,
    stdio: 'inherit',
    env: { ...process.env, VITE_FL_TEST_HOOK: '1' },
  });
  if (run.status !== 0) throw new Error('vite build failed');
  await build({
    configFile: false,
    logLevel: 'warn',
    root: resolve(import.meta.dirname, 'pages'),
    base: '/bench/',
    build: {
      outDir: OUT,
      emptyOutDir: true,
      target: 'es2022',
      rollupOptions: { input: { compare: 'compare.html' } },
    },
  });
}
