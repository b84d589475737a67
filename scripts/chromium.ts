/**
 * Finds a Chromium for the end-to-end tests (GUIDE §5), in this order:
 * CHROMIUM_PATH → Playwright's own download → a system Chromium/Chrome → install one
 * (`playwright install chromium`, else Debian's `chromium` when root with apt) → a clear message.
 * `tsx scripts/chromium.ts --ensure` installs when needed; the Playwright config only looks.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

const SYSTEM_BROWSERS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/snap/bin/chromium',
  '/usr/bin/google-chrome-stable',
  '/usr/bin/google-chrome',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

/** Flags for this kind of machine: no sandbox as root, no GPU, no calls home on a closed network. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  // Chromium 156.0.8078.114 (Debian, 2026-11-26) loads the omnibox's WebUI popups (renderers of
  // their own, some 400–700 module requests) in every new window — every test's and every
  // benchmark load's fresh context — on the same two cores as the page being measured. The first
  // flag alone left about 400 requests and most of the CPU (measured 2026-12-01: bare Cytoscape
  // 1440 → 895 ms at the same load with all three). A page never sees these popups. The
  // benchmark reports how many such requests a fresh context still makes (browser-quiet.ts).
  '--disable-features=FullWebUIOmniboxFrame,WebUIOmniboxPopup,WebUIOmniboxAimPopup',
];

function playwrightBrowser(): string | undefined {
  try {
    const path = chromium.executablePath();
    return existsSync(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

export function findChromium(): string | undefined {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, but there is no file there.`);
  }
  return playwrightBrowser() ?? SYSTEM_BROWSERS.find((p) => existsSync(p));
}

export function chromiumLaunchOptions() {
  return { executablePath: findChromium(), args: CHROMIUM_ARGS };
}

function run(command: string, args: string[]): boolean {
  console.log(`$ ${command} ${args.join(' ')}`);
  return spawnSync(command, args, { stdio: 'inherit', timeout: 15 * 60_000 }).status === 0;
}

function hasApt(): boolean {
  try {
    execFileSync('apt-get', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

export function ensureChromium(): string {
  const found = findChromium();
  if (found) return found;
  console.log('No Chromium found; trying to install one for the end-to-end tests.');
  if (run('npx', ['playwright', 'install', 'chromium'])) {
    const installed = findChromium();
    if (installed) return installed;
  }
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && hasApt()) {
    const env = { DEBIAN_FRONTEND: 'noninteractive' };
    Object.assign(process.env, env);
    if (
      run('apt-get', ['update']) &&
      run('apt-get', ['install', '-y', '--no-install-recommends', 'chromium'])
    ) {
      const installed = findChromium();
      if (installed) return installed;
    }
  }
  throw new Error(
    'Could not find or install Chromium for the end-to-end tests. Install Chromium or Chrome ' +
      '(Debian/Ubuntu: `sudo apt-get install chromium`) or set CHROMIUM_PATH to its executable.',
  );
}

if (import.meta.url === `file://${process.argv[1]}` && process.argv.includes('--ensure')) {
  try {
    console.log(`Chromium for tests: ${ensureChromium()}`);
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  }
}
