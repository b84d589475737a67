/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import { parseGraph } from './src/model/parse.ts';
import { formatProblem } from './src/model/validate.ts';
import { loadGraphFile } from './scripts/lib/graph-file.ts';
import { staticGraphHtml } from './scripts/lib/static-html.ts';

const GRAPH_PREFIX = 'virtual:faultlines-graph/';

/**
 * `import graph from 'virtual:faultlines-graph/<name>'` bundles data/graphs/<name>.json with its
 * textFile sources inlined. The build fails, listing every problem, if the graph is invalid.
 */
function graphFiles(): Plugin {
  return {
    name: 'faultlines-graph-files',
    resolveId(id) {
      return id.startsWith(GRAPH_PREFIX) ? `\0${id}` : undefined;
    },
    async load(id) {
      if (!id.startsWith(`\0${GRAPH_PREFIX}`)) return undefined;
      const name = id.slice(GRAPH_PREFIX.length + 1);
      if (!/^[\w-]+$/.test(name)) this.error(`bad graph name ${JSON.stringify(name)}`);
      const file = resolve(import.meta.dirname, 'data/graphs', `${name}.json`);
      this.addWatchFile(file);
      const loaded = await loadGraphFile(file);
      loaded.dependencies.forEach((d) => this.addWatchFile(d));
      const problems =
        loaded.problems.length > 0
          ? loaded.problems
          : (() => {
              const result = parseGraph(loaded.value);
              return result.ok ? [] : result.problems;
            })();
      if (problems.length > 0)
        this.error(`${file} is not a valid graph:\n${problems.map(formatProblem).join('\n')}`);
      return `export default ${JSON.stringify(loaded.value)};`;
    },
  };
}

/** The default graph as HTML in a <noscript>, so the page carries its content without JS. */
function staticContent(): Plugin {
  return {
    name: 'faultlines-static-content',
    async transformIndexHtml(html) {
      const loaded = await loadGraphFile(
        resolve(import.meta.dirname, 'data/graphs/crocus-2024.json'),
      );
      const result = parseGraph(loaded.value);
      if (!result.ok) return html;
      return html.replace(
        '</body>',
        `<noscript>${staticGraphHtml(result.graph.file)}</noscript>\n  </body>`,
      );
    },
  };
}

/**
 * The Content-Security-Policy the app and the embed run under (the e2e suite serves the build with
 * it and fails on any violation): no inline script, no eval. `frame-ancestors *` lets any article
 * embed the graph; a deployment that only embeds on its own sites should list them instead.
 * `connect-src` admits http(s) for `graph=<url>` files from other hosts.
 */
export const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self' https: http:",
  "frame-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  'frame-ancestors *',
].join('; ');

export default defineConfig({
  plugins: [react(), graphFiles(), staticContent()],
  server: { port: 5173 },
  // Embeds may run in iframes sandboxed without allow-same-origin (an opaque origin): module
  // scripts and fonts are then cross-origin requests and need CORS. Hosts serving the build
  // should send the same header for /assets/.
  preview: {
    port: 4173,
    cors: true,
    headers: { 'Access-Control-Allow-Origin': '*', 'Content-Security-Policy': CSP },
  },
  build: { target: 'es2022' },
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
    environment: 'node',
  },
});
