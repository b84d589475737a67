// The ports the e2e suite serves on. Two checkouts can run their suites side by side by setting
// FL_PORT (the app's preview server; the host pages' server takes the next port, and the nested
// static site the one after).
export const APP_PORT = Number(process.env.FL_PORT ?? 4173);
export const HOST_PORT = APP_PORT + 1;
export const NESTED_PORT = APP_PORT + 2;
export const APP = `http://127.0.0.1:${APP_PORT}`;
export const HOST_ORIGIN = `http://127.0.0.1:${HOST_PORT}`;
/**
 * A second build (two graphs, FAULTLINES_PUBLIC_URL set) served from a subfolder by a plain
 * static server that sends no header but the content type: what a newsroom's own host does.
 */
export const NESTED_PATH = '/graphics/2024/crocus/';
export const NESTED_APP = `http://127.0.0.1:${NESTED_PORT}${NESTED_PATH.replace(/\/$/, '')}`;
/** The Vite dev server of dev-server.spec.ts (what `npm start` serves). */
export const DEV_PORT = APP_PORT + 3;
