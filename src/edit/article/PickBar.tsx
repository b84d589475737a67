/** The words picked in the article and what can be done with them, above the sentences. */
import { useTranslation } from '../../i18n/react.tsx';
import { useView, useViewApi } from '../context.tsx';
import { useDoc } from '../doc-hooks.tsx';
import { sentencesTouched } from '../selection.ts';

export function PickBar({ sentences }: { sentences: readonly { start: number; end: number }[] }) {
  const { t } = useTranslation();
  const view = useViewApi();
  const pick = useView((s) => s.pick);
  const hasRelations = useDoc((s) => s.graph.relations.some((r) => !r.suggestion));
  const hasActors = useDoc((s) => s.graph.actors.length > 0);
  const sources = useDoc((s) => s.graph.sources);
  const pickLanguage = sources.find((s) => s.id === pick?.source)?.language ?? 'en';
  const open = view.getState().open;
  if (!pick)
    return (
      <p className="fl-ed-pickbar fl-muted" data-testid="pickbar">
        {t('editor.article.noPick')}
      </p>
    );
  const spans = sentencesTouched(sentences, pick);
  return (
    <div
      className="fl-ed-pickbar"
      role="region"
      aria-label={t('editor.article.picked')}
      data-testid="pickbar"
    >
      <p className="fl-ed-picked">
        <span className="fl-muted">{t('editor.article.picked')}: </span>
        <q dir="auto" data-testid="picked-text">
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
}
