/**
 * The editor's drafts against Chromium's real IndexedDB: saved as they change, listed and reopened
 * after the tab is gone, damaged records kept, two tabs kept from overwriting each other, storage
 * full or refused reported while the document stays in memory. The page under test is a harness
 * (e2e/storage-harness) built here and served on the app's origin: it is not part of the build.
 */
import { expect, test, type Page } from '@playwright/test';
import {
  HARNESS,
  buildHarness,
  draftSomething,
  openHarness,
  savedRevision,
  serve,
} from './draft-storage-helpers.ts';
import { APP } from './ports.ts';

test.beforeAll(buildHarness);

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
  // Other drafts' saves leave the damaged records exactly as they are.
  await page.evaluate(() => window.harness.start(null));
  await page.evaluate(() => window.harness.act('updateGraph', { title: { en: 'x', ar: 'س' } }));
  await savedRevision(page, 1);
  expect(JSON.parse((await page.evaluate(() => window.harness.raw('broken')))!)).toEqual(broken);
  expect(await page.evaluate(() => window.harness.raw('garbage'))).toBe('"just a string"');
});

test('two tabs on one draft: the other tab is told, writes nothing over it, and can keep its copy', async ({
  context,
}) => {
  const a = await context.newPage();
  await openHarness(a);
  await a.evaluate(() => window.harness.start(null));
  await draftSomething(a);
  await savedRevision(a, 1);
  const { draftId } = await a.evaluate(() => window.harness.saved());
  const b = await context.newPage();
  await openHarness(b);
  await b.evaluate((id) => window.harness.start(id), draftId!);

  await a.evaluate(() => window.harness.act('addAlias', 'russia', 'en', 'the Kremlin'));
  await savedRevision(a, 2);
  // B hears of it at once, before it even tries to write.
  await b.waitForFunction(() => window.harness.saved().status.kind === 'elsewhere');
  await b.evaluate(() => window.harness.act('addAlias', 'ukraine', 'en', 'Kyiv'));
  await b.evaluate(() => window.harness.flush());
  const stored = await a.evaluate((id) => window.harness.load(id), draftId!);
  if (stored.status !== 'ok') throw new Error(stored.status);
  expect(stored.summary.revision).toBe(2);
  expect(stored.document.graph.actors.map((x) => x.aliases)).toEqual([
    { en: ['the Kremlin'] },
    undefined,
  ]);

  const copy = await b.evaluate(() => window.harness.keepAsNew());
  if (!copy.ok) throw new Error(copy.problem.code);
  expect(copy.summary.copyOf).toBe(draftId);
  const listed = await b.evaluate(() => window.harness.list());
  expect(listed.ok && listed.drafts.map((d) => d.id).sort()).toEqual(
    [draftId!, copy.summary.id].sort(),
  );
  const copied = await b.evaluate((id) => window.harness.load(id), copy.summary.id);
  if (copied.status !== 'ok') throw new Error(copied.status);
  expect(copied.document.graph.actors[1]!.aliases).toEqual({ en: ['Kyiv'] });
  await expect.poll(() => b.evaluate(() => window.harness.saved().status.kind)).toBe('saved');
});

test('without the channel, the revision check alone refuses the stale write; reload takes the other version', async ({
  context,
}) => {
  const a = await context.newPage();
  await openHarness(a);
  await a.evaluate(() => window.harness.start(null, { channelName: 'tab-a' }));
  await draftSomething(a);
  await savedRevision(a, 1);
  const { draftId } = await a.evaluate(() => window.harness.saved());
  const b = await context.newPage();
  await openHarness(b);
  await b.evaluate((id) => window.harness.start(id, { channelName: 'tab-b' }), draftId!);
  await a.evaluate(() => window.harness.act('deleteActor', 'ukraine'));
  await savedRevision(a, 2);
  await b.evaluate(() => window.harness.act('addAlias', 'ukraine', 'en', 'Kyiv'));
  await b.waitForFunction(() => window.harness.saved().status.kind === 'elsewhere');
  const reloaded = await b.evaluate(() => window.harness.reload());
  expect(reloaded.status).toBe('ok');
  expect((await b.evaluate(() => window.harness.graph())).actors.map((x) => x.id)).toEqual([
    'russia',
  ]);
  expect(await b.evaluate(() => window.harness.act('undo'))).toBeUndefined();
  expect((await b.evaluate(() => window.harness.graph())).actors).toHaveLength(1);
});

test('storage full: the status says so, the document stays in memory, and a retry saves it', async ({
  context,
}) => {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Storage.overrideQuotaForOrigin', { origin: APP, quotaSize: 256 * 1024 });
  await openHarness(page);
  await page.evaluate(() => window.harness.start(null));
  await draftSomething(page);
  await savedRevision(page, 1);
  // Random text: Chromium compresses what it stores, so a repeated letter would fit.
  await page.evaluate(() => {
    const chunk = () =>
      btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(48_000))));
    const text = Array.from({ length: 8 }, chunk).join(' ');
    window.harness.act('addSource', { language: 'en', text });
  });
  await page.waitForFunction(() => window.harness.saved().status.kind === 'problem');
  const saved = await page.evaluate(() => window.harness.saved());
  expect(saved.status).toMatchObject({ kind: 'problem', problem: { code: 'quota' } });
  expect(saved.unsaved).toBe(true);
  expect((await page.evaluate(() => window.harness.graph())).sources).toHaveLength(2);
  await cdp.send('Storage.overrideQuotaForOrigin', { origin: APP });
  await page.evaluate(() => window.harness.retry());
  await savedRevision(page, 2);
});

test('in a sandboxed frame, where IndexedDB throws, the editor works in memory and says why', async ({
  page,
}) => {
  await page.setContent(`<iframe sandbox="allow-scripts" src="${HARNESS}index.html"></iframe>`);
  await page.waitForFunction(() => document.querySelector('iframe')?.contentWindow !== null);
  const frame = page.frames()[1]!;
  await frame.waitForSelector('html[data-ready="true"]');
  const opened = await frame.evaluate(() => window.harness.open());
  expect(opened).toMatchObject({ code: 'denied' });
  await frame.evaluate(() => window.harness.start(null));
  await draftSomething(frame as unknown as Page);
  expect(await frame.evaluate(() => window.harness.saved().status)).toMatchObject({
    kind: 'problem',
    problem: { code: 'denied' },
  });
  expect((await frame.evaluate(() => window.harness.graph())).relations).toHaveLength(1);
});

test('persistent storage is asked for and the answer reported', async ({ context }) => {
  const page = await context.newPage();
  await openHarness(page);
  expect(['persisted', 'best-effort']).toContain(
    await page.evaluate(() => window.harness.persist()),
  );
});
