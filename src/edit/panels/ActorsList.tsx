/**
 * The draft's actors — each with its relations counted, to edit, merge or delete — and the actors
 * the text mentions that the draft lacks yet, each added with one action.
 */
import { useMemo } from 'react';
import { useTranslation } from '../../i18n/react.tsx';
import { useView, useViewApi } from '../context.tsx';
import { useAct, useDoc } from '../doc-hooks.tsx';
import { useReading } from '../reading.ts';

export function ActorsList() {
  const { t } = useTranslation();
  const view = useViewApi();
  const lang = useView((s) => s.lang);
  const graph = useDoc((s) => s.graph);
  const sourceId = useView((s) => s.source);
  const act = useAct();
  const source = graph.sources.find((s) => s.id === sourceId) ?? graph.sources[0];
  const reading = useReading(source, graph);
  const proposed = useMemo(() => {
    const have = new Set(graph.actors.map((a) => a.id));
    const mentioned = new Set(reading?.mentions.map((m) => m.actor));
    return (reading?.actors ?? []).filter((a) => !have.has(a.id) && mentioned.has(a.id));
  }, [reading, graph.actors]);
  const counts = useMemo(() => {
    const n = new Map<string, number>();
    for (const r of graph.relations) {
      if (r.suggestion) continue;
      n.set(r.source, (n.get(r.source) ?? 0) + 1);
      n.set(r.target, (n.get(r.target) ?? 0) + 1);
    }
    return n;
  }, [graph.relations]);
  const other = lang === 'en' ? 'ar' : 'en';
  return (
    <section aria-labelledby="fl-ed-actors-h" data-testid="actors">
      <div className="fl-ed-row fl-ed-panel-top">
        <h2 id="fl-ed-actors-h" className="fl-ed-panel-h">
          {t('editor.actor.heading', { count: graph.actors.length })}
        </h2>
        <button
          type="button"
          className="fl-button"
          data-testid="add-actor"
          onClick={() => view.getState().open({ type: 'actor' })}
        >
          {t('editor.actor.new')}
        </button>
      </div>
      <ul className="fl-ed-list" data-testid="actor-list">
        {graph.actors.map((a) => (
          <li key={a.id} data-testid="actor-row" data-actor={a.id}>
            <button
              type="button"
              className="fl-ed-link"
              onClick={() => {
                view.getState().selectActor(a.id);
                view.getState().open({ type: 'actor', actor: a.id });
              }}
            >
              <bdi>{a.name[lang] || a.name[other] || a.id}</bdi>
              {a.name[other] && a.name[lang] && (
                <span className="fl-muted">
                  {' '}
                  · <bdi lang={other}>{a.name[other]}</bdi>
                </span>
              )}
            </button>{' '}
            <span className="fl-muted">
              {t(`actorKind.${a.kind}`)} ·{' '}
              {t('editor.actor.relations', { count: counts.get(a.id) ?? 0 })}
            </span>
          </li>
        ))}
      </ul>
      {proposed.length > 0 && (
        <>
          <h3 className="fl-ed-subhead">{t('editor.actor.mentioned')}</h3>
          <ul className="fl-ed-list" data-testid="proposed-actors">
            {proposed.map((a) => (
              <li key={a.id}>
                <button
                  type="button"
                  className="fl-button"
                  data-testid="add-proposed"
                  onClick={() =>
                    act((s) =>
                      s.addActor({
                        id: a.id,
                        kind: a.kind,
                        name: a.name,
                        ...(a.aliases ? { aliases: a.aliases } : {}),
                        ...(a.wikidata ? { wikidata: a.wikidata } : {}),
                      }),
                    )
                  }
                >
                  {t('editor.actor.addMentioned', { name: a.name[lang] || a.name.en })}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
