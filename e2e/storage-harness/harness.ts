/**
 * A page for the storage tests only (never part of the build readers get): it runs the editor's
 * document store and autosave against this browser's real IndexedDB, and lets the spec drive them.
 */
import {
  createDocStore,
  emptyDocument,
  type DocState,
  type DocStore,
} from '../../src/edit/doc/index.ts';
import {
  openDraftStorage,
  requestPersistence,
  startAutosave,
  DATABASE_NAME,
  type Autosave,
  type DraftStorage,
  type StorageProblem,
} from '../../src/edit/storage/index.ts';

let storage: DraftStorage | null = null;
let problem: StorageProblem | undefined;
let store: DocStore | undefined;
let autosave: Autosave | undefined;

type Action = {
  [K in keyof DocState]: DocState[K] extends (...args: never[]) => unknown ? K : never;
}[keyof DocState];

const harness = {
  async open() {
    const opened = await openDraftStorage();
    storage = opened.ok ? opened.storage : null;
    problem = opened.ok ? undefined : opened.problem;
    return opened.ok ? 'ok' : opened.problem;
  },
  /** Starts editing a stored draft (by id) or a new document. */
  async start(id: string | null, options: { delayMs?: number; channelName?: string } = {}) {
    let doc = emptyDocument();
    let draft = null;
    if (id !== null && storage) {
      const loaded = await storage.load(id);
      if (loaded.status !== 'ok') return loaded;
      doc = loaded.document;
      draft = {
        id,
        revision: loaded.summary.revision,
        changesSinceDownload: loaded.summary.changesSinceDownload,
      };
    }
    store = createDocStore(doc);
    autosave = startAutosave({ store, storage, unavailable: problem, draft, ...options });
    return { status: 'ok' };
  },
  act(name: Action, ...args: unknown[]) {
    const fn = store!.getState()[name] as (...a: unknown[]) => unknown;
    return fn(...args);
  },
  graph: () => store!.getState().graph,
  saved: () => autosave!.state.getState(),
  list: () => storage!.list(),
  load: (id: string) => storage!.load(id),
  raw: (id: string) => storage!.raw(id),
  flush: () => autosave!.flush(),
  reload: () => autosave!.reload(),
  keepAsNew: () => autosave!.keepAsNew(),
  retry: () => autosave!.retry(),
  markDownloaded: () => autosave!.markDownloaded(),
  persist: () => requestPersistence(),
  /** Writes a record straight into the database, as a damaged or foreign draft would be. */
  putRaw(key: string, value: unknown) {
    return new Promise<void>((resolve, reject) => {
      const req = indexedDB.open(DATABASE_NAME, 1);
      req.onupgradeneeded = () => req.result.createObjectStore('drafts');
      req.onerror = () => reject(req.error);
      req.onsuccess = () => {
        const tx = req.result.transaction('drafts', 'readwrite');
        tx.objectStore('drafts').put(value, key);
        tx.oncomplete = () => {
          req.result.close();
          resolve();
        };
        tx.onerror = () => reject(tx.error);
      };
    });
  },
};

declare global {
  interface Window {
    harness: typeof harness;
  }
}
window.harness = harness;
document.documentElement.dataset.ready = 'true';
