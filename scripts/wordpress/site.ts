/**
 * A throwaway WordPress on loopback: Debian's WordPress files, a MariaDB of its own (a temporary
 * data folder, a socket, no TCP port) and PHP's built-in server, in one temporary folder that
 * `stop()` removes. Debian's own wp-config.php reads /etc/wordpress/config-<host>.php; to leave
 * /etc alone, the site's folder copies WordPress's entry scripts (each finds wp-config.php beside
 * itself) next to a wp-config.php of its own, and links to the rest of Debian's files.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  openSync,
  readFileSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { WORDPRESS_DIR, which } from './packages.ts';
import { siteDir } from './site-dir.ts';

const HERE = dirname(fileURLToPath(import.meta.url));
const isRoot = process.getuid?.() === 0;

export interface SiteOptions {
  /** PHP's server listens on 127.0.0.1:port; the site's address is http://localhost:port/. */
  port: number;
  /** Loopback ports WordPress may fetch oEmbed from (the graph's site). */
  allowPorts: number[];
  dir?: string;
}

export interface Site {
  url: string;
  dir: string;
  version: string;
  theme: string;
  user: string;
  password: string;
  /** For the REST API with basic auth (WordPress's application passwords). */
  appPassword: string;
  stop(): Promise<void>;
}

function tool(name: string): string {
  const path = which(name);
  if (!path) throw new Error(`${name} is not installed (scripts/wordpress/packages.ts)`);
  return path;
}

function run(command: string, args: string[], what: string): string {
  const result = spawnSync(command, args, { encoding: 'utf8', timeout: 120_000 });
  if (result.status !== 0)
    throw new Error(`${what} failed (exit ${result.status}):\n${result.stderr}${result.stdout}`);
  return result.stdout;
}

/** Servers left running by a run that was killed: ours if their command line names our folder. */
function stopLeftovers(dir: string) {
  for (const [file, group] of [
    ['db.pid', false],
    ['php.pid', true],
  ] as const) {
    const pidFile = join(dir, file);
    if (!existsSync(pidFile)) continue;
    const pid = Number(readFileSync(pidFile, 'utf8').trim());
    try {
      if (pid > 0 && readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(dir))
        process.kill(group ? -pid : pid, 'SIGKILL');
    } catch {
      // gone already
    }
  }
}

/** WordPress's files: entry scripts copied (so ABSPATH is this folder), the rest linked. */
function layOutFiles(docroot: string) {
  mkdirSync(docroot, { recursive: true });
  for (const name of readdirSync(WORDPRESS_DIR)) {
    const from = join(WORDPRESS_DIR, name);
    if (name === 'wp-config.php' || name === 'wp-content') continue;
    if (name === 'wp-admin') {
      mkdirSync(join(docroot, name));
      for (const inner of readdirSync(from))
        if (inner.endsWith('.php')) copyFileSync(join(from, inner), join(docroot, name, inner));
        else symlinkSync(join(from, inner), join(docroot, name, inner));
    } else if (name.endsWith('.php')) copyFileSync(from, join(docroot, name));
    else symlinkSync(from, join(docroot, name));
  }
  const content = join(docroot, 'wp-content');
  for (const sub of ['plugins', 'mu-plugins', 'uploads'])
    mkdirSync(join(content, sub), { recursive: true });
  symlinkSync(join(WORDPRESS_DIR, 'wp-content', 'themes'), join(content, 'themes'));
  copyFileSync(
    join(HERE, 'php', 'faultlines-test-loopback.php'),
    join(content, 'mu-plugins', 'faultlines-test-loopback.php'),
  );
}

const phpString = (s: string) => `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;

function writeConfig(docroot: string, dir: string, url: string, allowPorts: number[]) {
  const salt = () => phpString(randomBytes(32).toString('base64'));
  const keys = ['AUTH', 'SECURE_AUTH', 'LOGGED_IN', 'NONCE'];
  const define = (name: string, value: string) => `define( '${name}', ${value} );`;
  writeFileSync(
    join(docroot, 'wp-config.php'),
    [
      '<?php',
      '// A throwaway site for Faultlines end-to-end tests (scripts/wordpress/site.ts).',
      define('DB_NAME', "'wordpress'"),
      define('DB_USER', "'root'"),
      define('DB_PASSWORD', "''"),
      define('DB_HOST', phpString(`localhost:${join(dir, 'db.sock')}`)),
      define('DB_CHARSET', "'utf8mb4'"),
      define('DB_COLLATE', "''"),
      ...keys.flatMap((k) => [define(`${k}_KEY`, salt()), define(`${k}_SALT`, salt())]),
      "$table_prefix = 'wp_';",
      define('WP_HOME', phpString(url)),
      define('WP_SITEURL', phpString(url)),
      define('WP_CONTENT_DIR', phpString(join(docroot, 'wp-content'))),
      // Application passwords over plain http (loopback): WordPress allows them on 'local' sites.
      define('WP_ENVIRONMENT_TYPE', "'local'"),
      // A closed network: WordPress calls nothing but loopback (no update checks, no cron).
      define('WP_HTTP_BLOCK_EXTERNAL', 'true'),
      define('WP_ACCESSIBLE_HOSTS', "'localhost,127.0.0.1'"),
      define('DISABLE_WP_CRON', 'true'),
      define('AUTOMATIC_UPDATER_DISABLED', 'true'),
      define('FAULTLINES_TEST_PORTS', phpString(allowPorts.join(','))),
      define('WP_DEBUG', 'true'),
      define('WP_DEBUG_DISPLAY', 'false'),
      define('WP_DEBUG_LOG', phpString(join(dir, 'debug.log'))),
      "if ( ! defined( 'ABSPATH' ) ) define( 'ABSPATH', __DIR__ . '/' );",
      "require_once ABSPATH . 'wp-settings.php';",
      '',
    ].join('\n'),
  );
}

async function until(what: string, ok: () => boolean | Promise<boolean>, ms = 30_000) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await ok()) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${what}: not ready after ${ms / 1000} s`);
}

function exited(child: ChildProcess, ms: number): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => (child.kill('SIGKILL'), resolve()), ms);
    child.once('exit', () => (clearTimeout(timer), resolve()));
  });
}

async function startDatabase(dir: string): Promise<ChildProcess> {
  const data = join(dir, 'db');
  const socket = join(dir, 'db.sock');
  const user = isRoot ? ['--user=root'] : [];
  run(
    tool('mariadb-install-db'),
    [
      '--no-defaults',
      `--datadir=${data}`,
      '--auth-root-authentication-method=normal',
      '--skip-test-db',
      '--skip-name-resolve',
      ...user,
    ],
    'mariadb-install-db',
  );
  const log = openSync(join(dir, 'db.log'), 'a');
  const db = spawn(
    tool('mariadbd'),
    [
      '--no-defaults',
      `--datadir=${data}`,
      `--socket=${socket}`,
      '--skip-networking',
      `--pid-file=${join(dir, 'db.pid')}`,
      '--innodb-buffer-pool-size=32M',
      ...user,
    ],
    { stdio: ['ignore', log, log] },
  );
  const client = tool('mariadb');
  const ping = () =>
    spawnSync(client, ['--no-defaults', `--socket=${socket}`, '-uroot', '-e', 'SELECT 1'])
      .status === 0;
  await until('MariaDB', () => {
    if (db.exitCode !== null)
      throw new Error(`MariaDB stopped: ${readFileSync(join(dir, 'db.log'), 'utf8')}`);
    return ping();
  });
  run(
    client,
    ['--no-defaults', `--socket=${socket}`, '-uroot', '-e', 'CREATE DATABASE wordpress'],
    'CREATE DATABASE',
  );
  return db;
}

export async function startWordPress({ port, allowPorts, dir: given }: SiteOptions): Promise<Site> {
  const dir = given ?? siteDir(port);
  stopLeftovers(dir);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const docroot = join(dir, 'wp');
  const url = `http://localhost:${port}/`;
  const children: ChildProcess[] = [];
  const groups = new Set<ChildProcess>(); // children that lead a process group
  const stop = async () => {
    for (const child of children.reverse()) {
      try {
        if (child.pid) process.kill(groups.has(child) ? -child.pid : child.pid, 'SIGTERM');
      } catch {
        // gone already
      }
      await exited(child, 10_000);
    }
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    layOutFiles(docroot);
    writeConfig(docroot, dir, url, allowPorts);
    children.push(await startDatabase(dir));
    const password = randomBytes(12).toString('hex');
    const php = tool('php');
    const installed = JSON.parse(
      run(php, [join(HERE, 'php', 'install.php'), docroot, password], 'WordPress install')
        .trim()
        .split('\n')
        .pop()!,
    ) as Omit<Site, 'url' | 'dir' | 'stop'>;
    const log = openSync(join(dir, 'php.log'), 'a');
    const router = join(HERE, 'php', 'router.php');
    const server = spawn(php, ['-S', `127.0.0.1:${port}`, '-t', docroot, router], {
      stdio: ['ignore', log, log],
      // A group of its own: the server forks its workers, which stop() ends with it.
      detached: true,
      // Several workers: the browser asks for the page and its scripts at once.
      env: { ...process.env, PHP_CLI_SERVER_WORKERS: '4' },
    });
    children.push(server);
    groups.add(server);
    writeFileSync(join(dir, 'php.pid'), String(server.pid));
    await until('PHP server', async () => {
      if (server.exitCode !== null)
        throw new Error(`PHP's server stopped: ${readFileSync(join(dir, 'php.log'), 'utf8')}`);
      try {
        // WordPress answers 127.0.0.1 with a redirect to its own address (localhost).
        const answer = await fetch(`http://127.0.0.1:${port}/`, { redirect: 'manual' });
        return answer.status < 500;
      } catch {
        return false;
      }
    });
    return { ...installed, url, dir, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
