import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { VOICES } from '../model/evidence.ts';
import { countByKind, countByTension, isFiltering, kindsInGraph } from '../model/filter.ts';
import { TENSION_LEVELS, tensionName } from '../model/vocabulary.ts';
import { useAppStore } from '../store/context.tsx';
import { selectVisibility } from '../store/store.ts';
import { LineSample } from './Samples.tsx';

export function FilterPanel() {
  const { t } = useTranslation();
  const graph = useAppStore((s) => s.graph);
  const filters = useAppStore((s) => s.filters);
  const selection = useAppStore((s) => s.selection);
  const visibility = useAppStore(selectVisibility);
  const toggleTension = useAppStore((s) => s.toggleTension);
  const toggleKind = useAppStore((s) => s.toggleKind);
  const resetView = useAppStore((s) => s.resetView);
  const toggleVoice = useAppStore((s) => s.toggleVoice);
  const setCorroboratedOnly = useAppStore((s) => s.setCorroboratedOnly);
  const { tensionCounts, kindCounts, kinds, voiceCounts, singleClaims } = useMemo(() => {
    const facts = [...graph.facts.values()];
    return {
      tensionCounts: countByTension(graph),
      kindCounts: countByKind(graph),
      kinds: kindsInGraph(graph),
      voiceCounts: new Map(VOICES.map((v) => [v, facts.filter((f) => f.voices.has(v)).length])),
      singleClaims: facts.filter((f) => f.singleClaim).length,
    };
  }, [graph]);
  const canReset = selection !== null || isFiltering(filters, graph);

  return (
    <section className="fl-filters" aria-labelledby="fl-filters-heading">
      <h2 id="fl-filters-heading">{t('filters.heading')}</h2>
      <fieldset>
        <legend>{t('filters.tension')}</legend>
        <ul className="fl-checks" data-testid="tension-filter">
          {TENSION_LEVELS.map((level) => (
            <li key={level}>
              <label>
                <input
                  type="checkbox"
                  checked={filters.tensions.includes(level)}
                  onChange={() => toggleTension(level)}
                />
                <LineSample tension={level} />
                <span className="fl-check-label">{t(`tension.${tensionName(level)}`)}</span>
                <span className="fl-count">{tensionCounts.get(level) ?? 0}</span>
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <fieldset>
        <legend>{t('filters.kinds')}</legend>
        <ul className="fl-checks fl-checks-kinds" data-testid="kind-filter">
          {kinds.map((kind) => (
            <li key={kind}>
              <label>
                <input
                  type="checkbox"
                  checked={filters.kinds.includes(kind)}
                  onChange={() => toggleKind(kind)}
                />
                <span className="fl-check-label">{t(`kind.${kind}`)}</span>
                <span className="fl-count">{kindCounts.get(kind) ?? 0}</span>
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <fieldset>
        <legend>{t('filters.voice')}</legend>
        <ul className="fl-checks" data-testid="voice-filter">
          {VOICES.map((voice) => (
            <li key={voice}>
              <label>
                <input
                  type="checkbox"
                  checked={filters.voices.includes(voice)}
                  onChange={() => toggleVoice(voice)}
                />
                <span className="fl-check-label">
                  {t(voice === 'article' ? 'filters.voiceArticle' : 'filters.voiceParty')}
                </span>
                <span className="fl-count">{voiceCounts.get(voice) ?? 0}</span>
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <fieldset>
        <legend>{t('filters.corroboration')}</legend>
        <ul className="fl-checks" data-testid="corroboration-filter">
          <li>
            <label>
              <input
                type="checkbox"
                checked={filters.corroboratedOnly}
                onChange={(e) => setCorroboratedOnly(e.target.checked)}
              />
              <span className="fl-check-label">{t('filters.corroboratedOnly')}</span>
              <span className="fl-count">{singleClaims}</span>
            </label>
          </li>
        </ul>
      </fieldset>
      <p className="fl-filter-status" role="status" data-testid="filter-status">
        {t('filters.shown', { shown: visibility.relationIds.size, total: graph.relations.length })}
      </p>
      <button
        type="button"
        className="fl-button"
        onClick={resetView}
        disabled={!canReset}
        title={t('filters.resetHint')}
      >
        {t('filters.reset')}
      </button>
    </section>
  );
}
