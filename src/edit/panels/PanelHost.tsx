/**
 * Where the open form lives (beside the article, above the lists). Opening one moves focus into
 * it — to the field a validation problem named, when that is why it opened — and closing it
 * (Escape, Cancel, done) gives focus back to where it was.
 */
import { useEffect, useLayoutEffect, useRef } from 'react';
import { useTranslation } from '../../i18n/react.tsx';
import { useView, useViewApi } from '../context.tsx';
import { ActorForm } from './ActorForm.tsx';
import { AliasPanel, DeletePanel, MergePanel } from './ActorChanges.tsx';
import { DrawnRelationPanel, EditRelationPanel, NewRelationPanel } from './RelationPanels.tsx';
import { GraphPanel } from './GraphPanel.tsx';
import { SourcePanel } from './SourcePanel.tsx';
import { ExportPanel } from './ExportPanel.tsx';
import { SheetImportPanel } from '../import/SheetImportPanel.tsx';
import { PublishPanel } from './PublishPanel.tsx';

export function PanelHost() {
  const { t } = useTranslation();
  const view = useViewApi();
  const panel = useView((s) => s.panel);
  const goTo = useView((s) => s.goTo);
  const box = useRef<HTMLDivElement>(null);
  const returnTo = useRef<HTMLElement | null>(null);
  const open = panel.type !== 'none';

  useLayoutEffect(() => {
    if (open && !returnTo.current) returnTo.current = document.activeElement as HTMLElement | null;
  }, [open]);
  useEffect(() => {
    if (open) return;
    const back = returnTo.current;
    returnTo.current = null;
    if (back?.isConnected) back.focus();
  }, [open]);
  // A problem's field: focused once the form has drawn (after the form's own heading focus).
  useEffect(() => {
    if (!goTo || !open) return;
    const id = requestAnimationFrame(() => {
      const field = box.current?.querySelector<HTMLElement>(`[data-field="${CSS.escape(goTo)}"]`);
      field?.focus();
      field?.scrollIntoView({ block: 'nearest' });
      view.getState().goToProblem(null);
    });
    return () => cancelAnimationFrame(id);
  }, [goTo, open, panel, view]);

  if (!open) return null;
  return (
    <div
      ref={box}
      className="fl-ed-panel"
      role="region"
      aria-label={t('editor.panel')}
      data-testid="panel"
      onKeyDown={(e) => {
        if (e.key === 'Escape' && !e.defaultPrevented) {
          e.preventDefault();
          view.getState().close();
        }
      }}
    >
      {panel.type === 'relation' && (
        <NewRelationPanel
          key={`${panel.pick.start}-${panel.pick.end}`}
          pick={panel.pick}
          {...(panel.relation !== undefined ? { relation: panel.relation } : {})}
        />
      )}
      {panel.type === 'drawn' && (
        <DrawnRelationPanel
          key={JSON.stringify([panel.source, panel.target])}
          source={panel.source}
          target={panel.target}
        />
      )}
      {panel.type === 'review' && (
        <EditRelationPanel key={panel.relation} relationId={panel.relation} review />
      )}
      {panel.type === 'edit-relation' && (
        <EditRelationPanel
          key={`${panel.relation}-${panel.evidence ?? 0}`}
          relationId={panel.relation}
          review={false}
          evidenceIndex={panel.evidence ?? 0}
        />
      )}
      {panel.type === 'actor' && (
        <ActorForm
          key={panel.actor ?? panel.name ?? ''}
          {...(panel.actor ? { actorId: panel.actor } : {})}
          {...(panel.name ? { name: panel.name } : {})}
          {...(panel.language ? { language: panel.language } : {})}
        />
      )}
      {panel.type === 'alias' && <AliasPanel pick={panel.pick} />}
      {panel.type === 'merge' && <MergePanel key={panel.from} from={panel.from} />}
      {panel.type === 'delete-actor' && <DeletePanel actor={panel.actor} />}
      {panel.type === 'graph' && <GraphPanel {...(panel.source ? { source: panel.source } : {})} />}
      {panel.type === 'source' && <SourcePanel />}
      {panel.type === 'sheets' && <SheetImportPanel />}
      {panel.type === 'export' && <ExportPanel />}
      {panel.type === 'publish' && <PublishPanel />}
    </div>
  );
}
