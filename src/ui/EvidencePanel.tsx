import { useTranslation } from 'react-i18next';
import type { Graph } from '../model/graph.ts';
import type { Actor, Relation } from '../model/schema.ts';
import { tensionName } from '../model/vocabulary.ts';
import { useAppStore } from '../store/context.tsx';
import { selectVisibility } from '../store/store.ts';
import { EvidenceList } from './EvidenceList.tsx';
import { LineSample, ShapeSample } from './Samples.tsx';

export function EvidencePanel() {
  const { t } = useTranslation();
  const selection = useAppStore((s) => s.selection);
  const graph = useAppStore((s) => s.graph);
  const clearSelection = useAppStore((s) => s.clearSelection);
  const relation =
    selection?.type === 'relation' ? graph.relationById.get(selection.id) : undefined;
  const actor = selection?.type === 'actor' ? graph.actorById.get(selection.id) : undefined;

  return (
    <section
      className="fl-evidence"
      data-testid="evidence-panel"
      data-open={selection ? 'true' : 'false'}
      aria-labelledby="fl-evidence-heading"
      aria-live="polite"
    >
      <header className="fl-evidence-header">
        <h2 id="fl-evidence-heading">{t('evidence.heading')}</h2>
        {selection && (
          <button
            type="button"
            className="fl-close"
            onClick={clearSelection}
            aria-label={t('evidence.close')}
          >
            <span aria-hidden="true">×</span>
          </button>
        )}
      </header>
      {relation && <RelationDetail relation={relation} graph={graph} />}
      {actor && <ActorDetail actor={actor} graph={graph} />}
      {!relation && !actor && (
        <div className="fl-evidence-empty">
          <p>{t('evidence.hint')}</p>
          <p className="fl-muted">
            {t('evidence.overview', {
              relations: graph.relations.length,
              actors: graph.actors.length,
            })}
          </p>
        </div>
      )}
    </section>
  );
}

export function RelationTitle({ relation, graph }: { relation: Relation; graph: Graph }) {
  const { t } = useTranslation();
  const lang = useAppStore((s) => s.lang);
  const name = (id: string) => graph.actorById.get(id)?.name[lang] ?? id;
  return (
    <>
      <bdi>{name(relation.source)}</bdi>{' '}
      {relation.directed ? (
        <span className="fl-arrow" role="img" aria-label={t('evidence.arrowLabel')}>
          {t('evidence.arrow')}
        </span>
      ) : (
        <span className="fl-arrow">{t('evidence.with')}</span>
      )}{' '}
      <bdi>{name(relation.target)}</bdi>
    </>
  );
}

function RelationBadges({ relation }: { relation: Relation }) {
  const { t } = useTranslation();
  return (
    <p className="fl-badges">
      <span className="fl-badge">{t(`kind.${relation.kind}`)}</span>
      <span className="fl-badge fl-badge-tension" data-tension={relation.tension}>
        <LineSample tension={relation.tension} directed={relation.directed} />
        {t('evidence.tensionLevel', { level: t(`tension.${tensionName(relation.tension)}`) })}
      </span>
    </p>
  );
}

function RelationDetail({ relation, graph }: { relation: Relation; graph: Graph }) {
  const { t } = useTranslation();
  const lang = useAppStore((s) => s.lang);
  return (
    <article className="fl-relation" data-relation-id={relation.id}>
      <h3 className="fl-relation-title" data-testid="evidence-title">
        <RelationTitle relation={relation} graph={graph} />
      </h3>
      <RelationBadges relation={relation} />
      <p className="fl-summary">{relation.summary[lang]}</p>
      <p className="fl-muted">{t('evidence.sentences', { count: relation.evidence.length })}</p>
      <EvidenceList evidence={relation.evidence} graph={graph} />
    </article>
  );
}

function ActorDetail({ actor, graph }: { actor: Actor; graph: Graph }) {
  const { t } = useTranslation();
  const lang = useAppStore((s) => s.lang);
  const visibility = useAppStore(selectVisibility);
  const selectRelation = useAppStore((s) => s.selectRelation);
  const all = graph.relationsByActor.get(actor.id) ?? [];
  const shown = all.filter((r) => visibility.relationIds.has(r.id));
  const hidden = all.length - shown.length;
  return (
    <article className="fl-actor" data-actor-id={actor.id}>
      <h3 className="fl-actor-title" data-testid="evidence-title">
        <ShapeSample kind={actor.kind} /> <bdi>{actor.name[lang]}</bdi>
      </h3>
      <p className="fl-muted">
        {t(`actorKind.${actor.kind}`)} · {t('evidence.relations', { count: shown.length })}
        {hidden > 0 && <> · {t('evidence.hiddenByFilters', { count: hidden })}</>}
      </p>
      {shown.length === 0 && <p>{t('evidence.noneVisible')}</p>}
      <ol className="fl-actor-relations">
        {shown.map((r) => (
          <li key={r.id} data-relation-id={r.id}>
            <h4>
              <button type="button" className="fl-link-button" onClick={() => selectRelation(r.id)}>
                <RelationTitle relation={r} graph={graph} />
              </button>
            </h4>
            <RelationBadges relation={r} />
            <p className="fl-summary">{r.summary[lang]}</p>
            <EvidenceList evidence={r.evidence} graph={graph} />
          </li>
        ))}
      </ol>
    </article>
  );
}
