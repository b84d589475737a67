/**
 * The reader's links and files: a copied link, opening and dropping graph files, and the
 * downloads (graph file, CSV, pictures, open formats), each read back.
 */
import type { Page } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import { fromCytoscapeJson } from '../src/model/formats/cytoscape-json.ts';
import { fromGexf } from '../src/model/formats/gexf-read.ts';
import { fromGraphml } from '../src/model/formats/graphml-read.ts';
import { importSheetTexts } from '../src/model/formats/sheet-import.ts';
import { parseGraph, type ParseResult } from '../src/model/parse.ts';
import { foldText } from '../src/model/text.ts';
import { GRAPH, actorName, evidence, expect, openApp, test, visibleEdgeCount } from './helpers.ts';

test.describe('links and your own data', () => {
  test('a copied link reproduces the view in a fresh browser', async ({
    page,
    context,
    browser,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await openApp(page);
    await page.getByRole('button', { name: 'العربية' }).click();
    await page.getByTestId('tension-filter').getByRole('checkbox').first().uncheck();
    await page.getByTestId('search').fill('أرمينيا');
    await page.getByTestId('search').press('Enter');
    await evidence(page).getByRole('button', { name: 'خطوتان' }).click();
    await page.getByTestId('copy-link').click();
    await expect(page.locator('.fl-copy-status')).toHaveText('نُسخ الرابط');
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link).toBe(page.url());

    const fresh = await browser.newContext();
    const other = await fresh.newPage();
    await other.goto(link);
    await expect(other.getByTestId('graph-canvas')).toHaveAttribute('data-render-state', 'ready');
    await expect(other.getByTestId('app')).toHaveAttribute('dir', 'rtl');
    await expect(other.getByTestId('evidence-panel').getByTestId('evidence-title')).toHaveText(
      actorName('armenia', 'ar'),
    );
    await expect(
      other.getByTestId('tension-filter').getByRole('checkbox').first(),
    ).not.toBeChecked();
    expect(await other.evaluate(() => window.__faultlines?.classesOf('islamic-state'))).toContain(
      'faded',
    );
    await fresh.close();
  });

  test('opening a broken file lists its problems in the interface language and keeps the graph', async ({
    page,
  }) => {
    await openApp(page, '?lang=ar');
    await page.getByTestId('file-input').setInputFiles('e2e/fixtures/broken-graph.json');
    const dialog = page.getByTestId('problems-dialog');
    await expect(dialog).toBeVisible();
    await expect(dialog).toContainText('تعذّر فتح broken-graph.json');
    await expect(dialog).toContainText('actors[1].id');
    await expect(dialog).toContainText('المعرّف "russia" مكرر');
    await expect(dialog).toContainText('يجب أن يكون عددًا صحيحًا');
    await dialog.getByRole('button', { name: 'إغلاق' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(GRAPH.title.ar);
    expect(await visibleEdgeCount(page)).toBe(GRAPH.relations.length);
  });

  test('opening a good file replaces the graph; not-UTF-8 and empty files are refused', async ({
    page,
  }) => {
    await openApp(page);
    await page.getByTestId('file-input').setInputFiles({
      name: 'latin1.json',
      mimeType: 'application/json',
      buffer: Buffer.from([0x7b, 0xe9, 0x7d]),
    });
    await expect(page.getByTestId('problems-dialog')).toContainText('is not UTF-8 text');
    await page.getByTestId('problems-dialog').getByRole('button', { name: 'Close' }).click();
    await page
      .getByTestId('file-input')
      .setInputFiles({ name: 'empty.json', mimeType: 'application/json', buffer: Buffer.from('') });
    await expect(page.getByTestId('problems-dialog')).toContainText('the file is empty');
    await page.getByTestId('problems-dialog').getByRole('button', { name: 'Close' }).click();
    await page.getByTestId('file-input').setInputFiles('e2e/fixtures/two-sources-v1.json');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'TEST FIXTURE: two sources, old format',
    );
    await expect(page.getByTestId('graph-canvas')).toHaveAttribute('data-render-state', 'ready');
    expect(await visibleEdgeCount(page)).toBe(3);
    await expect(page.getByTestId('notices')).toContainText('Opened two-sources-v1.json');
  });

  test('a file dropped on the page opens', async ({ page }) => {
    await openApp(page);
    const json = (await import('node:fs')).readFileSync('e2e/fixtures/two-sources-v1.json', 'utf8');
    const data = await page.evaluateHandle((text) => {
      const dt = new DataTransfer();
      dt.items.add(new File([text], 'dropped.json', { type: 'application/json' }));
      return dt;
    }, json);
    const target = page.getByRole('heading', { level: 1 });
    await target.dispatchEvent('dragover', { dataTransfer: data });
    await target.dispatchEvent('drop', { dataTransfer: data });
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'TEST FIXTURE: two sources, old format',
    );
  });
});

test.describe('export', () => {
  async function downloaded(page: Page, testId: string) {
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId(testId).click(),
    ]);
    const { readFileSync } = await import('node:fs');
    return { name: file.suggestedFilename(), bytes: readFileSync((await file.path())!) };
  }

  test('the visible data as a graph file loads back identical', async ({ page }) => {
    await openApp(page);
    const { name, bytes } = await downloaded(page, 'export-json');
    expect(name).toBe('crocus-2024-faultlines.json');
    const exported = JSON.parse(bytes.toString('utf8'));
    const { readFileSync } = await import('node:fs');
    const expected = structuredClone(GRAPH) as unknown as { sources: Record<string, unknown>[] };
    for (const s of expected.sources) {
      s.text = readFileSync('data/sources/crocus-2024-ar.txt', 'utf8');
      delete s.textFile;
    }
    // The build gave every actor its position; the file keeps them, so it opens with the same picture.
    for (const actor of exported.actors)
      expect(actor.position).toEqual({ x: expect.any(Number), y: expect.any(Number) });
    for (const actor of exported.actors) delete actor.position;
    expect(exported).toEqual(expected);
    // And it opens in the app, showing the same graph.
    await page
      .getByTestId('file-input')
      .setInputFiles({ name, mimeType: 'application/json', buffer: bytes });
    await expect(page.getByTestId('notices')).toContainText(`Opened ${name}`);
    expect(await visibleEdgeCount(page)).toBe(GRAPH.relations.length);
  });

  test('filtered exports: CSV one row per quote with Arabic intact; SVG and PNG pictures', async ({
    page,
  }) => {
    await openApp(page, '?tension=2');
    const hostile = GRAPH.relations.filter((r) => r.tension === 2);
    const csv = (await downloaded(page, 'export-csv')).bytes.toString('utf8');
    expect(csv.startsWith('\uFEFFrelation_id,')).toBe(true);
    const rows = csv.trimEnd().split('\r\n');
    expect(rows.length - 1).toBe(hostile.reduce((n, r) => n + r.evidence.length, 0));
    expect(csv).toContain(hostile[0]!.evidence[0]!.quote);

    const svg = (await downloaded(page, 'export-svg')).bytes.toString('utf8');
    expect(svg).toContain(GRAPH.title.en);
    expect(svg).toContain('Business Insider (Arabic translation)');
    expect(svg).toContain('@font-face');
    expect(svg.match(/class="fl-edge"/g)?.length).toBe(hostile.length);

    const png = (await downloaded(page, 'export-png')).bytes;
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(png.length).toBeGreaterThan(20_000);
  });

  test('open formats: GEXF, GraphML, Cytoscape.js JSON and Flourish sheets each read back to the graph file', async ({
    page,
  }) => {
    await openApp(page, '?lang=ar');
    const graphFile = parseGraph(
      JSON.parse((await downloaded(page, 'export-json')).bytes.toString('utf8')),
    );
    if (!graphFile.ok) throw new Error('the graph file export does not load');
    const expected = graphFile.graph.file;
    const more = page.getByTestId('export-more');
    await more.click();
    const read: [string, string, (text: string) => ParseResult][] = [
      ['gexf', 'gexf', fromGexf],
      ['graphml', 'graphml', fromGraphml],
      ['cyjs', 'cyjs', fromCytoscapeJson],
    ];
    for (const [format, ext, parse] of read) {
      const { name, bytes } = await downloaded(page, `export-${format}`);
      expect(name).toBe(`crocus-2024-faultlines.${ext}`);
      const text = bytes.toString('utf8');
      // Labels in the reader's language: Arabic here.
      expect(text).toContain(actorName('russia', 'ar'));
      const back = parse(text);
      expect(back.ok ? [] : back.problems).toEqual([]);
      if (back.ok) expect(back.graph.file, format).toEqual(expected);
    }
    const zip = await downloaded(page, 'export-flourish');
    expect(zip.name).toBe('crocus-2024-faultlines.zip');
    const sheets = unzipSync(new Uint8Array(zip.bytes));
    const imported = importSheetTexts(
      { points: strFromU8(sheets['points.csv']!), links: strFromU8(sheets['links.csv']!) },
      { sources: expected.sources },
    );
    expect(imported.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(imported.actors).toEqual(expected.actors);
    // The import records where each quote sits in its source (the shipped file has no offsets).
    for (const r of imported.relations)
      for (const e of r.evidence) {
        const text = expected.sources.find((s) => s.id === e.source)!.text!;
        expect(foldText(text.slice(e.at!.start, e.at!.end))).toBe(foldText(e.quote));
        delete e.at;
      }
    expect(imported.relations).toEqual(expected.relations);
    // The menu closes with Escape and gives the focus back.
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('export-gexf')).toBeHidden();
    await expect(more).toBeFocused();
  });

  test('the embed offers no downloads, and the formats load only when asked for', async ({
    page,
  }) => {
    const scripts: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'script') scripts.push(r.url());
    });
    await openApp(page, '?embed=1');
    await expect(page.getByTestId('export-more')).toHaveCount(0);
    await expect(page.getByTestId('export-json')).toHaveCount(0);
    await openApp(page);
    await expect(page.getByTestId('export-more')).toBeVisible();
    const before = scripts.length;
    await page.getByTestId('export-more').click();
    await downloaded(page, 'export-gexf');
    expect(scripts.length).toBeGreaterThan(before);
  });
});
