/**
 * The stored form of a draft: one record per draft, the document with what the list of drafts
 * shows. Reading a record back is defensive — whatever is stored (a record damaged by hand, by a
 * browser bug or by a later editor) reads as a summary or as damaged, never as an exception.
 */
import { countDocument, readStoredDocument } from '../doc/document.ts';
import type { EditorDocument } from '../doc/types.ts';
import type { DocumentCounts } from '../doc/document.ts';

/** One draft as the list of drafts shows it. */
export interface DraftSummary {
  readonly id: string;
  readonly title: { readonly en: string; readonly ar: string };
  readonly created: number;
  /** Milliseconds since the epoch of the last save. */
  readonly updated: number;
  readonly revision: number;
  readonly counts: DocumentCounts;
  /** Saves since the author last downloaded the file (every save is one change). */
  readonly changesSinceDownload: number;
  readonly downloadedAt?: number;
  /** The draft this one was saved from when another tab had changed it. */
  readonly copyOf?: string;
}

/** A stored draft that no longer reads: kept, listed, and downloadable as it is. */
export interface DamagedDraft {
  readonly id: string;
  readonly damaged: true;
  /** Why it does not read (English). */
  readonly reason: string;
  readonly updated?: number;
}

export type DraftListing = (DraftSummary & { readonly damaged?: false }) | DamagedDraft;

export interface DraftRecord {
  readonly id: string;
  readonly revision: number;
  readonly created: number;
  readonly updated: number;
  readonly downloadedRevision: number;
  readonly downloadedAt?: number;
  readonly copyOf?: string;
  readonly document: unknown;
}

export function summaryOf(record: DraftRecord, document: EditorDocument): DraftSummary {
  const title = document.graph.title ?? { en: '', ar: '' };
  return {
    id: record.id,
    title: { en: title.en ?? '', ar: title.ar ?? '' },
    created: record.created,
    updated: record.updated,
    revision: record.revision,
    counts: countDocument(document.graph),
    changesSinceDownload: Math.max(0, record.revision - record.downloadedRevision),
    ...(record.downloadedAt !== undefined ? { downloadedAt: record.downloadedAt } : {}),
    ...(record.copyOf !== undefined ? { copyOf: record.copyOf } : {}),
  };
}

export function listing(key: string, value: unknown): DraftListing {
  const record = readRecord(value);
  if (!record.ok) return { id: key, damaged: true, reason: record.reason };
  const doc = readStoredDocument(record.value.document);
  if (!doc.ok) return { id: key, damaged: true, reason: doc.reason, updated: record.value.updated };
  return summaryOf(record.value, doc.value);
}

export function readRecord(
  value: unknown,
): { ok: true; value: DraftRecord } | { ok: false; reason: string } {
  if (typeof value !== 'object' || value === null)
    return { ok: false, reason: 'not a draft record' };
  const r = value as Record<string, unknown>;
  const numbers = ['revision', 'created', 'updated', 'downloadedRevision'] as const;
  if (typeof r.id !== 'string') return { ok: false, reason: 'the record has no id' };
  const bad = numbers.find((k) => typeof r[k] !== 'number' || !Number.isFinite(r[k]));
  if (bad) return { ok: false, reason: `the record's ${bad} is damaged` };
  return { ok: true, value: r as unknown as DraftRecord };
}

/** JSON of whatever is stored; values JSON cannot hold are described rather than lost silently. */
export function rawText(value: unknown): string {
  try {
    const text = JSON.stringify(
      value,
      (_key, v: unknown) =>
        typeof v === 'bigint' ? v.toString() : v instanceof Blob ? `[Blob ${v.size} bytes]` : v,
      2,
    );
    return text ?? String(value);
  } catch {
    return String(value);
  }
}
