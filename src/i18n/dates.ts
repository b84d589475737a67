/** Dates shown as precisely as the text gives them: a year, a month or a day, never more. */
import { intlLocale } from './i18n.ts';
import type { When } from '../model/schema.ts';
import { precisionOf, startOf } from '../model/time.ts';
import type { Language } from '../model/vocabulary.ts';

const OPTIONS = {
  year: { year: 'numeric' },
  month: { year: 'numeric', month: 'long' },
  day: { year: 'numeric', month: 'long', day: 'numeric' },
} as const satisfies Record<string, Intl.DateTimeFormatOptions>;

/**
 * Building an Intl.DateTimeFormat costs about a millisecond, and an actor's evidence shows dozens
 * of dates: one formatter per language and precision, made on first use.
 */
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(lang: Language, precision: keyof typeof OPTIONS): Intl.DateTimeFormat {
  const key = `${lang}:${precision}`;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(intlLocale(lang), { ...OPTIONS[precision], timeZone: 'UTC' });
    formatters.set(key, format);
  }
  return format;
}

export function formatPartialDate(date: string, lang: Language): string {
  return formatter(lang, precisionOf(date)).format(new Date(startOf(date)));
}

/** "23–24 March 2024", "January – March 2024", or a single date. */
export function formatWhen(when: Pick<When, 'date' | 'until'>, lang: Language): string {
  if (!when.until || when.until === when.date) return formatPartialDate(when.date, lang);
  return formatter(lang, precisionOf(when.date)).formatRange(
    new Date(startOf(when.date)),
    new Date(startOf(when.until)),
  );
}
