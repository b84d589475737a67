import { useId, useMemo, type ReactNode } from 'react';
import { useTranslation } from '../i18n/react.tsx';
import { VOICES } from '../model/evidence.ts';
import { countByKind, countByTension, isFiltering, kindsInGraph } from '../model/filter.ts';
import { TENSION_LEVELS, tensionName } from '../model/vocabulary.ts';
import { useAppStore } from '../store/context.tsx';
import { selectVisibility } from '../store/store.ts';
import { LineSample } from './Samples.tsx';

export function FilterPanel() {
  const { t } = useTranslation();
  // One id per rendering: the page's first paint has an English and an Arabic copy of this.
  const headingId = useId();
  const graph = useAppStore((s) => s.graph);
  const filters = useAppStore((s) => s.filters);
  const visibility = useAppStore(selectVisibility);
  const toggleTension = useAppStore((s) => s.toggleTension);
  const toggleKind = useAppStore((s) => s.toggleKind);
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

  return (
    <section className="fl-filters" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('filters.heading')}</h2>
      <CheckGroup
        legend={t('filters.tension')}
        testId="tension-filter"
        items={TENSION_LEVELS.map((level) => ({
          key: `${level}`,
          label: t(`tension.${tensionName(level)}`),
          sample: <LineSample tension={level} />,
          checked: filters.tensions.includes(level),
          onChange: () => toggleTension(level),
          count: tensionCounts.get(level) ?? 0,
        }))}
      />
      <CheckGroup
        legend={t('filters.kinds')}
        testId="kind-filter"
        // Two columns fit labels with short counts; thousands need the whole width.
        className={
          Math.max(0, ...kindCounts.values()) >= 100 ? 'fl-checks-kinds-wide' : 'fl-checks-kinds'
        }
        items={kinds.map((kind) => ({
          key: kind,
          label: t(`kind.${kind}`),
          checked: filters.kinds.includes(kind),
          onChange: () => toggleKind(kind),
          count: kindCounts.get(kind) ?? 0,
        }))}
      />
      <CheckGroup
        legend={t('filters.voice')}
        testId="voice-filter"
        items={VOICES.map((voice) => ({
          key: voice,
          label: t(voice === 'article' ? 'filters.voiceArticle' : 'filters.voiceParty'),
          checked: filters.voices.includes(voice),
          onChange: () => toggleVoice(voice),
          count: voiceCounts.get(voice) ?? 0,
        }))}
      />
      <CheckGroup
        legend={t('filters.corroboration')}
        testId="corroboration-filter"
        items={[
          {
            key: 'single',
            label: t('filters.corroboratedOnly'),
            checked: filters.corroboratedOnly,
            onChange: () => setCorroboratedOnly(!filters.corroboratedOnly),
            count: singleClaims,
          },
        ]}
      />
      <p className="fl-filter-status" role="status" data-testid="filter-status">
        {t('filters.shown', { shown: visibility.relationIds.size, total: graph.relations.length })}
      </p>
      <ResetButton />
    </section>
  );
}

/** Its own component: a selection made or cleared re-renders this button, not every filter. */
function ResetButton() {
  const { t } = useTranslation();
  const selecting = useAppStore((s) => s.selection !== null);
  const graph = useAppStore((s) => s.graph);
  const filters = useAppStore((s) => s.filters);
  const filtering = useMemo(() => isFiltering(filters, graph), [filters, graph]);
  const resetView = useAppStore((s) => s.resetView);
  return (
    <button
      type="button"
      className="fl-button"
      onClick={resetView}
      disabled={!selecting && !filtering}
      title={t('filters.resetHint')}
    >
      {t('filters.reset')}
    </button>
  );
}

interface CheckItem {
  key: string;
  label: string;
  sample?: ReactNode;
  checked: boolean;
  onChange: () => void;
  /** How many relations the option concerns in the whole graph. */
  count: number;
}

/** A fieldset of checkboxes, each with an optional sample of its encoding and a count. */
function CheckGroup({
  legend,
  testId,
  className = '',
  items,
}: {
  legend: string;
  testId: string;
  className?: string;
  items: CheckItem[];
}) {
  return (
    <fieldset>
      <legend>{legend}</legend>
      <ul className={`fl-checks ${className}`.trim()} data-testid={testId}>
        {items.map((item) => (
          <li key={item.key}>
            <label>
              <input type="checkbox" checked={item.checked} onChange={item.onChange} />
              {item.sample}
              <span className="fl-check-label">{item.label}</span>
              <span className="fl-count">{item.count}</span>
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
