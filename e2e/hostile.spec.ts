/**
 * What a hostile or unlucky file can still do (issue 17 §3), as a reader meets it: bidi controls
 * outside names, long unbroken names, floods of notices, slow and broken downloads, loaded graphs
 * and the embed, going offline. Screenshots of the evidence panel with a hostile file.
 */
import type { Page } from '@playwright/test';
import { APP } from './ports.ts';
import { expect, openApp, test } from './helpers.ts';

const RLO = '\u202e';
const TEXT = 'وطاجيكستان وروسيا حليفتان، لكن التوترات تتزايد بينهما.';
const LONG = `Hostile${'W'.repeat(190)}`;

/** A graph file that passes the validator but carries every trick it is allowed to. */
function hostileFile() {
  return {
    format: 'faultlines/2',
    id: 'hostile',
    title: { en: `${RLO}TEST FIXTURE: hostile file`, ar: `${RLO}ملف اختبار: ملف عدائي` },
    description: { en: `${RLO}Bidi overrides everywhere.`, ar: `${RLO}محارف اتجاه في كل مكان.` },
    sources: [
      {
        id: 's',
        language: 'ar',
        title: { en: `${RLO}A source`, ar: `${RLO}مصدر` },
        outlet: `${RLO}official source`,
        published: '2024-03-25',
        text: TEXT,
      },
    ],
    actors: [
      { id: 'a', kind: 'state', name: { en: LONG, ar: `عدائي${'ب'.repeat(190)}` } },
      { id: 'b', kind: 'state', name: { en: 'Tajikistan', ar: 'طاجيكستان' } },
    ],
    relations: [
      {
        id: 'a-b',
        source: 'a',
        target: 'b',
        kind: 'alliance',
        directed: false,
        tension: -2,
        summary: { en: `${RLO}Allies ${'X'.repeat(400)}`, ar: `${RLO}حليفان` },
        evidence: [
          {
            source: 's',
            quote: TEXT,
            translation: { en: `${RLO}Tajikistan and Russia are allies.` },
            note: { en: `${RLO}an editor's note`, ar: `${RLO}ملاحظة` },
            speakerLabel: { en: `${RLO}officials`, ar: `${RLO}مسؤولون` },
            speaker: 'b',
          },
        ],
      },
    ],
  };
}

async function openFile(page: Page, name: string, content: unknown) {
  await page.getByTestId('file-input').setInputFiles({
    name,
    mimeType: 'application/json',
    buffer: Buffer.from(typeof content === 'string' ? content : JSON.stringify(content)),
  });
}

const CONTROLS = /[\u202a-\u202e\u2066-\u2069]/;

test.describe('a hostile file in the evidence panel', () => {
  for (const lang of ['en', 'ar'] as const)
    for (const width of [1280, 375])
      test(`no bidi control reaches the screen, data sits in isolates, nothing widens the page (${lang}, ${width} px)`, async ({
        page,
      }) => {
        await page.setViewportSize({ width, height: 860 });
        await openApp(page, `?lang=${lang}`);
        await openFile(page, 'hostile.json', hostileFile());
        await expect(page.getByTestId('graph-canvas')).toHaveAttribute(
          'data-render-state',
          'ready',
        );
        await page
          .getByRole('button', { name: lang === 'en' ? /Hostile/ : /عدائي/ })
          .first()
          .click();
        const panel = page.locator('.fl-side-evidence');
        await expect(panel.getByTestId('attribution').first()).toBeVisible();
        const text = await page.locator('body').innerText();
        expect(text).not.toMatch(CONTROLS);
        // The speaker label and the outlet are data, each in its own isolate next to our words.
        await expect(panel.locator('.fl-speaker bdi').last()).toHaveText(
          lang === 'en' ? 'officials' : 'مسؤولون',
        );
        await expect(panel.locator('.fl-source bdi').first()).toHaveText('official source');
        await expect(panel.locator('.fl-source')).toContainText(
          lang === 'en' ? 'official source, 25 March 2024' : 'official source، 25 مارس 2024',
        );
        // A 200-character name without a space breaks instead of widening the page.
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        expect(overflow).toBeLessThanOrEqual(0);
        await page.screenshot({ path: `test-results/hostile-evidence-${lang}-${width}.png` });
      });

  test('look-alike names are refused with the reason, in Arabic too', async ({ page }) => {
    await openApp(page, '?lang=ar');
    const file = hostileFile();
    file.actors[0]!.name.en = 'Taj\u00adikistan'; // a soft hyphen: reads as actor b's name
    file.actors[0]!.name.ar = '\u13a2ajikistan'; // not Arabic at all, and Cherokee Ꭲ
    await openFile(page, 'lookalike.json', file);
    const dialog = page.getByTestId('problems-dialog');
    await expect(dialog).toContainText('يُقرأ مثل');
    await dialog.screenshot({ path: 'test-results/hostile-lookalike-ar.png' });
  });
});

test.describe('loading and its messages', () => {
  test('graph= shows the page and a loading state at once, then the graph', async ({ page }) => {
    let release: () => void = () => {};
    const held = new Promise<void>((done) => (release = done));
    await page.route('**/slow/hostile.json', async (route) => {
      await held;
      await route.fulfill({ body: JSON.stringify(hostileFile()), contentType: 'application/json' });
    });
    await page.goto('/?graph=/slow/hostile.json&lang=en');
    const loading = page.getByTestId('graph-loading');
    await expect(loading).toContainText('Loading the graph at /slow/hostile.json');
    await expect(
      loading.getByRole('link', { name: 'Cancel and show the default graph' }),
    ).toBeVisible();
    release();
    await expect(page.getByTestId('graph-canvas')).toHaveAttribute('data-render-state', 'ready');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('TEST FIXTURE: hostile file');
  });

  test('a file with many problems lists twenty in the interface language and counts the rest', async ({
    page,
  }) => {
    const file = hostileFile();
    const relation = file.relations[0]!;
    file.relations = Array.from({ length: 35 }, (_, i) => ({
      ...relation,
      id: `r${i}`,
      target: 'nobody',
    }));
    await page.route('**/many.json', (route) =>
      route.fulfill({ body: JSON.stringify(file), contentType: 'application/json' }),
    );
    await openApp(page, '?graph=/many.json&lang=ar');
    const notices = page.getByTestId('notices');
    await expect(notices.getByRole('listitem')).toHaveCount(20);
    await expect(notices.getByRole('listitem').first()).toContainText('لا يوجد طرف بالمعرّف');
    await expect(notices.getByTestId('problems-more')).toHaveText('… و15 مشكلة أخرى');
  });

  test('graph= refuses Latin-1 as the file chooser does', async ({ page }) => {
    const latin1 = Buffer.from(
      JSON.stringify(hostileFile()).replace('Tajikistan', 'Tadjikistän'),
      'latin1',
    );
    // Matched on the path: a glob such as "**/latin1.json" also matches the page's own address
    // (…/?graph=/latin1.json), which then was served this file instead of the app.
    await page.route(
      (url) => url.pathname === '/latin1.json',
      (route) => route.fulfill({ body: latin1, contentType: 'application/json' }),
    );
    await openApp(page, '?graph=/latin1.json');
    await expect(page.getByTestId('notices')).toContainText('is not UTF-8 text (perhaps Latin-1');
  });

  test('sixty bad relation= values are one notice, and the graph stays on screen', async ({
    page,
  }) => {
    const bad = Array.from({ length: 60 }, (_, i) => `relation=nope-${i}`).join('&');
    await openApp(page, `?${bad}&asOf=2024-02-31`);
    const notices = page.getByTestId('notices').locator('.fl-notice');
    await expect(notices).toHaveCount(2);
    await expect(
      notices.filter({ hasText: 'Ignored 60 values of the link’s “relation”' }),
    ).toHaveCount(1);
    await expect(notices.filter({ hasText: '“asOf=2024-02-31”' })).toHaveCount(1);
    await expect(page.getByTestId('graph-canvas')).toBeInViewport();
  });
});

test.describe('loaded graphs, the embed and going offline', () => {
  test('after opening a file the article tab shows its source, and Embed says it cannot', async ({
    page,
  }) => {
    await openApp(page);
    await openFile(page, 'hostile.json', hostileFile());
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('TEST FIXTURE: hostile file');
    await expect(page.getByTestId('article-text')).toHaveText(TEXT);
    await page.getByTestId('open-share').click();
    await expect(page.getByTestId('not-embeddable')).toContainText('cannot be embedded from here');
    await expect(page.getByTestId('embed-code')).toHaveCount(0);
  });

  test('the embed’s Explore link never forwards graph=', async ({ page }) => {
    await page.goto(`${APP}/?embed=1&id=x&lang=en&graph=https://evil.example/g.json`);
    await expect(page.getByTestId('graph-canvas')).toHaveAttribute('data-render-state', 'ready');
    const href = await page
      .getByRole('link', { name: 'Explore in Faultlines' })
      .getAttribute('href');
    expect(new URL(href!).searchParams.has('graph')).toBe(false);
  });

  test('opening a file offline says why instead of failing silently', async ({
    page,
    pageErrors,
  }) => {
    await openApp(page);
    // The validator's code is loaded on demand (its fast path's chunks, and zod's for a file that
    // needs it): offline, none of it can come.
    await page.route(/assets\/(quick-parse|read-graph|parse)-[^/]*\.js$/, (route) =>
      route.abort('internetdisconnected'),
    );
    await openFile(page, 'hostile.json', hostileFile());
    await expect(page.getByTestId('problems-dialog')).toContainText(
      'could not be loaded (are you offline?)',
    );
    forgiveNetworkErrors(pageErrors);
  });

  test('the embed says when its code cannot load, and tries again', async ({
    page,
    pageErrors,
  }) => {
    let offline = true;
    let attempts = 0;
    // The embed's interactive code (one classic script, assets/embed/embed-live-*.js) cannot be
    // fetched; the picture written at build time is all there is.
    await page.route(/\/embed-live-[^/]*\.js$/, (route) => {
      attempts++;
      return offline ? route.abort('internetdisconnected') : route.continue();
    });
    await page.goto(`${APP}/embed.html?embed=1&id=off&lang=en`);
    await expect(page.getByTestId('embed-unavailable')).toContainText('could not load');
    await expect(page.getByTestId('graph-canvas')).toHaveCount(0);
    offline = false;
    await page.locator('#root').click();
    await expect(page.getByTestId('graph-canvas')).toHaveAttribute('data-render-state', 'ready');
    // One failed try, then the one the click asked for: it waits for the reader (or the network)
    // rather than trying again and again while the page is offline.
    expect(attempts).toBe(2);
    await expect(page.getByTestId('embed-unavailable')).toHaveCount(0);
    forgiveNetworkErrors(pageErrors);
  });
});

/** The requests these tests cut off are logged by the browser; anything else still fails. */
function forgiveNetworkErrors(errors: string[]) {
  const rest = errors.filter((e) => !/Failed to load resource|ERR_INTERNET_DISCONNECTED/.test(e));
  errors.splice(0, errors.length, ...rest);
}
