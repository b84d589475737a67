/**
 * The review queue: every suggestion still waiting, best first, with the words that triggered it.
 * Accept, edit or reject each — with the buttons, or with A, E and R while an item has focus
 * (letters no browser binds without a modifier; a screen reader in browse mode keeps its own and
 * the buttons serve). After a decision the next suggestion takes focus. Each item redraws only
 * when its own suggestion changes: accepting one leaves the other forty as they are.
 */
import { memo, useCallback, useRef, type KeyboardEvent } from 'react';
import { useTranslation } from '../../i18n/react.tsx';
import { useView, useViewApi } from '../context.tsx';
import { useAct, useDoc } from '../doc-hooks.tsx';
import type { DraftRelation } from '../doc/index.ts';
import { useAccept } from './use-accept.ts';

/** The assistant's own explanation of a trigger, where it gave one. */
function whyOf(r: DraftRelation, k: number): string | undefined {
  const why = r.suggestion?.why;
  return Array.isArray(why) && typeof why[k] === 'string' ? why[k] : undefined;
}

type Decision = 'accept' | 'reject' | 'edit';

export function ReviewQueue() {
  const { t } = useTranslation();
  const view = useViewApi();
  const lang = useView((s) => s.lang);
  const relations = useDoc((s) => s.graph.relations);
  const actors = useDoc((s) => s.graph.actors);
  const act = useAct();
  const accept = useAccept();
  const pending = relations
    .filter((r) => r.suggestion)
    .sort((a, b) => (b.suggestion!.confidence ?? 0) - (a.suggestion!.confidence ?? 0));
  const name = useCallback(
    (id: string) => {
      const a = actors.find((x) => x.id === id);
      return a ? a.name[lang] || a.name.en || a.name.ar : id;
    },
    [actors, lang],
  );

  /**
   * After a decision on an item, the focus is on what then takes its place (the next one), or on
   * the one before when it was the last. It moves there before the item goes: removing the
   * element that has the focus makes the browser lay the page out there and then (in the
   * accept's frame), and a focus moved afterwards, a frame later, laid it out again. The item
   * that takes the place was on screen below it, so the focus scrolls nothing.
   */
  const decide = useCallback(
    (r: DraftRelation, item: HTMLElement, how: Decision) => {
      if (how === 'edit') return view.getState().open({ type: 'review', relation: r.id });
      const next = (item.nextElementSibling ?? item.previousElementSibling) as HTMLElement | null;
      next?.focus({ preventScroll: true });
      const done = how === 'accept' ? accept(r.id) : act((s) => s.rejectSuggestion(r.id));
      // Refused (the suggestion went meanwhile): the item stays, and so does the focus.
      if (done && !done.ok) item.focus({ preventScroll: true });
    },
    [view, accept, act],
  );

  if (pending.length === 0)
    return (
      <p className="fl-muted" data-testid="review-empty">
        {t('editor.review.empty')}
      </p>
    );
  return (
    <section aria-labelledby="fl-ed-review-h" className="fl-ed-review">
      <h2 id="fl-ed-review-h" className="fl-ed-panel-h">
        {t('editor.review.heading', { count: pending.length })}
      </h2>
      <p className="fl-muted">{t('editor.review.keys')}</p>
      <ul className="fl-ed-queue" data-testid="review-queue">
        {pending.map((r) => (
          <ReviewItem key={r.id} relation={r} name={name} onDecide={decide} />
        ))}
      </ul>
    </section>
  );
}

const ReviewItem = memo(function ReviewItem({
  relation: r,
  name,
  onDecide,
}: {
  relation: DraftRelation;
  name: (id: string) => string;
  onDecide: (r: DraftRelation, item: HTMLElement, how: Decision) => void;
}) {
  const { t } = useTranslation();
  const view = useViewApi();
  const item = useRef<HTMLLIElement>(null);
  const e = r.evidence[0];
  const decide = (how: Decision) => item.current && onDecide(r, item.current, how);
  const onKeyDown = (ev: KeyboardEvent<HTMLLIElement>) => {
    if (ev.target !== ev.currentTarget || ev.ctrlKey || ev.metaKey || ev.altKey) return;
    const key = ev.key.toLowerCase();
    const how = key === 'a' ? 'accept' : key === 'r' ? 'reject' : key === 'e' ? 'edit' : null;
    if (how) {
      ev.preventDefault();
      decide(how);
    } else if (ev.key === 'ArrowDown' || ev.key === 'ArrowUp') {
      ev.preventDefault();
      const next =
        ev.key === 'ArrowDown'
          ? ev.currentTarget.nextElementSibling
          : ev.currentTarget.previousElementSibling;
      (next as HTMLElement | null)?.focus();
    }
  };
  return (
    <li
      ref={item}
      className="fl-ed-queue-item"
      tabIndex={0}
      data-review-item
      data-testid="review-item"
      aria-keyshortcuts="A E R"
      onFocus={() => view.getState().focusSuggestion(r.id)}
      onKeyDown={onKeyDown}
    >
      <p className="fl-ed-queue-title">
        <bdi>{name(r.source)}</bdi> {r.directed ? t('editor.arrow') : '–'}{' '}
        <bdi>{name(r.target)}</bdi>
        <span className="fl-ed-chip-kind">
          {' '}
          · {t(`kind.${r.kind}`)}
          {e?.stance === 'denies' ? ` · ${t('editor.form.denies')}` : ''}
        </span>
      </p>
      {e && (
        <blockquote className="fl-ed-quote" dir="auto">
          {e.quote.length > 220 ? `${e.quote.slice(0, 219)}…` : e.quote}
        </blockquote>
      )}
      <p className="fl-ed-why">
        {t('editor.review.because')}{' '}
        {r.suggestion!.triggers.map((x, k) => (
          <span key={k} className="fl-ed-trigger-word" title={whyOf(r, k)}>
            <bdi>{x.text}</bdi>{' '}
            <span className="fl-muted">
              ({t(`editor.review.role.${x.role}`, { defaultValue: x.role })})
            </span>
            {k < r.suggestion!.triggers.length - 1 ? ' ' : ''}
          </span>
        ))}
      </p>
      <div className="fl-ed-row">
        <button
          type="button"
          className="fl-button fl-ed-primary"
          aria-keyshortcuts="A"
          onClick={() => decide('accept')}
          data-testid="accept"
        >
          {t('editor.review.accept')}
        </button>
        <button
          type="button"
          className="fl-button"
          aria-keyshortcuts="E"
          onClick={() => decide('edit')}
          data-testid="edit"
        >
          {t('editor.review.edit')}
        </button>
        <button
          type="button"
          className="fl-button"
          aria-keyshortcuts="R"
          onClick={() => decide('reject')}
          data-testid="reject"
        >
          {t('editor.review.reject')}
        </button>
      </div>
    </li>
  );
});
