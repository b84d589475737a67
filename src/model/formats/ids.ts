/** The open formats a graph downloads as (exports.ts), named without loading any of them. */
export const OPEN_FORMATS = ['gexf', 'graphml', 'cyjs', 'flourish'] as const;
export type OpenFormat = (typeof OPEN_FORMATS)[number];
