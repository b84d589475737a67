import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/** Lints one line as if it were the first line of `file`, with the project's own config. */
async function layerErrors(file: string, code: string): Promise<string[]> {
  const eslint = new ESLint();
  const [result] = await eslint.lintText(`${code}\nexport const x = y;\n`, { filePath: file });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === 'faultlines/layers' || m.ruleId === 'no-restricted-imports')
    .map((m) => m.message);
}

describe(
  'the layers lint rule (model ← look/draft/store/i18n ← graph/ui/edit ← app)',
  { timeout: 60_000 },
  () => {
    it.each([
      [
        'src/graph/style.ts',
        "import { y } from '../ui/Legend.tsx';",
        'graph may not import from ui',
      ],
      [
        'src/model/graph.ts',
        "import { y } from '../look/palette.ts';",
        'model may not import from look',
      ],
      [
        'src/look/lines.ts',
        "import { y } from '../store/store.ts';",
        'look may not import from store',
      ],
      [
        'src/ui/Legend.tsx',
        "import { y } from '../graph/style.ts';",
        'ui may not import from graph',
      ],
      ['src/ui/Legend.tsx', "import { y } from '../app/App.tsx';", 'ui may not import from app'],
      [
        'src/ui/Legend.tsx',
        "import { y } from '../edit/Panel.tsx';",
        'ui may not import from edit',
      ],
      ['src/draft/x.ts', "import { y } from '../i18n/i18n.ts';", 'draft may not import from i18n'],
      [
        'src/store/store.ts',
        "export { y } from '../graph/engine.ts';",
        'store may not import from graph',
      ],
      ['src/graph/x.ts', "const m = import('../app/App.tsx');", 'graph may not import from app'],
    ])('%s: %s is refused', async (file, code, message) => {
      const errors = await layerErrors(file, code);
      expect(errors.join('\n')).toContain(message);
    });

    it.each([
      ['src/graph/style.ts', "import { y } from '../look/palette.ts';"],
      ['src/ui/Legend.tsx', "import { y } from '../store/store.ts';"],
      ['src/edit/Panel.tsx', "import { y } from '../ui/Samples.tsx';"],
      ['src/app/App.tsx', "import { y } from '../graph/engine.ts';"],
      ['src/look/lines.ts', "import { y } from '../model/vocabulary.ts';"],
      ['src/look/lines.ts', "import { y } from './palette.ts';"],
    ])('%s: %s is allowed', async (file, code) => {
      expect(await layerErrors(file, code)).toEqual([]);
    });

    it('tests may reach across layers to check what a user sees', async () => {
      expect(
        await layerErrors('src/store/x.test.ts', "import { y } from '../i18n/i18n.ts';"),
      ).toEqual([]);
    });

    it('a folder of src/ that is not a layer is reported, so the table stays whole', async () => {
      const errors = await layerErrors('src/graph/x.ts', "import { y } from '../widgets/a.ts';");
      expect(errors.join('\n')).toContain('src/widgets is not a layer');
    });

    it('the pure layers take no React, renderer or store library', async () => {
      for (const file of ['src/model/x.ts', 'src/look/x.ts', 'src/draft/x.ts'])
        expect((await layerErrors(file, "import { y } from 'react';")).length).toBe(1);
    });
  },
);
