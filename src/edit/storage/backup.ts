/**
 * The backup reminder: a draft lives in one browser profile, and a cleared profile or a lost laptop
 * takes it along. The editor reminds the author to download the file once enough has changed.
 */

/** Saved changes after which the reminder shows. */
export const BACKUP_EVERY = 20;

export interface BackupReminder {
  /** Show the reminder. */
  readonly due: boolean;
  /** Saved changes since the last download ("not downloaded since N changes"). */
  readonly changes: number;
  /** When the file was last downloaded (ms since the epoch), if ever. */
  readonly downloadedAt?: number;
}

export function backupReminder(
  draft: { readonly changesSinceDownload: number; readonly downloadedAt?: number },
  every = BACKUP_EVERY,
): BackupReminder {
  const changes = Math.max(0, draft.changesSinceDownload);
  return {
    due: changes >= every,
    changes,
    ...(draft.downloadedAt !== undefined ? { downloadedAt: draft.downloadedAt } : {}),
  };
}
