/**
 * The editor's first screen: start from an article, or open a graph file to extend (the shipped
 * one too), or reopen a draft kept in this browser.
 */
import { useState, type ReactNode } from 'react';
import { FilePickButton } from '../ui/FilePickButton.tsx';
import { useTranslation } from '../i18n/react.tsx';
import { problemText } from '../i18n/problems.ts';
import { decodeUtf8 } from '../model/decode.ts';
import type { GraphFile } from '../model/schema.ts';
import type { Problem } from '../model/validate.ts';
import { ArticleForm, type ArticleInput } from './StartPanel.tsx';

const MAX_GRAPH_MB = 10;

export function StartScreen({
  onArticle,
  onGraph,
  drafts,
}: {
  onArticle: (article: ArticleInput) => void;
  onGraph: (file: GraphFile, name: string) => void;
  drafts?: ReactNode;
}) {
  const { t } = useTranslation();
  const [failure, setFailure] = useState<{ file: string; problems: Problem[] } | null>(null);

  const openGraph = async (file: File) => {
    const fail = (problems: Problem[]) => setFailure({ file: file.name, problems });
    if (file.size > MAX_GRAPH_MB * 1024 * 1024)
      return fail([{ path: '', message: t('file.tooBig', { max: MAX_GRAPH_MB }) }]);
    const decoded = decodeUtf8(new Uint8Array(await file.arrayBuffer()));
    if (!decoded.ok) return fail([{ path: '', message: t(`file.${decoded.reason}`) }]);
    const { parseGraphJson } = await import('../model/parse.ts');
    const result = parseGraphJson(decoded.text);
    if (!result.ok) return fail(result.problems);
    setFailure(null);
    onGraph(result.graph.file, file.name);
  };

  const openShipped = async () => {
    const { default: shipped } = await import('virtual:faultlines-graph/crocus-2024');
    onGraph(shipped, shipped.title.en);
  };

  return (
    <main className="fl-ed-start" data-testid="start">
      <section className="fl-ed-card" aria-labelledby="fl-ed-start-h">
        <h2 id="fl-ed-start-h">{t('editor.start.heading')}</h2>
        <p className="fl-muted">{t('editor.start.intro')}</p>
        <ArticleForm onSubmit={onArticle} submitLabel={t('editor.start.submit')} />
      </section>
      <div className="fl-ed-start-side">
        {drafts}
        <section className="fl-ed-card" aria-labelledby="fl-ed-graph-h">
          <h2 id="fl-ed-graph-h">{t('editor.start.orGraph')}</h2>
          <div className="fl-ed-row">
            <FilePickButton
              label={t('editor.start.openGraph')}
              accept=".json,application/json"
              testId="graph-file"
              onFile={(file) => void openGraph(file)}
            />
            <button type="button" className="fl-button" onClick={() => void openShipped()}>
              {t('editor.start.shipped', { title: t('editor.start.shippedTitle') })}
            </button>
          </div>
          {failure && (
            <div role="alert" className="fl-ed-message" data-testid="graph-problems">
              <p>{t('editor.import.graphFailed', { file: failure.file })}</p>
              <ol className="fl-problems">
                {failure.problems.slice(0, 50).map((p, i) => (
                  <li key={i}>
                    <code dir="ltr">{p.path || t('problem.whole')}</code>{' '}
                    <span>{problemText(p, t)}</span>
                  </li>
                ))}
              </ol>
            </div>
          )}
        </section>
      </div>
    </main>
  );
}
