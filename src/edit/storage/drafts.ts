/**
 * Drafts in IndexedDB (through idb): one record per draft, written whole, each write checked
 * against the revision the writer last saw so that two tabs never silently overwrite each other.
 * A record that no longer reads as a draft is kept and listed as damaged, with its raw content,
 * and is only ever removed by the author.
 */
import { openDB, type IDBPDatabase } from 'idb';
import { readStoredDocument, toStored } from '../doc/document.ts';
import {
  listing,
  rawText,
  readRecord,
  summaryOf,
  type DraftListing,
  type DraftRecord,
  type DraftSummary,
} from './records.ts';
import type { EditorDocument } from '../doc/types.ts';
import { storageProblem, type StorageProblem } from './problems.ts';
import {
  DRAFTS,
  newDraftId,
  RESCUE,
  recoverRescues,
  writeRescue,
  type EditorDb,
} from './recovery.ts';

export type { DamagedDraft, DraftListing, DraftSummary } from './records.ts';

export const DATABASE_NAME = 'faultlines-editor';
const DATABASE_VERSION = 1;
const STORE = DRAFTS;
/** An open that neither succeeds nor fails (a wedged profile) is given up after this long. */
const OPEN_TIMEOUT_MS = 5000;

export type LoadResult =
  | { readonly status: 'ok'; readonly document: EditorDocument; readonly summary: DraftSummary }
  | { readonly status: 'damaged'; readonly reason: string }
  | { readonly status: 'missing' }
  | { readonly status: 'failed'; readonly problem: StorageProblem };

export type ListResult =
  | { readonly ok: true; readonly drafts: readonly DraftListing[] }
  | { readonly ok: false; readonly problem: StorageProblem };

export type CreateResult =
  | { readonly ok: true; readonly summary: DraftSummary }
  | { readonly ok: false; readonly problem: StorageProblem };

export type SaveResult =
  | { readonly ok: true; readonly revision: number; readonly updated: number }
  /** Someone (another tab) saved since `expected`: nothing was written. */
  | { readonly ok: false; readonly conflict: true; readonly revision: number }
  | { readonly ok: false; readonly conflict: false; readonly problem: StorageProblem };

/**
 * The drafts of this browser profile, for this site. list, create, load and save never reject:
 * their results say what went wrong. raw, markDownloaded and remove are the author's explicit
 * actions and reject with the browser's error (storageProblem explains it).
 */
export interface DraftStorage {
  /** Every draft, newest first; damaged ones included. */
  list(): Promise<ListResult>;
  /** Stores a document as a new draft (revision 1). */
  create(document: EditorDocument, options?: { copyOf?: string }): Promise<CreateResult>;
  load(id: string): Promise<LoadResult>;
  /**
   * Writes the document if the stored revision is still `expected`; the new revision is
   * `expected + 1`. A draft removed or damaged meanwhile is a conflict too (revision -1): it is
   * never written over.
   */
  save(id: string, document: EditorDocument, expected: number): Promise<SaveResult>;
  /**
   * Keeps a document that leaves with the page, in one request issued before this returns (call it
   * from pagehide): beside the draft, never over it; taken in when storage next opens.
   */
  rescue(id: string, document: EditorDocument, base: number): Promise<void>;
  /** Forgets a rescue (the author chose the other tab's version, or kept this one as a copy). */
  dropRescue(id: string): Promise<void>;
  /** The stored record exactly as it is, as JSON text, for the author to download. */
  raw(id: string): Promise<string | undefined>;
  /** Notes that the author downloaded the draft as of `revision` (for the backup reminder). */
  markDownloaded(id: string, revision: number): Promise<void>;
  /** Removes a draft: only ever on the author's request. */
  remove(id: string): Promise<void>;
  close(): void;
}

export type OpenResult =
  | { readonly ok: true; readonly storage: DraftStorage }
  | { readonly ok: false; readonly problem: StorageProblem };

/**
 * Opens the drafts' database. Never throws: where IndexedDB is missing or refused (a sandboxed
 * iframe throws on touching it, private modes may refuse to open) the result says why, and the
 * editor goes on with the document in memory.
 */
export async function openDraftStorage(
  options: { name?: string; now?: () => number } = {},
): Promise<OpenResult> {
  const name = options.name ?? DATABASE_NAME;
  const now = options.now ?? Date.now;
  let db: IDBPDatabase<EditorDb>;
  let onBlocked = () => false;
  try {
    if (typeof indexedDB === 'undefined')
      return {
        ok: false,
        problem: { code: 'unavailable', detail: 'no IndexedDB in this browser' },
      };
    let blocked = false;
    onBlocked = () => blocked;
    const opening = openDB<EditorDb>(name, DATABASE_VERSION, {
      upgrade(database) {
        for (const store of [DRAFTS, RESCUE] as const)
          if (!database.objectStoreNames.contains(store)) database.createObjectStore(store);
      },
      blocked() {
        blocked = true;
      },
    });
    db = await withTimeout(opening, OPEN_TIMEOUT_MS);
  } catch (error) {
    const problem = onBlocked()
      ? { code: 'blocked' as const, detail: 'another tab keeps an older version open' }
      : storageProblem(error, 'unavailable');
    return { ok: false, problem };
  }
  try {
    await recoverRescues(db, now);
  } catch {
    // A rescue that cannot be taken in stays where it is for the next open; the drafts still open.
  }
  return { ok: true, storage: draftStorage(db, now) };
}

function draftStorage(db: IDBPDatabase<EditorDb>, now: () => number): DraftStorage {
  return {
    async list() {
      try {
        const out: DraftListing[] = [];
        let cursor = await db.transaction(STORE).store.openCursor();
        while (cursor) {
          out.push(listing(String(cursor.key), cursor.value));
          cursor = await cursor.continue();
        }
        return { ok: true, drafts: out.sort((a, b) => (b.updated ?? 0) - (a.updated ?? 0)) };
      } catch (error) {
        return { ok: false, problem: storageProblem(error) };
      }
    },

    async create(document, options = {}) {
      const time = now();
      const id = newDraftId(time);
      const record: DraftRecord = {
        id,
        revision: 1,
        created: time,
        updated: time,
        downloadedRevision: 0,
        ...(options.copyOf ? { copyOf: options.copyOf } : {}),
        document: toStored(document),
      };
      try {
        // add(), not put(): a clash of ids would fail instead of overwriting a draft.
        await db.add(STORE, record, id);
      } catch (error) {
        return { ok: false, problem: storageProblem(error) };
      }
      return { ok: true, summary: summaryOf(record, document) };
    },

    async load(id) {
      let value: unknown;
      try {
        value = await db.get(STORE, id);
      } catch (error) {
        return { status: 'failed', problem: storageProblem(error) };
      }
      if (value === undefined) return { status: 'missing' };
      const record = readRecord(value);
      if (!record.ok) return { status: 'damaged', reason: record.reason };
      const doc = readStoredDocument(record.value.document);
      if (!doc.ok) return { status: 'damaged', reason: doc.reason };
      return { status: 'ok', document: doc.value, summary: summaryOf(record.value, doc.value) };
    },

    async save(id, document, expected) {
      try {
        const tx = db.transaction([STORE, RESCUE], 'readwrite');
        const stored = await tx.objectStore(STORE).get(id);
        const record = stored === undefined ? undefined : readRecord(stored);
        // A damaged record is not overwritten either: it stays for the author to download.
        const revision = record?.ok ? record.value.revision : -1;
        if (!record?.ok || revision !== expected) {
          tx.abort();
          await tx.done.catch(() => undefined);
          return { ok: false, conflict: true, revision };
        }
        const updated = now();
        const next: DraftRecord = {
          ...record.value,
          revision: expected + 1,
          updated,
          document: toStored(document),
        };
        await tx.objectStore(STORE).put(next, id);
        // The draft now holds at least what a rescue of it held.
        await tx.objectStore(RESCUE).delete(id);
        await tx.done;
        return { ok: true, revision: next.revision, updated };
      } catch (error) {
        return { ok: false, conflict: false, problem: storageProblem(error) };
      }
    },

    rescue(id, document, base) {
      try {
        return writeRescue(db, id, document, base, now());
      } catch (error) {
        return Promise.reject(error);
      }
    },

    async dropRescue(id) {
      await db.delete(RESCUE, id);
    },

    async raw(id) {
      const value = await db.get(STORE, id);
      return value === undefined ? undefined : rawText(value);
    },

    async markDownloaded(id, revision) {
      const tx = db.transaction(STORE, 'readwrite');
      const record = readRecord(await tx.store.get(id));
      if (record.ok)
        await tx.store.put(
          { ...record.value, downloadedRevision: revision, downloadedAt: now() },
          id,
        );
      await tx.done;
    },

    async remove(id) {
      await db.delete(STORE, id);
    },

    close() {
      db.close();
    },
  };
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new DOMException('the database did not open in time', 'UnknownError')),
      ms,
    );
    promise.then(
      (v) => {
        clearTimeout(timer);
        resolve(v);
      },
      (e: unknown) => {
        clearTimeout(timer);
        reject(e);
      },
    );
  });
}
