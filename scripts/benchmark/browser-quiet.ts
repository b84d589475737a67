/**
 * Whether the browser itself stays quiet while a page loads. Every measured load opens a fresh
 * context (a new window); a Chromium that loads its own UI pages there (chrome://… WebUI popups)
 * spends the same two cores as the page being measured, and every figure of the run — bare
 * Cytoscape's too — says more about the browser than about the pages. CHROMIUM_ARGS turns the
 * known ones off; this counts what a new Chromium may have added, for the report to say.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from '@playwright/test';

/** chrome:// requests made while a fresh context opens a blank page and idles for a second. */
export async function browserOwnRequests(browser: Browser): Promise<number> {
  const dir = mkdtempSync(join(tmpdir(), 'fl-quiet-'));
  const path = join(dir, 'trace.json');
  // Tracing first: the browser loads its pages as the window opens.
  await browser.startTracing(undefined, { path, categories: ['devtools.timeline', 'loading'] });
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto('about:blank');
    await page.waitForTimeout(1000);
    await browser.stopTracing();
    const trace = JSON.parse(readFileSync(path, 'utf8')) as {
      traceEvents: { name: string; args?: { data?: { url?: string } } }[];
    };
    return trace.traceEvents.filter(
      (e) => e.name === 'ResourceSendRequest' && e.args?.data?.url?.startsWith('chrome://'),
    ).length;
  } finally {
    await context.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
