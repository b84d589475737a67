/**
 * `import graph from 'virtual:faultlines-graph/<id>'` bundles one of the build's graphs (graphs.ts:
 * checked and laid out, texts inlined) into the code that imports it — the editor's "open the
 * shipped graph". The reader's pages do not use it: they carry their graph in the page.
 */
import type { Plugin } from 'vite';
import { buildGraphs, forgetBuildGraphs } from './graphs.ts';

const PREFIX = 'virtual:faultlines-graph/';

export function graphModules(): Plugin {
  return {
    name: 'faultlines-graph-modules',
    resolveId(id) {
      return id.startsWith(PREFIX) ? `\0${id}` : undefined;
    },
    async load(id) {
      if (!id.startsWith(`\0${PREFIX}`)) return undefined;
      const name = id.slice(PREFIX.length + 1);
      const { graphs } = await buildGraphs();
      const graph = graphs.find((g) => g.id === name);
      if (!graph) this.error(`no graph "${name}" among ${graphs.map((g) => g.id).join(', ')}`);
      for (const file of [graph.path, ...graph.dependencies]) this.addWatchFile(file);
      return `export default ${JSON.stringify(graph.file)};`;
    },
    watchChange: forgetBuildGraphs,
  };
}
