/**
 * npm run draft -- <article.txt> --lang ar|en [--graph existing.json] [--out draft.json]
 *                 [--published YYYY-MM-DD] [--title "…"]
 *
 * Reads an article and writes a graph file of *suggestions* (every relation carries
 * `suggestion`: unreviewed until a person accepts it in the editor). With --graph, the graph's
 * actors are recognised by their names and aliases and keep their ids. Prints to stdout unless
 * --out is given; a summary goes to stderr. Exit codes: 0 done, 1 bad input, 2 bad usage.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { DECODE_MESSAGES, decodeUtf8 } from '../src/model/decode.ts';
import { parseGraph } from '../src/model/parse.ts';
import type { GraphFile } from '../src/model/schema.ts';
import { formatProblem } from '../src/model/validate.ts';
import { draft, toGraphFile, type DraftLang } from '../src/draft/index.ts';
import { loadGraphFile } from './lib/graph-file.ts';

const USAGE =
  'usage: npm run draft -- <article.txt> --lang ar|en [--graph existing.json] [--out draft.json] [--published YYYY-MM-DD] [--title "…"]';

export class CliError extends Error {
  constructor(
    message: string,
    readonly code: 1 | 2,
  ) {
    super(message);
  }
}

interface Args {
  file: string;
  lang: DraftLang;
  graph?: string;
  out?: string;
  published?: string;
  title?: string;
}

export function parseArgs(argv: string[]): Args {
  const flags: Record<string, string> = {};
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--help' || a === '-h') throw new CliError(USAGE, 2);
    if (a.startsWith('--')) {
      const [name, inline] = a.slice(2).split('=', 2) as [string, string | undefined];
      if (!['lang', 'graph', 'out', 'published', 'title'].includes(name))
        throw new CliError(`unknown option --${name}\n${USAGE}`, 2);
      const value = inline ?? argv[++i];
      if (value === undefined || value.startsWith('--'))
        throw new CliError(`--${name} needs a value\n${USAGE}`, 2);
      flags[name] = value;
    } else positional.push(a);
  }
  if (positional.length !== 1) throw new CliError(`give exactly one article file\n${USAGE}`, 2);
  const lang = flags.lang;
  if (lang !== 'ar' && lang !== 'en')
    throw new CliError(`--lang must be "ar" or "en"${lang ? `, not "${lang}"` : ''}\n${USAGE}`, 2);
  if (flags.published !== undefined && !/^\d{4}-\d{2}-\d{2}$/u.test(flags.published))
    throw new CliError(`--published must be a date YYYY-MM-DD, not "${flags.published}"`, 2);
  return { file: positional[0]!, lang, ...flags } as Args;
}

/** The article's text, or a clear reason why it is not one. */
export async function readArticle(path: string): Promise<string> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    const code = (error as { code?: string }).code;
    const why =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'it is a folder'
          : String((error as Error).message);
    throw new CliError(`cannot read ${path}: ${why}`, 1);
  }
  const head = Buffer.from(bytes.subarray(0, 8)).toString('latin1');
  if (head.startsWith('%PDF'))
    throw new CliError(`${path} is a PDF; save the article as plain text (UTF-8) first`, 1);
  if (head.startsWith('PK\u0003\u0004'))
    throw new CliError(
      `${path} is a zip or Word/OpenDocument file; save the article as plain text (UTF-8) first`,
      1,
    );
  const decoded = decodeUtf8(bytes);
  if (!decoded.ok)
    throw new CliError(
      `${path} ${DECODE_MESSAGES[decoded.reason]}: an article must be plain UTF-8 text`,
      1,
    );
  // eslint-disable-next-line no-control-regex -- control characters mark a binary file.
  const controls = decoded.text.match(/[\u0000-\u0008\u000e-\u001f]/gu)?.length ?? 0;
  if (controls > 0 && controls > decoded.text.length / 1000)
    throw new CliError(`${path} looks like a binary file, not an article in plain text`, 1);
  if (decoded.text.trim() === '')
    throw new CliError(`${path} is empty: there is no article to read`, 1);
  return decoded.text;
}

async function readGraph(path: string): Promise<GraphFile> {
  const loaded = await loadGraphFile(path);
  const problems = [...loaded.problems];
  if (problems.length === 0) {
    const parsed = parseGraph(loaded.value);
    if (parsed.ok) return loaded.value as GraphFile;
    problems.push(...parsed.problems);
  }
  const list = problems
    .slice(0, 10)
    .map((p) => `  ${formatProblem(p)}`)
    .join('\n');
  throw new CliError(`--graph ${path} is not a valid graph file:\n${list}`, 1);
}

export async function run(
  argv: string[],
): Promise<{ json: string; summary: string; out?: string }> {
  const args = parseArgs(argv);
  const text = await readArticle(args.file);
  const graph = args.graph ? await readGraph(args.graph) : undefined;
  const d = draft(text, {
    lang: args.lang,
    ...(graph ? { graph } : {}),
    ...(args.published ? { published: args.published } : {}),
  });
  if (d.sentences.length === 0) throw new CliError(`${args.file} has no sentences to read`, 1);
  const sourceId =
    basename(args.file)
      .replace(/\.[^.]+$/u, '')
      .replace(/[^\p{L}\p{N}_-]+/gu, '-') || 'article';
  const file = toGraphFile(d, {
    text,
    lang: args.lang,
    sourceId,
    title: args.title ?? sourceId,
    ...(args.published ? { published: args.published } : {}),
    ...(graph ? { graph } : {}),
  });
  const reused = d.actors.filter((a) => a.existing).length;
  const summary =
    `${d.sentences.length} sentences, ${d.actors.length} actors (${reused} from the graph), ` +
    `${file.relations.length} suggested relations from ${d.suggestions.length} suggestions — all unreviewed`;
  if (args.out && resolve(args.out) === resolve(args.file))
    throw new CliError('--out must not be the article itself', 2);
  return {
    json: `${JSON.stringify(file, null, 2)}\n`,
    summary,
    ...(args.out ? { out: args.out } : {}),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    const result = await run(process.argv.slice(2));
    if (result.out) {
      await writeFile(result.out, result.json);
      console.error(`${result.summary}\nwrote ${result.out}`);
    } else {
      process.stdout.write(result.json);
      console.error(result.summary);
    }
  } catch (error) {
    if (error instanceof CliError) {
      console.error(`draft: ${error.message}`);
      process.exitCode = error.code;
    } else throw error;
  }
}
