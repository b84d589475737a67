import type { Core, EdgeSingular } from 'cytoscape';

/**
 * A read-only window into the canvas for end-to-end tests: where to click (page coordinates of
 * an actor or the middle of a relation's line) and what the canvas shows for an element. Tests
 * click with the real mouse and read the DOM panels; this only locates pixels a user would see.
 */
export interface FaultlinesTestHook {
  pointOf(id: string): { x: number; y: number } | null;
  classesOf(id: string): string[];
  /** The text the canvas draws on an element after its stylesheet is applied ('' for none). */
  drawnLabelOf(id: string): string;
  visibleEdgeCount(): number;
  /** How large the canvas draws: its stylesheet's sizes (a label's 17 px) times this. */
  zoom(): number;
  /** The ids of the actors and of the relations drawn (visible), in the canvas's order. */
  drawnIds(): { actors: string[]; relations: string[] };
  /**
   * Style properties as Cytoscape resolves them for an element (colours as `rgb(…)`, sizes in
   * px): what it draws, whatever class or rule got it there.
   */
  styleOf(id: string, properties: string[]): Record<string, string>;
}

declare global {
  interface Window {
    __faultlines?: FaultlinesTestHook;
  }
}

export function installTestHook(cy: Core, container: HTMLElement): () => void {
  const hook: FaultlinesTestHook = {
    pointOf(id) {
      const el = cy.getElementById(id);
      if (el.empty()) return null;
      const p = el.isNode() ? el.renderedPosition() : (el as EdgeSingular).renderedMidpoint();
      const box = container.getBoundingClientRect();
      return { x: box.left + p.x, y: box.top + p.y };
    },
    classesOf(id) {
      const el = cy.getElementById(id);
      return el.empty() ? [] : el.classes();
    },
    drawnLabelOf(id) {
      const el = cy.getElementById(id);
      return el.empty() ? '' : String(el.style('label') ?? '');
    },
    styleOf(id, properties) {
      const el = cy.getElementById(id);
      const out: Record<string, string> = {};
      if (!el.empty()) for (const p of properties) out[p] = String(el.style(p));
      return out;
    },
    visibleEdgeCount() {
      return cy.edges().filter((e) => e.visible()).length;
    },
    zoom: () => cy.zoom(),
    drawnIds() {
      return {
        actors: cy
          .nodes()
          .filter((n) => n.visible())
          .map((n) => n.id()),
        relations: cy
          .edges()
          .filter((e) => e.visible())
          .map((e) => e.id()),
      };
    },
  };
  window.__faultlines = hook;
  return () => {
    if (window.__faultlines === hook) delete window.__faultlines;
  };
}
