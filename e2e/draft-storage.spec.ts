/**
 * The editor's drafts against Chromium's real IndexedDB: saved as they change, listed and reopened
 * after the tab is gone, damaged records kept, two tabs kept from overwriting each other, storage
 * full or refused reported while the document stays in memory. The page under test is a harness
 * (e2e/storage-harness) built here and served on the app's origin: it is not part of the build.
 */
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import { build } from 'vite';
import { APP } from './ports.ts';

const HARNESS = `${APP}/__storage-harness__/`;
let outDir = '';

test.beforeAll(async () => {
  outDir = mkdtempSync(join(tmpdir(), 'faultlines-storage-'));
  await build({
    configFile: false,
    root: resolve('e2e/storage-harness'),
    base: './',
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true, minify: false, target: 'es2022' },
  });
});

const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript' };

/** Serves the built harness; the CORS header lets a sandboxed (opaque-origin) frame load it too. */
async function serve(context: BrowserContext) {
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

async function openHarness(page: Page, path = '') {
  await page.goto(`${HARNESS}${path}`);
  await page.waitForSelector('html[data-ready="true"]');
  expect(await page.evaluate(() => window.harness.open())).toBe('ok');
}

const TEXT = 'Moscow blamed Kyiv. Dushanbe denied any link. Yerevan froze its CSTO membership.';
const at = (words: string) => ({
  source: 'article',
  start: TEXT.indexOf(words),
  end: TEXT.indexOf(words) + words.length,
});

/** A journalist's first steps: an article, two actors and a relation quoted from it. */
async function draftSomething(page: Page) {
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

const savedRevision = (page: Page, revision: number) =>
  page.waitForFunction((r) => {
    const s = window.harness.saved();
    return s.status.kind === 'saved' && s.revision >= r;
  }, revision);

test.beforeEach(async ({ context }) => serve(context));

test('every change is saved, and the draft is listed and reopened after the tab is closed', async ({
  context,
}) => {
  const page = await context.newPage();
  await openHarness(page);
  await page.evaluate(() => window.harness.start(null));
  await draftSomething(page);
  await savedRevision(page, 1);
  const { draftId } = await page.evaluate(() => window.harness.saved());
  await page.close();

  const again = await context.newPage();
  await openHarness(again);
  const listed = await again.evaluate(() => window.harness.list());
  expect(listed).toMatchObject({
    ok: true,
    drafts: [
      {
        id: draftId,
        title: { en: 'Crocus aftermath', ar: 'ما بعد كروكوس' },
        counts: { sources: 1, actors: 2, relations: 1, suggestions: 0 },
      },
    ],
  });
  await again.evaluate((id) => window.harness.start(id), draftId!);
  const graph = await again.evaluate(() => window.harness.graph());
  expect(graph.relations[0]!.evidence[0]).toMatchObject({
    quote: 'Moscow blamed Kyiv.',
    at: { start: 0, end: 19 },
  });
  // Undo starts afresh on a reopened draft, and an edit there is saved as the next revision.
  const before = await again.evaluate(() => window.harness.saved().revision);
  await again.evaluate(() => window.harness.act('reverseRelation', 'russia-ukraine-accusation'));
  await savedRevision(again, before + 1);
});

test('changes made in one frame are one write; changes pending when the page goes are written', async ({
  context,
}) => {
  const page = await context.newPage();
  await openHarness(page);
  await page.evaluate(() => window.harness.start(null));
  await draftSomething(page); // five actions in one task
  await savedRevision(page, 1);
  expect(await page.evaluate(() => window.harness.saved().revision)).toBe(1);

  // A delay no test waits out: only the pagehide flush can save this change.
  const { draftId } = await page.evaluate(() => window.harness.saved());
  await page.evaluate((id) => window.harness.start(id, { delayMs: 600_000 }), draftId!);
  await page.evaluate(() => window.harness.act('addAlias', 'russia', 'en', 'the Kremlin'));
  expect(await page.evaluate(() => window.harness.saved().status.kind)).toBe('pending');
  await page.goto('about:blank');

  const again = await context.newPage();
  await openHarness(again);
  const loaded = await again.evaluate((id) => window.harness.load(id), draftId!);
  expect(loaded.status).toBe('ok');
  if (loaded.status === 'ok')
    expect(loaded.document.graph.actors[0]!.aliases).toEqual({ en: ['the Kremlin'] });
});

test('a stored draft that no longer reads is kept, listed as damaged and downloadable', async ({
  context,
}) => {
  const page = await context.newPage();
  await openHarness(page);
  await page.evaluate(() => window.harness.start(null));
  await draftSomething(page);
  await savedRevision(page, 1);
  const broken = {
    id: 'broken',
    revision: 4,
    created: 1,
    updated: 2,
    downloadedRevision: 0,
    document: {
      kind: 'faultlines-draft',
      version: 1,
      graph: { actors: 'not a list', deskNote: 'keep me' },
    },
  };
  await page.evaluate(async (b) => {
    await window.harness.putRaw('broken', b);
    await window.harness.putRaw('garbage', 'just a string');
  }, broken);
  await page.reload();
  await page.waitForSelector('html[data-ready="true"]');
  await page.evaluate(() => window.harness.open());
  const listed = await page.evaluate(() => window.harness.list());
  if (!listed.ok) throw new Error('list failed');
  const damaged = listed.drafts.filter((d) => d.damaged);
  expect(damaged).toEqual([
    { id: 'broken', damaged: true, reason: 'actors is not a list', updated: 2 },
    { id: 'garbage', damaged: true, reason: 'not a draft record' },
  ]);
  expect(listed.drafts.filter((d) => !d.damaged)).toHaveLength(1);
  const raw = await page.evaluate(() => window.harness.raw('broken'));
  expect(JSON.parse(raw!)).toEqual(broken);
  expect(await page.evaluate(() => window.harness.load('broken'))).toEqual({
    status: 'damaged',
    reason: 'actors is not a list',
  });
  // Editing "over" a damaged draft writes nothing there: it is a conflict, never an overwrite.
  await page.evaluate(() => window.harness.start(null));
  await page.evaluate(() => window.harness.act('updateGraph', { title: { en: 'x', ar: 'س' } }));
  await savedRevision(page, 1);
  expect(JSON.parse((await page.evaluate(() => window.harness.raw('broken')))!)).toEqual(broken);
  expect(await page.evaluate(() => window.harness.raw('garbage'))).toBe('"just a string"');
});
