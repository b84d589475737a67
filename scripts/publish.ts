/**
 * `npm run publish -- graph.json --out folder [--zip] [--public-url https://…/]`: one graph's
 * ready-to-upload folder (or zip), made by the same code as the editor's Publish
 * (src/publish/folder.ts) from this checkout's build (built first if dist/ has none).
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { build, createLogger } from 'vite';
import { FIRST_PAINT } from '../src/app/first-paint-markup.tsx';
import { formatProblem } from '../src/model/validate.ts';
import {
  embedSnippets,
  publishFolder,
  type Files,
  type PublishKit,
  type PublishManifest,
} from '../src/publish/folder.ts';
import { prepareGraph } from '../src/publish/prepare.ts';
import { zipFiles } from '../src/publish/zip.ts';
import { ROOT } from './build/graphs.ts';
import { publicUrl } from './build/pages.ts';
import { renderPreviewPngs } from './build/preview-png.ts';
import { loadGraphFile } from './lib/graph-file.ts';

const USAGE =
  'usage: npm run publish -- <graph.json> --out <folder> [--zip] [--public-url <https://…/>] [--dist <dir>]';

async function kitFrom(dist: string): Promise<PublishKit> {
  const manifest = JSON.parse(
    await readFile(resolve(dist, 'publish/manifest.json'), 'utf8'),
  ) as PublishManifest;
  const templates: Record<string, string> = {};
  for (const [name, path] of Object.entries(manifest.templates))
    templates[name] = await readFile(resolve(dist, path), 'utf8');
  const assets: Record<string, Uint8Array> = {};
  for (const path of manifest.assets) assets[path] = await readFile(resolve(dist, path));
  return { templates, assets };
}

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      out: { type: 'string' },
      zip: { type: 'boolean', default: false },
      'public-url': { type: 'string' },
      dist: { type: 'string', default: resolve(ROOT, 'dist') },
    },
  });
  const [input] = positionals;
  if (!input || !values.out) {
    console.error(USAGE);
    return 2;
  }
  const loaded = await loadGraphFile(resolve(input));
  const prepared = loaded.problems.length > 0 ? null : prepareGraph(loaded.value);
  if (!prepared?.ok) {
    const problems = prepared?.problems ?? loaded.problems;
    console.error(
      `✗ ${input}: ${problems.length} problem(s)\n  ${problems.map(formatProblem).join('\n  ')}`,
    );
    return 1;
  }
  const dist = resolve(values.dist);
  if (!existsSync(resolve(dist, 'publish/manifest.json'))) {
    console.log(`no build in ${dist}: building it first (a minute or two)…`);
    // Vite's and the build's own lines are for the build's authors: only warnings here.
    await build({
      configFile: resolve(ROOT, 'vite.config.ts'),
      root: ROOT,
      logLevel: 'warn',
      build: { outDir: dist },
    });
  }
  const site = publicUrl({
    FAULTLINES_PUBLIC_URL: values['public-url'] ?? process.env.FAULTLINES_PUBLIC_URL,
  });
  const pngs = await renderPreviewPngs([prepared.prepared], createLogger('warn'));
  const result = publishFolder(loaded.value, await kitFrom(dist), {
    firstPaint: FIRST_PAINT,
    publicUrl: site,
    png: pngs.get(prepared.prepared.id),
  });
  if (!result.ok) return 1; // checked above; kept for the types
  const out = resolve(values.out);
  let where: string;
  if (values.zip) {
    where = out.endsWith('.zip') ? out : `${out}.zip`;
    await mkdir(dirname(where), { recursive: true });
    await writeFile(where, zipFiles(result.files, prepared.prepared.id));
  } else {
    where = out;
    for (const [name, content] of Object.entries(result.files)) {
      await mkdir(dirname(resolve(out, name)), { recursive: true });
      await writeFile(resolve(out, name), content);
    }
  }
  console.log(summary(result.files, where, values.zip ? `${prepared.prepared.id}/` : ''));
  const snippets = embedSnippets(prepared.prepared, { dir: '', publicUrl: site });
  console.log(
    snippets.url
      ? `\nUpload the folder's contents to ${snippets.url}`
      : '\nUpload the folder anywhere (no --public-url: no oEmbed files, and the code below has a\n' +
          "placeholder address, https://YOUR-SITE/PATH/, to replace with the folder's).",
  );
  console.log(`Then paste into your article (Arabic: embed-code.txt):\n\n${snippets.en}\n`);
  if (snippets.url)
    console.log(`WordPress and other oEmbed sites: paste ${snippets.url} on a line of its own.`);
  return 0;
}

/** What was written, in a few lines: the pages and the graph's files by name, the rest counted. */
function summary(files: Files, where: string, inside: string): string {
  const names = Object.keys(files);
  const bytes = Object.values(files).reduce(
    (sum, f) => sum + (typeof f === 'string' ? Buffer.byteLength(f) : f.length),
    0,
  );
  const top = names.filter((n) => !n.includes('/')).sort();
  const dirs = new Map<string, number>();
  for (const n of names)
    if (n.includes('/')) dirs.set(n.split('/')[0]!, (dirs.get(n.split('/')[0]!) ?? 0) + 1);
  const size = bytes > 1e6 ? `${(bytes / 1e6).toFixed(1)} MB` : `${Math.round(bytes / 1e3)} KB`;
  return [
    `✓ ${where}: ${names.length} files, ${size}${inside ? ` (it unpacks to ${inside})` : ''}`,
    `  pages      ${top.filter((n) => n.endsWith('.html')).join(', ')}`,
    `  files      ${top.filter((n) => !n.endsWith('.html')).join(', ')}`,
    `  folders    ${[...dirs].map(([d, n]) => `${d}/ (${n})`).join(', ')}`,
  ].join('\n');
}

process.exitCode = await main();
