/**
 * The editor's Publish, in the browser: the same folder `npm run publish` writes (folder.ts), from
 * the built templates and files of the site the editor is served from, as one zip. Loaded only when
 * the author publishes (a dynamic import from the editor's entry: src/app/publish-entry.ts), so the
 * editor's first paint does not carry the pages' writers, react-dom/server, the zip library or the
 * kit's download.
 */
import { strFromU8 } from 'fflate';
import { svgToPng } from '../ui/picture.ts';
import type { PublishOutcome, PublishRequest } from '../model/publishing.ts';
import { embedSnippets, loadPublishKit, publishFolder, type PublishKit } from './folder.ts';
import type { FirstPaint } from './pages.ts';
import { prepareGraph } from './prepare.ts';
import { previewSvg } from './preview.ts';
import { zipFiles } from './zip.ts';

/** The kit is the same for every publish from this page: fetched once. */
let kit: Promise<PublishKit> | null = null;

/** The link-card picture as a PNG, drawn with the kit's own inlined font (the SVG cannot fetch). */
async function previewPng(svg: string, assets: PublishKit['assets']): Promise<Uint8Array | null> {
  const fonts = Object.entries(assets)
    .filter(([path]) => /^assets\/embed\/fonts-[\w-]+\.css$/.test(path))
    .map(([, bytes]) => strFromU8(bytes))
    .join('\n');
  try {
    const withFonts = svg.replace(/(<svg[^>]*>)/, `$1<style>${fonts}</style>`);
    const blob = await svgToPng(withFonts, 1);
    return new Uint8Array(await blob.arrayBuffer());
  } catch {
    return null; // the pages then name the SVG preview, as a build without Chromium does
  }
}

/** `firstPaint`: the pages' first paint, rendered by the app's components (the caller's layer). */
export async function publishZip(
  request: PublishRequest,
  firstPaint: FirstPaint,
): Promise<PublishOutcome> {
  const prepared = prepareGraph(request.graph);
  if (!prepared.ok) return prepared;
  kit ??= loadPublishKit(request.siteRoot).catch((error: unknown) => {
    kit = null; // a failed download is tried again next time
    throw error;
  });
  const loaded = await kit;
  const png = await previewPng(previewSvg(prepared.prepared), loaded.assets);
  const result = publishFolder(request.graph, loaded, {
    firstPaint,
    publicUrl: request.publicUrl,
    png: png ?? undefined,
  });
  if (!result.ok) return result;
  const folder = prepared.prepared.id;
  return {
    ok: true,
    zip: zipFiles(result.files, folder),
    fileName: `${folder}.zip`,
    folder,
    files: Object.keys(result.files).length,
    snippets: embedSnippets(prepared.prepared, { dir: '', publicUrl: request.publicUrl }),
    png: png !== null,
  };
}
