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
import { formatProblem } from '../src/model/validate.ts';
import { publishFolder, type PublishKit, type PublishManifest } from '../src/publish/folder.ts';
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
    console.log(`no build in ${dist}: building it first`);
    await build({
      configFile: resolve(ROOT, 'vite.config.ts'),
      root: ROOT,
      build: { outDir: dist },
    });
  }
  const site = publicUrl({
    FAULTLINES_PUBLIC_URL: values['public-url'] ?? process.env.FAULTLINES_PUBLIC_URL,
  });
  const pngs = await renderPreviewPngs([prepared.prepared], createLogger());
  const result = publishFolder(loaded.value, await kitFrom(dist), {
    publicUrl: site,
    png: pngs.get(prepared.prepared.id),
  });
  if (!result.ok) return 1; // checked above; kept for the types
  const out = resolve(values.out);
  if (values.zip) {
    const file = out.endsWith('.zip') ? out : `${out}.zip`;
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, zipFiles(result.files, prepared.prepared.id));
    console.log(`✓ ${file}: ${Object.keys(result.files).length} files`);
  } else {
    for (const [name, content] of Object.entries(result.files)) {
      await mkdir(dirname(resolve(out, name)), { recursive: true });
      await writeFile(resolve(out, name), content);
    }
    console.log(`✓ ${out}: ${Object.keys(result.files).length} files`);
  }
  if (!site)
    console.log('  (no --public-url: no oEmbed files; embed-code.txt has a placeholder address)');
  console.log(
    `  upload the folder, then paste the code in ${values.zip ? 'embed-code.txt' : resolve(out, 'embed-code.txt')}`,
  );
  return 0;
}

process.exitCode = await main();
