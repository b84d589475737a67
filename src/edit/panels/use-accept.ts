/** Accepting a suggestion as it stands: its summary filled with the default where empty. */
import { useCallback, useMemo } from 'react';
import { useTranslation } from '../../i18n/react.tsx';
import { useAct, useDocApi } from '../doc-hooks.tsx';
import { defaultSummary, filledSummary } from '../summary.ts';

export function useSummaryTranslators() {
  const { i18n } = useTranslation();
  // The same object from render to render: what is made with it (accept) stays the same too.
  return useMemo(() => ({ en: i18n.getFixedT('en'), ar: i18n.getFixedT('ar') }), [i18n]);
}

export function useAccept() {
  const store = useDocApi();
  const act = useAct();
  const translators = useSummaryTranslators();
  return useCallback(
    (id: string) => {
      const { graph } = store.getState();
      const r = graph.relations.find((x) => x.id === id);
      if (!r) return;
      const find = (a: string) => graph.actors.find((x) => x.id === a);
      const summary = filledSummary(
        r.summary,
        defaultSummary(translators, find(r.source), find(r.target), r.kind, r.directed),
      );
      return act((s) => s.acceptSuggestion(id, { summary }));
    },
    [store, act, translators],
  );
}
