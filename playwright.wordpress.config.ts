import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './scripts/chromium.ts';
import { SITE, SITE_PATH, SITE_PORT, WORDPRESS_PORT } from './e2e/wordpress/ports.ts';

/**
 * A graph published into a real WordPress post (e2e/wordpress/): the reader's build with its
 * public address, served from a subfolder by a plain static server, and a throwaway WordPress
 * (Debian's, on MariaDB and PHP's built-in server: scripts/wordpress/) that discovers its oEmbed.
 * `npm run test:wordpress`.
 */
export default defineConfig({
  testDir: 'e2e/wordpress',
  workers: 1,
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: [['list']],
  timeout: 60_000,
  use: {
    ...devices['Desktop Chrome'],
    viewport: { width: 1280, height: 860 },
    launchOptions: {
      executablePath: findChromium(),
      // Nothing but loopback resolves: a WordPress page that reached outside would show as a
      // failed request instead of leaving the machine.
      args: [
        ...CHROMIUM_ARGS,
        '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1',
      ],
    },
    trace: 'retain-on-failure',
  },
  webServer: [
    {
      // A reader's build (no test hook), as a newsroom publishes it.
      command:
        `FAULTLINES_PUBLIC_URL=${SITE} npx vite build --outDir tmp/dist-wordpress --logLevel warn && ` +
        `node scripts/serve-static.mjs tmp/dist-wordpress ${SITE_PORT} --prefix ${SITE_PATH} --plain`,
      url: SITE,
      reuseExistingServer: !process.env.CI,
      timeout: 180_000,
    },
    {
      command: `npx tsx scripts/wordpress/setup.ts --port ${WORDPRESS_PORT} --allow-port ${SITE_PORT}`,
      url: `http://127.0.0.1:${WORDPRESS_PORT}/wp-login.php`,
      reuseExistingServer: !process.env.CI,
      // The first run on a machine may install the packages (apt-get).
      timeout: 900_000,
      gracefulShutdown: { signal: 'SIGTERM', timeout: 15_000 },
      stdout: 'pipe',
    },
  ],
});
