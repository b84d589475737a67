/**
 * The pages' first paint is the app's own components rendered to HTML (src/app/first-paint-markup
 * .tsx). The build loads that module through Vite's module runner, not with this config: the
 * config is bundled into one file for Node, and the components' module graph needs Vite's
 * handling (JSX, `?url` assets behind a dynamic import). Once per build; the dev server loads it
 * through its own SSR loader instead, so an edited component shows on the next page load.
 */
import { resolve } from 'node:path';
import { runnerImport, type ViteDevServer } from 'vite';
import type { FirstPaint } from '../../src/publish/pages.ts';
import { ROOT } from './graphs.ts';

type Markup = typeof import('../../src/app/first-paint-markup.tsx');
const MODULE = 'src/app/first-paint-markup.tsx';

let built: Promise<FirstPaint> | null = null;

export function loadFirstPaint(server?: ViteDevServer): Promise<FirstPaint> {
  if (server) return server.ssrLoadModule(`/${MODULE}`).then((m) => (m as Markup).FIRST_PAINT);
  built ??= runnerImport<Markup>(resolve(ROOT, MODULE), {
    configFile: false,
    logLevel: 'warn',
  }).then(({ module }) => module.FIRST_PAINT);
  return built;
}
