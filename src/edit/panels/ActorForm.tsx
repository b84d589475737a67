/**
 * Add or edit an actor: kind, names in both languages, aliases, Wikidata id. A name another actor
 * already has is refused with that actor named (merge them instead). From an edit: merge into
 * another actor, or delete.
 */
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from '../../i18n/react.tsx';
import { ACTOR_KINDS, type ActorKind } from '../../model/vocabulary.ts';
import { useView, useViewApi } from '../context.tsx';
import { useAct, useDoc } from '../doc-hooks.tsx';
import { followDefaultSummaries, updateActor, type SummaryOf } from '../doc/ops.ts';
import { actorNamed } from '../forms/actor-match.ts';
import { defaultSummary } from '../summary.ts';
import { useSummaryTranslators } from './use-accept.ts';

const list = (s: string) =>
  s
    .split(/[,،\n]/u)
    .map((x) => x.trim())
    .filter(Boolean);

export function ActorForm({
  actorId,
  name,
  language,
}: {
  actorId?: string;
  name?: string;
  language?: string;
}) {
  const { t } = useTranslation();
  const id = useId();
  const view = useViewApi();
  const lang = useView((s) => s.lang);
  const actors = useDoc((s) => s.graph.actors);
  const act = useAct();
  const translators = useSummaryTranslators();
  const actor = actors.find((a) => a.id === actorId);
  const nameLang = language === 'en' ? 'en' : language === 'ar' ? 'ar' : lang;
  const [kind, setKind] = useState<ActorKind>(actor?.kind ?? 'state');
  const [en, setEn] = useState(actor?.name.en ?? (nameLang === 'en' ? (name ?? '') : ''));
  const [ar, setAr] = useState(actor?.name.ar ?? (nameLang === 'ar' ? (name ?? '') : ''));
  const [aliasEn, setAliasEn] = useState((actor?.aliases?.en ?? []).join(', '));
  const [aliasAr, setAliasAr] = useState((actor?.aliases?.ar ?? []).join('، '));
  const [wikidata, setWikidata] = useState(actor?.wikidata ?? '');
  const [message, setMessage] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);

  const others = actors.filter((a) => a.id !== actorId);
  const taken = [en, ar].map((n) => (n.trim() ? actorNamed(others, n) : undefined)).find(Boolean);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!en.trim() && !ar.trim()) return setMessage(t('editor.actor.needName'));
    if (taken)
      return setMessage(t('editor.actor.taken', { name: taken.name[lang] || taken.name.en }));
    if (wikidata && !/^Q\d+$/.test(wikidata.trim()))
      return setMessage(t('editor.actor.badWikidata'));
    const aliases = {
      ...(list(aliasEn).length ? { en: list(aliasEn) } : {}),
      ...(list(aliasAr).length ? { ar: list(aliasAr) } : {}),
    };
    const fields = {
      kind,
      name: { en: en.trim(), ar: ar.trim() },
      ...(wikidata.trim() ? { wikidata: wikidata.trim() } : {}),
    };
    // Renamed: the summaries made from its old names follow (summaries.ts), in the same undo step.
    const summaryOf: SummaryOf = (g, r) => {
      const find = (x: string) => g.actors.find((a) => a.id === x);
      return defaultSummary(translators, find(r.source), find(r.target), r.kind, r.directed);
    };
    const done = actor
      ? act((s) =>
          s.change((doc) => {
            const graph = updateActor(doc.graph, actor.id, {
              ...fields,
              aliases: Object.keys(aliases).length ? aliases : undefined,
              wikidata: wikidata.trim() || undefined,
            });
            return { ...doc, graph: followDefaultSummaries(doc.graph, graph, actor.id, summaryOf) };
          }),
        )
      : act((s) => s.addActor({ ...fields, ...(Object.keys(aliases).length ? { aliases } : {}) }));
    if (!done.ok) return setMessage(done.message);
    view.getState().close();
  };

  return (
    <form
      className="fl-ed-form"
      onSubmit={submit}
      aria-labelledby={`${id}-h`}
      data-testid="actor-form"
    >
      <h3 id={`${id}-h`} ref={heading} tabIndex={-1}>
        {actor ? t('editor.actor.edit') : t('editor.actor.new')}
      </h3>
      <div className="fl-ed-field">
        <label htmlFor={`${id}-kind`}>{t('editor.actor.kind')}</label>
        <select
          id={`${id}-kind`}
          data-field="kind"
          value={kind}
          onChange={(e) => setKind(e.target.value as ActorKind)}
        >
          {ACTOR_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`actorKind.${k}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="fl-ed-field">
        <label htmlFor={`${id}-en`}>{t('editor.actor.nameEn')}</label>
        <input
          id={`${id}-en`}
          dir="auto"
          lang="en"
          value={en}
          onChange={(e) => setEn(e.target.value)}
          data-testid="actor-name-en"
          data-field="name.en"
        />
      </div>
      <div className="fl-ed-field">
        <label htmlFor={`${id}-ar`}>{t('editor.actor.nameAr')}</label>
        <input
          id={`${id}-ar`}
          dir="auto"
          lang="ar"
          value={ar}
          onChange={(e) => setAr(e.target.value)}
          data-testid="actor-name-ar"
          data-field="name.ar"
        />
      </div>
      <div className="fl-ed-field">
        <label htmlFor={`${id}-aen`}>{t('editor.actor.aliasesEn')}</label>
        <input
          id={`${id}-aen`}
          data-field="aliases.en"
          dir="auto"
          lang="en"
          value={aliasEn}
          onChange={(e) => setAliasEn(e.target.value)}
        />
      </div>
      <div className="fl-ed-field">
        <label htmlFor={`${id}-aar`}>{t('editor.actor.aliasesAr')}</label>
        <input
          id={`${id}-aar`}
          data-field="aliases.ar"
          dir="auto"
          lang="ar"
          value={aliasAr}
          onChange={(e) => setAliasAr(e.target.value)}
        />
      </div>
      <div className="fl-ed-field">
        <label htmlFor={`${id}-wd`}>{t('editor.actor.wikidata')}</label>
        <input
          id={`${id}-wd`}
          data-field="wikidata"
          dir="ltr"
          value={wikidata}
          placeholder="Q159"
          onChange={(e) => setWikidata(e.target.value)}
        />
      </div>
      {(message || taken) && (
        <p className="fl-ed-error" role="alert" data-testid="actor-message">
          {message ?? t('editor.actor.taken', { name: taken!.name[lang] || taken!.name.en })}
        </p>
      )}
      <div className="fl-ed-row fl-ed-form-actions">
        <button type="submit" className="fl-button fl-ed-primary" data-testid="actor-submit">
          {actor ? t('editor.actor.save') : t('editor.actor.add')}
        </button>
        <button type="button" className="fl-button" onClick={() => view.getState().close()}>
          {t('editor.form.cancel')}
        </button>
        {actor && (
          <>
            <button
              type="button"
              className="fl-button"
              data-testid="actor-merge"
              onClick={() => view.getState().open({ type: 'merge', from: actor.id })}
            >
              {t('editor.actor.merge')}
            </button>
            <button
              type="button"
              className="fl-button fl-ed-danger"
              data-testid="actor-delete"
              onClick={() => view.getState().open({ type: 'delete-actor', actor: actor.id })}
            >
              {t('editor.actor.delete')}
            </button>
          </>
        )}
      </div>
    </form>
  );
}
