/**
 * The relation form in its three uses: a new relation (or more evidence for one) from picked
 * words; a suggestion reviewed with edits (accepted with them in one step); a relation edited.
 */
import { useMemo } from 'react';
import { useTranslation } from '../../i18n/react.tsx';
import type { Actor } from '../../model/schema.ts';
import { locateQuote } from '../../model/text.ts';
import { mentionedActors, type Mentioned } from '../forms/mentioned.ts';
import { useReading } from '../reading.ts';
import { useView, useViewApi } from '../context.tsx';
import { useAct, useDoc, useDocApi } from '../doc-hooks.tsx';
import { updateRelation } from '../doc/index.ts';
import { acceptSuggestion } from '../doc/index.ts';
import { updateEvidence } from '../doc/index.ts';
import { RelationForm } from '../forms/RelationForm.tsx';
import {
  emptyEvidence,
  evidenceFields,
  evidencePatch,
  evidenceValuesOf,
  relationDefaults,
  type RelationValues,
} from '../forms/values.ts';
import { sentencesTouched } from '../selection.ts';
import { sentencesOf } from '../article/analysis.ts';
import { defaultSummary, filledSummary } from '../summary.ts';
import type { Pick } from '../view-store.ts';
import { useSummaryTranslators } from './use-accept.ts';

function useCreateActor() {
  const act = useAct();
  return (name: string, then: (id: string) => void) => {
    const arabic = /[\u0600-\u06ff]/u.test(name);
    const done = act((s) =>
      s.addActor({ kind: 'state', name: arabic ? { ar: name } : { en: name } }),
    );
    if (done.ok) then(done.value);
  };
}

/** A mentioned actor the draft lacks, added as the assistant found it (names in both languages). */
function useAddActor() {
  const act = useAct();
  return (a: Actor, then: (id: string) => void) => {
    const done = act((s) =>
      s.addActor({
        id: a.id,
        kind: a.kind,
        name: a.name,
        ...(a.aliases ? { aliases: a.aliases } : {}),
        ...(a.wikidata ? { wikidata: a.wikidata } : {}),
      }),
    );
    if (done.ok) then(done.value);
  };
}

const NONE_MENTIONED: Mentioned = { inSentence: [], inArticle: [] };

/** The actors the sentence(s) of a quote mention, from the assistant's reading of its source. */
function useMentioned(sourceId: string | undefined, span: { start: number; end: number } | null) {
  const graph = useDoc((s) => s.graph);
  const source = graph.sources.find((s) => s.id === sourceId);
  const reading = useReading(source, graph);
  const sentences = useMemo(() => (source ? sentencesOf(source) : []), [source]);
  return useMemo(
    () => (span ? mentionedActors(reading, graph.actors, span, sentences) : NONE_MENTIONED),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the span's offsets, not its object
    [reading, graph.actors, sentences, span?.start, span?.end],
  );
}

function useSummaryOf() {
  const store = useDocApi();
  const translators = useSummaryTranslators();
  return (v: RelationValues) => {
    const actors = store.getState().graph.actors;
    const find = (id?: string) => actors.find((a) => a.id === id);
    return filledSummary(
      v.summary,
      defaultSummary(translators, find(v.source), find(v.target), v.kind, v.directed),
    );
  };
}

/**
 * `ends`: a relation drawn on the canvas, its actors chosen already. Its quote is the words the
 * author selects in the article while the form is open (`pick` follows the view's); until then
 * the form asks for them and makes nothing.
 */
export function NewRelationPanel({
  pick,
  relation,
  ends,
}: {
  pick: Pick | null;
  relation?: string;
  ends?: { source: string; target: string };
}) {
  const { t } = useTranslation();
  const view = useViewApi();
  const lang = useView((s) => s.lang);
  const graph = useDoc((s) => s.graph);
  const act = useAct();
  const createActor = useCreateActor();
  const addActor = useAddActor();
  const summaryOf = useSummaryOf();
  const shown = useView((s) => s.source);
  const sourceId = pick?.source ?? shown ?? undefined;
  const mentioned = useMentioned(sourceId, pick);
  const source = graph.sources.find((s) => s.id === sourceId);
  const name = (id: string) => {
    const a = graph.actors.find((x) => x.id === id);
    return a ? a.name[lang] || a.name.en || a.name.ar : id;
  };
  const forEvidence = relation !== undefined;
  const choices = graph.relations
    .filter((r) => !r.suggestion)
    .map((r) => ({
      id: r.id,
      label: `${name(r.source)} ${r.directed ? t('editor.arrow') : '–'} ${name(r.target)} · ${t(`kind.${r.kind}`)}`,
    }));
  const spans = source && pick ? sentencesTouched(sentencesOf(source), pick) : 1;
  return (
    <RelationForm
      heading={
        forEvidence
          ? t('editor.form.addEvidence')
          : ends
            ? t('editor.form.drawnRelation')
            : t('editor.form.newRelation')
      }
      quote={pick?.text ?? ''}
      quoteAction={<ToArticle />}
      sourceLanguage={source?.language ?? 'en'}
      sentences={spans}
      actors={graph.actors}
      lang={lang}
      relation={ends ? { ...relationDefaults(), ...ends } : relationDefaults()}
      evidence={emptyEvidence()}
      {...(forEvidence
        ? { relations: choices, ...(relation ? { relationId: relation } : {}) }
        : {})}
      submitLabel={forEvidence ? t('editor.form.add') : t('editor.form.create')}
      onCancel={() => view.getState().close()}
      onCreateActor={createActor}
      mentioned={mentioned}
      onAddActor={addActor}
      onSubmit={({ relation: v, evidence, relationId }) => {
        if (!pick) return;
        const input = {
          source: pick.source,
          start: pick.start,
          end: pick.end,
          ...evidenceFields(evidence),
        };
        const done = relationId
          ? act((s) => {
              s.addEvidence(relationId, input);
              return relationId;
            })
          : act((s) =>
              s.addRelation({
                source: v.source!,
                target: v.target!,
                kind: v.kind,
                directed: v.directed,
                tension: v.tension,
                summary: summaryOf(v),
                evidence: [input],
              }),
            );
        if (!done.ok) return;
        view.getState().setPick(null);
        view.getState().selectRelation(done.value);
        view.getState().close();
        document.getSelection()?.removeAllRanges();
      }}
    />
  );
}

/** The relation form for a line drawn on the canvas: its quote is what is picked next. */
export function DrawnRelationPanel(ends: { source: string; target: string }) {
  const pick = useView((s) => s.pick);
  return <NewRelationPanel pick={pick} ends={ends} />;
}

/** On a phone the article is another pane: a way there from the form waiting for its quote. */
function ToArticle() {
  const { t } = useTranslation();
  const view = useViewApi();
  return (
    <button
      type="button"
      className="fl-button fl-ed-small fl-ed-narrow-only"
      data-testid="to-article"
      onClick={() => view.getState().showPane('article')}
    >
      {t('editor.pane.toArticle')}
    </button>
  );
}

/** A suggestion or a relation in the form; saving a suggestion accepts it (one step). */
export function EditRelationPanel({
  relationId,
  review,
  evidenceIndex = 0,
}: {
  relationId: string;
  review: boolean;
  evidenceIndex?: number;
}) {
  const { t } = useTranslation();
  const view = useViewApi();
  const lang = useView((s) => s.lang);
  const graph = useDoc((s) => s.graph);
  const act = useAct();
  const createActor = useCreateActor();
  const addActor = useAddActor();
  const summaryOf = useSummaryOf();
  const r = graph.relations.find((x) => x.id === relationId);
  const index = r ? Math.min(evidenceIndex, r.evidence.length - 1) : 0;
  const e = r?.evidence[index];
  const source = graph.sources.find((s) => s.id === e?.source);
  const at = e?.at ?? (e && source?.text ? spanOf(locateQuote(source.text, e.quote)) : null);
  const mentioned = useMentioned(e?.source, at ?? null);
  if (!r || !e) return null;
  return (
    <RelationForm
      key={`${r.id}-${index}`}
      heading={review ? t('editor.form.editSuggestion') : t('editor.form.editRelation')}
      quote={e.quote}
      sourceLanguage={source?.language ?? 'en'}
      sentences={1}
      actors={graph.actors}
      lang={lang}
      relation={{
        source: r.source,
        target: r.target,
        kind: r.kind,
        directed: r.directed,
        tension: r.tension,
        tensionSet: true,
        summary: { en: r.summary.en, ar: r.summary.ar },
      }}
      evidence={evidenceValuesOf(e)}
      submitLabel={review ? t('editor.review.acceptEdited') : t('editor.actor.save')}
      onCancel={() => view.getState().close()}
      onCreateActor={createActor}
      mentioned={mentioned}
      onAddActor={addActor}
      onSubmit={({ relation: v, evidence }) => {
        const fields = {
          source: v.source!,
          target: v.target!,
          kind: v.kind,
          directed: v.directed,
          tension: v.tension,
          summary: summaryOf(v),
        };
        const done = act((s) =>
          s.change((doc) => {
            let g = review
              ? acceptSuggestion(doc.graph, r.id, fields)
              : updateRelation(doc.graph, r.id, fields);
            g = updateEvidence(g, r.id, index, evidencePatch(evidence));
            return { ...doc, graph: g };
          }),
        );
        if (done.ok) view.getState().close();
      }}
    />
  );
}

function spanOf(at: readonly [number, number] | undefined) {
  return at ? { start: at[0], end: at[1] } : null;
}
