/**
 * The draft checked as you go, by the reader's own validator: problems listed by path in the
 * interface language; each one opens the form where it is mended, its field focused.
 */
import { useMemo } from 'react';
import { useStoreAfterPaint } from '../after-paint.ts';
import { useTranslation } from '../../i18n/react.tsx';
import { problemText } from '../../i18n/problems.ts';
import { useViewApi } from '../context.tsx';
import { useDocApi } from '../doc-hooks.tsx';
import { checkDraft, type Target } from '../check.ts';
import type { DocState, DraftGraph } from '../doc/index.ts';
import type { ViewState } from '../view-store.ts';

// Once per version of the draft, however many panels ask (the tab's count and the list).
const checked = new WeakMap<DraftGraph, ReturnType<typeof checkDraft>>();

const graphOf = (s: DocState) => s.graph;

export function useCheck() {
  // The check follows the document a frame behind: typing and accepting are drawn first, and
  // what shows the check (the tab's count, the list) does not redraw in their frame at all.
  const deferred = useStoreAfterPaint(useDocApi(), graphOf);
  return useMemo(() => {
    let result = checked.get(deferred);
    if (!result) checked.set(deferred, (result = checkDraft(deferred)));
    return result;
  }, [deferred]);
}

/** Opens the form a problem belongs to and asks for its field to take focus. */
export function goTo(view: ViewState, target: Target) {
  view.goToProblem(target.field);
  if (target.type === 'actor') view.open({ type: 'actor', actor: target.id });
  else if (target.type === 'relation')
    view.open({ type: 'edit-relation', relation: target.id, evidence: target.evidence ?? 0 });
  else view.open({ type: 'graph', ...(target.type === 'source' ? { source: target.id } : {}) });
}

export function ProblemsPanel() {
  const { t } = useTranslation();
  const view = useViewApi();
  const { ok, problems } = useCheck();
  return (
    <section aria-labelledby="fl-ed-problems-h" data-testid="problems">
      <h2 id="fl-ed-problems-h" className="fl-ed-panel-h">
        {ok ? t('editor.check.ok') : t('editor.check.heading', { count: problems.length })}
      </h2>
      {!ok && (
        <ol className="fl-problems fl-ed-problem-list">
          {problems.slice(0, 200).map((p, i) => (
            <li key={i}>
              <button
                type="button"
                className="fl-ed-link"
                data-testid="problem"
                onClick={() => goTo(view.getState(), p.target)}
              >
                <code dir="ltr">{p.path || t('problem.whole')}</code>{' '}
                <span>{problemText(p, t)}</span>
              </button>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
