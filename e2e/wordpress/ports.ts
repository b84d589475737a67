// The WordPress test's servers (playwright.wordpress.config.ts), past the main suite's three
// ports (e2e/ports.ts) so both can run side by side: the graph's site, then WordPress.
import { APP_PORT } from '../ports.ts';

export const SITE_PORT = APP_PORT + 3;
export const WORDPRESS_PORT = APP_PORT + 4;
/** The built folder as a newsroom uploads it: a subfolder of a plain static host. */
export const SITE_PATH = '/graphics/2024/crocus/';
export const SITE = `http://127.0.0.1:${SITE_PORT}${SITE_PATH}`;
