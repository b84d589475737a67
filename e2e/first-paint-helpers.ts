/**
 * What the first paint and the live page must share: every element a reader sees outside the
 * canvas (the canvas has its own checks: the same box, every actor where the picture drew it),
 * named by its path of tags and classes from the app's root, with its box. A first paint whose
 * markup drifts from the live page's — another class, another element, another size — differs.
 */
import type { Page } from '@playwright/test';

export type Layout = Record<string, { x: number; y: number; width: number; height: number }>;

/** `root`: the app's root element (the visible one); only what lies in the window's first screen. */
export function layoutOf(page: Page, root: string): Promise<Layout> {
  return page
    .locator(root)
    .first()
    .evaluate((app) => {
      const out: Record<string, { x: number; y: number; width: number; height: number }> = {};
      const key = (el: Element): string => {
        const own = `${el.tagName.toLowerCase()}${[...el.classList]
          .sort()
          .map((c) => `.${c}`)
          .join('')}`;
        if (el === app || !el.parentElement) return own;
        const same = [...el.parentElement.children].filter(
          (s) => s.tagName === el.tagName && s.className === el.className,
        );
        return `${key(el.parentElement)}>${own}:${same.indexOf(el)}`;
      };
      const walk = (el: Element) => {
        if (el.classList.contains('fl-canvas-wrap')) {
          out[key(el)] = box(el);
          return; // inside: the canvas's own checks
        }
        const r = el.getBoundingClientRect();
        if (r.width > 0 && r.height > 0 && r.top < innerHeight && el.checkVisibility())
          out[key(el)] = box(el);
        for (const child of el.children) walk(child);
      };
      const box = (el: Element) => {
        const r = el.getBoundingClientRect();
        const round = (v: number) => Math.round(v);
        return {
          x: round(r.x),
          y: round(r.y),
          width: round(r.width),
          height: round(r.height),
        };
      };
      walk(app);
      return out;
    });
}

/** The elements of the first paint that the live page lacks or draws elsewhere. */
export function moved(first: Layout, live: Layout): string[] {
  return Object.entries(first).flatMap(([key, a]) => {
    const b = live[key];
    if (!b) return [`${key}: not in the live page`];
    // The live page fills in the article and the table once the graph is drawn: a box may grow
    // downward (what follows it then moves, and is caught), nothing may move or shrink.
    const off = Math.max(
      Math.abs(a.x - b.x),
      Math.abs(a.y - b.y),
      Math.abs(a.width - b.width),
      a.height - b.height,
    );
    return off > 1 ? [`${key}: ${JSON.stringify(a)} → ${JSON.stringify(b)}`] : [];
  });
}
