/**
 * Your own data: open a graph file with the picker or by dropping it on the app. It passes the
 * same validator as everything else; a bad file lists its problems by path, in the interface
 * language, and the graph on screen stays.
 */
import { createContext, useContext, useEffect, useRef, useState, type ReactNode } from 'react';
import { FilePickButton } from './FilePickButton.tsx';
import { useTranslation } from '../i18n/react.tsx';
import { loadParser, loadProblem, MAX_GRAPH_BYTES, MAX_GRAPH_MB } from '../model/load-problems.ts';
import type { Problem } from '../model/validate.ts';
import { useAppStore } from '../store/context.tsx';
import { DataText } from './DataText.tsx';
import { ProblemList } from './ProblemList.tsx';

interface Failure {
  file: string;
  problems: Problem[];
}

function useOpenGraphFile() {
  const setGraph = useAppStore((s) => s.setGraph);
  const [failure, setFailure] = useState<Failure | null>(null);
  const open = async (file: File) => {
    const fail = (problems: Problem[]) => setFailure({ file: file.name, problems });
    if (file.size > MAX_GRAPH_BYTES) return fail([loadProblem('tooBig', { max: MAX_GRAPH_MB })]);
    // The validator loads on demand; offline (or after a new deployment) it may not come: say so.
    const parser = await loadParser();
    if (!parser) return fail([loadProblem('codeUnavailable')]);
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(await file.arrayBuffer());
    } catch {
      return fail([loadProblem('unreadable', { detail: file.name })]);
    }
    // The same decoding and checks as a `graph=` download (parse.ts).
    const result = await parser.parseGraphBytes(bytes);
    if (!result.ok) return fail(result.problems);
    setFailure(null);
    // A local file has no address: the view's link no longer names another graph.
    const url = new URL(window.location.href);
    url.searchParams.delete('graph');
    window.history.replaceState(null, '', url);
    setGraph(result.graph, [{ key: 'file.loaded', params: { file: file.name } }]);
  };
  return { open, failure, dismiss: () => setFailure(null) };
}

const OpenContext = createContext<(file: File) => Promise<void>>(async () => {});

/** The drop target around the app; OpenFileButton inside it uses the same loader. */
export function GraphFileDrop({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const { open, failure, dismiss } = useOpenGraphFile();
  const [dragging, setDragging] = useState(false);
  return (
    <OpenContext.Provider value={open}>
      <div
        className="fl-drop"
        data-dragging={dragging}
        onDragOver={(e) => {
          if (!e.dataTransfer.types.includes('Files')) return;
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={(e) => {
          if (e.currentTarget === e.target) setDragging(false);
        }}
        onDrop={(e) => {
          const file = e.dataTransfer.files[0];
          if (!file) return;
          e.preventDefault();
          setDragging(false);
          void open(file);
        }}
      >
        {children}
        {dragging && (
          <div className="fl-drop-hint" aria-hidden="true">
            {t('file.drop')}
          </div>
        )}
        {failure && <ProblemsDialog failure={failure} onClose={dismiss} />}
      </div>
    </OpenContext.Provider>
  );
}

export function OpenFileButton() {
  const { t } = useTranslation();
  const open = useContext(OpenContext);
  return (
    <div className="fl-open-file">
      <FilePickButton
        label={t('file.open')}
        accept=".json,application/json"
        testId="file-input"
        onFile={(file) => void open(file)}
      />
    </div>
  );
}

function ProblemsDialog({ failure, onClose }: { failure: Failure; onClose: () => void }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);
  return (
    <dialog
      ref={ref}
      className="fl-dialog"
      onClose={onClose}
      aria-labelledby="fl-problems-heading"
      data-testid="problems-dialog"
    >
      <h2 id="fl-problems-heading">
        <DataText k="problem.heading" data={{ file: failure.file }} />
      </h2>
      <p>{t('problem.count', { count: failure.problems.length })}</p>
      <ProblemList problems={failure.problems} max={200} />
      <form method="dialog">
        <button type="submit" className="fl-button" autoFocus>
          {t('problem.close')}
        </button>
      </form>
    </dialog>
  );
}
