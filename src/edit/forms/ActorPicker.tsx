/**
 * Choose an actor by typing any of its names or aliases, in either language (ARIA combobox).
 * When what is typed is not an actor yet, the last option creates it — and only then: a name an
 * actor already has picks that actor, so a duplicate is never made by accident.
 */
import { useId, useMemo, useState } from 'react';
import { useTranslation } from '../../i18n/react.tsx';
import type { Actor } from '../../model/schema.ts';
import type { Language } from '../../model/vocabulary.ts';
import { matchActors } from './actor-match.ts';

export function ActorPicker({
  label,
  actors,
  value,
  lang,
  onChange,
  onCreate,
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
  const [active, setActive] = useState(0);
  const typing = query !== null;
  const hits = useMemo(() => (typing ? matchActors(actors, query) : []), [actors, query, typing]);
  const canCreate = !!onCreate && typing && query.trim() !== '' && !hits.some((h) => h.exact);
  const options = hits.length + (canCreate ? 1 : 0);
  const nameOf = (a: Actor) => a.name[lang] || a.name.en || a.name.ar || a.id;

  const choose = (index: number) => {
    const hit = hits[index];
    if (hit) onChange(hit.actor.id);
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
        aria-activedescendant={typing && options > 0 ? `${id}-opt-${active}` : undefined}
        aria-invalid={invalid ? true : undefined}
        aria-describedby={invalid ? `${id}-err` : undefined}
        data-testid={testId}
        data-field={field}
        value={typing ? query : chosen ? nameOf(chosen) : ''}
        placeholder={optional ? t('editor.form.none') : t('editor.form.typeName')}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
          if (optional && e.target.value === '') onChange(undefined);
        }}
        onFocus={(e) => e.target.select()}
        onBlur={() => setQuery(null)}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown' && typing) {
            e.preventDefault();
            setActive((a) => Math.min(options - 1, a + 1));
          } else if (e.key === 'ArrowUp' && typing) {
            e.preventDefault();
            setActive((a) => Math.max(0, a - 1));
          } else if (e.key === 'Enter' && typing && options > 0) {
            e.preventDefault();
            choose(active);
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
