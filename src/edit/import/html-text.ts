/**
 * An HTML article reduced to its text. The markup is parsed by DOMParser into an inert document
 * (no script runs, nothing loads); scripts, styles and other non-text parts are dropped, block
 * elements become line breaks and paragraphs blank lines, so the sentence splitter sees the
 * article's own structure.
 */

/** Elements whose content is never article text. */
const DROPPED = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'iframe',
  'object',
  'embed',
  'svg',
  'math',
  'canvas',
  'head',
  'title',
  'meta',
  'link',
  'button',
  'select',
  'textarea',
  'input',
  'nav',
  'form',
]);

/** Elements that end a paragraph (a blank line) or a line. */
const PARAGRAPHS = new Set([
  'p',
  'div',
  'section',
  'article',
  'main',
  'header',
  'footer',
  'aside',
  'blockquote',
  'figure',
  'figcaption',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'ul',
  'ol',
  'dl',
  'table',
  'pre',
  'hr',
]);
const LINES = new Set(['br', 'li', 'dt', 'dd', 'tr', 'caption']);

export function htmlToText(html: string): string {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  // The article proper, when the page marks it; otherwise the whole body.
  const root = doc.querySelector('article') ?? doc.body ?? doc.documentElement;
  const out: string[] = [];
  walk(root, out);
  return tidy(out.join(''));
}

function walk(node: Node, out: string[]): void {
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 3) {
      // HTML collapses runs of white space in running text.
      out.push((child.nodeValue ?? '').replace(/[ \t\r\n\f]+/g, ' '));
      continue;
    }
    if (child.nodeType !== 1) continue; // comments, processing instructions
    const tag = (child as Element).localName;
    if (DROPPED.has(tag) || (child as Element).hasAttribute('hidden')) continue;
    const paragraph = PARAGRAPHS.has(tag);
    if (paragraph) out.push('\n\n');
    if (tag === 'br') out.push('\n');
    walk(child, out);
    if (paragraph) out.push('\n\n');
    else if (LINES.has(tag) && tag !== 'br') out.push('\n');
  }
}

/** Trims each line, keeps at most one blank line between paragraphs. */
function tidy(text: string): string {
  return text
    .split('\n')
    .map((line) => line.replace(/ {2,}/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Text that is markup rather than prose: pasted page source, or a saved page opened as text. */
export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 2000).trimStart().toLowerCase();
  if (head.startsWith('<!doctype html') || head.startsWith('<html')) return true;
  const tags = text
    .slice(0, 20000)
    .match(/<\/?(p|div|span|script|style|body|br|a|h[1-6])\b[^>]*>/gi);
  return (tags?.length ?? 0) >= 3 && head.startsWith('<');
}
