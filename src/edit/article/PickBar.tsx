/** The words picked in the article and what can be done with them, above the sentences. */
import { memo, useLayoutEffect, useRef, type RefObject } from 'react';
import { useTranslation } from '../../i18n/react.tsx';
import { useView, useViewApi } from '../context.tsx';
import { useDoc } from '../doc-hooks.tsx';
import { sentencesTouched } from '../selection.ts';

/**
 * Redrawn only when what it shows changes (the words picked, whether there are relations and
 * actors to offer, their source's language): not with the article at every accept, where its
 * measuring (below) laid the page out in the middle of the accept's frame.
 */
export const PickBar = memo(function PickBar({
  sentences,
}: {
  sentences: readonly { start: number; end: number }[];
}) {
  const { t } = useTranslation();
  const view = useViewApi();
  const pick = useView((s) => s.pick);
  const hasRelations = useDoc((s) => s.graph.relations.some((r) => !r.suggestion));
  const hasActors = useDoc((s) => s.graph.actors.length > 0);
  const pickLanguage = useDoc(
    (s) => s.graph.sources.find((x) => x.id === pick?.source)?.language ?? 'en',
  );
  const open = view.getState().open;
  const bar = useRef<HTMLDivElement>(null);
  useKeepTextInPlace(bar);
  if (!pick)
    return (
      <div className="fl-ed-pickbar fl-muted" data-testid="pickbar" ref={bar}>
        {t('editor.article.noPick')}
      </div>
    );
  const spans = sentencesTouched(sentences, pick);
  return (
    <div
      ref={bar}
      className="fl-ed-pickbar"
      role="region"
      aria-label={t('editor.article.picked')}
      data-testid="pickbar"
    >
      <p className="fl-ed-picked">
        <span className="fl-muted">{t('editor.article.picked')}: </span>
        <q lang={pickLanguage} dir="auto" data-testid="picked-text">
          {pick.text.length > 160 ? `${pick.text.slice(0, 159)}…` : pick.text}
        </q>
        {spans > 1 && (
          <span className="fl-muted"> {t('editor.article.pickedSpans', { count: spans })}</span>
        )}
      </p>
      <div className="fl-ed-row">
        <button
          type="button"
          className="fl-button fl-ed-primary"
          data-testid="make-relation"
          onClick={() =>
            // A relation drawn on the graph is waiting for words: its form has them now.
            view.getState().panel.type === 'drawn'
              ? view.getState().showPane('side')
              : open({ type: 'relation', pick })
          }
        >
          {t('editor.article.makeRelation')}
        </button>
        {hasRelations && (
          <button
            type="button"
            className="fl-button"
            data-testid="add-evidence"
            onClick={() => open({ type: 'relation', pick, relation: '' })}
          >
            {t('editor.article.addEvidence')}
          </button>
        )}
        <button
          type="button"
          className="fl-button"
          data-testid="new-actor-from-pick"
          onClick={() => open({ type: 'actor', name: pick.text, language: pickLanguage })}
        >
          {t('editor.article.newActor')}
        </button>
        {hasActors && (
          <button
            type="button"
            className="fl-button"
            data-testid="alias-from-pick"
            onClick={() => open({ type: 'alias', pick })}
          >
            {t('editor.article.addAlias')}
          </button>
        )}
      </div>
    </div>
  );
});

/**
 * The bar sits above the sentences, in their flow: when it grows (words picked: the buttons
 * appear) or shrinks, the article column scrolls by as much, so the sentence being read stays
 * where it was on screen instead of jumping by the bar's change of height.
 */
function useKeepTextInPlace(bar: RefObject<HTMLElement | null>) {
  const height = useRef<number | null>(null);
  useLayoutEffect(() => {
    const el = bar.current;
    if (!el) return;
    const now = el.getBoundingClientRect().height;
    const before = height.current;
    height.current = now;
    if (before === null || now === before) return;
    const column = el.closest<HTMLElement>('[data-article-column]');
    // A column that scrolls itself (desktop) or the page (phones, where the column does not) —
    // at the page's top too: a pick in the article's first sentences grows the bar there.
    if (column && column.scrollHeight > column.clientHeight) column.scrollTop += now - before;
    else window.scrollBy(0, now - before);
  });
}
