/**
 * Choose an actor by typing any of its names or aliases, in either language (ARIA combobox).
 * The actors the sentence at hand mentions come first — also those the drafting assistant found
 * in it that the draft lacks yet (choosing one adds it, with its names in both languages). Enter
 * takes the highlighted match; making a new actor from what is typed is the last option, never
 * highlighted by itself: it is chosen on purpose (arrow to it, or click), so a half-typed
 * "Finl" never becomes an actor while "Finland" is on offer.
 */
import { useId, useMemo, useState } from 'react';
import { useTranslation } from '../../i18n/react.tsx';
import type { Actor } from '../../model/schema.ts';
import type { Language } from '../../model/vocabulary.ts';
import { matchActors } from './actor-match.ts';

const NONE: readonly Actor[] = [];

export function ActorPicker({
  label,
  actors,
  value,
  lang,
  onChange,
  onCreate,
  mentioned = NONE,
  named = NONE,
  onAddMentioned,
  optional = false,
  testId,
  invalid,
  field,
}: {
  label: string;
  actors: readonly Actor[];
  value: string | undefined;
  lang: Language;
  onChange: (id: string | undefined) => void;
  /** Creates an actor from the typed name; absent: no creating here. */
  onCreate?: (name: string) => void;
  /** Actors the sentence mentions: the draft's, and proposed ones not in `actors` yet. */
  mentioned?: readonly Actor[];
  /** Actors named elsewhere in the article that the draft lacks: offered after the draft's own. */
  named?: readonly Actor[];
  /** Adds a mentioned actor the draft lacks (then it is the value); absent: they are not offered. */
  onAddMentioned?: (actor: Actor) => void;
  optional?: boolean;
  testId?: string;
  invalid?: string;
  /** The field a validation problem names (check.ts), to focus it. */
  field?: string;
}) {
  const { t } = useTranslation();
  const id = useId();
  const chosen = actors.find((a) => a.id === value);
  const [query, setQuery] = useState<string | null>(null);
  const [active, setActive] = useState(-1);
  const typing = query !== null;
  const inDraft = useMemo(() => new Set(actors.map((a) => a.id)), [actors]);
  const candidates = useMemo(() => {
    if (!onAddMentioned) return actors;
    const offered = new Map<string, Actor>();
    for (const a of [...mentioned, ...named]) if (!inDraft.has(a.id)) offered.set(a.id, a);
    return [...actors, ...offered.values()];
  }, [actors, mentioned, named, inDraft, onAddMentioned]);
  const first = useMemo(() => new Set(mentioned.map((a) => a.id)), [mentioned]);
  const hits = useMemo(
    () => (typing ? matchActors(candidates, query, 8, first) : []),
    [candidates, query, typing, first],
  );
  const canCreate = !!onCreate && typing && query.trim() !== '' && !hits.some((h) => h.exact);
  const options = hits.length + (canCreate ? 1 : 0);
  const nameOf = (a: Actor) => a.name[lang] || a.name.en || a.name.ar || a.id;

  const open = (text: string) => {
    setQuery(text);
    // The first match is highlighted; the "new actor" option only when the person moves to it.
    setActive(matchActors(candidates, text, 1, first).length > 0 ? 0 : -1);
  };
  const choose = (index: number) => {
    const hit = hits[index];
    if (hit && inDraft.has(hit.actor.id)) onChange(hit.actor.id);
    else if (hit) onAddMentioned?.(hit.actor);
    else if (canCreate && index === hits.length) onCreate!(query.trim());
    setQuery(null);
  };

  return (
    <div className="fl-ed-field fl-ed-combo">
      <label htmlFor={`${id}-input`}>{label}</label>
      <input
        id={`${id}-input`}
        dir="auto"
        role="combobox"
        autoComplete="off"
        aria-autocomplete="list"
        aria-expanded={typing && options > 0}
        aria-controls={`${id}-list`}
        aria-activedescendant={
          typing && active >= 0 && active < options ? `${id}-opt-${active}` : undefined
        }
        aria-invalid={invalid ? true : undefined}
        aria-describedby={invalid ? `${id}-err` : undefined}
        data-testid={testId}
        data-field={field}
        value={typing ? query : chosen ? nameOf(chosen) : ''}
        placeholder={optional ? t('editor.form.none') : t('editor.form.typeName')}
        onChange={(e) => {
          open(e.target.value);
          if (optional && e.target.value === '') onChange(undefined);
        }}
        onFocus={(e) => e.target.select()}
        onBlur={() => setQuery(null)}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown' && !typing) {
            // Opens the list as it is: the sentence's actors first.
            e.preventDefault();
            open('');
          } else if (e.key === 'ArrowDown' && typing) {
            e.preventDefault();
            setActive((a) => Math.min(options - 1, a + 1));
          } else if (e.key === 'ArrowUp' && typing) {
            e.preventDefault();
            setActive((a) => Math.max(0, a - 1));
          } else if (e.key === 'Enter' && typing && options > 0) {
            // Nothing highlighted (only the "new actor" option): Enter makes nothing.
            e.preventDefault();
            if (active >= 0) choose(active);
          } else if (e.key === 'Escape' && typing) {
            e.preventDefault();
            e.stopPropagation();
            setQuery(null);
          }
        }}
      />
      {typing && options > 0 && (
        <ul id={`${id}-list`} role="listbox" className="fl-ed-options" aria-label={label}>
          {hits.map((h, i) => (
            <li
              key={h.actor.id}
              id={`${id}-opt-${i}`}
              role="option"
              aria-selected={i === active}
              onMouseDown={(e) => {
                e.preventDefault();
                choose(i);
              }}
            >
              <span dir="auto">{nameOf(h.actor)}</span>
              {h.matched && h.matched !== nameOf(h.actor) && (
                <span className="fl-muted" dir="auto">
                  {' '}
                  ({h.matched})
                </span>
              )}
              {(first.has(h.actor.id) || !inDraft.has(h.actor.id)) && (
                <span className="fl-muted">
                  {' · '}
                  {!first.has(h.actor.id)
                    ? t('editor.form.inArticleNew')
                    : inDraft.has(h.actor.id)
                      ? t('editor.form.inSentence')
                      : t('editor.form.inSentenceNew')}
                </span>
              )}
            </li>
          ))}
          {canCreate && (
            <li
              id={`${id}-opt-${hits.length}`}
              role="option"
              aria-selected={active === hits.length}
              className="fl-ed-create"
              onMouseDown={(e) => {
                e.preventDefault();
                choose(hits.length);
              }}
            >
              {t('editor.form.createActor', { name: query.trim() })}
            </li>
          )}
        </ul>
      )}
      {invalid && (
        <p id={`${id}-err`} className="fl-ed-error">
          {invalid}
        </p>
      )}
    </div>
  );
}
