/**
 * Publish from the editor, as a newsroom does it: open a graph in the editor, give the address the
 * folder will have, download the zip, unzip it, upload it (here: a plain static server that sends
 * no header but the content type, the folder in a nested subfolder), paste the embed code into an
 * article — and readers see the graph, its picture first, and every quote without JavaScript.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { unzipSync } from 'fflate';
import type { Page } from '@playwright/test';
import { checkFolder } from '../scripts/lib/published-folder.ts';
import { GRAPH, expect, test } from './helpers.ts';
import { openEditor } from './editor-helpers.ts';
import { HOST_ORIGIN } from './ports.ts';

/** The site's subfolder the zip is unpacked into: its own folder (the graph's id) goes inside. */
const SITE_PATH = '/news/2026/graphics/';

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** A bare static host for `dir`, under SITE_PATH, with no header but the content type. */
async function serve(dir: string, port: number): Promise<ChildProcess> {
  const child = spawn(
    'node',
    ['scripts/serve-static.mjs', dir, String(port), '--prefix', SITE_PATH, '--plain'],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  await new Promise<void>((resolve, reject) => {
    child.stdout!.once('data', () => resolve());
    child.once('exit', (code) => reject(new Error(`static server exited (${code})`)));
  });
  return child;
}

async function openShippedGraph(page: Page) {
  await openEditor(page);
  await page.getByRole('button', { name: `Extend “${GRAPH.title.en}”` }).click();
  await expect(page.getByTestId('workspace')).toBeVisible();
}

const quotes = () => GRAPH.relations.flatMap((r) => r.evidence.map((e) => e.quote));
const folded = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim();

test('the editor publishes a zip that works unzipped in a subfolder of a plain static host', async ({
  page,
  browser,
}, info) => {
  test.setTimeout(120_000);
  const port = await freePort();
  const folderUrl = `http://127.0.0.1:${port}${SITE_PATH}${GRAPH.id}/`;

  // The publish kit (the pages' writers, the zip, the built files) is not part of the editor's
  // first load: it is fetched when the author publishes.
  const kitRequests: string[] = [];
  const scripts: Promise<string>[] = [];
  page.on('request', (r) => {
    if (r.url().includes('/publish/')) kitRequests.push(r.url());
  });
  page.on('response', (r) => {
    if (r.url().endsWith('.js')) scripts.push(r.text().catch(() => ''));
  });
  await openShippedGraph(page);
  await page.getByTestId('open-publish').click();
  const panel = page.getByTestId('publish-panel');
  await expect(panel).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(kitRequests).toEqual([]);
  // The code that fetches the kit (src/publish/folder.ts names its manifest) is not loaded yet.
  const early = await Promise.all(scripts);
  expect(early.length).toBeGreaterThan(0);
  expect(
    early.filter((s) => s.includes('publish/manifest.json')).map((s) => s.slice(0, 60)),
  ).toEqual([]);

  // A wrong address is refused with a message, and nothing is downloaded.
  await page.getByTestId('publish-address').fill('ftp://example.com/x/');
  await page.getByTestId('publish-zip').click();
  await expect(page.getByTestId('publish-bad-address')).toBeVisible();

  await page.getByTestId('publish-address').fill(folderUrl);
  const downloading = page.waitForEvent('download');
  await page.getByTestId('publish-zip').click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe(`${GRAPH.id}.zip`);
  const zipPath = info.outputPath('published.zip');
  await download.saveAs(zipPath);
  await expect(page.getByTestId('publish-status')).toContainText(`${GRAPH.id}.zip`);
  expect(kitRequests.some((u) => u.endsWith('/publish/manifest.json'))).toBe(true);
  expect((await Promise.all(scripts)).some((s) => s.includes('publish/manifest.json'))).toBe(true);

  // The code to paste: one snippet per language, each with its own id, at the folder's address.
  const codeEn = await page.getByTestId('publish-code-en').locator('textarea').inputValue();
  const codeAr = await page.getByTestId('publish-code-ar').locator('textarea').inputValue();
  expect(codeEn).toContain(`src="${folderUrl}embed.html?embed=1&amp;id=${GRAPH.id}"`);
  expect(codeAr).toContain(`src="${folderUrl}embed-ar.html?embed=1&amp;id=${GRAPH.id}-ar"`);
  await expect(page.getByTestId('publish-page-url')).toHaveText(folderUrl);

  // Unzipped on disk, as the newsroom's server will have it.
  const site = info.outputPath('site');
  const files = unzipSync(new Uint8Array(readFileSync(zipPath)));
  for (const [name, bytes] of Object.entries(files)) {
    if (name.endsWith('/')) continue;
    mkdirSync(dirname(join(site, name)), { recursive: true });
    writeFileSync(join(site, name), bytes);
  }
  for (const name of ['index.html', 'embed.html', 'embed-ar.html', 'oembed.json', 'embed-code.txt'])
    expect(Object.keys(files), name).toContain(`${GRAPH.id}/${name}`);
  // What its pages load and nothing else: no editor chunk, nothing unreferenced, nothing missing.
  const folder = Object.fromEntries(
    Object.entries(files)
      .filter(([name]) => !name.endsWith('/'))
      .map(([name, bytes]) => [name.slice(`${GRAPH.id}/`.length), bytes]),
  );
  const own = (p: string) => !p.startsWith('assets/') && p !== 'favicon.svg';
  expect(checkFolder(folder, own)).toEqual({ missing: [], unreferenced: [], editor: [] });

  const server = await serve(site, port);
  try {
    // The oEmbed file gives the iframe at the folder's absolute address.
    const oembed = JSON.parse(await (await page.request.get(`${folderUrl}oembed.json`)).text()) as {
      type: string;
      html: string;
    };
    expect(oembed.type).toBe('rich');
    expect(oembed.html).toContain(`src="${folderUrl}embed.html?embed=1"`);

    // An article with both snippets pasted: each embed shows the graph, live, and each frame is
    // sized by its own messages.
    const article = await browser.newPage();
    const errors: string[] = [];
    article.on('pageerror', (e) => errors.push(e.message));
    // On another site than the graph's, as a newsroom's CMS is.
    await article.goto(`${HOST_ORIGIN}/host/article.html`);
    await article.setContent(
      `<!doctype html><html><body style="margin:0"><p>An article.</p>${codeEn}<p>بالعربية</p>${codeAr}</body></html>`,
    );
    for (const [lang, id] of [
      ['en', GRAPH.id],
      ['ar', `${GRAPH.id}-ar`],
    ] as const) {
      const iframe = article.locator(`iframe[data-faultlines="${id}"]`);
      await iframe.scrollIntoViewIfNeeded();
      const frame = article.frameLocator(`iframe[data-faultlines="${id}"]`);
      await expect(frame.locator('h1')).toHaveText(GRAPH.title[lang]);
      await frame.locator('#root').click({ position: { x: 5, y: 5 } });
      await expect(frame.getByTestId('graph-canvas')).toHaveAttribute(
        'data-render-state',
        'ready',
        {
          timeout: 30_000,
        },
      );
      await expect(frame.getByTestId('evidence-panel')).toContainText(GRAPH.actors[0]!.name[lang]);
      // The listener took this frame's own height (the snippet starts it at 640 px).
      const content = await frame
        .locator('#root')
        .evaluate((r) => Math.ceil(r.getBoundingClientRect().height));
      await expect
        .poll(async () => iframe.evaluate((f) => Math.round(f.getBoundingClientRect().height)))
        .toBe(content);
    }
    expect(errors).toEqual([]);
    await article.close();

    // Without JavaScript: the picture, and every relation's every quote as text.
    const noJs = await browser.newContext({ javaScriptEnabled: false });
    const reader = await noJs.newPage();
    await reader.goto(`${folderUrl}embed.html?embed=1&id=x`);
    await expect(reader.locator('#fl-static-picture svg')).toBeVisible();
    const text = folded((await reader.locator('body').textContent()) ?? '');
    for (const quote of quotes()) expect(text).toContain(folded(quote));
    await noJs.close();
  } finally {
    server.kill();
  }
});

test('Publish says what is missing before a graph is valid', async ({ page }) => {
  await openShippedGraph(page);
  // Empty a required field: the title in English.
  await page.getByTestId('open-graph-details').click();
  await page.getByTestId('graph-title-en').fill('');
  await page.getByTestId('graph-title-en').press('Enter');
  await page.getByTestId('open-publish').click();
  await expect(page.getByTestId('publish-blocked')).toBeVisible();
  await expect(page.getByTestId('publish-zip')).toBeDisabled();
});

test('an edit after the zip was made hides its code until the zip is made again', async ({
  page,
}) => {
  await openShippedGraph(page);
  const changed = 'A title changed before publishing';
  await page.getByTestId('open-graph-details').click();
  await page.getByTestId('graph-title-en').fill(changed);
  await page.getByTestId('graph-title-en').press('Enter');
  await page.getByTestId('open-publish').click();
  const code = page.getByTestId('publish-code-en').locator('textarea');
  const status = page.getByTestId('publish-status');
  // Making the zip fetches the kit and draws the link card: it can take a while on a busy machine.
  await page.getByTestId('publish-zip').click();
  await expect(status).toContainText(`${GRAPH.id}.zip`, { timeout: 30_000 });
  await expect(code).toHaveValue(new RegExp(`title="${changed}"`));

  // The graph changes with the panel open (here: undo): the code shown was for the earlier graph.
  await page.getByTestId('undo').click();
  await expect(page.getByTestId('publish-codes')).toBeHidden();
  await expect(status).toContainText('The graph has changed');

  // Made again: the code is the graph's as it is now.
  await page.getByTestId('publish-zip').click();
  await expect(status).toContainText(`${GRAPH.id}.zip`, { timeout: 30_000 });
  await expect(code).toHaveValue(/title="[^"]+"/);
  expect(await code.inputValue()).not.toContain(changed);
});
