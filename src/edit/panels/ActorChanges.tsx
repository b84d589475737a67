/**
 * The changes to actors that take other things with them, each shown before it is done: merging
 * two actors (relations rewired, duplicates joined, names kept as aliases), deleting one (its
 * relations and their evidence go), and giving one an alias picked from the text.
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from '../../i18n/react.tsx';
import { useView, useViewApi } from '../context.tsx';
import { useAct, useDoc } from '../doc-hooks.tsx';
import { planDeleteActor } from '../doc/index.ts';
import { planMerge } from '../doc/index.ts';
import { ActorPicker } from '../forms/ActorPicker.tsx';
import type { Pick } from '../view-store.ts';

function useHeading() {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return ref;
}

function useName() {
  const lang = useView((s) => s.lang);
  const actors = useDoc((s) => s.graph.actors);
  return (id: string) => {
    const a = actors.find((x) => x.id === id);
    return a ? a.name[lang] || a.name.en || a.name.ar || id : id;
  };
}

export function MergePanel({ from }: { from: string }) {
  const { t } = useTranslation();
  const view = useViewApi();
  const lang = useView((s) => s.lang);
  const graph = useDoc((s) => s.graph);
  const act = useAct();
  const name = useName();
  const heading = useHeading();
  const [into, setInto] = useState<string | undefined>();
  const plan = into && into !== from ? planMerge(graph, into, from) : null;
  const aliases = plan ? [...plan.aliasesAdded.en, ...plan.aliasesAdded.ar] : [];
  return (
    <section className="fl-ed-form" aria-labelledby="fl-ed-merge-h" data-testid="merge-panel">
      <h3 id="fl-ed-merge-h" ref={heading} tabIndex={-1}>
        {t('editor.merge.heading', { name: name(from) })}
      </h3>
      <ActorPicker
        label={t('editor.merge.into')}
        actors={graph.actors.filter((a) => a.id !== from)}
        value={into}
        lang={lang}
        onChange={setInto}
        testId="merge-into"
      />
      {plan && (
        <div className="fl-ed-preview" data-testid="merge-preview" aria-live="polite">
          <p>{t('editor.merge.preview', { drop: name(from), keep: name(into!) })}</p>
          <ul>
            <li>{t('editor.merge.rewired', { count: plan.rewired.length })}</li>
            {plan.duplicates.length > 0 && (
              <li>{t('editor.merge.joined', { count: plan.duplicates.length })}</li>
            )}
            {plan.selfLoops.length > 0 && (
              <li>{t('editor.merge.selfLoops', { count: plan.selfLoops.length })}</li>
            )}
            {plan.speakerRewired > 0 && (
              <li>{t('editor.merge.speakers', { count: plan.speakerRewired })}</li>
            )}
            {aliases.length > 0 && (
              <li>
                {t('editor.merge.aliases')} <bdi>{aliases.join('، ')}</bdi>
              </li>
            )}
          </ul>
        </div>
      )}
      <div className="fl-ed-row fl-ed-form-actions">
        <button
          type="button"
          className="fl-button fl-ed-primary"
          disabled={!plan}
          data-testid="merge-confirm"
          onClick={() => {
            const done = act((s) => s.mergeActors(into!, from));
            if (done.ok) view.getState().close();
          }}
        >
          {t('editor.merge.confirm')}
        </button>
        <button type="button" className="fl-button" onClick={() => view.getState().close()}>
          {t('editor.form.cancel')}
        </button>
      </div>
    </section>
  );
}

export function DeletePanel({ actor }: { actor: string }) {
  const { t } = useTranslation();
  const view = useViewApi();
  const graph = useDoc((s) => s.graph);
  const act = useAct();
  const name = useName();
  const heading = useHeading();
  if (!graph.actors.some((a) => a.id === actor)) return null;
  const plan = planDeleteActor(graph, actor);
  return (
    <section className="fl-ed-form" aria-labelledby="fl-ed-del-h" data-testid="delete-panel">
      <h3 id="fl-ed-del-h" ref={heading} tabIndex={-1}>
        {t('editor.delete.heading', { name: name(actor) })}
      </h3>
      <ul data-testid="delete-preview">
        <li>{t('editor.delete.relations', { count: plan.relations.length })}</li>
        <li>{t('editor.delete.evidence', { count: plan.evidence })}</li>
        {plan.speakerKept > 0 && (
          <li>{t('editor.delete.speakers', { count: plan.speakerKept })}</li>
        )}
      </ul>
      <p className="fl-muted">{t('editor.delete.undo')}</p>
      <div className="fl-ed-row fl-ed-form-actions">
        <button
          type="button"
          className="fl-button fl-ed-danger"
          data-testid="delete-confirm"
          onClick={() => {
            const done = act((s) => s.deleteActor(actor));
            if (done.ok) view.getState().close();
          }}
        >
          {t('editor.delete.confirm')}
        </button>
        <button type="button" className="fl-button" onClick={() => view.getState().close()}>
          {t('editor.form.cancel')}
        </button>
      </div>
    </section>
  );
}

export function AliasPanel({ pick }: { pick: Pick }) {
  const { t } = useTranslation();
  const view = useViewApi();
  const lang = useView((s) => s.lang);
  const graph = useDoc((s) => s.graph);
  const act = useAct();
  const heading = useHeading();
  const [actor, setActor] = useState<string | undefined>();
  const language = graph.sources.find((s) => s.id === pick.source)?.language === 'en' ? 'en' : 'ar';
  return (
    <section className="fl-ed-form" aria-labelledby="fl-ed-alias-h" data-testid="alias-panel">
      <h3 id="fl-ed-alias-h" ref={heading} tabIndex={-1}>
        {t('editor.alias.heading')}
      </h3>
      <blockquote className="fl-ed-quote" dir="auto">
        {pick.text}
      </blockquote>
      <ActorPicker
        label={t('editor.alias.of')}
        actors={graph.actors}
        value={actor}
        lang={lang}
        onChange={setActor}
        testId="alias-of"
      />
      <div className="fl-ed-row fl-ed-form-actions">
        <button
          type="button"
          className="fl-button fl-ed-primary"
          disabled={!actor}
          onClick={() => {
            const done = act((s) => s.addAlias(actor!, language, pick.text));
            if (done.ok) view.getState().close();
          }}
        >
          {t('editor.alias.confirm')}
        </button>
        <button type="button" className="fl-button" onClick={() => view.getState().close()}>
          {t('editor.form.cancel')}
        </button>
      </div>
    </section>
  );
}
