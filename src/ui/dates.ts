/** Dates shown as precisely as the text gives them: a year, a month or a day, never more. */
import { intlLocale } from '../i18n/i18n.ts';
import type { When } from '../model/schema.ts';
import { precisionOf, startOf } from '../model/time.ts';
import type { Language } from '../model/vocabulary.ts';

const OPTIONS = {
  year: { year: 'numeric' },
  month: { year: 'numeric', month: 'long' },
  day: { year: 'numeric', month: 'long', day: 'numeric' },
} as const satisfies Record<string, Intl.DateTimeFormatOptions>;

export function formatPartialDate(date: string, lang: Language): string {
  const format = new Intl.DateTimeFormat(intlLocale(lang), {
    ...OPTIONS[precisionOf(date)],
    timeZone: 'UTC',
  });
  return format.format(new Date(startOf(date)));
}

/** "23–24 March 2024", "January – March 2024", or a single date. */
export function formatWhen(when: Pick<When, 'date' | 'until'>, lang: Language): string {
  if (!when.until || when.until === when.date) return formatPartialDate(when.date, lang);
  const format = new Intl.DateTimeFormat(intlLocale(lang), {
    ...OPTIONS[precisionOf(when.date)],
    timeZone: 'UTC',
  });
  return format.formatRange(new Date(startOf(when.date)), new Date(startOf(when.until)));
}
