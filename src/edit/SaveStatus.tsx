/**
 * Whether the draft is kept: saved, saving, not kept (and why), or changed in another tab — then
 * nothing is written over it until the author chooses its version or keeps this one as a copy.
 * The backup reminder shows once enough has changed since the last download.
 */
import { useStore } from 'zustand';
import { useTranslation } from '../i18n/react.tsx';
import { useViewApi } from './context.tsx';
import { useAutosave } from './doc-hooks.tsx';
import { backupReminder, type Autosave } from './storage/index.ts';

export function SaveStatus() {
  const autosave = useAutosave();
  return autosave ? <Status autosave={autosave} /> : null;
}

function Status({ autosave }: { autosave: Autosave }) {
  const { t } = useTranslation();
  const view = useViewApi();
  const status = useStore(autosave.state, (s) => s.status);
  const changes = useStore(autosave.state, (s) => s.changesSinceDownload);
  const reminder = backupReminder({ changesSinceDownload: changes });
  return (
    <div className="fl-ed-status" role="status" data-testid="save-status" data-status={status.kind}>
      {status.kind === 'saved' && <span>{t('editor.save.saved')}</span>}
      {(status.kind === 'pending' || status.kind === 'saving') && (
        <span>{t('editor.save.saving')}</span>
      )}
      {status.kind === 'new' && <span className="fl-muted">{t('editor.save.new')}</span>}
      {status.kind === 'problem' && (
        <span className="fl-ed-error">
          {t(`editor.save.problem.${status.problem.code}`)}{' '}
          <button type="button" className="fl-ed-link" onClick={() => void autosave.retry()}>
            {t('editor.save.retry')}
          </button>
        </span>
      )}
      {status.kind === 'elsewhere' && (
        <span className="fl-ed-error">
          {t('editor.save.elsewhere')}{' '}
          <button type="button" className="fl-ed-link" onClick={() => void autosave.reload()}>
            {t('editor.save.reload')}
          </button>{' '}
          <button type="button" className="fl-ed-link" onClick={() => void autosave.keepAsNew()}>
            {t('editor.save.keepAsNew')}
          </button>
        </span>
      )}
      {reminder.due && (
        <button
          type="button"
          className="fl-ed-link"
          onClick={() => view.getState().open({ type: 'export' })}
        >
          {t('editor.save.backup', { count: reminder.changes })}
        </button>
      )}
    </div>
  );
}
