// A minimal static file server (loopback only) for the end-to-end tests:
//   node scripts/serve-static.mjs <dir> <port> [--prefix /some/path/] [--plain]
// The host pages are served with `Access-Control-Allow-Origin: *` (the app under test fetches
// fixtures cross-origin). `--plain` serves like a bare static host: no header but the content
// type. `--prefix` mounts the folder under a path (a site's subfolder); anything else is a 404.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

const args = process.argv.slice(2);
const option = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args.splice(i, 2)[1] : undefined;
};
const flag = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? (args.splice(i, 1), true) : false;
};
const prefix = (option('--prefix') ?? '/').replace(/\/?$/, '/');
const plain = flag('--plain');
const [dir = 'e2e', port = '4174'] = args;
const root = resolve(dir);
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.txt': 'text/plain; charset=utf-8',
};

createServer(async (req, res) => {
  const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
  if (!pathname.startsWith(prefix)) return void res.writeHead(404).end('not found');
  let file = join(root, normalize(`/${pathname.slice(prefix.length)}`));
  if (!file.startsWith(root)) return void res.writeHead(403).end();
  try {
    if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
    const body = await readFile(file);
    const headers = { 'content-type': types[extname(file)] ?? 'application/octet-stream' };
    if (!plain) headers['access-control-allow-origin'] = '*';
    res.writeHead(200, headers).end(body);
  } catch {
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  }
}).listen(Number(port), '127.0.0.1', () =>
  console.log(`${dir} on http://127.0.0.1:${port}${prefix}${plain ? ' (no headers)' : ''}`),
);
