/** Spreadsheet files as people have them: UTF-8 with or without BOM, Excel's UTF-16, workbooks. */
import { describe, expect, it } from 'vitest';
import { readSheetBytes } from './sheet-file.ts';

const utf16le = (s: string) => {
  const out = new Uint8Array(2 + s.length * 2);
  out.set([0xff, 0xfe]);
  for (let i = 0; i < s.length; i++) {
    out[2 + i * 2] = s.charCodeAt(i) & 0xff;
    out[3 + i * 2] = s.charCodeAt(i) >> 8;
  }
  return out;
};

describe('opening a sheet file', () => {
  it('reads UTF-8 (BOM dropped) and Excel’s UTF-16 “Unicode text”', () => {
    const sheet = 'المصدر\tالهدف\nروسيا\tطاجيكستان\n';
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(sheet)]);
    expect(readSheetBytes(bom)).toEqual({ ok: true, text: sheet });
    expect(readSheetBytes(utf16le(sheet))).toEqual({ ok: true, text: sheet });
  });

  it('refuses a workbook, a PDF and another encoding with the reason', () => {
    expect(readSheetBytes(new Uint8Array([0x50, 0x4b, 3, 4, 0]))).toEqual({
      ok: false,
      reason: 'workbook',
    });
    expect(readSheetBytes(new TextEncoder().encode('%PDF-1.7'))).toMatchObject({
      reason: 'binary',
    });
    // «روسيا» in Windows-1256, as an old Excel saves Arabic CSV.
    expect(readSheetBytes(new Uint8Array([0xd1, 0xe6, 0xd3, 0xed, 0xc7]))).toMatchObject({
      reason: 'notUtf8',
    });
    expect(readSheetBytes(new Uint8Array([0x61, 0, 0x62]))).toMatchObject({ reason: 'binary' });
  });
});
