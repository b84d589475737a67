/**
 * Asking the browser to keep the drafts: without persistent storage a browser may evict a site's
 * IndexedDB under disk pressure. The answer is the browser's; the editor says what it is.
 */
export type Persistence = 'persisted' | 'best-effort' | 'unsupported';

export async function requestPersistence(
  storage: Pick<StorageManager, 'persist' | 'persisted'> | undefined = globalThis.navigator
    ?.storage,
): Promise<Persistence> {
  if (!storage?.persist) return 'unsupported';
  try {
    if (await storage.persisted?.()) return 'persisted';
    return (await storage.persist()) ? 'persisted' : 'best-effort';
  } catch {
    // Opaque origins and some embedded contexts reject instead of answering.
    return 'unsupported';
  }
}

/** How much the site uses of what it may use, in bytes, where the browser tells. */
export async function storageEstimate(
  storage: Pick<StorageManager, 'estimate'> | undefined = globalThis.navigator?.storage,
): Promise<{ usage: number; quota: number } | undefined> {
  try {
    const e = await storage?.estimate?.();
    return e && typeof e.usage === 'number' && typeof e.quota === 'number'
      ? { usage: e.usage, quota: e.quota }
      : undefined;
  } catch {
    return undefined;
  }
}
