/**
 * Rules of the drafting assistant beyond the basics of draft.test.ts: plural back-references,
 * ambiguous names beside a state's nouns, nisba adjectives that only qualify a name, and a
 * cue's own subject and object.
 */
import { describe, expect, it } from 'vitest';
import { draft } from './index.ts';

const pairs = (t: string, lang: 'ar' | 'en') =>
  draft(t, { lang }).suggestions.map((s) => `${s.source} ${s.kind} ${s.target}`);
const actorsIn = (t: string, lang: 'ar' | 'en', sentence: number) =>
  draft(t, { lang })
    .mentions.filter((m) => m.sentence === sentence)
    .map((m) => `${m.actor}${m.guess ? '?' : ''}`);

describe('plural back-references', () => {
  it('reads «الدولتان» and "the two countries" as the last two states named, as guesses', () => {
    const ar = 'أعلنت روسيا وبيلاروسيا مناورات مشتركة. واتهمت الدولتان بولندا بالتصعيد.';
    expect(actorsIn(ar, 'ar', 1)).toEqual(['russia?', 'belarus?', 'poland']);
    expect(pairs(ar, 'ar')).toEqual(
      expect.arrayContaining(['russia accusation poland', 'belarus accusation poland']),
    );
    const en = 'Mali and Niger left the bloc. The two countries accused France of meddling.';
    expect(actorsIn(en, 'en', 1)).toEqual(['mali?', 'niger?', 'france']);
  });

  it('points nowhere when fewer states were named', () => {
    expect(actorsIn('Russia spoke. The three countries agreed.', 'en', 1)).toEqual([]);
  });
});

describe('ambiguous names', () => {
  it('reads «المالي» after «الجيش» as Mali, and not in «الدعم المالي»', () => {
    expect(actorsIn('وقاتلت فرنسا إلى جانب الجيش المالي.', 'ar', 0)).toEqual(['france', 'mali']);
    expect(actorsIn('وقدمت فرنسا الدعم المالي.', 'ar', 0)).toEqual(['france']);
  });
});

describe('nisba adjectives that qualify a name', () => {
  it('does not pair «الروسية» in «مجموعة فاغنر الروسية» with anyone', () => {
    const p = pairs('وقال إن مجموعة فاغنر الروسية تقاتل إلى جانب الجيش المالي.', 'ar');
    expect(p).toEqual(['wagner cooperation mali']);
  });
});

describe("a cue's subject and object", () => {
  it('relates the accuser to the accused, not to an actor named further on', () => {
    for (const [t, lang] of [
      ['Poland accused Belarus of helping Russia.', 'en'],
      ['واتهمت بولندا بيلاروسيا بمساعدة روسيا.', 'ar'],
    ] as const) {
      const p = pairs(t, lang);
      expect(p).toContain('poland accusation belarus');
      expect(p.filter((x) => x.includes('poland') && x.includes('russia'))).toEqual([]);
    }
  });
});

describe('cue words, whole', () => {
  it('reads "severed ties" as a suspension, and "several times" or "severe" as nothing', () => {
    expect(pairs('Egypt severed ties with Sudan.', 'en')).toEqual(['egypt suspension sudan']);
    const none =
      'Sudan has shifted its position several times with Egypt. Egypt faced severe floods with Sudan.';
    expect(pairs(none, 'en').filter((p) => p.includes('suspension'))).toEqual([]);
  });

  it('reads "sources", "joint" and "allegiance" as no cue of strain, membership or accusation', () => {
    const t =
      'Sources in Egypt spoke of Sudan. Egypt and Sudan held joint exercises. Sudan pledged allegiance to Egypt.';
    const wrong = pairs(t, 'en').filter((p) => /strain|membership|accusation/.test(p));
    expect(wrong).toEqual([]);
    expect(pairs('Ties between Egypt and Sudan soured.', 'en')).toContain('egypt strain sudan');
  });
});
