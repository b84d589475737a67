/**
 * What can go wrong with the browser's storage, in words the editor page can show (it translates
 * the code). Whatever happens, the document stays in memory and on screen: storage failing only
 * means it is not yet kept.
 */

export type StorageProblemCode =
  /** No IndexedDB here: an old browser, a sandboxed iframe, storage switched off. */
  | 'unavailable'
  /** The browser refused (private mode, site data blocked by the user or a policy). */
  | 'denied'
  /** The disk or the site's share of it is full. */
  | 'quota'
  /** Another tab keeps an older version of the editor's database open. */
  | 'blocked'
  /** Anything else the browser reported. */
  | 'failed';

export interface StorageProblem {
  readonly code: StorageProblemCode;
  /** The browser's own words, for the curious and for bug reports (English, not translated). */
  readonly detail: string;
}

/** Sorts a browser error into a problem the page can explain. */
export function storageProblem(
  error: unknown,
  fallback: StorageProblemCode = 'failed',
): StorageProblem {
  const name = error instanceof Error || error instanceof DOMException ? error.name : '';
  const detail =
    error instanceof Error || error instanceof DOMException ? error.message : String(error);
  const code: StorageProblemCode =
    name === 'QuotaExceededError'
      ? 'quota'
      : name === 'SecurityError' || name === 'NotAllowedError'
        ? 'denied'
        : name === 'InvalidStateError' || name === 'UnknownError'
          ? 'unavailable'
          : fallback;
  return { code, detail: detail || name || 'unknown error' };
}
