import { describe, expect, it } from 'vitest';
import { LANGUAGE_CODES } from '../model/vocabulary.ts';
import { formatPartialDate, formatWhen } from './dates.ts';
import { intlLocale } from './i18n.ts';

/** What Intl says, the reference `formatPartialDate` writes out without building a formatter. */
function intl(date: string, lang: (typeof LANGUAGE_CODES)[number]): string {
  const [y, m, d] = date.split('-').map(Number);
  const options: Intl.DateTimeFormatOptions =
    d !== undefined
      ? { year: 'numeric', month: 'long', day: 'numeric' }
      : m !== undefined
        ? { year: 'numeric', month: 'long' }
        : { year: 'numeric' };
  return new Intl.DateTimeFormat(intlLocale(lang), { ...options, timeZone: 'UTC' }).format(
    new Date(Date.UTC(y!, (m ?? 1) - 1, d ?? 1)),
  );
}

describe('formatPartialDate', () => {
  it('writes every month, day and year as Intl does, in every language', () => {
    const dates = ['2024', '1999', '0999'];
    for (let m = 1; m <= 12; m++) {
      const mm = String(m).padStart(2, '0');
      dates.push(`2024-${mm}`, `2024-${mm}-01`, `2024-${mm}-09`, `2023-${mm}-28`);
    }
    dates.push('2024-02-29', '2024-03-22', '2024-12-31');
    for (const lang of LANGUAGE_CODES)
      for (const date of dates)
        expect([date, formatPartialDate(date, lang)]).toEqual([date, intl(date, lang)]);
  });

  it('says what the text says in each language', () => {
    expect(formatPartialDate('2024-03-22', 'en')).toBe('22 March 2024');
    expect(formatPartialDate('2024-03-22', 'ar')).toBe('22 مارس 2024');
    expect(formatPartialDate('2024-03', 'ar')).toBe('مارس 2024');
    expect(formatPartialDate('2024', 'en')).toBe('2024');
  });

  it('leaves a day that is not in its month to Intl', () => {
    expect(formatPartialDate('2023-02-29', 'en')).toBe(intl('2023-02-29', 'en'));
  });

  it('writes a range as one phrase', () => {
    expect(formatWhen({ date: '2024-03-22', until: '2024-03-24' }, 'en')).toMatch(
      /^22\s*–\s*24 March 2024$/,
    );
  });
});
