/**
 * The first script of embed.html. The page already shows the graph (a picture written at build),
 * so this only reports the height to the host and loads the interactive embed when the reader
 * comes near it — or reaches for it — instead of on page load. Hosts add `loading="lazy"` to the
 * iframe (our embed code does), which defers even the picture until the frame nears the viewport.
 */
import './page-styles.ts';
import { embedId, reportHeight } from './height-reports.ts';

const root = document.getElementById('root');
if (!root) throw new Error('embed.html has no #root');
reportHeight(embedId(new URLSearchParams(location.search)));

const EVENTS = ['pointerdown', 'focusin', 'keydown'] as const;
let observer: IntersectionObserver | null = null;
let started = false;
function start() {
  if (started) return;
  started = true;
  observer?.disconnect();
  for (const type of EVENTS) root!.removeEventListener(type, start);
  void import('./embed-boot.tsx').then(({ mountEmbed }) => mountEmbed(root!));
}

for (const type of EVENTS) root.addEventListener(type, start);
if ('IntersectionObserver' in window) {
  // The margin applies where the host is same-origin; cross-origin frames report on-screen only.
  observer = new IntersectionObserver(
    (entries) => entries.some((e) => e.isIntersecting) && start(),
    {
      rootMargin: '600px 0px',
    },
  );
  observer.observe(root);
} else start();
