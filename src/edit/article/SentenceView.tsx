/**
 * The article as sentences. Each sentence shows the actors it mentions (marked) and, beside it,
 * what the drafting assistant suggests there. Words are picked for a quote by selecting them —
 * with the mouse, a finger, or the keyboard: Enter on a sentence opens it in a read-only field
 * where Shift+arrows select (the platform's own caret and selection, right-to-left included),
 * and Enter again takes the words (the whole sentence when none are selected).
 */
import {
  memo,
  useEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type ReactNode,
} from 'react';
import { useTranslation } from '../../i18n/react.tsx';
import { quoteOfRange, type Quoted } from '../selection.ts';
import { KeyboardPicker } from './KeyboardPicker.tsx';
import { cutSentences, type Marked, type Piece } from './pieces.ts';
import { sameNode } from './same-node.ts';

export interface SentenceSpan extends Marked {
  index: number;
}
export interface MentionSpan extends Marked {
  actor: string;
  guess?: boolean;
}

export interface SentenceViewProps {
  text: string;
  /** The source's language: the text keeps its own direction whatever the interface's. */
  language: string;
  sentences: readonly SentenceSpan[];
  mentions: readonly MentionSpan[];
  /** Quotes already used as evidence in this source. */
  quotes: readonly Marked[];
  /** Words to point out (the triggers of the suggestion in view). */
  triggers: readonly Marked[];
  actorName: (id: string) => string;
  /** What to show beside a sentence (its suggestions). */
  aside?: (index: number) => ReactNode;
  current: number;
  onCurrent: (index: number) => void;
  /** Words picked (null: the selection left the article or is empty). */
  onPick: (quote: Quoted | null) => void;
  /** Enter in keyboard selection: take the words now. */
  onTake: (quote: Quoted) => void;
}

export function SentenceView(props: SentenceViewProps) {
  const { t } = useTranslation();
  const { text, sentences, onPick } = props;
  const root = useRef<HTMLOListElement>(null);
  const [keyboardPick, setKeyboardPick] = useState<number | null>(null);

  // Mouse and touch selections: whenever the document's selection changes, see whether it lies
  // in the article and report its words. While a mouse button is held the words are reported
  // only on release: reporting them mid-drag redraws the bar above the article, which moved the
  // text under the pointer and selected other words than the ones under it at the start.
  useEffect(() => {
    let dragging = false;
    const report = () => {
      const box = root.current;
      const sel = document.getSelection();
      if (!box || !sel || sel.rangeCount === 0 || sel.isCollapsed) return;
      const range = sel.getRangeAt(0);
      if (!box.contains(range.commonAncestorContainer)) return;
      onPick(quoteOfRange(box, range, text));
    };
    const onChange = () => {
      if (!dragging) report();
    };
    const onDown = (e: PointerEvent) => {
      if (e.pointerType !== 'touch' && root.current?.contains(e.target as Node)) dragging = true;
    };
    const onUp = () => {
      if (!dragging) return;
      dragging = false;
      report();
    };
    document.addEventListener('selectionchange', onChange);
    document.addEventListener('pointerdown', onDown, true);
    document.addEventListener('pointerup', onUp, true);
    document.addEventListener('pointercancel', onUp, true);
    return () => {
      document.removeEventListener('selectionchange', onChange);
      document.removeEventListener('pointerdown', onDown, true);
      document.removeEventListener('pointerup', onUp, true);
      document.removeEventListener('pointercancel', onUp, true);
    };
  }, [text, onPick]);

  const onKeyDown = (e: KeyboardEvent<HTMLOListElement>) => {
    if ((e.target as HTMLElement).tagName === 'TEXTAREA') return;
    const move = (to: number) => {
      e.preventDefault();
      const next = Math.max(0, Math.min(sentences.length - 1, to));
      props.onCurrent(next);
      root.current?.querySelector<HTMLElement>(`[data-sentence="${next}"]`)?.focus();
    };
    if (e.key === 'ArrowDown') move(props.current + 1);
    else if (e.key === 'ArrowUp') move(props.current - 1);
    else if (e.key === 'Home') move(0);
    else if (e.key === 'End') move(sentences.length - 1);
    else if (e.key === 'Enter' && (e.target as HTMLElement).dataset.sentence !== undefined) {
      e.preventDefault();
      setKeyboardPick(props.current);
    }
  };

  // Each sentence's pieces, and a key saying what they are: a row redraws only when its own
  // marks change (accepting a suggestion redraws one sentence, not the article), and a sentence
  // is cut again only then (cutSentences keeps the pieces of the others).
  const cut = useMemo(
    () => cutSentences(sentences, props.mentions, props.quotes, props.triggers),
    [sentences, props.mentions, props.quotes, props.triggers],
  );

  if (sentences.length === 0) return <p className="fl-muted">{t('editor.article.noSentences')}</p>;

  return (
    <ol
      ref={root}
      className="fl-ed-sentences"
      lang={props.language}
      dir="auto"
      onKeyDown={onKeyDown}
      aria-label={t('editor.article.sentences')}
      data-testid="sentences"
    >
      {sentences.map((s) => (
        <SentenceRow
          key={s.start}
          sentence={s}
          paragraph={
            s.start === 0 || /\n\s*\n\s*$/.test(text.slice(Math.max(0, s.start - 8), s.start))
          }
          text={text}
          pieces={cut[s.index]!.pieces}
          marks={cut[s.index]!.key}
          actorName={props.actorName}
          focusable={s.index === props.current}
          onFocus={props.onCurrent}
          aside={props.aside?.(s.index)}
          picking={keyboardPick === s.index}
          onPicked={(q) => {
            setKeyboardPick(null);
            root.current?.querySelector<HTMLElement>(`[data-sentence="${s.index}"]`)?.focus();
            if (q) props.onTake(q);
          }}
          onKeyboardSelect={props.onPick}
        />
      ))}
    </ol>
  );
}

interface RowProps {
  sentence: SentenceSpan;
  paragraph: boolean;
  text: string;
  pieces: readonly Piece[];
  /** What the pieces are, as a string: rows compare it instead of the pieces. */
  marks: string;
  actorName: (id: string) => string;
  focusable: boolean;
  onFocus: (index: number) => void;
  aside: ReactNode;
  picking: boolean;
  onPicked: (quote: Quoted | null) => void;
  onKeyboardSelect: (quote: Quoted | null) => void;
}

const SentenceRow = memo(function SentenceRow(p: RowProps) {
  const { t } = useTranslation();
  const { sentence, text } = p;
  const pieces = p.pieces;
  const quoted = pieces.some((x) => x.quoted);
  return (
    <li
      className="fl-ed-sentence"
      data-paragraph={p.paragraph || undefined}
      data-quoted={quoted || undefined}
      data-testid="sentence"
    >
      <div
        className="fl-ed-sentence-text"
        tabIndex={p.focusable ? 0 : -1}
        data-sentence={sentence.index}
        onFocus={() => p.onFocus(sentence.index)}
        aria-keyshortcuts="Enter"
        aria-description={t('editor.article.enterToSelect')}
      >
        {p.picking ? (
          <KeyboardPicker
            sentence={sentence}
            text={text}
            onDone={p.onPicked}
            onSelect={p.onKeyboardSelect}
          />
        ) : (
          pieces.map((x) => {
            const words = text.slice(x.start, x.end);
            const cls = [x.quoted && 'is-quoted', x.trigger && 'is-trigger', x.guess && 'is-guess']
              .filter(Boolean)
              .join(' ');
            return x.actor ? (
              <mark
                key={x.start}
                data-at={x.start}
                className={`fl-ed-mention ${cls}`}
                title={p.actorName(x.actor)}
                data-actor={x.actor}
              >
                {words}
              </mark>
            ) : (
              <span key={x.start} data-at={x.start} className={cls || undefined}>
                {words}
              </span>
            );
          })
        )}
      </div>
      {p.aside && <div className="fl-ed-sentence-aside">{p.aside}</div>}
    </li>
  );
}, sameRow);

function sameRow(a: RowProps, b: RowProps): boolean {
  return (
    a.marks === b.marks &&
    a.sentence === b.sentence &&
    a.text === b.text &&
    a.paragraph === b.paragraph &&
    a.focusable === b.focusable &&
    a.picking === b.picking &&
    sameNode(a.aside, b.aside) &&
    a.actorName === b.actorName &&
    a.onFocus === b.onFocus &&
    a.onKeyboardSelect === b.onKeyboardSelect
  );
}
