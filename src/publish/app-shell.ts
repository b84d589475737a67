/**
 * The app's page as it looks before any JavaScript has run, written into index.html at build (as
 * picture.ts does for the embed): the header App.tsx renders — brand, title, dek, the list of
 * graphs, and its tools, laid out but not shown until they work — and in the canvas's place the
 * picture of the graph at its build-time layout, in the same grid cell, with the same classes, so
 * the live app takes over without anything moving. One shell per language; the page shows the one
 * its address asks for (FIRST_PAINT_SCRIPT), or none when the address asks for a view the
 * picture is not (a filter, a focus, another graph). Everything from the file is escaped.
 */
import { createI18n } from '../i18n/i18n.ts';
import type { Graph } from '../model/graph.ts';
import type { Point } from '../model/layout.ts';
import { neutralizeBidi } from '../model/text.ts';
import { isRtl, LANGUAGES, type Language } from '../model/vocabulary.ts';
import { escapeHtml } from './html.ts';
import type { GraphLink } from './pages.ts';
import { graphPicture } from './picture.ts';
import { appPictureId } from './first-paint.ts';

const text = (s: string) => escapeHtml(neutralizeBidi(s));

function shell(
  graph: Graph,
  positions: ReadonlyMap<string, Point>,
  lang: Language,
  graphs: readonly GraphLink[],
  editor: string | null,
): string {
  const t = createI18n(lang).getFixedT(lang);
  const dir = isRtl(lang) ? 'rtl' : 'ltr';
  const file = graph.file;
  const list =
    graphs.length < 2
      ? ''
      : `<nav class="fl-graph-list" aria-label="${escapeHtml(t('graphs.label'))}"><span class="fl-muted">${escapeHtml(t('graphs.label'))}:</span><ul>` +
        graphs
          .map(
            (g) =>
              `<li><a href="${escapeHtml(`${g.href}?lang=${lang}`)}"${g.id === file.id ? ' aria-current="page"' : ''} lang="${lang}">${text(g.title[lang])}</a></li>`,
          )
          .join('') +
        `</ul></nav>`;
  // The tools take their room (the title wraps around them as it will) but are not shown: they
  // do nothing until the code runs, and a reader without it has no use for them.
  const languages = LANGUAGES.map(
    (l) =>
      `<button type="button" lang="${l.code}" dir="${l.rtl ? 'rtl' : 'ltr'}" aria-pressed="${l.code === lang}">${escapeHtml(l.name)}</button>`,
  ).join('');
  const tools =
    `<div class="fl-header-tools fl-static-tools" aria-hidden="true">` +
    `<div class="fl-search"><input type="search" placeholder="${escapeHtml(t('search.placeholder'))}" tabindex="-1" /></div>` +
    `<div class="fl-copy"><button type="button" class="fl-button" tabindex="-1">${escapeHtml(t('share.copyLink'))}</button><span class="fl-copy-status"></span></div>` +
    `<button type="button" class="fl-button" tabindex="-1">${escapeHtml(t('share.embed'))}</button>` +
    (editor
      ? `<span class="fl-button fl-edit-link">${escapeHtml(t('app.makeGraph'))}</span>`
      : '') +
    `<div class="fl-lang">${languages}</div></div>`;
  const overview = t('evidence.overview', {
    relations: graph.relations.length,
    actors: graph.actors.length,
  });
  return (
    `<div class="fl-app fl-static-app" lang="${lang}" dir="${dir}" data-fl-shell="${lang}">` +
    `<header class="fl-header"><div class="fl-titles"><p class="fl-brand">${escapeHtml(t('app.name'))}</p>` +
    `<h1><bdi>${text(file.title[lang])}</bdi></h1>` +
    (file.description ? `<p class="fl-dek"><bdi>${text(file.description[lang])}</bdi></p>` : '') +
    `${list}</div>${tools}</header>` +
    `<main class="fl-main"><div class="fl-stage"><div class="fl-canvas-wrap">` +
    `<div class="fl-canvas fl-static-picture" id="${appPictureId(lang)}" role="img" aria-label="${escapeHtml(t('canvas.label'))}">${graphPicture(graph, positions, lang)}</div>` +
    `</div></div>` +
    `<aside class="fl-side fl-side-evidence"><section class="fl-evidence" data-open="false">` +
    `<header class="fl-evidence-header"><h2>${escapeHtml(t('evidence.heading'))}</h2></header>` +
    `<div class="fl-evidence-empty"><p class="fl-muted">${escapeHtml(overview)}</p></div>` +
    `</section></aside></main></div>`
  );
}

/** Both languages' shells; the page's stylesheet shows the one FIRST_PAINT_SCRIPT chose. */
export function staticAppHtml(
  graph: Graph,
  positions: ReadonlyMap<string, Point>,
  graphs: readonly GraphLink[],
  /** The editor's page, relative to this page (null: the folder has none, and no link is shown). */
  editor: string | null,
): string {
  return LANGUAGES.map((l) => shell(graph, positions, l.code, graphs, editor)).join('');
}
