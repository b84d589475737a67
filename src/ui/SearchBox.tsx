/**
 * Find an actor by any of its names or aliases, in either language (ARIA combobox). Choosing one
 * selects it, which brings it into view on the graph and opens its evidence.
 */
import { useId, useMemo, useState } from 'react';
import { useTranslation } from '../i18n/react.tsx';
import { searchActors } from '../model/search.ts';
import { useAppStore } from '../store/context.tsx';
import { ShapeSample } from './Samples.tsx';

export function SearchBox() {
  const { t } = useTranslation();
  const graph = useAppStore((s) => s.graph);
  const lang = useAppStore((s) => s.lang);
  const selectActor = useAppStore((s) => s.selectActor);
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const id = useId();
  const hits = useMemo(() => searchActors(graph, query), [graph, query]);

  const choose = (index: number) => {
    const hit = hits[index];
    if (!hit) return;
    selectActor(hit.actor.id);
    setQuery('');
    setOpen(false);
  };

  return (
    <div className="fl-search" role="search">
      <label htmlFor={`${id}-input`} className="fl-sr-only">
        {t('search.label')}
      </label>
      <input
        id={`${id}-input`}
        type="search"
        role="combobox"
        aria-expanded={open && hits.length > 0}
        aria-controls={`${id}-list`}
        aria-autocomplete="list"
        aria-activedescendant={open && hits[active] ? `${id}-opt-${active}` : undefined}
        placeholder={t('search.placeholder')}
        value={query}
        autoComplete="off"
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
          setOpen(true);
        }}
        onBlur={() => setOpen(false)}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') setActive((a) => Math.min(a + 1, hits.length - 1));
          else if (e.key === 'ArrowUp') setActive((a) => Math.max(a - 1, 0));
          else if (e.key === 'Enter') choose(active);
          else if (e.key === 'Escape') {
            setQuery('');
            setOpen(false);
          } else return;
          e.preventDefault();
        }}
        data-testid="search"
      />
      {open && query.trim() !== '' && (
        <ul
          id={`${id}-list`}
          role="listbox"
          className="fl-search-results"
          aria-label={t('search.results')}
        >
          {hits.length === 0 && <li className="fl-muted">{t('search.none')}</li>}
          {hits.map((hit, i) => (
            <li
              key={hit.actor.id}
              id={`${id}-opt-${i}`}
              role="option"
              aria-selected={i === active}
              onMouseDown={(e) => {
                e.preventDefault(); // keep focus in the input until chosen
                choose(i);
              }}
            >
              <ShapeSample kind={hit.actor.kind} />
              <bdi>{hit.actor.name[lang]}</bdi>
              {hit.matched !== hit.actor.name[lang] && (
                <span className="fl-muted">
                  {' '}
                  (<bdi>{hit.matched}</bdi>)
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
