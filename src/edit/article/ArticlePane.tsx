/**
 * The article beside the graph: the source's sentences with their mentions and suggestions, the
 * words picked and what can be done with them. Several sources: one at a time, chosen above.
 */
import { useCallback, useMemo } from 'react';
import { useTranslation } from '../../i18n/react.tsx';
import { useView, useViewApi } from '../context.tsx';
import { useDoc } from '../doc-hooks.tsx';
import type { DraftRelation } from '../doc/index.ts';
import type { Quoted } from '../selection.ts';
import { useReading } from '../reading.ts';
import { useStoreAfterPaint } from '../after-paint.ts';
import type { ViewState } from '../view-store.ts';
import { evidenceSpans, sentenceAt, sentencesOf } from './analysis.ts';
import { PickBar } from './PickBar.tsx';
import { SentenceView } from './SentenceView.tsx';
import { SuggestionChips } from './SuggestionChips.tsx';

const NO_MENTIONS: never[] = [];
const suggestionInView = (s: ViewState) => s.suggestion;

export function ArticlePane() {
  const { t } = useTranslation();
  const view = useViewApi();
  const lang = useView((s) => s.lang);
  const sourceId = useView((s) => s.source);
  const current = useView((s) => s.sentence);
  // The words that triggered the suggestion in view are marked a frame after it comes into view:
  // accepting one moves the focus to the next, and that frame is the accept's (the article does
  // not even redraw in it for the focus: it follows the view store outside React).
  const focused = useStoreAfterPaint(view, suggestionInView);
  const sources = useDoc((s) => s.graph.sources);
  const actors = useDoc((s) => s.graph.actors);
  const relations = useDoc((s) => s.graph.relations);
  const graph = useDoc((s) => s.graph);
  const source = sources.find((s) => s.id === sourceId) ?? sources[0];

  const text = source?.text ?? '';
  const language = source?.language ?? 'en';
  const sentences = useMemo(() => sentencesOf({ id: '', text, language }), [text, language]);
  // Mentions come from the assistant's reading, in its worker: they follow the sentences.
  const reading = useReading(source, graph);
  const mentions = reading?.mentions ?? NO_MENTIONS;
  const spans = useMemo(
    () => (source ? evidenceSpans(relations, source) : []),
    [relations, source],
  );
  const quotes = useMemo(() => spans.filter((s) => !s.suggestion), [spans]);
  const bySentence = useMemo(() => {
    const map = new Map<number, DraftRelation[]>();
    const byId = new Map(relations.map((r) => [r.id, r]));
    for (const s of spans) {
      if (!s.suggestion) continue;
      const i = sentenceAt(sentences, s.start);
      const list = map.get(i) ?? [];
      const r = byId.get(s.relation)!;
      if (!list.includes(r)) list.push(r);
      map.set(i, list);
    }
    return map;
  }, [spans, sentences, relations]);
  const triggers = useMemo(() => {
    const r = relations.find((x) => x.id === focused);
    return r?.suggestion?.triggers.map((x) => ({ start: x.start, end: x.end })) ?? [];
  }, [relations, focused]);

  const actorName = useCallback(
    (id: string) => {
      const a = actors.find((x) => x.id === id);
      return a ? a.name[lang] || a.name.en || a.name.ar : id;
    },
    [actors, lang],
  );
  const onPick = useCallback(
    (q: Quoted | null) => view.getState().setPick(q && source ? { source: source.id, ...q } : null),
    [view, source],
  );
  const onTake = useCallback(
    (q: Quoted) => {
      if (!source) return;
      const pick = { source: source.id, ...q };
      view.getState().setPick(pick);
      // A relation drawn on the canvas is waiting for these words: its form takes them.
      if (view.getState().panel.type !== 'drawn') view.getState().open({ type: 'relation', pick });
    },
    [view, source],
  );
  const aside = useCallback(
    (i: number) => {
      const list = bySentence.get(i);
      return list ? <SuggestionChips relations={list} actorName={actorName} lang={lang} /> : null;
    },
    [bySentence, actorName, lang],
  );

  if (!source) return <p className="fl-muted">{t('editor.article.noSentences')}</p>;
  return (
    <section className="fl-ed-article" aria-labelledby="fl-ed-article-h" data-testid="article">
      <div className="fl-ed-article-head" data-testid="article-head">
        <h2 id="fl-ed-article-h" dir="auto" lang={source.language}>
          {source.title[source.language as 'en' | 'ar'] ||
            source.title.en ||
            source.title.ar ||
            source.id}
        </h2>
        {sources.length > 1 && (
          <label className="fl-ed-inline">
            {t('editor.article.source')}{' '}
            <select
              value={source.id}
              onChange={(e) => view.getState().showSource(e.target.value)}
              data-testid="source-select"
            >
              {sources.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.title[lang] || s.title.en || s.title.ar || s.id}
                </option>
              ))}
            </select>
          </label>
        )}
        <button
          type="button"
          className="fl-button"
          onClick={() => view.getState().open({ type: 'source' })}
          data-testid="add-source"
        >
          {t('editor.article.addSource')}
        </button>
        <button
          type="button"
          className="fl-button"
          onClick={() => view.getState().open({ type: 'sheets' })}
          data-testid="open-sheet-import"
        >
          {t('editor.sheets.open')}
        </button>
      </div>
      <PickBar sentences={sentences} />
      <SentenceView
        text={text}
        language={source.language}
        sentences={sentences}
        mentions={mentions}
        quotes={quotes}
        triggers={triggers}
        actorName={actorName}
        aside={aside}
        current={Math.min(current, Math.max(0, sentences.length - 1))}
        onCurrent={view.getState().setSentence}
        onPick={onPick}
        onTake={onTake}
      />
    </section>
  );
}
