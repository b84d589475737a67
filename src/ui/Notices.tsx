import { useTranslation } from '../i18n/react.tsx';
import { neutralizeBidi } from '../model/text.ts';
import { useAppStore } from '../store/context.tsx';
import { ProblemList } from './ProblemList.tsx';

/** Problems listed in a notice; the rest are counted (the dialog of an opened file lists more). */
const NOTICE_PROBLEMS = 20;

/** Non-blocking notices (ignored URL values …): readable, dismissable, never in the way. */
export function Notices() {
  const { t } = useTranslation();
  const notices = useAppStore((s) => s.notices);
  const dismiss = useAppStore((s) => s.dismissNotice);
  return (
    <div className="fl-notices" role="status" data-testid="notices">
      {notices.map((n, i) => {
        // Values from a link or a file are data: no bidi control in them may reorder our words.
        const params = Object.fromEntries(
          Object.entries(n.params ?? {}).map(([k, v]) => [
            k,
            typeof v === 'string' ? neutralizeBidi(v) : v,
          ]),
        );
        return (
          <div key={`${n.key}-${i}`} className="fl-notice">
            <div className="fl-notice-body">
              <p>{t(n.key, params)}</p>
              {n.problems && <ProblemList problems={n.problems} max={NOTICE_PROBLEMS} />}
            </div>
            <button
              type="button"
              className="fl-close"
              onClick={() => dismiss(i)}
              aria-label={t('notice.dismiss')}
            >
              <span aria-hidden="true">×</span>
            </button>
          </div>
        );
      })}
    </div>
  );
}
