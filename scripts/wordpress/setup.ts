/**
 * A throwaway WordPress on loopback, for the end-to-end test of publishing into a post
 * (e2e/wordpress/) or to try an embed by hand:
 *   tsx scripts/wordpress/setup.ts [--port 4672] [--allow-port 4670,…]
 * Installs what is missing (scripts/wordpress/packages.ts), starts MariaDB and PHP's server in a
 * temporary folder, writes the site's address and logins to <folder>/site.json, and serves until
 * stopped (Ctrl-C, SIGTERM), when it stops both and removes the folder.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ensurePackages } from './packages.ts';
import { startWordPress } from './site.ts';

function option(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const port = Number(option('--port') ?? 4672);
const allowPorts = (option('--allow-port') ?? '').split(',').filter(Boolean).map(Number);
const began = Date.now();
ensurePackages();
const installed = Date.now();
const site = await startWordPress({ port, allowPorts });
const { stop, ...info } = site;
writeFileSync(join(site.dir, 'site.json'), JSON.stringify(info, null, 2));
console.log(
  `WordPress ${site.version} (theme ${site.theme}) on ${site.url} — log in at ${site.url}wp-login.php ` +
    `as ${site.user} / ${site.password}. Packages ${((installed - began) / 1000).toFixed(1)} s, ` +
    `site ${((Date.now() - installed) / 1000).toFixed(1)} s. Files: ${site.dir}`,
);
let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const)
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    void stop().then(() => process.exit(0));
  });
