/**
 * The editor's document core, for the editor page (src/edit/): the draft's types, the pure
 * document operations, reading and writing documents, and the per-editor store with undo.
 * Pure logic — no DOM, no React; the page's panels call these.
 */
export * from './types.ts';
export * from './ops.ts';
export {
  emptyDocument,
  readDraftGraph,
  readStoredDocument,
  toStored,
  countDocument,
  DOCUMENT_KIND,
  DOCUMENT_VERSION,
} from './document.ts';
export type { StoredDocument, ReadResult, DocumentCounts } from './document.ts';
export { createDocStore, documentOf, HISTORY_LIMIT } from './store.ts';
export type { DocState, DocStore, DocSelection } from './store.ts';
