/**
 * Repeated loads: each page's time to a drawn graph as the median of several fresh loads, taken
 * in turns, and the reader's pages of the default graph (loaded, not interacted with).
 */
import type { Browser } from '@playwright/test';
import { freshPage, measure, type Measured } from './measure.ts';
import { median, waitDrawn, waitPainted, type Subject } from './subjects.ts';

/** One page's measurement so far, and how to load it again. */
export interface Loaded<R> {
  result: R;
  subject: Subject;
  url: string;
}

/**
 * Each result's time to a drawn graph made the median of `loads` loads: its own, and more, each
 * in a fresh context and with nothing else measured during the load. The extra loads take turns
 * (one of each page, then again), so that the machine's drift over the minutes a run takes
 * falls on every page alike and the ratios between them hold.
 */
export async function medianDrawn<
  R extends { drawn: number; painted?: number } | { failed: string },
>(pages: Loaded<R>[], browser: Browser, timeout: number, loads: number): Promise<R[]> {
  const times = pages.map(({ result }) => ('failed' in result ? [] : [result.drawn]));
  const paints = pages.map(({ result }) =>
    'painted' in result && typeof result.painted === 'number' ? [result.painted] : [],
  );
  for (let round = 1; round < loads; round++) {
    for (const [i, { result, subject, url }] of pages.entries()) {
      if ('failed' in result) continue;
      const { context, page } = await freshPage(browser, subject);
      try {
        await page.goto(url);
        times[i]!.push(await waitDrawn(page, subject, timeout));
        if (subject === 'app') paints[i]!.push(await waitPainted(page, timeout));
      } finally {
        await context.close();
      }
    }
  }
  return pages.map(({ result }, i) =>
    'failed' in result
      ? result
      : {
          ...result,
          drawn: median(times[i]!),
          ...(paints[i]!.length > 0 ? { painted: median(paints[i]!) } : {}),
        },
  );
}

/** Each page loaded once, for its time to a drawn graph and its JS bytes. */
export async function loadEach(
  browser: Browser,
  pages: { subject: Subject; url: string }[],
  timeout: number,
): Promise<Loaded<Measured>[]> {
  const loaded: Loaded<Measured>[] = [];
  for (const { subject, url } of pages)
    loaded.push({ subject, url, result: await measure(browser, subject, url, timeout, [], true) });
  return loaded;
}

export type ReaderPage = 'bundled' | 'embed' | 'styled' | 'checked';

/**
 * Loads of the default graph alone (time to a drawn graph and JS bytes): the reader's visit (the
 * bundled graph), the embed, and the two reference pages drawing the app's look (`withLook`), with
 * and without the app's validator in front.
 */
export function readerPages(base: string, withLook: boolean) {
  const look = (check: boolean) =>
    `${base}/bench/compare.html?subject=styled${check ? '&check=1' : ''}&graph=/bench/graphs/default.json`;
  const pages: { name: ReaderPage; subject: Subject; url: string }[] = [
    { name: 'bundled', subject: 'app', url: `${base}/?lang=en` },
    { name: 'embed', subject: 'app', url: `${base}/embed.html?embed=1&id=bench` },
  ];
  if (withLook)
    pages.push(
      { name: 'styled', subject: 'bare', url: look(false) },
      { name: 'checked', subject: 'bare', url: look(true) },
    );
  return pages;
}
