/**
 * A relation's quotes, each one opening in the form and each one removable. A relation without a
 * sentence does not exist: removing its last quote removes the relation too, so that is said and
 * asked first. Either way it is one undo step.
 */
import { useEffect, useRef, useState } from 'react';
import './QuoteList.css';
import { useTranslation } from '../../i18n/react.tsx';
import { ellipsize } from '../../model/text.ts';
import { useViewApi } from '../context.tsx';
import { useAct } from '../doc-hooks.tsx';
import type { DraftRelation } from '../doc/index.ts';

export function QuoteList({ relation }: { relation: DraftRelation }) {
  const { t } = useTranslation();
  const view = useViewApi();
  const act = useAct();
  const [asking, setAsking] = useState<number | null>(null);
  const question = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (asking !== null) question.current?.focus();
  }, [asking]);
  const remove = (index: number) => {
    if (relation.evidence.length === 1 && asking !== index) {
      setAsking(index);
      return;
    }
    setAsking(null);
    act((s) => s.removeEvidence(relation.id, index));
  };
  return (
    <ol className="fl-ed-quotes" data-testid="quote-list">
      {relation.evidence.map((e, i) => (
        <li key={`${e.source}-${e.at?.start ?? i}-${i}`} data-testid="quote-row">
          <button
            type="button"
            className="fl-ed-link"
            onClick={() => {
              view.getState().selectRelation(relation.id);
              view.getState().open({ type: 'edit-relation', relation: relation.id, evidence: i });
            }}
          >
            <bdi dir="auto">«{ellipsize(e.quote, 90)}»</bdi>
          </button>{' '}
          <button
            type="button"
            className="fl-button fl-ed-small fl-ed-danger"
            data-testid="remove-quote"
            onClick={() => remove(i)}
          >
            {t('editor.quote.remove')}
          </button>
          {asking === i && (
            <div className="fl-ed-preview" role="group" data-testid="remove-last-quote">
              <p ref={question} tabIndex={-1}>
                {t('editor.quote.lastOne')}
              </p>
              <div className="fl-ed-row">
                <button
                  type="button"
                  className="fl-button fl-ed-danger"
                  data-testid="remove-quote-confirm"
                  onClick={() => remove(i)}
                >
                  {t('editor.quote.removeBoth')}
                </button>
                <button type="button" className="fl-button" onClick={() => setAsking(null)}>
                  {t('editor.quote.keep')}
                </button>
              </div>
            </div>
          )}
        </li>
      ))}
    </ol>
  );
}
