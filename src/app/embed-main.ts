/**
 * The first script of the embed pages (embed.html, embed-ar.html). The page already shows the
 * graph (a picture written at build), so this only reports the height to the host, looks after
 * links out of a sandbox, and loads the interactive embed when the reader comes near it — or
 * reaches for it — instead of on page load. Hosts add `loading="lazy"` to the iframe (our embed
 * code does), which defers even the picture until the frame nears the viewport.
 *
 * It is an `async` script in the page's <head>: it is fetched at once and runs while the page is
 * still being parsed (at the end of the body it was fetched only once the parser reached it, and
 * its observer reported a frame after the parse). So its observer's first report comes with the
 * first painted frame, and the interactive code is asked for then — not before: a preload from the
 * page's head, compiling beside the first paint on two cores, held the picture back (0bf9c61).
 * What needs the page's elements waits for them.
 *
 * Built as a classic script, as is the interactive embed it loads (scripts/build/embed.ts): in an
 * iframe sandboxed without `allow-same-origin`, module scripts are CORS requests that a plain
 * static host refuses, classic scripts are not. The dev server serves it as a module.
 */
import { embed as arEmbed } from '../i18n/locales/ar.json';
import { embed as enEmbed } from '../i18n/locales/en.json';
import { reportHeight } from './height-reports.ts';
import { wordpressSecret } from './host-messages.ts';
import { followLinksOut } from './links-out.ts';
import { readPageParams } from './params.ts';

// Read while this script runs: the interactive bundle's and the second font's file names.
const me = document.currentScript as HTMLScriptElement | null;
const secret = wordpressSecret(location.hash);
const params = readPageParams(location.search);
// In WordPress the iframe's height is clamped to 200–1000 px: a compact layout that fits.
if (secret || params.compact) document.documentElement.dataset.compact = 'true';

/** A file next to this script (the build names them in its data attributes). */
const beside = (name: string | undefined) => (name && me ? new URL(name, me.src).href : null);
const live = beside(me?.dataset.live);

/** Runs `then` once the page's elements are all there (at once if they are). */
function whenParsed(then: () => void) {
  if (document.readyState === 'loading')
    document.addEventListener('DOMContentLoaded', then, { once: true });
  else then();
}

/** Fetches (and compiles) the interactive bundle without running it: load() runs it. */
let preloaded = false;
function preload() {
  if (import.meta.env.DEV || !live || preloaded) return;
  preloaded = true;
  const link = document.createElement('link');
  link.rel = 'preload';
  link.as = 'script';
  link.href = live;
  document.head.append(link);
}

function load() {
  if (import.meta.env.DEV) {
    void import('./page-styles.ts');
    void import('./embed-boot.tsx').then(({ mountEmbed }) => mountEmbed(root()));
    return;
  }
  if (!live) throw new Error('the embed page names no interactive bundle');
  const script = document.createElement('script');
  script.src = live;
  // Offline, or the code moved with a new deployment: the picture stays, the reader is told,
  // and the next tap or key — or the browser coming back online — tries again; nothing is thrown
  // at the host page. Not the observer: it reports an embed in view at once, which would retry
  // in a loop of failing requests for as long as the page is offline.
  script.onerror = () => {
    script.remove();
    started = false;
    showUnavailable();
    for (const type of EVENTS) document.addEventListener(type, start);
    window.addEventListener('online', start, { once: true });
  };
  document.head.append(script);
}

function root(): HTMLElement {
  const element = document.getElementById('root');
  if (!element) throw new Error('the embed page has no #root');
  return element;
}

function showUnavailable() {
  if (root().querySelector('.fl-embed-unavailable')) return;
  const note = document.createElement('p');
  note.className = 'fl-embed-unavailable';
  note.setAttribute('role', 'status');
  note.dataset.testid = 'embed-unavailable';
  note.textContent = (document.documentElement.lang === 'ar' ? arEmbed : enEmbed).unavailable;
  root().prepend(note);
}

// The reader reaching for the embed (the page is all embed: anywhere in it).
const EVENTS = ['pointerdown', 'focusin', 'keydown'] as const;
let observer: IntersectionObserver | null = null;
let started = false;
function start() {
  if (started) return;
  started = true;
  observer?.disconnect();
  for (const type of EVENTS) document.removeEventListener(type, start);
  // The bundle reads the page's graph, after #root: it runs once the page is parsed. Until
  // then it can already be on its way.
  if (document.readyState === 'loading') preload();
  whenParsed(load);
}

whenParsed(() => {
  const element = root();
  reportHeight(params.id, secret);
  followLinksOut(element, secret);
  // The page's own script subset of the font is in its stylesheet; the other (Latin digits and
  // names in Arabic, Arabic quotes in English) follows without holding up the first paint.
  const otherFont = beside(me?.dataset.fonts);
  if (otherFont) {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = otherFont;
    document.head.append(link);
  }
});

for (const type of EVENTS) document.addEventListener(type, start);
if ('IntersectionObserver' in window) {
  // The margin applies where the host is same-origin; cross-origin frames report on-screen only.
  // The page's own element stands for #root, which fills it (and is not parsed yet). The first
  // report comes after the page's first frame: the bundle never runs before the picture paints.
  observer = new IntersectionObserver(
    (entries) => entries.some((e) => e.isIntersecting) && start(),
    { rootMargin: '600px 0px' },
  );
  observer.observe(document.documentElement);
} else start();
