/**
 * What the editor's Publish loads on demand (edit-main.tsx imports this lazily): the pages'
 * writers, the zip, and the first paint of the pages rendered from the app's own components
 * (react-dom/server) — none of it in the editor's first load, nor in the reader's app or embed.
 */
import type { PublishRequest } from '../model/publishing.ts';
import { publishZip as publishWith } from '../publish/in-browser.ts';
import { FIRST_PAINT } from './first-paint-markup.tsx';

export { parsePublicUrl } from '../publish/public-url.ts';

export const publishZip = (request: PublishRequest) => publishWith(request, FIRST_PAINT);
