import { useId } from 'react';
import { useTranslation } from '../i18n/react.tsx';
import { ACTOR_KINDS, TENSION_LEVELS, tensionName } from '../model/vocabulary.ts';
import { useAppStore } from '../store/context.tsx';
import { LineSample, ShapeSample } from './Samples.tsx';
import { CORROBORATION_STEPS, corroborationWidth } from '../look/lines.ts';

/** Explains shapes (actor kind), colour + line (tension) and arrows; lists only kinds in use. */
export function Legend() {
  const { t } = useTranslation();
  // One id per rendering: the page's first paint has an English and an Arabic copy of this.
  const headingId = useId();
  const graph = useAppStore((s) => s.graph);
  const kinds = ACTOR_KINDS.filter((k) => graph.actors.some((a) => a.kind === k));
  return (
    <section className="fl-legend" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('legend.heading')}</h2>
      <h3>{t('legend.actors')}</h3>
      <ul className="fl-legend-list" data-testid="legend-actors">
        {kinds.map((k) => (
          <li key={k}>
            <ShapeSample kind={k} />
            <span>{t(`actorKind.${k}`)}</span>
          </li>
        ))}
      </ul>
      <h3>{t('legend.tension')}</h3>
      <ul className="fl-legend-list" data-testid="legend-tension">
        {TENSION_LEVELS.map((level) => (
          <li key={level}>
            <LineSample tension={level} />
            <span>
              <span className="fl-level-number" dir="ltr">
                {level > 0 ? `+${level}` : level}
              </span>{' '}
              {t(`tension.${tensionName(level)}`)}
            </span>
          </li>
        ))}
      </ul>
      <ul className="fl-legend-list fl-legend-notes" data-testid="legend-notes">
        <li>
          <LineSample tension={1} directed />
          <span>{t('legend.directed')}</span>
        </li>
        <li>
          <LineSample tension={1} contested width={2} />
          <span>{t('legend.contested')}</span>
        </li>
        <li className="fl-legend-weights">
          <span className="fl-weight-samples">
            {CORROBORATION_STEPS.map((n) => (
              <LineSample key={n} tension={-2} width={corroborationWidth(n)} />
            ))}
          </span>
          <span>{t('legend.weight')}</span>
        </li>
        <li>
          <span className="fl-halo-sample" aria-hidden="true" />
          <span>{t('legend.selected')}</span>
        </li>
        <li>
          <span className="fl-dim-sample" aria-hidden="true" />
          <span>{t('legend.dimmed')}</span>
        </li>
      </ul>
    </section>
  );
}
