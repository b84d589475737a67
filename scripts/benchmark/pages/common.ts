/**
 * Shared by the comparison pages: load the same graph file the app is given, and report when the
 * picture is drawn and how long filter changes and selections take, the way the runner reads them
 * from every subject (window.__bench).
 */
import type { Core } from 'cytoscape';

export interface BenchFile {
  actors: { id: string; name: { en: string }; position?: { x: number; y: number } }[];
  relations: { id: string; source: string; target: string; tension: number }[];
}

export const TENSION_COLOURS: Record<string, string> = {
  '-2': '#1f5aa6',
  '-1': '#3d7cbd',
  '0': '#6b6b6b',
  '1': '#b85c00',
  '2': '#c1272d',
};

export interface BenchHooks {
  /** Hides (or shows again) the relations of one tension level. */
  setHidden(tension: number, hidden: boolean): void;
  /** Marks an actor selected, as a click on it does. */
  select(id: string): void;
  /** Page coordinates of an actor. */
  pointOf(id: string): { x: number; y: number } | null;
}

declare global {
  interface Window {
    __bench?: BenchHooks & { readyAt?: number; selectedId?: string };
  }
}

export async function loadFile(): Promise<BenchFile> {
  const url = new URLSearchParams(location.search).get('graph') ?? '';
  return (await fetch(url)).json() as Promise<BenchFile>;
}

/** Two frames after `then`: the frame that shows a change has been painted. */
export function afterPaint(then: () => void) {
  requestAnimationFrame(() => requestAnimationFrame(then));
}

/**
 * The hooks of a Cytoscape page: `hidden` is the class that hides an edge, `selected` the one a
 * click adds to an actor; what they look like is the page's own stylesheet.
 */
export function cytoscapeHooks(
  cy: Core,
  container: HTMLElement,
  hidden: string,
): NonNullable<Window['__bench']> {
  cy.on('tap', 'node', (event) => window.__bench?.select(event.target.id()));
  return {
    setHidden(tension, off) {
      cy.batch(() =>
        cy
          .edges()
          .forEach((e) => void (e.data('tension') === tension && e.toggleClass(hidden, off))),
      );
    },
    select(id) {
      cy.batch(() => {
        cy.nodes('.selected').removeClass('selected');
        cy.getElementById(id).addClass('selected');
      });
      window.__bench!.selectedId = id;
    },
    pointOf(id) {
      const p = cy.getElementById(id).renderedPosition();
      const box = container.getBoundingClientRect();
      return { x: box.left + p.x, y: box.top + p.y };
    },
  };
}
