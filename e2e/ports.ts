// The ports the e2e suite serves on. Two checkouts can run their suites side by side by setting
// FL_PORT (the app's preview server; the host pages' server takes the next port).
export const APP_PORT = Number(process.env.FL_PORT ?? 4173);
export const HOST_PORT = APP_PORT + 1;
export const APP = `http://127.0.0.1:${APP_PORT}`;
export const HOST_ORIGIN = `http://127.0.0.1:${HOST_PORT}`;
