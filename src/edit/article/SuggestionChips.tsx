/** Beside a sentence: what the drafting assistant proposes there, with the words that led it. */
import { useTranslation } from '../../i18n/react.tsx';
import { useViewApi } from '../context.tsx';
import type { DraftRelation } from '../doc/index.ts';
import { isRtl, type Language } from '../../model/vocabulary.ts';

export function SuggestionChips({
  relations,
  actorName,
  lang,
}: {
  relations: readonly DraftRelation[];
  actorName: (id: string) => string;
  /** The interface's language: the chips read in it, whatever the article's direction. */
  lang: Language;
}) {
  const { t } = useTranslation();
  const view = useViewApi();
  return (
    <ul
      className="fl-ed-chips"
      lang={lang}
      dir={isRtl(lang) ? 'rtl' : 'ltr'}
      aria-label={t('editor.article.suggestionCount', { count: relations.length })}
    >
      {relations.map((r) => (
        <li key={r.id}>
          <button
            type="button"
            className="fl-ed-chip"
            data-testid="suggestion-chip"
            onMouseEnter={() => view.getState().focusSuggestion(r.id)}
            onFocus={() => view.getState().focusSuggestion(r.id)}
            onClick={() => view.getState().open({ type: 'review', relation: r.id })}
          >
            <span dir="auto">{actorName(r.source)}</span>
            {r.directed ? ` ${t('editor.arrow')} ` : ' – '}
            <span dir="auto">{actorName(r.target)}</span>
            <span className="fl-ed-chip-kind"> · {t(`kind.${r.kind}`)}</span>
            {r.suggestion && r.suggestion.triggers.length > 0 && (
              <span className="fl-ed-chip-why">
                {' '}
                {t('editor.review.because')}{' '}
                {r.suggestion.triggers
                  .filter((x) => x.role === 'cue' || x.role === 'negation')
                  .map((x) => `«${x.text}»`)
                  .join(' ')}
              </span>
            )}
          </button>
        </li>
      ))}
    </ul>
  );
}
