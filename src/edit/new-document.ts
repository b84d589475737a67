/** A new draft from an article, or from a graph file to extend. */
import type { GraphFile } from '../model/schema.ts';
import { emptyDocument, readDraftGraph } from './doc/index.ts';
import { slugify } from './doc/index.ts';
import { addSource } from './doc/index.ts';
import type { DraftGraph, EditorDocument } from './doc/index.ts';
import type { ArticleInput } from './StartPanel.tsx';

export function sourceInput(a: ArticleInput) {
  return {
    language: a.language,
    title: { [a.language]: a.title },
    ...(a.outlet ? { outlet: a.outlet } : {}),
    ...(a.published ? { published: a.published } : {}),
    ...(a.url ? { url: a.url } : {}),
    text: a.text,
  };
}

/** The article as the draft's first source, the graph titled after it, the assistant run. */
export function documentFromArticle(a: ArticleInput): EditorDocument {
  const base = emptyDocument(slugify(a.title) || 'draft');
  const added = addSource(base.graph, sourceInput(a));
  const graph: DraftGraph = {
    ...added.graph,
    title: { en: a.language === 'en' ? a.title : '', ar: a.language === 'ar' ? a.title : '' },
  };
  return { graph, rejected: [] };
}

export function documentFromGraph(file: GraphFile): EditorDocument | string {
  const read = readDraftGraph(structuredClone(file));
  return read.ok ? { graph: read.value, rejected: [] } : read.reason;
}
