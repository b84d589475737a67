/** The reviewed relations: each opens in the form; its quotes are listed under it, each removable. */
import { useTranslation } from '../../i18n/react.tsx';
import { useView, useViewApi } from '../context.tsx';
import { useAct, useDoc } from '../doc-hooks.tsx';
import { QuoteList } from './QuoteList.tsx';

export function RelationsList() {
  const { t } = useTranslation();
  const view = useViewApi();
  const lang = useView((s) => s.lang);
  const selected = useView((s) => s.selectedRelation);
  const graph = useDoc((s) => s.graph);
  const act = useAct();
  const name = (id: string) => {
    const a = graph.actors.find((x) => x.id === id);
    return a ? a.name[lang] || a.name.en || a.name.ar : id;
  };
  const relations = graph.relations.filter((r) => !r.suggestion);
  return (
    <section aria-labelledby="fl-ed-rel-h" data-testid="relations">
      <h2 id="fl-ed-rel-h" className="fl-ed-panel-h">
        {t('editor.relation.heading', { count: relations.length })}
      </h2>
      {relations.length === 0 && <p className="fl-muted">{t('editor.relation.none')}</p>}
      <ul className="fl-ed-list">
        {relations.map((r) => (
          <li key={r.id} data-testid="relation-row" data-selected={selected === r.id || undefined}>
            <button
              type="button"
              className="fl-ed-link"
              onClick={() => {
                view.getState().selectRelation(r.id);
                view.getState().open({ type: 'edit-relation', relation: r.id });
              }}
            >
              <bdi>{name(r.source)}</bdi> {r.directed ? t('editor.arrow') : '–'}{' '}
              <bdi>{name(r.target)}</bdi> · {t(`kind.${r.kind}`)}
            </button>{' '}
            <span className="fl-muted">
              {t('editor.relation.quotes', { count: r.evidence.length })}
            </span>{' '}
            <button
              type="button"
              className="fl-button fl-ed-small"
              onClick={() => act((s) => s.reverseRelation(r.id))}
            >
              {t('editor.form.reverse')}
            </button>{' '}
            <button
              type="button"
              className="fl-button fl-ed-small fl-ed-danger"
              onClick={() => act((s) => s.deleteRelation(r.id))}
            >
              {t('editor.relation.delete')}
            </button>
            <QuoteList relation={r} />
          </li>
        ))}
      </ul>
    </section>
  );
}
