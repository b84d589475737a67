/**
 * The editing session's storage: the drafts' database opened once for the page, a document opened
 * from it (or created in it) with autosave watching the store, and the draft's id in the address
 * so a reload, a crash or a reopened tab comes back to it. Storage that cannot open (private mode,
 * a sandboxed frame) leaves the document in memory, and the page says so.
 */
import {
  openDraftStorage,
  requestPersistence,
  startAutosave,
  type Autosave,
  type DraftStorage,
  type StorageProblem,
} from './storage/index.ts';
import { createDocStore, type DocStore, type EditorDocument } from './doc/index.ts';

export interface Session {
  store: DocStore;
  autosave: Autosave;
}

export type Storage = { storage: DraftStorage | null; problem?: StorageProblem };

let opening: Promise<Storage> | null = null;

export function openStorage(): Promise<Storage> {
  opening ??= openDraftStorage().then((r) => {
    if (r.ok) void requestPersistence();
    return r.ok ? { storage: r.storage } : { storage: null, problem: r.problem };
  });
  return opening;
}

function rememberDraft(id: string | null) {
  const url = new URL(location.href);
  if (id) url.searchParams.set('draft', id);
  else url.searchParams.delete('draft');
  history.replaceState(history.state, '', url);
}

/** A new document, stored at once as a new draft (where storage works). */
export async function startSession(doc: EditorDocument, storage: Storage): Promise<Session> {
  const store = createDocStore(doc);
  const created = storage.storage ? await storage.storage.create(doc) : null;
  const draft = created?.ok ? { id: created.summary.id, revision: created.summary.revision } : null;
  rememberDraft(draft?.id ?? null);
  const problem = created && !created.ok ? created.problem : storage.problem;
  return {
    store,
    autosave: startAutosave({
      store,
      storage: storage.storage,
      draft,
      ...(problem ? { unavailable: problem } : {}),
    }),
  };
}

/**
 * Why a stored draft did not open, for the page to say in its language (`code`), with the
 * browser's or the reader's own English words kept for a bug report (`detail`).
 */
export interface LoadFailure {
  readonly code: 'missing' | 'damaged' | StorageProblem['code'];
  readonly detail: string;
}

/** A stored draft reopened; the reason when it does not load (it stays stored). */
export async function resumeSession(
  id: string,
  storage: Storage,
): Promise<{ session: Session } | { failed: LoadFailure }> {
  if (!storage.storage)
    return {
      failed: {
        code: storage.problem?.code ?? 'unavailable',
        detail: storage.problem?.detail ?? '',
      },
    };
  const loaded = await storage.storage.load(id);
  if (loaded.status !== 'ok')
    return {
      failed:
        loaded.status === 'damaged'
          ? { code: 'damaged', detail: loaded.reason }
          : loaded.status === 'failed'
            ? { code: loaded.problem.code, detail: loaded.problem.detail }
            : { code: 'missing', detail: '' },
    };
  const store = createDocStore(loaded.document);
  rememberDraft(id);
  return {
    session: {
      store,
      autosave: startAutosave({
        store,
        storage: storage.storage,
        draft: {
          id,
          revision: loaded.summary.revision,
          changesSinceDownload: loaded.summary.changesSinceDownload,
        },
      }),
    },
  };
}
