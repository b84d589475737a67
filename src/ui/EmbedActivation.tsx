/**
 * In an embed the graph ignores wheel, pinch and drag until the reader clicks, taps or focuses
 * it, so scrolling through the article is never captured; a short hint says how to start.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from '../i18n/react.tsx';

/** What activation needs of the canvas (the engine has it). */
export interface Activatable {
  readonly container: HTMLElement;
  setGestures(on: boolean): void;
  on(name: 'tap', handler: () => void): () => void;
}

export function EmbedActivation({ canvas }: { canvas: Activatable }) {
  const { t } = useTranslation();
  const [active, setActive] = useState(false);
  const [hint, setHint] = useState(false);
  const coarse =
    typeof window.matchMedia === 'function' && window.matchMedia('(pointer: coarse)').matches;
  useEffect(() => {
    if (active) {
      canvas.setGestures(true);
      return;
    }
    const { container } = canvas;
    const activate = () => setActive(true);
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onWheel = () => {
      setHint(true);
      clearTimeout(timer);
      timer = setTimeout(() => setHint(false), 1800);
    };
    const offTap = canvas.on('tap', activate);
    container.addEventListener('focus', activate);
    container.addEventListener('wheel', onWheel, { passive: true });
    return () => {
      clearTimeout(timer);
      offTap();
      container.removeEventListener('focus', activate);
      container.removeEventListener('wheel', onWheel);
    };
  }, [canvas, active]);
  if (active) return null;
  return (
    <>
      {/* On touch screens a shield lets the finger scroll the page until the reader taps. */}
      {coarse && (
        <button
          type="button"
          className="fl-shield"
          onClick={() => setActive(true)}
          data-testid="embed-shield"
        >
          <span>{t('embed.tapToExplore')}</span>
        </button>
      )}
      <p className="fl-zoom-hint" data-visible={hint} role="status" data-testid="zoom-hint">
        {hint ? t('embed.clickToZoom') : ''}
      </p>
    </>
  );
}
