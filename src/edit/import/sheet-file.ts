/**
 * A spreadsheet file opened for import: CSV or TSV text in UTF-8 — or UTF-16, which is what
 * Excel's "Unicode text" export writes. A workbook (.xlsx, .ods, .xls), a PDF or text in another
 * encoding is refused with what to do instead, never read as garbage.
 */
import { MAX_SHEET_CHARS } from '../../model/formats/sheet-read.ts';

export type SheetFileRead =
  { ok: true; text: string } | { ok: false; reason: 'workbook' | 'binary' | 'notUtf8' | 'tooBig' };

const WORKBOOK: number[][] = [
  [0x50, 0x4b, 0x03, 0x04], // zip: .xlsx, .ods, .numbers
  [0xd0, 0xcf, 0x11, 0xe0], // old .xls
];
const BINARY: number[][] = [
  [0x25, 0x50, 0x44, 0x46], // %PDF
  [0x89, 0x50, 0x4e, 0x47], // PNG
  [0xff, 0xd8, 0xff], // JPEG
];

/** 10 MB: the sheet reader's own limit, checked on the bytes before anything is decoded. */
export const MAX_SHEET_BYTES = MAX_SHEET_CHARS;

export function readSheetBytes(bytes: Uint8Array): SheetFileRead {
  if (bytes.length > MAX_SHEET_BYTES) return { ok: false, reason: 'tooBig' };
  const starts = (sig: number[]) => sig.every((b, i) => bytes[i] === b);
  if (WORKBOOK.some(starts)) return { ok: false, reason: 'workbook' };
  if (BINARY.some(starts)) return { ok: false, reason: 'binary' };
  const utf16 =
    bytes[0] === 0xff && bytes[1] === 0xfe
      ? 'utf-16le'
      : bytes[0] === 0xfe && bytes[1] === 0xff
        ? 'utf-16be'
        : undefined;
  try {
    const text = new TextDecoder(utf16 ?? 'utf-8', { fatal: true }).decode(bytes);
    // Text has no NUL; binary formats are full of them (the sheet reader says so too).
    if (text.slice(0, 8192).includes('\u0000')) return { ok: false, reason: 'binary' };
    return { ok: true, text: text.replace(/^\uFEFF/, '') };
  } catch {
    return { ok: false, reason: 'notUtf8' };
  }
}
