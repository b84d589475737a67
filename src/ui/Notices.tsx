import { useTranslation } from '../i18n/react.tsx';
import { useAppStore } from '../store/context.tsx';

/** Non-blocking notices (ignored URL values …): readable, dismissable, never in the way. */
export function Notices() {
  const { t } = useTranslation();
  const notices = useAppStore((s) => s.notices);
  const dismiss = useAppStore((s) => s.dismissNotice);
  return (
    <div className="fl-notices" role="status" data-testid="notices">
      {notices.map((n, i) => (
        <p key={`${n.key}-${i}`} className="fl-notice">
          <span>{t(n.key, n.params)}</span>
          <button
            type="button"
            className="fl-close"
            onClick={() => dismiss(i)}
            aria-label={t('notice.dismiss')}
          >
            <span aria-hidden="true">×</span>
          </button>
        </p>
      ))}
    </div>
  );
}
