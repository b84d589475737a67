import { useEffect, useId, useMemo, useRef } from 'react';
import { useTranslation } from '../i18n/react.tsx';
import { actorName, type Graph } from '../model/graph.ts';
import type { Actor } from '../model/schema.ts';
import { useAppStore } from '../store/context.tsx';
import { selectVisibility } from '../store/store.ts';
import { RelationDetail, RelationList } from './RelationDetail.tsx';
import { FocusControls } from './FocusControls.tsx';
import { ShapeSample } from './Samples.tsx';

export function EvidencePanel() {
  const { t } = useTranslation();
  // One id per rendering: the page's first paint has an English and an Arabic copy of this.
  const headingId = useId();
  const selection = useAppStore((s) => s.selection);
  const panelRef = useRef<HTMLElement>(null);
  const focusNext = useRef(false);
  // A selection made inside the panel (keyboard, screen reader) moves focus to the new title, so
  // the reader follows it; a click on the canvas leaves focus where it is.
  useEffect(() => {
    if (!focusNext.current) return;
    focusNext.current = false;
    const panel = panelRef.current;
    const target =
      panel?.querySelector<HTMLElement>('[data-testid="evidence-title"]') ??
      panel?.querySelector<HTMLElement>('h2');
    target?.focus();
  }, [selection]);
  // Enter on the graph or a table row asks the panel to take focus; closing gives it back.
  const focusRequest = useAppStore((s) => s.evidenceFocusRequest);
  const returnTo = useRef<HTMLElement | null>(null);
  useEffect(() => {
    if (focusRequest === 0) return;
    const active = document.activeElement;
    if (active instanceof HTMLElement && !panelRef.current?.contains(active))
      returnTo.current = active;
    panelRef.current?.querySelector<HTMLElement>('[data-testid="evidence-title"]')?.focus();
  }, [focusRequest]);
  const followFocus = () => {
    focusNext.current = true;
    // Only for the selection this very event makes.
    requestAnimationFrame(() => {
      focusNext.current = false;
    });
  };
  const graph = useAppStore((s) => s.graph);
  const clearSelection = useAppStore((s) => s.clearSelection);
  const close = () => {
    clearSelection();
    focusNext.current = false; // focus goes back where it came from
    const back = returnTo.current;
    returnTo.current = null;
    if (back?.isConnected) back.focus();
    else panelRef.current?.querySelector<HTMLElement>('h2')?.focus();
  };
  const lang = useAppStore((s) => s.lang);
  const relation =
    selection?.type === 'relation' ? graph.relationById.get(selection.id) : undefined;
  const actor = selection?.type === 'actor' ? graph.actorById.get(selection.id) : undefined;
  const several =
    selection?.type === 'relations'
      ? selection.ids.flatMap((id) => graph.relationById.get(id) ?? [])
      : undefined;

  return (
    <section
      ref={panelRef}
      className="fl-evidence"
      data-testid="evidence-panel"
      data-open={selection ? 'true' : 'false'}
      aria-labelledby={headingId}
      onClickCapture={followFocus}
      onKeyDownCapture={followFocus}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && selection) {
          e.preventDefault();
          close();
        }
      }}
    >
      <header className="fl-evidence-header">
        <h2 id={headingId} tabIndex={-1}>
          {t('evidence.heading')}
        </h2>
        {selection && (
          <button
            type="button"
            className="fl-close"
            onClick={close}
            aria-label={t('evidence.close')}
          >
            <span aria-hidden="true">×</span>
          </button>
        )}
      </header>
      <p className="fl-sr-only" role="status">
        {relation
          ? `${actorName(graph, relation.source, lang)} – ${actorName(graph, relation.target, lang)}: ${t(`kind.${relation.kind}`)}`
          : (actor?.name[lang] ?? '')}
      </p>
      {relation && <RelationDetail relation={relation} graph={graph} />}
      {actor && <ActorDetail actor={actor} graph={graph} />}
      {several && (
        <article className="fl-several">
          <h3 className="fl-actor-title" data-testid="evidence-title" tabIndex={-1}>
            {t('evidence.selectedRelations')}
          </h3>
          <RelationList
            relations={several}
            graph={graph}
            listKey={several.map((r) => r.id).join(' ')}
          />
        </article>
      )}
      {!relation && !actor && !several && (
        <div className="fl-evidence-empty">
          <p>{t('evidence.hint')}</p>
          <p className="fl-muted">
            {t('evidence.overview', {
              relations: graph.relations.length,
              actors: graph.actors.length,
            })}
          </p>
          <ActorIndex graph={graph} />
        </div>
      )}
    </section>
  );
}

/**
 * Every actor as a button, busiest first: a way into the evidence that needs neither a mouse nor
 * the canvas (screen readers, keyboards, crowded phone screens).
 */
/** More buttons than a reader scans, and a large graph's thousands would cost every render. */
const ACTOR_INDEX_SIZE = 40;

function ActorIndex({ graph }: { graph: Graph }) {
  const { t } = useTranslation();
  // One id per rendering: the page's first paint has an English and an Arabic copy of this.
  const headingId = useId();
  const lang = useAppStore((s) => s.lang);
  const selectActor = useAppStore((s) => s.selectActor);
  const visibility = useAppStore(selectVisibility);
  const actors = useMemo(
    () =>
      [...graph.actors].sort(
        (a, b) =>
          (graph.relationsByActor.get(b.id)?.length ?? 0) -
          (graph.relationsByActor.get(a.id)?.length ?? 0),
      ),
    [graph],
  );
  return (
    <nav aria-labelledby={headingId} className="fl-actor-index">
      <h3 id={headingId}>{t('evidence.actorIndex')}</h3>
      <ul>
        {actors.slice(0, ACTOR_INDEX_SIZE).map((a) => (
          <li key={a.id}>
            <button
              type="button"
              className="fl-chip"
              data-dimmed={!visibility.activeActorIds.has(a.id)}
              onClick={() => selectActor(a.id)}
            >
              <ShapeSample kind={a.kind} />
              <bdi>{a.name[lang]}</bdi>
            </button>
          </li>
        ))}
      </ul>
      {actors.length > ACTOR_INDEX_SIZE && (
        <p className="fl-muted">{t('evidence.actorIndexMore', { shown: ACTOR_INDEX_SIZE })}</p>
      )}
    </nav>
  );
}

function ActorDetail({ actor, graph }: { actor: Actor; graph: Graph }) {
  const { t } = useTranslation();
  const lang = useAppStore((s) => s.lang);
  const visibility = useAppStore(selectVisibility);
  const all = graph.relationsByActor.get(actor.id) ?? [];
  const shown = all.filter((r) => visibility.relationIds.has(r.id));
  const hidden = all.length - shown.length;
  return (
    <article className="fl-actor" data-actor-id={actor.id}>
      <h3 className="fl-actor-title" data-testid="evidence-title" tabIndex={-1}>
        <ShapeSample kind={actor.kind} /> <bdi>{actor.name[lang]}</bdi>
      </h3>
      <p className="fl-muted">
        {t(`actorKind.${actor.kind}`)} · {t('evidence.relations', { count: shown.length })}
        {hidden > 0 && <> · {t('evidence.hiddenByFilters', { count: hidden })}</>}
      </p>
      <FocusControls actor={actor} />
      {shown.length === 0 && <p>{t('evidence.noneVisible')}</p>}
      <RelationList relations={shown} graph={graph} listKey={`actor:${actor.id}`} />
    </article>
  );
}
