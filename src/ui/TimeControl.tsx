import { useEffect, useId, useMemo, useState } from 'react';
import { useTranslation } from '../i18n/react.tsx';
import { timeline } from '../model/time.ts';
import { useAppStore } from '../store/context.tsx';
import { formatPartialDate } from '../i18n/dates.ts';

const STEP_MS = 1400;

/**
 * Shows the graph as of a date the text mentions, or for all dates; can play forward through the
 * events. The stops are the dates the evidence gives, so the control never invents a date.
 */
export function TimeControl() {
  const { t } = useTranslation();
  // One id per rendering: the page's first paint has an English and an Arabic copy of this.
  const headingId = useId();
  const graph = useAppStore((s) => s.graph);
  const lang = useAppStore((s) => s.lang);
  const asOf = useAppStore((s) => s.filters.asOf);
  const setAsOf = useAppStore((s) => s.setAsOf);
  const stops = useMemo(() => timeline(graph.relations, graph.eventDates), [graph]);
  const undated = useMemo(
    () => [...graph.facts.values()].filter((f) => f.start === undefined).length,
    [graph],
  );
  const [playing, setPlaying] = useState(false);

  // The slider's last position is "all dates"; a date from the URL that is not a stop still shows.
  const index =
    asOf === null
      ? stops.length
      : Math.max(
          0,
          stops.findIndex((d) => d >= asOf),
        );
  const atIndex = (i: number) => (i >= stops.length ? null : (stops[i] ?? null));

  useEffect(() => {
    if (!playing) return;
    const timer = setTimeout(() => {
      const next = index + 1;
      setAsOf(atIndex(next));
      if (next >= stops.length) setPlaying(false);
    }, STEP_MS);
    return () => clearTimeout(timer);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- re-arm on each step
  }, [playing, index]);

  if (stops.length === 0) return null;
  const label =
    asOf === null ? t('time.all') : t('time.asOf', { date: formatPartialDate(asOf, lang) });
  const play = () => {
    if (playing) return setPlaying(false);
    if (asOf === null) setAsOf(stops[0] ?? null);
    setPlaying(true);
  };

  return (
    <section className="fl-time" aria-labelledby={headingId} data-testid="time-control">
      <h2 id={headingId} className="fl-time-heading">
        {t('time.heading')}
      </h2>
      <button type="button" className="fl-button fl-play" onClick={play} aria-pressed={playing}>
        {playing ? t('time.pause') : t('time.play')}
      </button>
      <label className="fl-time-slider">
        <span className="fl-sr-only">{t('time.slider')}</span>
        <input
          type="range"
          min={0}
          max={stops.length}
          step={1}
          value={index}
          aria-valuetext={label}
          onChange={(e) => {
            setPlaying(false);
            setAsOf(atIndex(Number(e.target.value)));
          }}
        />
      </label>
      <output className="fl-time-label" data-testid="time-label">
        {label}
      </output>
      {undated > 0 && (
        <p className="fl-muted fl-time-note">{t('time.undatedNote', { count: undated })}</p>
      )}
    </section>
  );
}
