/**
 * The import step as data: the mapping guessed from Kumu's, Flourish's and Arabic headers, changed
 * by the person, and the import applied to a draft as one undo step that leaves bad rows out.
 */
import { describe, expect, it } from 'vitest';
import { guessColumns } from '../../model/formats/sheet-columns.ts';
import { createDocStore } from '../doc/index.ts';
import { draft } from '../doc/test-draft.ts';
import { applySheetImport, enterSheet, previewImport, remap } from './sheet-state.ts';

const fields = (headers: string[], sheet: 'links' | 'points') =>
  guessColumns(headers, sheet).map((c) =>
    typeof c === 'string' ? c : 'field' in c ? c.field : `keep:${c.keep}`,
  );

const plain = () => ({ en: 'plain', ar: 'عادي' });

describe('guessing the column mapping', () => {
  it('reads Kumu’s connections and elements sheets', () => {
    expect(fields(['From', 'To', 'Connection Type', 'Label', 'Tags'], 'links')).toEqual([
      'source',
      'target',
      'kind',
      'summary',
      'keep:Tags',
    ]);
    expect(fields(['Label', 'Type', 'Description', 'Image'], 'points')).toEqual([
      'name',
      'kind',
      'description',
      'keep:Image',
    ]);
  });

  it('reads Flourish’s links and points sheets, ignoring the line width it derives', () => {
    expect(fields(['Source', 'Target', 'Value', 'Quote'], 'links')).toEqual([
      'source',
      'target',
      'ignore',
      'quote',
    ]);
    expect(fields(['ID', 'Name', 'Group', 'Wikidata'], 'points')).toEqual([
      'id',
      'name',
      'kind',
      'wikidata',
    ]);
  });

  it('reads Arabic headers, with or without the article and diacritics, and takes a field once', () => {
    expect(fields(['المصدر', 'الهدف', 'نوع العلاقة', 'الاقتباس', 'التوتّر', 'من'], 'links')).toEqual(
      ['source', 'target', 'kind', 'quote', 'tension', 'keep:من'],
    );
    expect(fields(['الاسم', 'النوع', 'أسماء أخرى', ''], 'points')).toEqual([
      'name',
      'kind',
      'aliases',
      'ignore',
    ]);
  });
});

describe('the import step', () => {
  const links =
    'a\tb\tc\td\nروسيا\tطاجيكستان\talliance\tوطاجيكستان وروسيا حليفتان.\nروسيا\tطاجيكستان\twar\tليست في المقال\n';

  it('imports nothing until the person maps the required columns, then the good rows only', () => {
    let entry = enterSheet('links', links);
    const before = previewImport(draft(), { links: entry })!;
    expect(before.problems.map((p) => [p.key, p.params.field])).toEqual([
      ['missingColumn', 'source'],
      ['missingColumn', 'target'],
      ['missingColumn', 'kind'],
      ['missingColumn', 'quote'],
    ]);
    (['source', 'target', 'kind', 'quote'] as const).forEach((field, i) => {
      entry = remap(entry, i, { field });
    });
    const after = previewImport(draft(), { links: entry })!;
    expect(after.relations).toHaveLength(1);
    expect(after.problems.filter((p) => p.severity === 'error').map((p) => [p.row, p.key])).toEqual(
      [[3, 'quoteNotFound']],
    );
  });

  it('adds the rows as one undo step, with plain summaries, and a bad sheet changes nothing', () => {
    const store = createDocStore({ graph: draft(), rejected: [] });
    const entry = enterSheet('links', links.replace('a\tb\tc\td', 'from\tto\tkind\tquote'));
    const before = store.getState().graph;
    store.getState().change((doc) => applySheetImport(doc, { links: entry }, plain).doc);
    const added = store.getState().graph.relations.slice(before.relations.length);
    expect(added.map((r) => [r.source, r.target, r.kind, r.summary.en])).toEqual([
      ['russia', 'tajikistan', 'alliance', 'plain'],
    ]);
    store.getState().undo();
    expect(store.getState().graph).toBe(before);
    const broken = enterSheet('links', '%PDF-1.7\u0000\u0000');
    store.getState().change((doc) => applySheetImport(doc, { links: broken }, plain).doc);
    expect(store.getState().graph).toBe(before);
    expect(store.getState().canRedo).toBe(true);
  });
});
