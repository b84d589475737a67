/**
 * The editor's persistence: drafts in IndexedDB (drafts.ts), saved as they change (autosave.ts),
 * kept by the browser where it allows (persist.ts), backed up by the author when reminded
 * (backup.ts). Nothing here throws at the page: every failure is a status it can show.
 */
export {
  openDraftStorage,
  DATABASE_NAME,
  type DraftStorage,
  type DraftSummary,
  type DamagedDraft,
  type DraftListing,
  type ListResult,
  type CreateResult,
  type LoadResult,
  type SaveResult,
  type OpenResult,
} from './drafts.ts';
export {
  startAutosave,
  SAVE_DELAY_MS,
  DRAFTS_CHANNEL,
  type Autosave,
  type AutosaveOptions,
  type AutosaveState,
  type SaveStatus,
} from './autosave.ts';
export { requestPersistence, storageEstimate, type Persistence } from './persist.ts';
export { backupReminder, BACKUP_EVERY, type BackupReminder } from './backup.ts';
export { storageProblem, type StorageProblem, type StorageProblemCode } from './problems.ts';
