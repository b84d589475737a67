/**
 * The graph as plain HTML, written into the page at build time: readers without JavaScript and
 * search engines get every relation and its quotes. Everything from the file is escaped.
 */
import type { GraphFile } from '../model/schema.ts';
import { escapeHtml } from './html.ts';

export function staticGraphHtml(graph: GraphFile): string {
  const name = new Map(graph.actors.map((a) => [a.id, a.name]));
  const sources = new Map(graph.sources.map((s) => [s.id, s]));
  const items = graph.relations.map((r) => {
    const from = name.get(r.source);
    const to = name.get(r.target);
    const quotes = r.evidence
      .map((e) => {
        const source = sources.get(e.source);
        const translation = e.translation?.en
          ? `<p lang="en">${escapeHtml(e.translation.en)}</p>`
          : '';
        const credit = source ? `<cite>${escapeHtml(source.outlet ?? source.title.en)}</cite>` : '';
        return `<blockquote lang="${escapeHtml(source?.language ?? 'ar')}" dir="auto"><p>${escapeHtml(e.quote)}</p>${credit}</blockquote>${translation}`;
      })
      .join('');
    return (
      `<li><h3><span lang="en">${escapeHtml(from?.en ?? r.source)} – ${escapeHtml(to?.en ?? r.target)}: ${escapeHtml(r.kind)}</span> ` +
      `<span lang="ar" dir="rtl">${escapeHtml(from?.ar ?? '')} – ${escapeHtml(to?.ar ?? '')}</span></h3>` +
      `<p lang="en">${escapeHtml(r.summary.en)}</p><p lang="ar" dir="rtl">${escapeHtml(r.summary.ar)}</p>${quotes}</li>`
    );
  });
  return (
    `<article class="fl-static"><h1 lang="en">${escapeHtml(graph.title.en)}</h1>` +
    `<h1 lang="ar" dir="rtl">${escapeHtml(graph.title.ar)}</h1>` +
    (graph.description ? `<p lang="en">${escapeHtml(graph.description.en)}</p>` : '') +
    `<ol>${items.join('')}</ol></article>`
  );
}
