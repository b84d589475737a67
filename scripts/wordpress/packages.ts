/**
 * What a throwaway WordPress on loopback needs (GUIDE §5): Debian's `wordpress` and its default
 * theme, MariaDB's server, PHP's command line with mysqli. Found where Debian puts them, else
 * installed with apt-get when running as root with apt, else a message saying what to install.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, rmSync, writeFileSync } from 'node:fs';

export const WORDPRESS_DIR = '/usr/share/wordpress';
export const THEME = 'twentytwentythree'; // WordPress 6.1's default theme, a block theme
export const PACKAGES = [
  'wordpress',
  `wordpress-theme-${THEME}`,
  'mariadb-server',
  'php-cli',
  'php-mysql',
];

/** A command on PATH or in the system folders, where Debian puts MariaDB's server. */
export function which(name: string): string | undefined {
  const dirs = [...(process.env.PATH ?? '').split(':'), '/usr/sbin', '/usr/bin', '/sbin'];
  return dirs
    .filter((dir) => dir.startsWith('/'))
    .map((dir) => `${dir}/${name}`)
    .find((path) => existsSync(path));
}

function phpHasMysqli(): boolean {
  const php = which('php');
  if (!php) return false;
  return spawnSync(php, ['-r', 'exit(extension_loaded("mysqli") ? 0 : 1);']).status === 0;
}

/** What is missing, as the names of the packages that bring it. */
export function missingPackages(): string[] {
  const missing = new Set<string>();
  if (!existsSync(`${WORDPRESS_DIR}/wp-settings.php`)) missing.add('wordpress');
  if (!existsSync(`${WORDPRESS_DIR}/wp-content/themes/${THEME}/theme.json`))
    missing.add(`wordpress-theme-${THEME}`);
  if (!which('mariadbd') || !which('mariadb-install-db') || !which('mariadb'))
    missing.add('mariadb-server');
  if (!which('php')) missing.add('php-cli');
  if (!phpHasMysqli()) missing.add('php-mysql');
  return [...missing];
}

function canApt(): boolean {
  if (process.getuid?.() !== 0) return false;
  try {
    execFileSync('apt-get', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

function apt(args: string[]) {
  console.log(`$ apt-get ${args.join(' ')}`);
  const run = spawnSync('apt-get', args, {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    timeout: 15 * 60_000,
  });
  if (run.status !== 0) throw new Error(`apt-get ${args[0]} failed (exit ${run.status})`);
}

/**
 * Installs what is missing, or throws with what to install. The packages' own services (Apache,
 * a system MariaDB) are not started: the test runs its own server and database as processes of
 * its own, so apt runs under a policy-rc.d that refuses every service start, when none is there.
 */
export function ensurePackages(): void {
  const missing = missingPackages();
  if (missing.length === 0) return;
  if (!canApt())
    throw new Error(
      `A throwaway WordPress needs ${missing.join(', ')}. Install them (Debian: ` +
        `sudo apt-get install --no-install-recommends ${PACKAGES.join(' ')}) and run again.`,
    );
  const policy = '/usr/sbin/policy-rc.d';
  const ours = !existsSync(policy);
  if (ours)
    writeFileSync(policy, '#!/bin/sh\n# Faultlines: no services while installing\nexit 101\n', {
      mode: 0o755,
    });
  try {
    apt(['update']);
    apt(['install', '-y', '--no-install-recommends', ...PACKAGES]);
  } finally {
    if (ours) rmSync(policy, { force: true });
  }
  const still = missingPackages();
  if (still.length > 0) throw new Error(`Still missing after apt-get install: ${still.join(', ')}`);
}
