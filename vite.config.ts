/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import { parseGraph } from './src/model/parse.ts';
import { formatProblem } from './src/model/validate.ts';
import { loadGraphFile } from './scripts/lib/graph-file.ts';

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

export default defineConfig({
  plugins: [react(), graphFiles()],
  server: { port: 5173 },
  preview: { port: 4173 },
  build: { target: 'es2022' },
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
    environment: 'node',
  },
});
