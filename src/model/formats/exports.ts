/**
 * The open formats as downloads: one entry point, loaded on demand (a dynamic import from the
 * download bar), so graphology, its GEXF writer and the zip code cost the reader's first load
 * and the embed nothing.
 */
import type { GraphFile } from '../schema.ts';
import type { Language } from '../vocabulary.ts';
import { toCytoscapeJson } from './cytoscape-json.ts';
import { toFlourishZip } from './flourish.ts';
import { toGexf } from './gexf.ts';
import { toGraphml } from './graphml.ts';
import type { OpenFormat } from './ids.ts';

export interface OpenFormatFile {
  readonly data: string | Uint8Array;
  readonly mime: string;
  /** File extension: what Gephi, Cytoscape desktop and unzip tools look for. */
  readonly ext: string;
}

export function openFormatFile(
  format: OpenFormat,
  file: GraphFile,
  lang: Language,
): OpenFormatFile {
  switch (format) {
    case 'gexf':
      return { data: toGexf(file, lang), mime: 'application/gexf+xml', ext: 'gexf' };
    case 'graphml':
      return { data: toGraphml(file, lang), mime: 'application/graphml+xml', ext: 'graphml' };
    case 'cyjs':
      return {
        data: JSON.stringify(toCytoscapeJson(file, lang), null, 2),
        mime: 'application/json',
        ext: 'cyjs',
      };
    case 'flourish':
      return { data: toFlourishZip(file, lang), mime: 'application/zip', ext: 'zip' };
  }
}
