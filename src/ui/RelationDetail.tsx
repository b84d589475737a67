/** One relation: who, what, how tense, how well backed, since when, and its sentences. */
import { useTranslation } from '../i18n/react.tsx';
import { assertions, denials } from '../model/evidence.ts';
import { actorName, eventName, factsOf, type Graph } from '../model/graph.ts';
import type { Relation } from '../model/schema.ts';
import { tensionName } from '../model/vocabulary.ts';
import { useAppStore } from '../store/context.tsx';
import { formatPartialDate } from '../i18n/dates.ts';
import { Data } from './DataText.tsx';
import { EvidenceList } from './EvidenceList.tsx';
import { useProgressive } from './progressive.ts';
import { LineSample } from './Samples.tsx';

export function RelationTitle({ relation, graph }: { relation: Relation; graph: Graph }) {
  const { t } = useTranslation();
  const lang = useAppStore((s) => s.lang);
  return (
    <>
      <bdi>{actorName(graph, relation.source, lang)}</bdi>{' '}
      {relation.directed ? (
        <span className="fl-arrow" role="img" aria-label={t('evidence.arrowLabel')}>
          {t('evidence.arrow')}
        </span>
      ) : (
        <span className="fl-arrow">{t('evidence.with')}</span>
      )}{' '}
      <bdi>{actorName(graph, relation.target, lang)}</bdi>
    </>
  );
}

/** Kind, tension, corroboration and date: the facts about a relation, before its quotes. */
export function RelationBadges({ relation, graph }: { relation: Relation; graph: Graph }) {
  const { t } = useTranslation();
  const lang = useAppStore((s) => s.lang);
  const facts = graph.facts.get(relation.id);
  const c = factsOf(graph, relation.id).corroboration;
  return (
    <>
      <p className="fl-badges">
        <span className="fl-badge">{t(`kind.${relation.kind}`)}</span>
        <span className="fl-badge fl-badge-tension" data-tension={relation.tension}>
          <LineSample
            tension={relation.tension}
            directed={relation.directed}
            contested={facts?.contested}
            width={2}
          />
          {t('evidence.tensionLevel', { level: t(`tension.${tensionName(relation.tension)}`) })}
        </span>
        <span className="fl-badge" data-testid="relation-date">
          {facts?.start === undefined ? (
            t('time.undated')
          ) : facts.startEvent === undefined ? (
            t('time.since', { date: formatPartialDate(facts.start, lang) })
          ) : (
            // Dated by the event it is about, not by a sentence of its own: say so. One span, so
            // the badge's flex layout keeps the words and the event's name in one line of text.
            <span>
              {t('time.notBefore', { date: formatPartialDate(facts.start, lang) })}{' '}
              <bdi>{eventName(graph, facts.startEvent, lang)}</bdi>
            </span>
          )}
        </span>
      </p>
      <p className="fl-muted" data-testid="corroboration">
        {t('claims.corroboration', {
          sentences: t('evidence.sentences', { count: c.sentences }),
          speakers: t('claims.speakers', { count: c.speakers }),
          sources: t('claims.sources', { count: c.sources }),
        })}
      </p>
    </>
  );
}

/** A contested relation shows the claim and the denial side by side. */
function ContestedEvidence({ relation, graph }: { relation: Relation; graph: Graph }) {
  const { t } = useTranslation();
  return (
    <div className="fl-contest" data-testid="contested">
      <p className="fl-contest-banner">
        <LineSample tension={relation.tension} contested width={2} /> {t('claims.contested')}
      </p>
      <div className="fl-contest-sides">
        <section data-testid="claim-side">
          <h4>{t('claims.claim')}</h4>
          <EvidenceList evidence={assertions(relation)} graph={graph} />
        </section>
        <section data-testid="denial-side">
          <h4>{t('claims.denial')}</h4>
          <EvidenceList evidence={denials(relation)} graph={graph} />
        </section>
      </div>
    </div>
  );
}

export function RelationBody({ relation, graph }: { relation: Relation; graph: Graph }) {
  const lang = useAppStore((s) => s.lang);
  return (
    <>
      <RelationBadges relation={relation} graph={graph} />
      <p className="fl-summary">
        <Data value={relation.summary[lang]} />
      </p>
      {graph.facts.get(relation.id)?.contested ? (
        <ContestedEvidence relation={relation} graph={graph} />
      ) : (
        <EvidenceList evidence={relation.evidence} graph={graph} />
      )}
    </>
  );
}

export function RelationDetail({ relation, graph }: { relation: Relation; graph: Graph }) {
  return (
    <article className="fl-relation" data-relation-id={relation.id}>
      <h3 className="fl-relation-title" data-testid="evidence-title" tabIndex={-1}>
        <RelationTitle relation={relation} graph={graph} />
      </h3>
      <RelationBody relation={relation} graph={graph} />
    </article>
  );
}

/** Several relations (an actor's, or a sentence's), each openable on its own. */
export function RelationList({
  relations,
  graph,
  listKey,
}: {
  relations: readonly Relation[];
  graph: Graph;
  /** Whose list this is (an actor, a set of relations): a new one renders its top first. */
  listKey: string;
}) {
  const selectRelation = useAppStore((s) => s.selectRelation);
  // A busy actor's list runs long: its first relations answer the click within the frame, the
  // rest follow in the next task (progressive.ts).
  const count = useProgressive(relations.length, listKey);
  return (
    <ol className="fl-actor-relations">
      {relations.slice(0, count).map((r) => (
        <li key={r.id} data-relation-id={r.id}>
          <h4>
            <button type="button" className="fl-link-button" onClick={() => selectRelation(r.id)}>
              <RelationTitle relation={r} graph={graph} />
            </button>
          </h4>
          <RelationBody relation={r} graph={graph} />
        </li>
      ))}
    </ol>
  );
}
