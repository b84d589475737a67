/**
 * The address a published folder will be served from (FAULTLINES_PUBLIC_URL, `--public-url`, the
 * editor's Publish field): an absolute http(s) address, given a trailing slash so that the
 * folder's files resolve inside it. The oEmbed files and link cards need it; nothing else does.
 */
import type { PublicUrl } from '../model/publishing.ts';

export type { PublicUrl };

export function parsePublicUrl(raw: string | undefined): PublicUrl {
  const text = raw?.trim();
  if (!text) return { ok: true, url: undefined };
  let url: URL;
  try {
    url = new URL(text.endsWith('/') ? text : `${text}/`);
  } catch {
    return { ok: false, reason: `not an address: ${text}` };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    return { ok: false, reason: `must be an http(s) address, not ${text}` };
  // A query or fragment would be cut off by every relative address resolved against it.
  url.search = '';
  url.hash = '';
  return { ok: true, url: url.toString() };
}
