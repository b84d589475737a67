/**
 * The graph a page was built with, and the list of graphs, from the page's JSON data blocks
 * (src/publish/pages.ts writes them; the dev server too). They were checked when the page was
 * written, so the reader's browser does not load the validator for them.
 */
import type { GraphFile } from '../model/schema.ts';
import type { GraphLink, SiteData } from '../publish/pages.ts';

const GRAPH_ID = 'fl-graph';
const GRAPHS_ID = 'fl-graphs';
const SITE_ID = 'fl-site';

function read(id: string): unknown {
  const text = document.getElementById(id)?.textContent;
  return text ? (JSON.parse(text) as unknown) : null;
}

export function pageGraph(): GraphFile {
  const file = read(GRAPH_ID);
  if (!file) throw new Error(`this page carries no graph (#${GRAPH_ID})`);
  return file as GraphFile;
}

/** The graphs this site was built with (empty when there is only one, or on an embed page). */
export function pageGraphs(): GraphLink[] {
  const list = read(GRAPHS_ID);
  return Array.isArray(list) ? (list as GraphLink[]) : [];
}

/** The editor's page, relative to this one, or null where the site has none (a published folder). */
export function pageEditor(): string | null {
  const site = read(SITE_ID) as Partial<SiteData> | null;
  return typeof site?.editor === 'string' ? site.editor : null;
}
