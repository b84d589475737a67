/**
 * A file opened as an article: plain text or HTML, in UTF-8. Anything else — a PDF, a word
 * processor's file, an image, text in another encoding — is refused with the reason, never shown
 * as garbage.
 */
import { decodeUtf8 } from '../../model/decode.ts';
import { LIMITS } from '../../model/schema.ts';
import { htmlToText, looksLikeHtml } from './html-text.ts';

export type ArticleRead =
  | { ok: true; text: string; fromHtml: boolean; title?: string }
  | { ok: false; reason: ArticleRefusal; params?: Record<string, string> };

export type ArticleRefusal =
  'pdf' | 'binary' | 'utf16' | 'notUtf8' | 'tooBig' | 'tooLong' | 'empty';

/** Bytes read from a file before refusing it for size: a source text is at most 2 M characters. */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;

const SIGNATURES: [number[], ArticleRefusal][] = [
  [[0x25, 0x50, 0x44, 0x46], 'pdf'], // %PDF
  [[0x50, 0x4b, 0x03, 0x04], 'binary'], // zip: .docx, .odt, .epub
  [[0xd0, 0xcf, 0x11, 0xe0], 'binary'], // old .doc
  [[0x89, 0x50, 0x4e, 0x47], 'binary'], // PNG
  [[0xff, 0xd8, 0xff], 'binary'], // JPEG
  [[0x47, 0x49, 0x46, 0x38], 'binary'], // GIF
  [[0x7b, 0x5c, 0x72, 0x74, 0x66], 'binary'], // {\rtf
];

export function readArticleBytes(bytes: Uint8Array, name = ''): ArticleRead {
  if (bytes.length > MAX_FILE_BYTES)
    return { ok: false, reason: 'tooBig', params: { max: String(MAX_FILE_BYTES / 1024 / 1024) } };
  for (const [signature, reason] of SIGNATURES)
    if (signature.every((b, i) => bytes[i] === b)) return { ok: false, reason };
  const decoded = decodeUtf8(bytes);
  if (!decoded.ok) return { ok: false, reason: decoded.reason };
  // Text files have no NUL; binary formats are full of them.
  if (decoded.text.slice(0, 8192).includes('\u0000')) return { ok: false, reason: 'binary' };
  return readArticleText(decoded.text, /\.x?html?$/i.test(name));
}

/** Pasted or decoded text → the article's text (HTML reduced), or why it cannot be one. */
export function readArticleText(raw: string, html = false): ArticleRead {
  const fromHtml = html || looksLikeHtml(raw);
  const title = fromHtml ? htmlTitle(raw) : undefined;
  const text = (fromHtml ? htmlToText(raw) : raw).replace(/\r\n?/g, '\n').replace(/^\uFEFF/, '');
  if (text.trim() === '') return { ok: false, reason: 'empty' };
  if (text.length > LIMITS.sourceTextLength)
    return {
      ok: false,
      reason: 'tooLong',
      params: { length: String(text.length), max: String(LIMITS.sourceTextLength) },
    };
  return { ok: true, text, fromHtml, ...(title ? { title } : {}) };
}

function htmlTitle(html: string): string | undefined {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const title = (doc.querySelector('h1')?.textContent ?? doc.title ?? '').replace(/\s+/g, ' ');
  return title.trim() || undefined;
}
