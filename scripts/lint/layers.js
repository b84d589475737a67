/**
 * ESLint rule `faultlines/layers`: imports inside src/ only point down the layers (GUIDE §2).
 *
 *   model  ←  look · draft · store · i18n  ←  graph · ui · edit  ←  app
 *
 * A folder may import its own files and the folders its entry lists, nothing else: no import
 * runs upward (a canvas file reading a panel's colours), and folders on one floor stay apart
 * (the canvas and the panels meet only in app). The editor's panels (edit) may use the reader's
 * panels (ui). Files outside these folders (scripts, e2e) and tests (*.test.ts) are not checked.
 */
import path from 'node:path';

const PURE = ['model'];
const BASE = ['model', 'look', 'draft', 'store', 'i18n'];

/** What each folder of src/ may import, besides itself. */
export const LAYERS = {
  model: [],
  look: PURE,
  draft: PURE,
  store: PURE,
  i18n: PURE,
  graph: BASE,
  ui: BASE,
  edit: [...BASE, 'ui'],
  // The publishing pipeline (pages, pictures, the folder): pure code that the build and the
  // editor run; it writes the reader's markup, so it may use the embed code of the panels.
  publish: [...BASE, 'ui'],
  app: [...BASE, 'graph', 'ui', 'edit', 'publish'],
};

/** The layer a file belongs to: its folder directly under src/, or null. */
export function layerOf(file) {
  const parts = path.resolve(file).split(path.sep);
  const src = parts.lastIndexOf('src');
  if (src < 0 || src + 2 >= parts.length) return null;
  const layer = parts[src + 1];
  return Object.hasOwn(LAYERS, layer) ? layer : `unknown:${layer}`;
}

const rule = {
  meta: {
    type: 'problem',
    docs: { description: 'imports in src/ only point down the layers' },
    schema: [],
    messages: {
      upward:
        '{{from}} may not import from {{to}} ({{spec}}): layers point down — model ← look/draft/store/i18n ← graph/ui/edit ← app. {{from}} may import: {{allowed}}.',
      unknown:
        'src/{{folder}} is not a layer: add it to scripts/lint/layers.js (LAYERS) with what it may import.',
    },
  },
  create(context) {
    const file = context.filename ?? context.getFilename();
    const from = layerOf(file);
    // Tests are not layers' code: a test may check what a user sees across them (a store's
    // notice as the interface words it, say).
    if (from === null || /\.test\.tsx?$/.test(file)) return {};
    const check = (node, spec) => {
      if (typeof spec !== 'string' || !spec.startsWith('.')) return;
      const to = layerOf(path.resolve(path.dirname(file), spec));
      if (to === null || to === from) return;
      if (to.startsWith('unknown:')) {
        context.report({ node, messageId: 'unknown', data: { folder: to.slice(8) } });
        return;
      }
      if (from.startsWith('unknown:')) {
        context.report({ node, messageId: 'unknown', data: { folder: from.slice(8) } });
        return;
      }
      if (!LAYERS[from].includes(to))
        context.report({
          node,
          messageId: 'upward',
          data: { from, to, spec, allowed: LAYERS[from].join(', ') || 'nothing outside itself' },
        });
    };
    const source = (node) => check(node.source, node.source?.value);
    return {
      ImportDeclaration: source,
      ExportNamedDeclaration: (node) => node.source && source(node),
      ExportAllDeclaration: source,
      ImportExpression: (node) => node.source.type === 'Literal' && check(node, node.source.value),
    };
  },
};

export default { rules: { layers: rule } };
