/** Zoom, fit and re-layout as buttons, so nothing needs a wheel, a pinch or a drag. */
import { useTranslation } from '../i18n/react.tsx';
import { useAppStore } from '../store/context.tsx';

/** What the toolbar needs of the canvas (the engine has it). */
export interface ViewControls {
  zoomBy(factor: number): void;
  fit(): void;
  relayout(): void;
}

/** Zoom in, zoom out and fit: the reader's toolbar and the editor's canvas both show them. */
export function ZoomButtons({ canvas }: { canvas: Pick<ViewControls, 'zoomBy' | 'fit'> }) {
  const { t } = useTranslation();
  return (
    <>
      <button
        type="button"
        className="fl-tool"
        onClick={() => canvas.zoomBy(1.25)}
        aria-label={t('canvas.zoomIn')}
        title={t('canvas.zoomIn')}
      >
        +
      </button>
      <button
        type="button"
        className="fl-tool"
        onClick={() => canvas.zoomBy(0.8)}
        aria-label={t('canvas.zoomOut')}
        title={t('canvas.zoomOut')}
      >
        −
      </button>
      <button type="button" className="fl-tool fl-tool-wide" onClick={() => canvas.fit()}>
        {t('canvas.fit')}
      </button>
    </>
  );
}

export function CanvasToolbar({ canvas }: { canvas: ViewControls }) {
  const { t } = useTranslation();
  const focus = useAppStore((s) => s.focus);
  const clearFocus = useAppStore((s) => s.clearFocus);
  return (
    <div className="fl-toolbar" role="toolbar" aria-label={t('canvas.toolbar')}>
      {focus && (
        <button
          type="button"
          className="fl-tool fl-tool-wide"
          onClick={clearFocus}
          data-testid="leave-focus"
        >
          {t('focus.leave')}
        </button>
      )}
      <ZoomButtons canvas={canvas} />
      <button type="button" className="fl-tool fl-tool-wide" onClick={() => canvas.relayout()}>
        {t('canvas.relayout')}
      </button>
    </div>
  );
}
