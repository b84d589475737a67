/**
 * Reading graph files from disk (validator CLI and build): strict UTF-8, and `textFile` sources
 * inlined as `text`, resolved relative to the graph file.
 */
import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { DECODE_MESSAGES, decodeUtf8 } from '../../src/model/decode.ts';
import type { Problem } from '../../src/model/validate.ts';

export interface LoadedFile {
  value: unknown;
  problems: Problem[];
  /** Text files the graph drew on, for watch mode. */
  dependencies: string[];
}

async function readUtf8(path: string): Promise<string> {
  const decoded = decodeUtf8(await readFile(path));
  if (!decoded.ok) throw new Error(DECODE_MESSAGES[decoded.reason]);
  return decoded.text;
}

export async function loadGraphFile(path: string): Promise<LoadedFile> {
  const problems: Problem[] = [];
  const dependencies: string[] = [];
  let text: string;
  try {
    text = await readUtf8(path);
  } catch (error) {
    return {
      value: undefined,
      problems: [{ path: '', message: `file ${reason(error)}` }],
      dependencies,
    };
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return {
      value: undefined,
      problems: [{ path: '', message: `not valid JSON: ${reason(error)}` }],
      dependencies,
    };
  }
  const sources = (value as { sources?: unknown } | null)?.sources;
  if (Array.isArray(sources)) {
    for (const [i, source] of sources.entries()) {
      const file = (source as { textFile?: unknown } | null)?.textFile;
      if (typeof file !== 'string' || typeof (source as { text?: unknown }).text === 'string')
        continue;
      const full = resolve(dirname(path), file);
      dependencies.push(full);
      try {
        (source as { text?: string }).text = await readUtf8(full);
      } catch (error) {
        problems.push({
          path: `sources[${i}].textFile`,
          message: `cannot read ${JSON.stringify(file)}: ${reason(error)}`,
        });
      }
    }
  }
  return { value, problems, dependencies };
}

function reason(error: unknown): string {
  if (error instanceof Error)
    return 'code' in error && error.code === 'ENOENT' ? 'no such file' : error.message;
  return String(error);
}
