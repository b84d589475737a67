/**
 * The relations as a real table: the screen-reader and keyboard route through the data. In step
 * with the filters (only visible relations) and the selection (the selected rows are marked);
 * choosing a row selects its relation and hands focus to the evidence.
 */
import { memo, useCallback, useMemo, useState } from 'react';
import { useTranslation } from '../i18n/react.tsx';
import type { Relation } from '../model/schema.ts';
import { tensionName, type Language, type RelationKind } from '../model/vocabulary.ts';
import { actorName, factsOf, type Graph } from '../model/graph.ts';
import { useAppStore } from '../store/context.tsx';
import { selectedRelationIds } from '../store/store.ts';
import { useViewAfterPaint } from './progressive.ts';
import { LineSample } from './Samples.tsx';

type Column = 'source' | 'kind' | 'target' | 'tension' | 'evidence';
const COLUMNS: Column[] = ['source', 'kind', 'target', 'tension', 'evidence'];
const PAGE = 200;

function sortValue(
  r: Relation,
  column: Column,
  graph: Graph,
  lang: Language,
  kindLabel: (k: RelationKind) => string,
) {
  switch (column) {
    case 'source':
      return actorName(graph, r.source, lang);
    case 'target':
      return actorName(graph, r.target, lang);
    case 'kind':
      return kindLabel(r.kind);
    case 'tension':
      return r.tension;
    case 'evidence':
      return factsOf(graph, r.id).corroboration.sentences;
  }
}

export function RelationsTable() {
  const { t } = useTranslation();
  const graph = useAppStore((s) => s.graph);
  const lang = useAppStore((s) => s.lang);
  // Like the article, the table follows the graph a frame later.
  const { selection, visibility } = useViewAfterPaint();
  const selectRelation = useAppStore((s) => s.selectRelation);
  const openEvidence = useAppStore((s) => s.openEvidence);
  const [sort, setSort] = useState<{ column: Column; ascending: boolean } | null>(null);
  // A large graph's table grows by pages: thousands of rows would cost every filter change.
  const [limit, setLimit] = useState(PAGE);
  const selected = new Set(selectedRelationIds(selection));

  const rows = useMemo(() => {
    const visible = graph.relations.filter((r) => visibility.relationIds.has(r.id));
    if (!sort) return visible;
    const collator = new Intl.Collator(lang);
    const kindLabel = (k: RelationKind) => t(`kind.${k}`);
    return [...visible].sort((a, b) => {
      const x = sortValue(a, sort.column, graph, lang, kindLabel);
      const y = sortValue(b, sort.column, graph, lang, kindLabel);
      const order =
        typeof x === 'number' && typeof y === 'number'
          ? x - y
          : collator.compare(String(x), String(y));
      return sort.ascending ? order : -order;
    });
  }, [graph, visibility, sort, lang, t]);

  const choose = useCallback(
    (id: string) => {
      selectRelation(id);
      openEvidence();
    },
    [selectRelation, openEvidence],
  );
  return (
    <div className="fl-table-wrap">
      <table className="fl-table" data-testid="relations-table">
        <caption className="fl-sr-only">{t('table.caption', { count: rows.length })}</caption>
        <thead>
          <tr>
            {COLUMNS.map((column) => {
              const active = sort?.column === column;
              return (
                <th
                  key={column}
                  scope="col"
                  aria-sort={active ? (sort.ascending ? 'ascending' : 'descending') : 'none'}
                >
                  <button
                    type="button"
                    onClick={() =>
                      setSort(
                        active
                          ? { column, ascending: !sort.ascending }
                          : { column, ascending: true },
                      )
                    }
                  >
                    {t(`table.${column}`)}
                    <span aria-hidden="true" className="fl-sort">
                      {active ? (sort.ascending ? '▲' : '▼') : '↕'}
                    </span>
                  </button>
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {rows.slice(0, limit).map((r) => (
            <TableRow
              key={r.id}
              relation={r}
              graph={graph}
              lang={lang}
              current={selected.has(r.id)}
              onChoose={choose}
            />
          ))}
        </tbody>
      </table>
      {rows.length > limit && (
        <p className="fl-table-more">
          {t('table.showing', { shown: limit, total: rows.length })}{' '}
          <button type="button" className="fl-button" onClick={() => setLimit(limit + PAGE)}>
            {t('table.more')}
          </button>
        </p>
      )}
    </div>
  );
}

/** One relation's row. Memoised: a selection re-renders the rows it marks or unmarks, no others. */
const TableRow = memo(function TableRow({
  relation: r,
  graph,
  lang,
  current,
  onChoose,
}: {
  relation: Relation;
  graph: Graph;
  lang: Language;
  current: boolean;
  onChoose: (id: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <tr data-relation-id={r.id} aria-current={current ? 'true' : undefined}>
      <td>
        <bdi>{actorName(graph, r.source, lang)}</bdi>
      </td>
      <td>
        <button type="button" className="fl-link-button" onClick={() => onChoose(r.id)}>
          {t(`kind.${r.kind}`)}
          {r.directed && <span aria-hidden="true"> {t('evidence.arrow')}</span>}
        </button>
      </td>
      <td>
        <bdi>{actorName(graph, r.target, lang)}</bdi>
      </td>
      <td>
        <span className="fl-table-tension">
          <LineSample tension={r.tension} contested={graph.facts.get(r.id)?.contested} width={2} />
          {t(`tension.${tensionName(r.tension)}`)}
        </span>
      </td>
      <td className="fl-num">{factsOf(graph, r.id).corroboration.sentences}</td>
    </tr>
  );
});
