/**
 * The relation form, opened by picking words: the quote is exactly those words (shown, not
 * editable). A new relation takes its ends (type-ahead over names and aliases), kind, direction
 * (Alt+R reverses it), tension (following the kind until set), a summary, and the evidence's own
 * fields; adding evidence to an existing relation asks only which relation and the evidence's.
 */
import type { Mentioned } from './mentioned.ts';
import { useEffect, useId, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from '../../i18n/react.tsx';
import type { Actor } from '../../model/schema.ts';
import {
  RELATION_KIND_IDS,
  TENSION_LEVELS,
  tensionName,
  type Language,
  type RelationKind,
  type Tension,
} from '../../model/vocabulary.ts';
import { ActorPicker } from './ActorPicker.tsx';
import { EvidenceFields } from './EvidenceFields.tsx';
import {
  evidenceProblems,
  reversed,
  withKind,
  type EvidenceValues,
  type RelationValues,
} from './values.ts';

export interface RelationChoice {
  id: string;
  label: string;
}

export interface RelationFormProps {
  heading: string;
  /** The words picked; empty while a relation drawn on the canvas waits for its quote. */
  quote: string;
  /** Shown with the request for a quote (a way to the article, on a phone). */
  quoteAction?: ReactNode;
  sourceLanguage: string;
  /** Sentences the quote runs across (more than one is said, not refused). */
  sentences: number;
  actors: readonly Actor[];
  lang: Language;
  relation: RelationValues;
  evidence: EvidenceValues;
  /** Adding evidence: the relations it may go to (the relation fields are then hidden). */
  relations?: readonly RelationChoice[];
  relationId?: string;
  submitLabel: string;
  onSubmit: (v: {
    relation: RelationValues;
    evidence: EvidenceValues;
    relationId?: string;
  }) => void;
  onCancel: () => void;
  onCreateActor: (name: string, then: (id: string) => void) => void;
  /** The actors the quote's sentence mentions, offered first (see ActorPicker). */
  mentioned?: Mentioned;
  /** Adds a mentioned actor the draft lacks, then hands its id on. */
  onAddActor?: (actor: Actor, then: (id: string) => void) => void;
}

export function RelationForm(p: RelationFormProps) {
  const { t } = useTranslation();
  const id = useId();
  const [relation, setRelation] = useState(p.relation);
  const [evidence, setEvidence] = useState(p.evidence);
  const [relationId, setRelationId] = useState(p.relationId ?? p.relations?.[0]?.id);
  const [tried, setTried] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const forEvidence = p.relations !== undefined;
  useEffect(() => heading.current?.focus(), []);

  const problems = evidenceProblems(evidence, p.quote);
  const endsMissing = !forEvidence && (!relation.source || !relation.target);
  const sameEnds = !forEvidence && !!relation.source && relation.source === relation.target;
  const noRelation = forEvidence && !relationId;
  // A relation without a sentence does not exist: nothing is made until words are picked.
  const noQuote = !p.quote;
  const blocked = problems.length > 0 || endsMissing || sameEnds || noRelation || noQuote;

  const mentionProps = (then: (id: string) => void) =>
    p.mentioned && p.onAddActor
      ? {
          mentioned: p.mentioned.inSentence,
          named: p.mentioned.inArticle,
          onAddMentioned: (actor: Actor) => p.onAddActor!(actor, then),
        }
      : {};

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setTried(true);
    if (blocked) return;
    p.onSubmit({ relation, evidence, ...(relationId ? { relationId } : {}) });
  };

  return (
    <form
      className="fl-ed-form"
      onSubmit={submit}
      aria-labelledby={`${id}-h`}
      data-testid="relation-form"
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          p.onCancel();
        } else if (e.altKey && e.code === 'KeyR' && !forEvidence) {
          // Alt+R: no browser or screen reader binds it; e.code, since Option+R types "®" on a Mac.
          e.preventDefault();
          setRelation(reversed(relation));
        }
      }}
    >
      <h3 id={`${id}-h`} ref={heading} tabIndex={-1}>
        {p.heading}
      </h3>
      {noQuote ? (
        <p
          className={`fl-ed-quote-wanted${tried ? ' fl-ed-error' : ''}`}
          role="status"
          data-testid="form-quote-wanted"
        >
          {t('editor.form.quoteWanted')} {p.quoteAction}
        </p>
      ) : (
        <blockquote
          className="fl-ed-quote"
          lang={p.sourceLanguage}
          dir="auto"
          data-testid="form-quote"
        >
          {p.quote}
        </blockquote>
      )}
      {p.sentences > 1 && (
        <p className="fl-muted">{t('editor.article.pickedSpans', { count: p.sentences })}</p>
      )}
      {forEvidence ? (
        <div className="fl-ed-field fl-ed-field-wide">
          <label htmlFor={`${id}-rel`}>{t('editor.form.relation')}</label>
          <select
            id={`${id}-rel`}
            value={relationId ?? ''}
            onChange={(e) => setRelationId(e.target.value)}
            data-testid="evidence-relation"
          >
            {p.relations!.map((r) => (
              <option key={r.id} value={r.id}>
                {r.label}
              </option>
            ))}
          </select>
        </div>
      ) : (
        <fieldset className="fl-ed-fieldset">
          <legend>{t('editor.form.relationFields')}</legend>
          <div className="fl-ed-ends">
            <ActorPicker
              label={t('editor.form.source')}
              actors={p.actors}
              value={relation.source}
              lang={p.lang}
              testId="form-source"
              field="source"
              onChange={(source) => setRelation({ ...relation, source })}
              onCreate={(name) =>
                p.onCreateActor(name, (source) => setRelation((r) => ({ ...r, source })))
              }
              {...mentionProps((id) => setRelation((r) => ({ ...r, source: id })))}
              invalid={tried && !relation.source ? t('editor.form.problem.noSource') : undefined}
            />
            <button
              type="button"
              className="fl-button fl-ed-reverse"
              aria-keyshortcuts="Alt+R"
              title={t('editor.form.reverseKey')}
              onClick={() => setRelation(reversed(relation))}
              data-testid="form-reverse"
            >
              {t('editor.form.reverse')}
            </button>
            <ActorPicker
              label={t('editor.form.target')}
              actors={p.actors}
              value={relation.target}
              lang={p.lang}
              testId="form-target"
              field="target"
              onChange={(target) => setRelation({ ...relation, target })}
              onCreate={(name) =>
                p.onCreateActor(name, (target) => setRelation((r) => ({ ...r, target })))
              }
              {...mentionProps((id) => setRelation((r) => ({ ...r, target: id })))}
              invalid={
                tried && !relation.target
                  ? t('editor.form.problem.noTarget')
                  : sameEnds
                    ? t('editor.form.problem.sameEnds')
                    : undefined
              }
            />
          </div>
          <div className="fl-ed-field">
            <label htmlFor={`${id}-kind`}>{t('editor.form.kind')}</label>
            <select
              id={`${id}-kind`}
              value={relation.kind}
              data-testid="form-kind"
              data-field="kind"
              onChange={(e) => setRelation(withKind(relation, e.target.value as RelationKind))}
            >
              {RELATION_KIND_IDS.map((k) => (
                <option key={k} value={k}>
                  {t(`kind.${k}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="fl-ed-field">
            <label htmlFor={`${id}-tension`}>{t('editor.form.tension')}</label>
            <select
              id={`${id}-tension`}
              value={relation.tension}
              data-testid="form-tension"
              data-field="tension"
              onChange={(e) =>
                setRelation({
                  ...relation,
                  tension: Number(e.target.value) as Tension,
                  tensionSet: true,
                })
              }
            >
              {TENSION_LEVELS.map((l) => (
                <option key={l} value={l}>
                  {l > 0 ? `+${l}` : l} {t(`tension.${tensionName(l)}`)}
                </option>
              ))}
            </select>
          </div>
          <label className="fl-ed-choice">
            <input
              type="checkbox"
              checked={relation.directed}
              onChange={(e) => setRelation({ ...relation, directed: e.target.checked })}
            />
            {t('editor.form.directed')}
          </label>
          {(['en', 'ar'] as const).map((l) => (
            <div className="fl-ed-field fl-ed-field-wide" key={l}>
              <label htmlFor={`${id}-sum-${l}`}>{t(`editor.form.summary.${l}`)}</label>
              <input
                id={`${id}-sum-${l}`}
                dir="auto"
                lang={l}
                value={relation.summary[l]}
                data-testid={`summary-${l}`}
                data-field={`summary.${l}`}
                onChange={(e) =>
                  setRelation({
                    ...relation,
                    summary: { ...relation.summary, [l]: e.target.value },
                  })
                }
              />
            </div>
          ))}
        </fieldset>
      )}
      <EvidenceFields
        values={evidence}
        onChange={setEvidence}
        actors={p.actors}
        lang={p.lang}
        sourceLanguage={p.sourceLanguage}
        problems={tried ? problems : problems.filter((x) => x === 'expressionNotInQuote')}
        onCreateActor={p.onCreateActor}
        {...(p.mentioned ? { mentioned: p.mentioned } : {})}
        {...(p.onAddActor ? { onAddActor: p.onAddActor } : {})}
      />
      <div className="fl-ed-row fl-ed-form-actions">
        <button type="submit" className="fl-button fl-ed-primary" data-testid="form-submit">
          {p.submitLabel}
        </button>
        <button type="button" className="fl-button" onClick={p.onCancel}>
          {t('editor.form.cancel')}
        </button>
      </div>
    </form>
  );
}
