/**
 * Shared by the comparison pages: load the same graph file the app is given, and report when the
 * picture is drawn and how long filter changes and selections take, the way the runner reads them
 * from every subject (window.__bench).
 */
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

/** The graph file every subject draws: `?graph=`. */
export function graphUrl(): string {
  return new URLSearchParams(location.search).get('graph') ?? '';
}

export async function loadFile(): Promise<BenchFile> {
  return (await fetch(graphUrl())).json() as Promise<BenchFile>;
}

/** Two frames after `then`: the frame that shows a change has been painted. */
export function afterPaint(then: () => void) {
  requestAnimationFrame(() => requestAnimationFrame(then));
}
