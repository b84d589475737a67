/** Bytes of a graph file → text: strict UTF-8, a BOM dropped, UTF-16 named rather than garbled. */
export type Decoded = { ok: true; text: string } | { ok: false; reason: 'utf16' | 'notUtf8' };

const decoder = new TextDecoder('utf-8', { fatal: true });

export function decodeUtf8(bytes: Uint8Array): Decoded {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
    return { ok: false, reason: 'utf16' };
  try {
    return { ok: true, text: decoder.decode(bytes).replace(/^\uFEFF/, '') };
  } catch {
    return { ok: false, reason: 'notUtf8' };
  }
}

export const DECODE_MESSAGES = {
  utf16: 'is UTF-16; save it as UTF-8',
  notUtf8: 'is not valid UTF-8',
} as const;
