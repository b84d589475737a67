import { defineConfig, devices } from '@playwright/test';
import { chromiumLaunchOptions } from './scripts/chromium.ts';
import { APP_PORT as PORT, HOST_PORT, NESTED_APP, NESTED_PATH, NESTED_PORT } from './e2e/ports.ts';

/** The specs run a second time against the nested static site (see e2e/ports.ts). */
const NESTED_SPECS = /(embed|embed-first-paint|publish)\.spec\.ts/;
const desktop = { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 860 } };

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: process.env.CI ? [['list']] : [['list']],
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    launchOptions: chromiumLaunchOptions(),
    trace: 'retain-on-failure',
  },
  projects: [
    { name: 'desktop', use: desktop, testIgnore: [/publish\.spec\.ts/, /wordpress\//] },
    {
      name: 'nested',
      use: { ...desktop, baseURL: `${NESTED_APP}/` },
      testMatch: NESTED_SPECS,
    },
  ],
  // Tests run against the production build, as readers get it; host pages for the embeds are
  // served from another origin (the next port: see e2e/ports.ts).
  webServer: [
    {
      // The build for tests carries the test hook (window.__faultlines); a reader's build does not.
      command: `VITE_FL_TEST_HOOK=1 npm run build && npx vite preview --host 127.0.0.1 --port ${PORT} --strictPort`,
      url: `http://127.0.0.1:${PORT}`,
      reuseExistingServer: !process.env.CI,
      timeout: 180_000,
    },
    {
      command: `node scripts/serve-static.mjs e2e ${HOST_PORT}`,
      url: `http://127.0.0.1:${HOST_PORT}/host/article.html`,
      reuseExistingServer: !process.env.CI,
      timeout: 30_000,
    },
    {
      // Two graphs (the shipped one and a fixture), with a public address for oEmbed; with the
      // test hook, as the first build.
      command:
        `VITE_FL_TEST_HOOK=1 FAULTLINES_GRAPHS=data/graphs:e2e/fixtures/graphs FAULTLINES_PUBLIC_URL=${NESTED_APP}/ ` +
        `npx vite build --outDir tmp/dist-nested --logLevel warn && ` +
        `node scripts/serve-static.mjs tmp/dist-nested ${NESTED_PORT} --prefix ${NESTED_PATH} --plain`,
      url: `${NESTED_APP}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 180_000,
    },
  ],
});
