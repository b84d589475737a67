/**
 * What a page leaving in a hurry could not save. A write to a draft reads the stored revision
 * before it writes — two steps a closing page may not live to finish — so on pagehide (and when the
 * page is hidden, the last sure moment on phones) the document is also kept in one request issued
 * at once, beside the draft and never over it: a rescue record. The next time storage opens it is
 * taken in — as the draft's next revision when nothing saved the draft since, else as a copy — and
 * a save that completes removes it, since the draft then holds at least as much.
 */
import { unwrap, type DBSchema, type IDBPDatabase } from 'idb';
import { readStoredDocument, toStored } from '../doc/document.ts';
import type { EditorDocument } from '../doc/types.ts';
import { readRecord, type DraftRecord } from './records.ts';

export const DRAFTS = 'drafts';
export const RESCUE = 'rescue';

export interface EditorDb extends DBSchema {
  // Out-of-line keys: a record of any shape, even a broken one, stays addressable by its key.
  drafts: { key: string; value: unknown };
  rescue: { key: string; value: unknown };
}

export interface RescueRecord {
  readonly id: string;
  /** The draft's revision the rescued document was edited from. */
  readonly base: number;
  readonly saved: number;
  readonly document: unknown;
}

/** A fresh id for a new draft. */
export function newDraftId(time: number): string {
  return `draft-${time.toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}

/** Issues the rescue write synchronously (this must happen inside the pagehide handler). */
export function writeRescue(
  db: IDBPDatabase<EditorDb>,
  id: string,
  document: EditorDocument,
  base: number,
  time: number,
): Promise<void> {
  return new Promise((resolve, reject) => {
    const tx = unwrap(db).transaction(RESCUE, 'readwrite', { durability: 'strict' });
    const record: RescueRecord = { id, base, saved: time, document: toStored(document) };
    tx.objectStore(RESCUE).put(record, id);
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error);
    // No more requests: let the browser commit now rather than after the page's next task.
    tx.commit?.();
  });
}

/**
 * Takes in every rescue record: the draft's next revision when the draft is still at its base,
 * otherwise (saved since by another tab, removed, damaged) a new draft marked as a copy. A rescue
 * that does not read is kept as a draft record as it is, so it lists as damaged and downloads.
 */
export async function recoverRescues(db: IDBPDatabase<EditorDb>, now: () => number) {
  const tx = db.transaction([DRAFTS, RESCUE], 'readwrite');
  const drafts = tx.objectStore(DRAFTS);
  const rescues = tx.objectStore(RESCUE);
  let recovered = 0;
  for (let cursor = await rescues.openCursor(); cursor; cursor = await cursor.continue()) {
    const rescue = cursor.value as Partial<RescueRecord> | undefined;
    const key = String(cursor.key);
    const readable = rescue && readStoredDocument(rescue.document).ok;
    const stored = readRecord(await drafts.get(key));
    const time = now();
    if (readable && stored.ok && stored.value.revision === rescue.base) {
      const next: DraftRecord = {
        ...stored.value,
        revision: stored.value.revision + 1,
        updated: rescue.saved ?? time,
        document: rescue.document,
      };
      await drafts.put(next, key);
    } else {
      const id = newDraftId(time);
      const copy = readable
        ? {
            id,
            revision: 1,
            created: time,
            updated: rescue.saved ?? time,
            downloadedRevision: 0,
            copyOf: key,
            document: rescue.document,
          }
        : cursor.value;
      await drafts.add(copy, id);
    }
    await cursor.delete();
    recovered++;
  }
  await tx.done;
  return recovered;
}
