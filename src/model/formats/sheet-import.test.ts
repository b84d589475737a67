/** The spreadsheet import, fed the bad sheets of GUIDE §7's editor line and the good ones people have. */
import { describe, expect, it } from 'vitest';
import { parseGraph } from '../parse.ts';
import { SOURCE_TEXT, testGraphFile } from '../test-graph.ts';
import { foldText } from '../text.ts';
import { guessColumns } from './sheet-columns.ts';
import { importSheets, importSheetTexts } from './sheet-import.ts';
import { readSheet } from './sheet-read.ts';

const draft = () => {
  const file = testGraphFile();
  file.actors[0]!.aliases = { en: ['Russian Federation'], ar: ['روسيا الاتحادية'] };
  return file;
};
const options = () => {
  const file = draft();
  return { sources: file.sources, existing: { actors: file.actors, relations: file.relations } };
};
const errors = (r: ReturnType<typeof importSheets>) =>
  r.problems.filter((p) => p.severity === 'error');
const where = (r: ReturnType<typeof importSheets>) =>
  r.problems.map((p) => [p.sheet, p.row, p.key]);

describe('spreadsheet import', () => {
  it('reads a Kumu-style links sheet: From/To by name or alias in either language, new names become actors', () => {
    const links = [
      'From,To,Type,Quote',
      'Russian Federation,طاجيكستان,accusation,قالت روسيا يوم السبت إن المشتبه بهم جاءوا من طاجيكستان.',
      'روسيا,Wagner,cooperation,وتنفي طاجيكستان ذلك.',
    ].join('\n');
    const result = importSheetTexts({ links }, options());
    expect(errors(result)).toEqual([]);
    expect(
      result.relations.map((r) => [r.source, r.target, r.kind, r.tension, r.directed]),
    ).toEqual([
      ['russia', 'tajikistan', 'accusation', 1, true],
      ['russia', 'wagner', 'cooperation', -1, false],
    ]);
    expect(result.actors).toEqual([
      { id: 'wagner', kind: 'state', name: { en: 'Wagner', ar: '' } },
    ]);
    expect(where(result)).toContainEqual(['links', 3, 'newActor']);
    expect(result.relations[0]!.evidence[0]!.source).toBe('src');
  });

  it('reads Arabic headers and a points sheet in Arabic, with a semicolon delimiter and a BOM', () => {
    const points = '\uFEFFالمعرف;الاسم;النوع\nfsb;جهاز الأمن الفيدرالي;دولة\n';
    const links =
      '\uFEFFالمصدر;الهدف;النوع;الاقتباس;التوتر\nfsb;tajikistan;اتهام;وتنفي طاجيكستان ذلك.;٢\n';
    const result = importSheetTexts({ points, links }, options());
    expect(errors(result)).toEqual([]);
    expect(result.actors[0]).toMatchObject({
      id: 'fsb',
      kind: 'state',
      name: { ar: 'جهاز الأمن الفيدرالي', en: '' },
    });
    expect(result.relations[0]).toMatchObject({ source: 'fsb', kind: 'accusation', tension: 2 });
    expect(where(result)).toContainEqual(['points', 2, 'oneLanguage']);
  });

  it('keeps a quoted newline inside its cell and numbers rows as the spreadsheet does', () => {
    const links = [
      'source,target,kind,quote,summary_en,summary_ar,translation_en',
      'russia,tajikistan,alliance,"وطاجيكستان\nوروسيا حليفتان.",Allies,حليفتان,"Tajikistan and\nRussia are allies."',
      'russia,tajikistan,war,"not in the article",War,حرب,War',
    ].join('\r\n');
    const result = importSheetTexts({ links }, options());
    expect(result.relations).toHaveLength(1);
    expect(result.relations[0]!.evidence[0]!.quote).toBe('وطاجيكستان\nوروسيا حليفتان.');
    // The second record is the spreadsheet's row 3, though it starts on the file's line 4.
    expect(errors(result).map((p) => [p.row, p.key, p.column])).toEqual([
      [3, 'quoteNotFound', 'quote'],
    ]);
    // The quote's offsets point at it in the source, and the merged draft passes the validator.
    const { start, end } = result.relations[0]!.evidence[0]!.at ?? { start: 0, end: 0 };
    expect(foldText(SOURCE_TEXT.slice(start, end))).toBe(foldText('وطاجيكستان وروسيا حليفتان.'));
    const file = draft();
    const merged = parseGraph({ ...file, relations: [...file.relations, ...result.relations] });
    expect(merged.ok ? [] : merged.problems).toEqual([]);
  });

  it('reads cells pasted from a spreadsheet (tab-separated)', () => {
    const links =
      'source\ttarget\tkind\tquote\nروسيا\tطاجيكستان\talliance\tوطاجيكستان وروسيا حليفتان.\n';
    const result = importSheetTexts({ links }, options());
    expect(errors(result)).toEqual([]);
    expect(result.relations).toHaveLength(1);
  });

  it('names a missing required column once and imports nothing from that sheet', () => {
    const result = importSheetTexts(
      { links: 'source,target,kind\nrussia,tajikistan,war\n' },
      options(),
    );
    expect(where(result)).toEqual([['links', undefined, 'missingColumn']]);
    expect(result.problems[0]!.params.field).toBe('quote');
    expect(result.relations).toEqual([]);
  });

  it('keeps extra columns as own fields and ignores Flourish’s derived value', () => {
    const links =
      'source,target,kind,quote,value,Desk note,__proto__\nrussia,tajikistan,alliance,وطاجيكستان وروسيا حليفتان.,3,call back Friday,x\n';
    const result = importSheetTexts({ links }, options());
    const relation = result.relations[0] as unknown as Record<string, unknown>;
    expect(relation.Desk_note).toBe('call back Friday');
    expect(relation).not.toHaveProperty('value');
    expect(Object.hasOwn(relation, 'sheet___proto__')).toBe(true);
    expect(Object.getPrototypeOf(relation)).toBe(Object.prototype);
  });

  it('treats formulas as text: never run, kept verbatim, with a warning', () => {
    const points = 'id,name,kind\nx,"=HYPERLINK(""http://evil.example"",""click"")",state\n';
    const links = 'source,target,kind,quote,summary\nx,russia,criticism,قالت روسيا,@SUM(1+1)\n';
    const result = importSheetTexts({ points, links }, options());
    expect(result.actors[0]!.name.en).toBe('=HYPERLINK("http://evil.example","click")');
    expect(result.relations[0]!.summary.en).toBe('@SUM(1+1)');
    expect(where(result)).toContainEqual(['points', 2, 'formula']);
  });

  it('says what is wrong with each bad row, with its row and column, and imports the good ones', () => {
    const links = [
      'source,target,kind,tension,directed,quote',
      'russia,tajikistan,friendship,,,قالت روسيا', // 2: unknown kind
      'russia,tajikistan,alliance,7,,قالت روسيا', // 3: tension off the scale
      'russia,russia,alliance,,,قالت روسيا', // 4: self-loop
      'russia,,alliance,,,قالت روسيا', // 5: no target
      'russia,tajikistan,alliance,,sometimes,قالت روسيا', // 6: direction
      'russia,tajikistan,alliance,,,', // 7: no quote
      'russia,tajikistan,alliance,-2,no,وطاجيكستان وروسيا حليفتان.', // 8: good
    ].join('\n');
    const result = importSheetTexts({ links }, options());
    expect(errors(result).map((p) => [p.row, p.key, p.column])).toEqual([
      [2, 'unknownRelationKind', 'kind'],
      [3, 'badTension', 'tension'],
      [4, 'selfLoop', 'target'],
      [5, 'missing', 'target'],
      [6, 'badDirected', 'directed'],
      [7, 'missingQuote', 'quote'],
    ]);
    expect(result.imported.links).toBe(1);
    expect(result.relations[0]!.id).not.toBe('ru-tj-alliance'); // the draft's relation keeps its id
  });

  it('finds quotes as the validator does (NFC, whitespace folded), in the named source or any', () => {
    const decomposed = 'قالت روسيا'.normalize('NFD');
    const links = `source,target,kind,quote,quote_source\nrussia,tajikistan,criticism,"  ${decomposed}  ",\nrussia,tajikistan,criticism,قالت روسيا,elsewhere\n`;
    const result = importSheetTexts({ links }, options());
    expect(result.imported.links).toBe(1);
    expect(errors(result).map((p) => p.key)).toEqual(['unknownSource']);
    const none = importSheetTexts({ links }, { ...options(), sources: [] });
    expect(where(none)).toEqual([['links', undefined, 'noSources']]);
  });

  it('rejects empty, binary, unclosed and oversized sheets with a message', () => {
    const key = (text: string) =>
      importSheetTexts({ links: text }, options()).problems.map((p) => p.key);
    expect(key('')).toContain('empty');
    expect(key('   \n\n')).toContain('empty');
    expect(key('%PDF-1.7\u0000\u0000binary')).toEqual(['notText']);
    expect(key('source,target,kind,quote\nrussia,tajikistan,alliance,"never closed\n')).toContain(
      'unclosedQuote',
    );
    expect(key('a'.repeat(10_000_001))).toEqual(['tooLarge']);
  });

  it('matches points to the draft’s actors instead of duplicating them, and refuses a repeated row', () => {
    const points =
      'name,kind\nروسيا الاتحادية,state\nNew Actor,armed group\nnew actor,state\nBad,person\n';
    const links = 'source,target,kind,quote\nBad,russia,criticism,قالت روسيا\n';
    const result = importSheetTexts({ points, links }, options());
    expect(result.actors.map((a) => [a.id, a.kind])).toEqual([['new-actor', 'armed-group']]);
    expect(where(result)).toEqual([
      ['points', 2, 'sameAsExisting'],
      ['points', 3, 'oneLanguage'],
      ['points', 4, 'duplicateActor'],
      ['points', 5, 'unknownActorKind'],
      ['links', 2, 'actorNotImported'],
    ]);
  });

  it('guesses columns from English and Arabic headers, and lets the caller map them otherwise', () => {
    expect(guessColumns(['From', 'إلى', 'نوع العلاقة', 'الاقتباس', 'Notes'], 'links')).toEqual([
      { field: 'source' },
      { field: 'target' },
      { field: 'kind' },
      { field: 'quote' },
      { field: 'note' },
    ]);
    const sheet = readSheet(
      'a,b,c,d\nrussia,tajikistan,alliance,وطاجيكستان وروسيا حليفتان.\n',
      'links',
    );
    const columns = [
      { field: 'source' },
      { field: 'target' },
      { field: 'kind' },
      { field: 'quote' },
    ] as const;
    const result = importSheets({ ...options(), links: { sheet, columns } });
    expect(result.relations).toHaveLength(1);
  });
});
