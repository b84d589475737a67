/**
 * The storage harness for e2e/draft-storage.spec.ts: built from e2e/storage-harness, served on
 * the app's origin, and the first steps of a draft made through it.
 */
import { expect, type BrowserContext, type Page } from '@playwright/test';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import { build } from 'vite';
import { APP } from './ports.ts';

export const HARNESS = `${APP}/__storage-harness__/`;
let outDir = '';

/** Builds the harness page once per spec file (test.beforeAll). */
export async function buildHarness() {
  outDir = mkdtempSync(join(tmpdir(), 'faultlines-storage-'));
  await build({
    configFile: false,
    root: resolve('e2e/storage-harness'),
    base: './',
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true, minify: false, target: 'es2022' },
  });
}

const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript' };

/** Serves the built harness; the CORS header lets a sandboxed (opaque-origin) frame load it too. */
export async function serve(context: BrowserContext) {
  await context.route(`${HARNESS}**`, (route) => {
    const path = new URL(route.request().url()).pathname.slice('/__storage-harness__/'.length);
    const file = join(outDir, path === '' ? 'index.html' : path);
    const html = TYPES[extname(file)] === 'text/html';
    return route.fulfill({
      body: readFileSync(file, html ? 'utf8' : undefined),
      headers: {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'access-control-allow-origin': '*',
      },
    });
  });
}

export async function openHarness(page: Page, path = '') {
  await page.goto(`${HARNESS}${path}`);
  await page.waitForSelector('html[data-ready="true"]');
  expect(await page.evaluate(() => window.harness.open())).toBe('ok');
}

export const TEXT =
  'Moscow blamed Kyiv. Dushanbe denied any link. Yerevan froze its CSTO membership.';
export const at = (words: string) => ({
  source: 'article',
  start: TEXT.indexOf(words),
  end: TEXT.indexOf(words) + words.length,
});

/** A journalist's first steps: an article, two actors and a relation quoted from it. */
export async function draftSomething(page: Page) {
  await page.evaluate(
    ({ text, quote }) => {
      const h = window.harness;
      h.act('updateGraph', { title: { en: 'Crocus aftermath', ar: 'ما بعد كروكوس' } });
      h.act('addSource', { id: 'article', language: 'en', title: { en: 'Wire' }, text });
      h.act('addActor', { kind: 'state', name: { en: 'Russia', ar: 'روسيا' } });
      h.act('addActor', { kind: 'state', name: { en: 'Ukraine', ar: 'أوكرانيا' } });
      h.act('addRelation', {
        source: 'russia',
        target: 'ukraine',
        kind: 'accusation',
        evidence: [quote],
      });
    },
    { text: TEXT, quote: at('Moscow blamed Kyiv.') },
  );
}

export const savedRevision = (page: Page, revision: number) =>
  page.waitForFunction((r) => {
    const s = window.harness.saved();
    return s.status.kind === 'saved' && s.revision >= r;
  }, revision);
