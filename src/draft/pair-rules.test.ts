/**
 * Which two actors a cue ties (pair-rules.ts, roles.ts, members.ts, short-forms.ts): each test
 * is a sentence a reporter could write, with the pair a reader sees and the pairs it must not get.
 */
import { describe, expect, it } from 'vitest';
import { draft } from './index.ts';

const pairs = (t: string, lang: 'ar' | 'en') =>
  draft(t, { lang }).suggestions.map((s) => [s.source, s.target].sort().join('~'));

describe('pairs', () => {
  it('keeps "neither A nor B" a list even where one of them is named again', () => {
    const p = pairs('ولم تعلق روسيا ولا الصين على الهجوم، وكانت روسيا قد اتهمت الصين سابقا.', 'ar');
    expect(p).not.toContain('china~russia');
  });

  it('relates a list to itself only through a reciprocal word right after it', () => {
    expect(
      pairs('وقالت الأمم المتحدة إن تركيا ومصر تواصل تزويد أطراف النزاع بالأسلحة.', 'ar'),
    ).not.toContain('egypt~turkey');
    expect(pairs('وطاجيكستان وروسيا حليفتان.', 'ar')).toEqual(['russia~tajikistan']);
  });

  it('does not relate the members of a list after "with" to each other', () => {
    expect(pairs('Russia said its ties with China and Iran have grown.', 'en')).not.toContain(
      'china~iran',
    );
  });

  it('relates a state named as a place only to the one waging the war there', () => {
    const p = pairs('Britain accused Iran of prolonging the war in Yemen.', 'en');
    expect(p).toContain('iran~united-kingdom');
    expect(p.filter((x) => x.includes('yemen'))).toEqual([]);
    expect(pairs("Russia's war in Ukraine worried Poland.", 'en')).toContain('russia~ukraine');
  });

  it('proposes leadership only of an organisation', () => {
    expect(pairs('Belarus is led by Russia in all but name.', 'en')).toEqual([]);
    const p = draft('Armenia is part of the CSTO, which is led by Russia.', { lang: 'en' });
    const lead = p.suggestions.filter((s) => s.kind === 'leadership');
    expect(lead.map((s) => [s.source, s.target].sort().join('~'))).toEqual(['csto~russia']);
  });

  it('ties "with Y" to the sentence subject, however far, and reads a former state as a container', () => {
    const p = pairs(
      'وتتمتع أرمينيا، وهي دولة في جنوب القوقاز، بعلاقات تعاون وثيقة مع إيران وكانت جزءًا من الاتحاد السوفيتي.',
      'ar',
    );
    expect(p).toEqual(expect.arrayContaining(['armenia~iran', 'armenia~soviet-union']));
    expect(p).not.toContain('iran~soviet-union');
    // The subject may be a list: each of its members has the ties.
    expect(pairs('Poland and Lithuania, both NATO members, cut ties with Belarus.', 'en')).toEqual(
      expect.arrayContaining(['belarus~poland', 'belarus~lithuania']),
    );
  });

  it('pairs the denier in «وهو ما تنفيه X» with the claim the sentence began with', () => {
    const d = draft('واتهمت بولندا بيلاروسيا بتهريب المهاجرين إلى ليتوانيا، وهو ما تنفيه مينسك.', {
      lang: 'ar',
    });
    const denials = d.suggestions.filter((s) => s.kind === 'denial');
    expect(denials.map((s) => `${s.source}>${s.target}`)).toEqual(['belarus>poland']);
  });

  it('reads a short form after the longer-named branch as the branch, as a guess', () => {
    const d = draft(
      'وأعلن تنظيم داعش ولاية خراسان مسؤوليته عن الهجوم. وقال خبراء إن داعش استهدف روسيا.',
      { lang: 'ar' },
    );
    expect(d.mentions.filter((m) => m.sentence === 1)[0]).toMatchObject({
      actor: 'isis-k',
      guess: true,
      via: 'short-form',
    });
    // Not for states: "Sudan" after "South Sudan" is Sudan.
    const s = draft('South Sudan accused Sudan of shelling.', { lang: 'en' });
    expect(s.mentions.map((m) => m.actor)).toEqual(['south-sudan', 'sudan']);
  });
});
