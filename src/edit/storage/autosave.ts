/**
 * Saves the editor's document as it changes: at most `delayMs` (100 ms) after a change, all the
 * changes made meanwhile in one write, and at once when the page is hidden or left (pagehide,
 * visibilitychange). Each write is checked against the revision this tab last saw; a save in
 * another tab is announced on a BroadcastChannel, and this tab then writes nothing more until the
 * author chooses to reload that version or to keep this one as a new draft. When storage fails the
 * document stays in memory and on screen, and the next change tries again.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import { documentOf, type DocStore } from '../doc/store.ts';
import type { EditorDocument } from '../doc/types.ts';
import type { CreateResult, DraftStorage, LoadResult } from './drafts.ts';
import type { StorageProblem } from './problems.ts';

export const SAVE_DELAY_MS = 100;
export const DRAFTS_CHANNEL = 'faultlines-drafts';

export type SaveStatus =
  /** A new document nothing has been written for yet (no change so far). */
  | { readonly kind: 'new' }
  /** Changes waiting for the next write. */
  | { readonly kind: 'pending' }
  | { readonly kind: 'saving' }
  | { readonly kind: 'saved'; readonly revision: number; readonly updated: number }
  /** Not kept: the document is in memory only; the next change (or retry) tries again. */
  | { readonly kind: 'problem'; readonly problem: StorageProblem }
  /**
   * Changed in another tab (or removed there): nothing is written until the author reloads that
   * version or keeps this one as a new draft.
   */
  | { readonly kind: 'elsewhere'; readonly revision: number };

export interface AutosaveState {
  readonly status: SaveStatus;
  /** The stored draft this document is saved to; null until the first save of a new one. */
  readonly draftId: string | null;
  readonly revision: number;
  /** Saved changes since the author last downloaded the file (for the backup reminder). */
  readonly changesSinceDownload: number;
  /** Document changes not yet written. */
  readonly unsaved: boolean;
}

export interface Autosave {
  /** For the page's status line: `useStore(autosave.state, (s) => s.status)`. */
  readonly state: StoreApi<AutosaveState>;
  /** Writes what is pending now. */
  flush(): Promise<void>;
  /** Takes the version the other tab saved (undo starts afresh). */
  reload(): Promise<LoadResult>;
  /** Keeps this tab's document as a new draft, and goes on saving there. */
  keepAsNew(): Promise<CreateResult>;
  /** Tries again after a storage problem. */
  retry(): Promise<void>;
  /** Call when the author has downloaded the file. */
  markDownloaded(): Promise<void>;
  /** Stops watching (the editor unmounts); pending changes are written first. */
  stop(): Promise<void>;
}

export interface AutosaveOptions {
  readonly store: DocStore;
  /** null when storage could not be opened: `unavailable` says why. */
  readonly storage: DraftStorage | null;
  readonly unavailable?: StorageProblem;
  /** The stored draft being edited, or null for a new document (created on its first change). */
  readonly draft: {
    readonly id: string;
    readonly revision: number;
    readonly changesSinceDownload?: number;
  } | null;
  readonly delayMs?: number;
  /** Where pagehide is heard (tests pass their own). */
  readonly window?: Pick<Window, 'addEventListener' | 'removeEventListener'>;
  readonly document?: Pick<
    Document,
    'addEventListener' | 'removeEventListener' | 'visibilityState'
  >;
  readonly channelName?: string;
}

interface Announcement {
  readonly type: 'saved';
  readonly id: string;
  readonly revision: number;
  readonly tab: string;
}

export function startAutosave(options: AutosaveOptions): Autosave {
  const { store, storage } = options;
  const delay = options.delayMs ?? SAVE_DELAY_MS;
  const win = options.window ?? (typeof window === 'undefined' ? undefined : window);
  const doc = options.document ?? (typeof document === 'undefined' ? undefined : document);
  const tab = Math.random().toString(36).slice(2);
  const initialProblem: StorageProblem = options.unavailable ?? {
    code: 'unavailable',
    detail: 'storage is not open',
  };
  const state = createStore<AutosaveState>()(() => ({
    status: !storage
      ? { kind: 'problem', problem: initialProblem }
      : options.draft
        ? { kind: 'saved', revision: options.draft.revision, updated: Date.now() }
        : { kind: 'new' },
    draftId: options.draft?.id ?? null,
    revision: options.draft?.revision ?? 0,
    changesSinceDownload: options.draft?.changesSinceDownload ?? 0,
    unsaved: false,
  }));
  const patch = (p: Partial<AutosaveState>) => state.setState(p);
  let timer: ReturnType<typeof setTimeout> | undefined;
  let writing: Promise<void> | undefined;
  let replacing = false;
  /** The revision last downloaded: changes since = revision − this. */
  let downloaded = options.draft
    ? options.draft.revision - (options.draft.changesSinceDownload ?? 0)
    : 0;

  const channel =
    typeof BroadcastChannel === 'undefined'
      ? undefined
      : new BroadcastChannel(options.channelName ?? DRAFTS_CHANNEL);
  channel?.addEventListener('message', (event: MessageEvent<Announcement>) => {
    const m = event.data;
    const { draftId, revision } = state.getState();
    if (m?.type === 'saved' && m.tab !== tab && m.id === draftId && m.revision > revision)
      elsewhere(m.revision);
  });

  function elsewhere(revision: number) {
    clearTimeout(timer);
    timer = undefined;
    patch({ status: { kind: 'elsewhere', revision } });
  }

  const stopWatching = store.subscribe((now, before) => {
    if (replacing || (now.graph === before.graph && now.rejected === before.rejected)) return;
    patch({ unsaved: true });
    const kind = state.getState().status.kind;
    if (kind === 'elsewhere' || !storage) return;
    if (kind !== 'saving' && kind !== 'problem') patch({ status: { kind: 'pending' } });
    schedule();
  });

  function schedule() {
    if (timer === undefined && !writing) timer = setTimeout(() => void write(), delay);
  }

  /** One write of the document as it is now; changes made meanwhile get the next one. */
  async function write(): Promise<void> {
    clearTimeout(timer);
    timer = undefined;
    if (writing) return writing;
    const s = state.getState();
    if (!storage || !s.unsaved || s.status.kind === 'elsewhere') return;
    writing = (async () => {
      const current: EditorDocument = documentOf(store.getState());
      patch({ unsaved: false, status: { kind: 'saving' } });
      const { draftId, revision } = state.getState();
      if (draftId === null) {
        const created = await storage.create(current);
        if (created.ok) saved(created.summary.id, 1, created.summary.updated);
        else patch({ unsaved: true, status: { kind: 'problem', problem: created.problem } });
        return;
      }
      const result = await storage.save(draftId, current, revision);
      if (result.ok) saved(draftId, result.revision, result.updated);
      else if (result.conflict) {
        patch({ unsaved: true });
        elsewhere(result.revision);
      } else patch({ unsaved: true, status: { kind: 'problem', problem: result.problem } });
    })();
    try {
      await writing;
    } finally {
      writing = undefined;
    }
    // Changes made while writing get their own write; a failed one waits for the next change.
    if (state.getState().unsaved && state.getState().status.kind === 'pending') schedule();
  }

  function saved(id: string, revision: number, updated: number) {
    const unsaved = state.getState().unsaved;
    patch({
      draftId: id,
      revision,
      changesSinceDownload: Math.max(0, revision - downloaded),
      status: unsaved ? { kind: 'pending' } : { kind: 'saved', revision, updated },
    });
    channel?.postMessage({ type: 'saved', id, revision, tab } satisfies Announcement);
  }

  async function flush() {
    if (writing) await writing;
    await write();
  }

  /**
   * The page may be going (pagehide; on phones a hidden page is often killed unannounced). A
   * normal write reads before it writes and may not finish, so unsaved changes are also kept in a
   * rescue record issued at once (recovery.ts). Changed in another tab: only the rescue — it is
   * taken in as a copy, never over the other tab's save.
   */
  const onHide = () => {
    const s = state.getState();
    if (!storage || !s.unsaved) return;
    if (s.draftId === null) {
      // A new draft's first write is a single add, issued at once.
      if (!writing) void write();
      return;
    }
    storage.rescue(s.draftId, documentOf(store.getState()), s.revision).catch(() => undefined);
    if (s.status.kind !== 'elsewhere') void write();
  };
  const onVisibility = () => {
    if (doc?.visibilityState === 'hidden') onHide();
  };
  win?.addEventListener('pagehide', onHide);
  doc?.addEventListener('visibilitychange', onVisibility);

  async function reload(): Promise<LoadResult> {
    const { draftId } = state.getState();
    if (!storage || draftId === null) return { status: 'missing' };
    if (writing) await writing;
    const loaded = await storage.load(draftId);
    if (loaded.status !== 'ok') return loaded;
    await storage.dropRescue(draftId).catch(() => undefined);
    replacing = true;
    try {
      store.getState().replaceDocument(loaded.document, { resetHistory: true });
    } finally {
      replacing = false;
    }
    downloaded = loaded.summary.revision - loaded.summary.changesSinceDownload;
    patch({
      revision: loaded.summary.revision,
      changesSinceDownload: loaded.summary.changesSinceDownload,
      unsaved: false,
      status: { kind: 'saved', revision: loaded.summary.revision, updated: loaded.summary.updated },
    });
    return loaded;
  }

  async function keepAsNew(): Promise<CreateResult> {
    if (!storage) return { ok: false, problem: initialProblem };
    if (writing) await writing;
    const from = state.getState().draftId;
    const created = await storage.create(
      documentOf(store.getState()),
      from ? { copyOf: from } : {},
    );
    if (created.ok) {
      if (from) await storage.dropRescue(from).catch(() => undefined);
      downloaded = 0;
      patch({ unsaved: false });
      saved(created.summary.id, 1, created.summary.updated);
    } else patch({ status: { kind: 'problem', problem: created.problem } });
    return created;
  }

  async function retry() {
    patch({ status: { kind: 'pending' } });
    await flush();
  }

  async function markDownloaded() {
    await flush();
    const { draftId, revision } = state.getState();
    downloaded = revision;
    patch({ changesSinceDownload: 0 });
    if (storage && draftId !== null) await storage.markDownloaded(draftId, revision);
  }

  async function stop() {
    await flush();
    stopWatching();
    win?.removeEventListener('pagehide', onHide);
    doc?.removeEventListener('visibilitychange', onVisibility);
    channel?.close();
  }

  return { state, flush, reload, keepAsNew, retry, markDownloaded, stop };
}
