/**
 * What the editor's Publish asks of the publishing code and what it gets back: the one contract
 * between src/edit (the panel) and src/publish (the pages' writers and the zip, loaded when the
 * author publishes). The layers keep those two folders apart, so the contract lives here, on the
 * floor both stand on. Types only: nothing here runs.
 */
import type { Problem } from './validate.ts';

export interface PublishRequest {
  /** The graph file being edited (checked again when published: an invalid graph never is). */
  graph: unknown;
  /** Where the folder will be served (trailing slash), for the oEmbed files; optional. */
  publicUrl?: string | undefined;
  /** The root of the site the editor runs in: its `publish/manifest.json` names the kit. */
  siteRoot: string;
}

export type PublishOutcome =
  | {
      ok: true;
      /** The zip's bytes, and the name to save it under (it unpacks to a folder of that name). */
      zip: Uint8Array;
      fileName: string;
      folder: string;
      files: number;
      /** The iframe snippets to paste, one per language, and the folder's address if given. */
      snippets: { en: string; ar: string; url: string | null };
      /** Whether link cards get a PNG preview (else the SVG). */
      png: boolean;
    }
  | { ok: false; problems: Problem[] };

/** The folder's public address as the author typed it: normalised (trailing slash), or why not. */
export type PublicUrl = { ok: true; url: string | undefined } | { ok: false; reason: string };

/** The publishing code as the editor loads it (src/publish/editor-entry.ts). */
export interface Publisher {
  publishZip(request: PublishRequest): Promise<PublishOutcome>;
  parsePublicUrl(raw: string): PublicUrl;
}
