/** What the editor's Publish loads on demand (src/app/edit-main.tsx imports this lazily). */
export { publishZip } from './in-browser.ts';
export { parsePublicUrl } from './public-url.ts';
