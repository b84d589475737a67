/**
 * The page's own parameters, read in one place (GUIDE §4): `embed=1`, an embed's `id`, `theme`
 * and `compact`, the full app's `graph=<url>`, and the test build's `playground`. The view's
 * parameters (lang, tension, relation …) are the store's (store/url.ts). Tiny on purpose: the
 * embed's first script reads it.
 */
export type ThemeChoice = 'light' | 'dark' | 'auto';

export interface PageParams {
  readonly embed: boolean;
  /** Names this embed in its height messages; unsafe characters are dropped. */
  readonly id: string;
  readonly theme: ThemeChoice;
  /** The compact layout (WordPress clamps an iframe to 200–1000 px). */
  readonly compact: boolean;
  /** Another graph file to show: the full app's only (an embed shows the graph it was built with). */
  readonly graph: string | null;
  /** Test builds only: a page of its own for the engine in edit mode. */
  readonly playground: string | null;
}

/**
 * The parameters a link from an embed to the full app leaves out. Never `graph=`: whoever wrote
 * the embed's address must not make "Explore" open another file under this site's name.
 */
export const EMBED_ONLY_PARAMS = ['embed', 'id', 'theme', 'compact', 'graph'] as const;

const DEFAULT_ID = 'faultlines';

export function readPageParams(search: string): PageParams {
  const params = new URLSearchParams(search);
  const embed = params.get('embed') === '1';
  const theme = params.get('theme');
  return {
    embed,
    id: (params.get('id') ?? DEFAULT_ID).replace(/[^\w-]/g, '').slice(0, 64) || DEFAULT_ID,
    theme: theme === 'dark' || theme === 'auto' ? theme : 'light',
    compact: params.get('compact') === '1',
    graph: embed ? null : params.get('graph'),
    playground: params.get('playground'),
  };
}
