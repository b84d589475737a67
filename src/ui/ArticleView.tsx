/**
 * The source text beside the graph, linked both ways: sentences that back relations are marked;
 * selecting a relation or an actor highlights its sentences and scrolls them into view; clicking
 * a marked sentence selects the relations it supports. The text stays as printed (Arabic, RTL);
 * in other languages a marked sentence shows its translation on hover, focus or selection.
 */
import { memo, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from '../i18n/react.tsx';
import { passages, type Passage } from '../model/passages.ts';
import { useAppStore } from '../store/context.tsx';
import { selectedRelationIds } from '../store/store.ts';
import { directionOf, SourceCredit } from './EvidenceList.tsx';
import { afterNextPaint, useViewAfterPaint } from './progressive.ts';

export function ArticleView() {
  const { t } = useTranslation();
  const graph = useAppStore((s) => s.graph);
  const lang = useAppStore((s) => s.lang);
  // The article follows a filter change or a selection in the frame after the graph shows it: its
  // marks and their layout would otherwise take a third of that frame.
  const { selection, visibility } = useViewAfterPaint();
  const selectRelations = useAppStore((s) => s.selectRelations);
  const sources = graph.file.sources;
  const [chosenId, setSourceId] = useState(sources[0]?.id ?? '');
  // Another graph (a file opened) has other sources: the choice made in the old one falls back to
  // the new graph's first source instead of an empty tab.
  const sourceId = graph.sourceById.has(chosenId) ? chosenId : (sources[0]?.id ?? '');
  const source = graph.sourceById.get(sourceId);
  const runs = useMemo(() => passages(graph, sourceId), [graph, sourceId]);
  const [pointed, setPointed] = useState<number | null>(null);
  const boxRef = useRef<HTMLDivElement>(null);

  // Relations the reader is looking at: the selected ones, or all of a selected actor's.
  const focusIds = useMemo(() => {
    if (selection?.type === 'actor')
      return new Set((graph.relationsByActor.get(selection.id) ?? []).map((r) => r.id));
    return new Set(selectedRelationIds(selection));
  }, [graph, selection]);
  const shownIds = (p: Passage) => p.relationIds.filter((id) => visibility.relationIds.has(id));
  const isActive = (p: Passage) => shownIds(p).some((id) => focusIds.has(id));

  // A selection made elsewhere brings its first sentence here into view, inside the box only:
  // the page itself never jumps. It scrolls after the frame that shows the selection: measuring
  // before it would force a layout of the whole page into that frame.
  useEffect(
    () =>
      afterNextPaint(() => {
        const box = boxRef.current;
        const mark = box?.querySelector<HTMLElement>('.fl-mark.is-active');
        if (!box || !mark) return;
        const top =
          mark.getBoundingClientRect().top - box.getBoundingClientRect().top + box.scrollTop;
        if (top < box.scrollTop || top > box.scrollTop + box.clientHeight - 40)
          box.scrollTop = Math.max(0, top - 24);
      }),
    [focusIds, sourceId],
  );

  const marked = runs.filter((p) => shownIds(p).length > 0);
  const current = pointed !== null ? runs[pointed] : runs.find(isActive);
  const translation =
    source && source.language !== lang && current
      ? [...new Set(current.evidence.map((e) => e.translation?.[lang]).filter(Boolean))].join(' ')
      : '';

  if (!source) return null;
  return (
    <section className="fl-article" aria-labelledby="fl-article-heading" data-testid="article-view">
      <header className="fl-article-header">
        <h2 id="fl-article-heading">{t('article.heading')}</h2>
        {sources.length > 1 && (
          <label className="fl-article-source">
            <span>{t('article.source')}</span>
            <select
              value={sourceId}
              onChange={(e) => setSourceId(e.target.value)}
              data-testid="article-source"
            >
              {sources.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.title[lang]}
                </option>
              ))}
            </select>
          </label>
        )}
      </header>
      <p className="fl-muted">
        {t('article.hint')}{' '}
        {t('article.marked', { count: new Set(marked.map((p) => p.text.trim())).size })}
      </p>
      <div
        ref={boxRef}
        className="fl-article-text"
        lang={source.language}
        dir={directionOf(source.language)}
        data-testid="article-text"
      >
        {runs.map((p, i) => {
          const ids = shownIds(p);
          if (ids.length === 0) return <span key={p.start}>{p.text}</span>;
          return (
            <ArticleMark
              key={p.start}
              index={i}
              text={p.text}
              relationIds={ids.join(' ')}
              label={`${p.text.trim()} — ${t('article.supports', { count: ids.length })}`}
              active={isActive(p)}
              onSelect={selectRelations}
              onPoint={setPointed}
            />
          );
        })}
      </div>
      {source.language !== lang && (
        <p
          className="fl-article-translation"
          lang={lang}
          data-testid="article-translation"
          aria-live="polite"
        >
          {translation && (
            <>
              <span className="fl-label">{t('evidence.translation')}: </span>
              {translation}
            </>
          )}
        </p>
      )}
      <SourceCredit source={source} />
    </section>
  );
}

/**
 * A sentence that backs relations. Memoised: a selection changes only the marks whose state
 * changes, not the whole article (dozens of marks re-rendered on every click, for nothing).
 */
const ArticleMark = memo(function ArticleMark({
  index,
  text,
  relationIds,
  label,
  active,
  onSelect,
  onPoint,
}: {
  index: number;
  text: string;
  /** Space-separated, so equal lists compare equal. */
  relationIds: string;
  /** What a screen reader announces: the sentence and how many relations it backs. */
  label: string;
  active: boolean;
  onSelect: (ids: string[]) => void;
  onPoint: (index: number | null) => void;
}) {
  const select = () => onSelect(relationIds.split(' '));
  return (
    <mark
      className={active ? 'fl-mark is-active' : 'fl-mark'}
      role="button"
      tabIndex={0}
      data-relations={relationIds}
      aria-label={label}
      onClick={select}
      onKeyDown={(e) => {
        if (e.key === 'Enter' || e.key === ' ') {
          e.preventDefault();
          select();
        }
      }}
      onPointerEnter={() => onPoint(index)}
      onPointerLeave={() => onPoint(null)}
      onFocus={() => onPoint(index)}
      onBlur={() => onPoint(null)}
    >
      {text}
    </mark>
  );
});
