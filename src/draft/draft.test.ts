import { describe, expect, it } from 'vitest';
import { parseGraph } from '../model/parse.ts';
import { draft, splitSentences, toGraphFile } from './index.ts';
import { normalizeWord, variants } from './normalize.ts';

const texts = (t: string, lang: 'ar' | 'en') => splitSentences(t, lang).map((s) => s.text);

describe('splitSentences', () => {
  it('keeps abbreviations inside sentences and gives exact offsets', () => {
    const t = 'Mr. Smith met U.S. Army officers on Jan. 5 in Moscow. He left.';
    const s = splitSentences(t, 'en');
    expect(s.map((x) => x.text)).toEqual([
      'Mr. Smith met U.S. Army officers on Jan. 5 in Moscow.',
      'He left.',
    ]);
    for (const x of s) expect(t.slice(x.start, x.end)).toBe(x.text);
  });

  it('ends a sentence on "U.S." when a new one starts after it', () => {
    expect(texts('Sanctions were lifted by the U.S. The talks resumed.', 'en')).toHaveLength(2);
  });

  it('keeps «د.» with its name and a quotation with its own exclamation marks', () => {
    expect(
      texts('قال د. أحمد إن روسيا غاضبة. وقالت أوكرانيا “لا! نعم!” هو قال. ثم انتهى.', 'ar'),
    ).toEqual(['قال د. أحمد إن روسيا غاضبة.', 'وقالت أوكرانيا “لا! نعم!” هو قال.', 'ثم انتهى.']);
  });

  it('splits bullet lines and a full stop with no space after it', () => {
    const t =
      '• Russia says one thing.\n• Tajikistan denies it\n\nThe attack ended.The group fled.';
    expect(texts(t, 'en')).toEqual([
      'Russia says one thing.',
      'Tajikistan denies it',
      'The attack ended.',
      'The group fled.',
    ]);
  });
});

describe('matching forms', () => {
  it('folds hamza, alef maqsura, ta marbuta, diacritics, tatweel and Persian letters', () => {
    expect(normalizeWord('أوكْرانـيا')).toBe(normalizeWord('اوكرانيا'));
    expect(normalizeWord('روسيّة')).toBe('روسيه');
    expect(normalizeWord('کییف')).toBe(normalizeWord('كييف'));
    expect(normalizeWord('نفى')).toBe('نفي');
  });

  it('strips clitics and the article in their legal combinations', () => {
    const forms = (w: string) => variants(normalizeWord(w)).map((v) => v.form);
    expect(forms('وبالصين')).toContain('صين');
    expect(forms('فللروسية')).toContain('روسيه');
    expect(forms('ولروسيا')).toContain('روسيا');
    expect(forms('لبنان')[0]).toBe('لبنان'); // the bare word first
  });
});

describe('draft: mentions', () => {
  const actorsOf = (t: string, lang: 'ar' | 'en') =>
    draft(t, { lang }).mentions.map((m) => `${m.text}→${m.actor}`);

  it('finds states by name, nisba, demonym, possessive and acronym — and not "us"', () => {
    expect(actorsOf('قال الرئيس الروسي إن العلاقات مع طاجيكستان وبالصين جيدة.', 'ar')).toEqual([
      'الروسي→russia',
      'طاجيكستان→tajikistan',
      'الصين→china',
    ]);
    expect(
      actorsOf("Russia's allies and the Tajik president told us the U.S. would not.", 'en'),
    ).toEqual(['Russia→russia', 'Tajik→tajikistan', 'U.S.→united-states']);
  });

  it('reads a capital as its state, except as a place or inside a newspaper name', () => {
    expect(
      actorsOf('وقالت كييف إن موسكو تكذب، حسبما ذكرت صحيفة موسكو تايمز عن هجوم موسكو.', 'ar'),
    ).toEqual(['كييف→ukraine', 'موسكو→russia']);
  });

  it('prefers the longest name: ISIS-K over the Islamic State, Belarus over Russia', () => {
    expect(actorsOf('وأعلن تنظيم داعش ولاية خراسان مسؤوليته، ورحبت روسيا البيضاء.', 'ar')).toEqual([
      'داعش ولاية خراسان→isis-k',
      'روسيا البيضاء→belarus',
    ]);
  });

  it('marks a back-reference as a guess', () => {
    const d = draft('Russia accused Tajikistan. The country denied it.', { lang: 'en' });
    const back = d.mentions.find((m) => m.text === 'The country');
    expect(back).toMatchObject({ actor: 'tajikistan', guess: true });
  });
});

describe('draft: suggestions', () => {
  const pairs = (t: string, lang: 'ar' | 'en') =>
    draft(t, { lang }).suggestions.map((s) => `${s.source} ${s.kind} ${s.target}`);

  it('proposes nothing for two actors without a relation cue', () => {
    expect(pairs('Officials from Russia and Armenia attended the concert.', 'en')).toEqual([]);
  });

  it('turns a list of members into memberships, not pairs among the members', () => {
    expect(
      pairs('The CSTO comprises Russia, Armenia, Belarus and Kazakhstan.', 'en').sort(),
    ).toEqual([
      'armenia membership csto',
      'belarus membership csto',
      'kazakhstan membership csto',
      'russia membership csto',
    ]);
  });

  it('reads direction from Arabic verb-first order and a speaker from a reporting verb', () => {
    const d = draft('وقالت الولايات المتحدة إن روسيا هاجمت أوكرانيا.', { lang: 'ar' });
    const top = d.suggestions.find((s) => s.kind === 'attack');
    expect(top).toMatchObject({
      source: 'russia',
      target: 'ukraine',
      speaker: 'united-states',
      speakerLabel: 'الولايات المتحدة',
    });
    for (const t of top!.triggers) expect(d.sentences[0]!.text).toContain(t.text);
  });

  it('gives a denial its denier, and a negated cue the stance "denies"', () => {
    const d = draft('Ukraine denied any involvement of Russia. Russia did not attack Georgia.', {
      lang: 'en',
    });
    expect(d.suggestions).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          source: 'ukraine',
          target: 'russia',
          kind: 'denial',
          stance: 'asserts',
        }),
        expect.objectContaining({
          source: 'russia',
          target: 'georgia',
          kind: 'attack',
          stance: 'denies',
        }),
      ]),
    );
  });

  it('dates a relation only as far as the text and the source date allow', () => {
    const t = 'On Friday Russia accused Ukraine. In February 2022 Russia invaded Ukraine.';
    const withDate = draft(t, { lang: 'en', published: '2024-03-25' }).suggestions;
    expect(withDate.find((s) => s.sentence === 0)?.when).toEqual({
      date: '2024-03-22',
      basis: 'resolved',
      expression: 'On Friday',
    });
    expect(withDate.find((s) => s.sentence === 1)?.when).toMatchObject({
      date: '2022-02',
      basis: 'stated',
    });
    const undated = draft(t, { lang: 'en' }).suggestions;
    expect(undated.find((s) => s.sentence === 0)?.when).toBeUndefined();
  });

  it('reuses the ids of a given graph\u2019s actors', () => {
    const graph = {
      format: 'faultlines/2',
      id: 'g',
      title: { en: 'g', ar: 'g' },
      sources: [{ id: 's', language: 'en', title: { en: 's', ar: 's' }, text: 'x' }],
      actors: [{ id: 'ru', kind: 'state', name: { en: 'Russia', ar: 'روسيا' } }],
      relations: [],
    } as const;
    const d = draft('Russia attacked Ukraine.', { lang: 'en', graph: graph as never });
    expect(d.actors.find((a) => a.id === 'ru')).toMatchObject({ existing: true });
    expect(d.suggestions[0]).toMatchObject({ source: 'ru', target: 'ukraine' });
  });
});

describe('toGraphFile', () => {
  it('writes a valid graph whose quotes sit at their offsets, marked as suggestions', () => {
    const text =
      'Intro line.\n\nRussia accused Ukraine of the attack. Armenia suspended its membership of the CSTO.';
    const d = draft(text, { lang: 'en' });
    const g = toGraphFile(d, { text, lang: 'en', title: 'Test' });
    const parsed = parseGraph(g);
    expect(parsed.ok ? [] : parsed.problems).toEqual([]);
    // An unreviewed suggestion may wait for its translation; an accepted relation may not.
    const accepted = structuredClone(g);
    delete (accepted.relations[0] as { suggestion?: unknown }).suggestion;
    const strict = parseGraph(accepted);
    expect(strict.ok ? [] : strict.problems.map((p) => p.key)).toContain('translationMissing');
    expect(g.relations.length).toBeGreaterThan(0);
    for (const r of g.relations) {
      const s = (r as { suggestion?: { by: string; confidence: number } }).suggestion;
      expect(s?.by).toBeTruthy();
      for (const e of r.evidence) {
        const at = (e as { at?: { start: number; end: number } }).at!;
        expect(text.slice(at.start, at.end)).toBe(e.quote);
      }
    }
  });
});
