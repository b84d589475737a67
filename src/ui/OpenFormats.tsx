/**
 * "More formats" in the download bar: the visible data as GEXF and GraphML (Gephi), Cytoscape.js
 * JSON, and Flourish-style points and links sheets (a zip). The converters load when first asked
 * for, so they add nothing to the reader's first load; the embed has no download bar at all.
 */
import { useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from '../i18n/react.tsx';
import { exportFileName, visibleGraphFile } from '../model/export.ts';
import { OPEN_FORMATS, type OpenFormat } from '../model/formats/ids.ts';
import { useAppStoreApi } from '../store/context.tsx';
import { selectVisibility } from '../store/store.ts';

export function OpenFormats({ save }: { save: (blob: Blob, name: string) => void }) {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  const details = useRef<HTMLDetailsElement>(null);
  const [busy, setBusy] = useState<OpenFormat | null>(null);
  const [failed, setFailed] = useState(false);

  const run = async (format: OpenFormat) => {
    const state = store.getState();
    setBusy(format);
    setFailed(false);
    try {
      const { openFormatFile } = await import('../model/formats/exports.ts');
      const file = visibleGraphFile(state.graph, selectVisibility(state));
      const out = openFormatFile(format, file, state.lang);
      const data = typeof out.data === 'string' ? out.data : new Uint8Array(out.data);
      save(new Blob([data], { type: out.mime }), exportFileName(state.graph, out.ext));
    } catch {
      setFailed(true);
    } finally {
      setBusy(null);
    }
  };

  // A menu closes with Escape and gives the focus back to its button.
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !details.current?.open) return;
    event.stopPropagation();
    details.current.open = false;
    details.current.querySelector('summary')?.focus();
  };

  return (
    <details ref={details} className="fl-export-more" onKeyDown={onKeyDown}>
      <summary className="fl-link-button" data-testid="export-more">
        {t('export.more')}
      </summary>
      <ul className="fl-export-menu">
        {OPEN_FORMATS.map((format) => (
          <li key={format}>
            <button
              type="button"
              className="fl-link-button"
              onClick={() => void run(format)}
              aria-busy={busy === format}
              aria-describedby={`fl-export-${format}-for`}
              data-testid={`export-${format}`}
            >
              {t(`export.${format}`)}
            </button>{' '}
            <span className="fl-muted" id={`fl-export-${format}-for`}>
              {t(`export.${format}For`)}
            </span>
          </li>
        ))}
      </ul>
      {failed && <span role="alert">{t('export.failed')}</span>}
    </details>
  );
}
