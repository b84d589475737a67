import { useState } from 'react';
import { useTranslation } from '../i18n/react.tsx';

/** Copies the address of the current view: every view is a link (URL kept in step by url-sync). */
export function CopyLink() {
  const { t } = useTranslation();
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(window.location.href);
      setState('copied');
      setTimeout(() => setState('idle'), 2500);
    } catch {
      setState('failed'); // clipboard blocked (permissions, sandbox): show the link to copy by hand
    }
  };
  return (
    <div className="fl-copy">
      <button
        type="button"
        className="fl-button"
        onClick={() => void copy()}
        data-testid="copy-link"
      >
        {t('share.copyLink')}
      </button>
      <span role="status" className="fl-copy-status">
        {state === 'copied' && t('share.copied')}
        {state === 'failed' && (
          <label>
            {t('share.copyFailed')}{' '}
            <input
              readOnly
              value={window.location.href}
              onFocus={(e) => e.currentTarget.select()}
              dir="ltr"
            />
          </label>
        )}
      </span>
    </div>
  );
}
