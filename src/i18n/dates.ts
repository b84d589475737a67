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

/**
 * The month names Intl gives for intlLocale(lang) ("March", «مارس»), written out: a single date is
 * "22 March 2024" / «22 مارس 2024» in both, and the first Intl.DateTimeFormat a page builds costs
 * 30–100 ms in Chromium (it loads the locale and time-zone data) — on the first render, before the
 * canvas, for the source's date under every graph. Ranges still go through Intl (formatRange),
 * once a reader opens evidence. dates.test.ts checks every month against Intl.
 */
const MONTHS: Record<Language, readonly string[]> = {
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
  ar: [
    'يناير',
    'فبراير',
    'مارس',
    'أبريل',
    'مايو',
    'يونيو',
    'يوليو',
    'أغسطس',
    'سبتمبر',
    'أكتوبر',
    'نوفمبر',
    'ديسمبر',
  ],
};

export function formatPartialDate(date: string, lang: Language): string {
  const [year = '', month, day] = date.split('-');
  const name = month === undefined ? undefined : MONTHS[lang][Number(month) - 1];
  // Anything but a real year, month or day (the schema admits no other) goes to Intl, which
  // says what it makes of it (31 February as 2 March).
  const real =
    /^\d{4}$/.test(year) &&
    (month === undefined || name !== undefined) &&
    (day === undefined || new Date(startOf(date)).getUTCDate() === Number(day));
  if (!real) return formatter(lang, precisionOf(date)).format(new Date(startOf(date)));
  const y = String(Number(year));
  if (name === undefined) return y;
  return day === undefined ? `${name} ${y}` : `${Number(day)} ${name} ${y}`;
}

/** "23–24 March 2024", "January – March 2024", or a single date. */
export function formatWhen(when: Pick<When, 'date' | 'until'>, lang: Language): string {
  if (!when.until || when.until === when.date) return formatPartialDate(when.date, lang);
  return formatter(lang, precisionOf(when.date)).formatRange(
    new Date(startOf(when.date)),
    new Date(startOf(when.until)),
  );
}
