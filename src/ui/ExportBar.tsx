/** Downloads of the current view: PNG and SVG pictures, the visible data as a graph file and CSV. */
import { useState } from 'react';
import { formatPartialDate } from '../i18n/dates.ts';
import { useTranslation } from '../i18n/react.tsx';
import type { Scene, SceneText } from '../look/scene.ts';
import { evidenceCsv, exportFileName, visibleGraphFile } from '../model/export.ts';
import { ACTOR_KINDS, TENSION_LEVELS, isRtl, tensionName } from '../model/vocabulary.ts';
import { useAppStoreApi } from '../store/context.tsx';
import { selectVisibility } from '../store/store.ts';
import { OpenFormats } from './OpenFormats.tsx';
import { download, pictureSvg, svgToPng } from './picture.ts';

type Format = 'png' | 'svg' | 'json' | 'csv';

/** What the download bar needs of the canvas: the scene it shows (the engine has it). */
export interface SceneSource {
  scene(): Scene;
}

export function ExportBar({ canvas }: { canvas: SceneSource }) {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  const [busy, setBusy] = useState<Format | null>(null);
  const [failed, setFailed] = useState(false);

  const sceneText = (): SceneText => {
    const { graph, lang } = store.getState();
    const source = graph.file.sources[0];
    const outlet = source?.outlet ?? source?.title[lang] ?? '';
    const credit = source?.published
      ? t('footer.source', { outlet, date: formatPartialDate(source.published, lang) })
      : t('footer.sourceUndated', { outlet });
    return {
      title: graph.file.title[lang],
      subtitle: graph.file.description?.[lang],
      sourceLine: `${credit} · ${t('export.madeWith')}`,
      dir: isRtl(lang) ? 'rtl' : 'ltr',
      lang,
      legend: {
        actorKinds: ACTOR_KINDS.filter((k) => graph.actors.some((a) => a.kind === k)).map(
          (kind) => ({
            kind,
            label: t(`actorKind.${kind}`),
          }),
        ),
        tensions: TENSION_LEVELS.map((tension) => ({
          tension,
          label: t(`tension.${tensionName(tension)}`),
        })),
        notes: [t('legend.directed'), t('legend.contested'), t('legend.weight')],
      },
    };
  };

  const run = async (format: Format) => {
    const state = store.getState();
    const visibility = selectVisibility(state);
    setBusy(format);
    setFailed(false);
    try {
      const name = (ext: string) => exportFileName(state.graph, ext);
      if (format === 'json') {
        const file = JSON.stringify(visibleGraphFile(state.graph, visibility), null, 2);
        download(new Blob([file], { type: 'application/json' }), name('json'));
      } else if (format === 'csv') {
        const csv = evidenceCsv(state.graph, visibility, state.lang);
        download(new Blob([csv], { type: 'text/csv;charset=utf-8' }), name('csv'));
      } else {
        const svg = await pictureSvg(canvas.scene(), sceneText());
        if (format === 'svg') download(new Blob([svg], { type: 'image/svg+xml' }), name('svg'));
        else download(await svgToPng(svg), name('png'));
      }
    } catch {
      setFailed(true);
    } finally {
      setBusy(null);
    }
  };

  return (
    <div className="fl-export" role="group" aria-label={t('export.label')}>
      <span className="fl-muted">{t('export.label')}:</span>
      {(['png', 'svg', 'json', 'csv'] as const).map((format) => (
        <button
          key={format}
          type="button"
          className="fl-link-button"
          onClick={() => void run(format)}
          aria-busy={busy === format}
          data-testid={`export-${format}`}
        >
          {t(`export.${format}`)}
        </button>
      ))}
      <OpenFormats save={download} />
      {failed && <span role="alert">{t('export.failed')}</span>}
    </div>
  );
}
