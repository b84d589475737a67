/** Writing untrusted text into HTML: every page the build or the editor's Publish writes. */
const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
export const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

/**
 * A JSON data block (`<script type="application/json">`): not executed, so the CSP's script-src
 * does not apply, and the page carries its graph with no fetch (a sandboxed iframe cannot fetch
 * without CORS). `<` is escaped so no text in the data can close the element or open a comment.
 */
export function jsonScript(id: string, value: unknown): string {
  const json = JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
  return `<script type="application/json" id="${escapeHtml(id)}">${json}</script>`;
}
