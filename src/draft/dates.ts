/**
 * The dates a sentence gives, as precise as its words allow. A stated date ("February 2022",
 * «فبراير/شباط 2022») needs nothing else; a relative one ("on Friday", «السبت», "earlier this
 * year") is read against the source's publication date, and is left out when that is unknown.
 * Nothing is given a day the text does not give.
 */
import type { When } from '../model/schema.ts';

export interface FoundDate {
  when: When;
  start: number;
  end: number;
}

const EN_MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
const EN_SHORT = [
  'jan',
  'feb',
  'mar',
  'apr',
  'may',
  'jun',
  'jul',
  'aug',
  'sept?',
  'oct',
  'nov',
  'dec',
];
const AR_MONTHS = [
  ['يناير', 'كانون الثاني'],
  ['فبراير', 'شباط'],
  ['مارس', 'آذار'],
  ['أبريل', 'إبريل', 'نيسان'],
  ['مايو', 'أيار'],
  ['يونيو', 'حزيران'],
  ['يوليو', 'تموز'],
  ['أغسطس', 'آب'],
  ['سبتمبر', 'أيلول'],
  ['أكتوبر', 'تشرين الأول'],
  ['نوفمبر', 'تشرين الثاني'],
  ['ديسمبر', 'كانون الأول'],
];
const EN_DAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const AR_DAYS = ['الأحد', 'الاثنين|الإثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت'];

const monthAlternatives: { re: string; month: number }[] = [];
EN_MONTHS.forEach((m, i) =>
  monthAlternatives.push({ re: `${m}|${EN_SHORT[i]}\\.?`, month: i + 1 }),
);
AR_MONTHS.forEach((names, i) =>
  monthAlternatives.push({ re: names.map((n) => n.replace(' ', '\\s+')).join('|'), month: i + 1 }),
);
// "فبراير/شباط": a Gregorian month name with its Levantine twin after a slash.
const MONTH = `(?:${monthAlternatives.map((m) => m.re).join('|')})(?:\\s*/\\s*(?:${AR_MONTHS.flat().join('|').replace(/ /g, '\\s+')}))?`;

function monthOf(text: string): number | undefined {
  const word = text.toLowerCase().split('/')[0]!.trim();
  for (const m of monthAlternatives)
    if (new RegExp(`^(?:${m.re})$`, 'u').test(word)) return m.month;
  return undefined;
}

const pad = (n: number) => String(n).padStart(2, '0');
const ymd = (d: Date) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
const ym = (y: number, m: number) => `${y}-${pad(m)}`;

function day(published: string): Date | undefined {
  const d = new Date(`${published}T00:00:00Z`);
  return Number.isNaN(d.getTime()) ? undefined : d;
}
function addDays(d: Date, n: number): Date {
  return new Date(d.getTime() + n * 86_400_000);
}

type Rule = (m: RegExpExecArray, pub: Date | undefined) => Omit<When, 'expression'> | undefined;
const L = '(?<![\\p{L}\\p{M}])';
const R = '(?![\\p{L}\\p{M}])';
const rules: { re: RegExp; rule: Rule }[] = [];
const rule = (source: string, r: Rule) =>
  rules.push({ re: new RegExp(L + source + R, 'giu'), rule: r });

rule(`(\\d{1,2})\\s+(${MONTH}),?\\s+(\\d{4})`, (m) => {
  const month = monthOf(m[2]!);
  return month ? { date: `${ym(+m[3]!, month)}-${pad(+m[1]!)}`, basis: 'stated' } : undefined;
});
rule(`(${MONTH})\\s+(\\d{1,2}),?\\s+(\\d{4})`, (m) => {
  const month = monthOf(m[1]!);
  return month ? { date: `${ym(+m[3]!, month)}-${pad(+m[2]!)}`, basis: 'stated' } : undefined;
});
rule(`(${MONTH})(?:\\s+of)?,?\\s+(\\d{4})`, (m) => {
  const month = monthOf(m[1]!);
  return month ? { date: ym(+m[2]!, month), basis: 'stated' } : undefined;
});
// A month with no year: this year's, or last year's if it has not come yet.
rule(
  `(?:in|on|since|في|منذ|خلال)\\s+(?:(\\d{1,2})\\s+)?(${MONTH})(?:\\s+(\\d{1,2}))?`,
  (m, pub) => {
    const month = monthOf(m[2]!);
    if (!month || !pub) return undefined;
    const y = pub.getUTCFullYear() - (month > pub.getUTCMonth() + 1 ? 1 : 0);
    const d = m[1] ?? m[3];
    return { date: d ? `${ym(y, month)}-${pad(+d)}` : ym(y, month), basis: 'resolved' };
  },
);
rule(`(?:in|since|عام|العام|سنة|في|منذ)\\s+((?:19|20)\\d{2})`, (m) => ({
  date: m[1]!,
  basis: 'stated',
}));
rule(
  `(?:earlier this year|في\\s+وقت\\s+سابق\\s+(?:من\\s+)?هذا\\s+العام|في\\s+وقت\\s+سابق\\s+من\\s+العام\\s+الجاري)`,
  (_m, pub) =>
    pub
      ? {
          date: `${pub.getUTCFullYear()}-01`,
          until: ym(pub.getUTCFullYear(), pub.getUTCMonth() + 1),
          basis: 'resolved',
        }
      : undefined,
);
rule(`(?:this year|هذا\\s+العام|العام\\s+الجاري)`, (_m, pub) =>
  pub ? { date: `${pub.getUTCFullYear()}`, basis: 'resolved' } : undefined,
);
rule(`(?:last year|العام\\s+الماضي)`, (_m, pub) =>
  pub ? { date: `${pub.getUTCFullYear() - 1}`, basis: 'resolved' } : undefined,
);
rule(`(?:last month|الشهر\\s+الماضي)`, (_m, pub) => {
  if (!pub) return undefined;
  const d = new Date(Date.UTC(pub.getUTCFullYear(), pub.getUTCMonth() - 1, 1));
  return { date: ym(d.getUTCFullYear(), d.getUTCMonth() + 1), basis: 'resolved' };
});
rule(
  `(?:(?:over|during|at) the weekend|this weekend|last weekend|(?:خلال\\s+)?عطلة\\s+نهاية\\s+الأسبوع|نهاية\\s+الأسبوع\\s+الماضي)`,
  (_m, pub) => {
    if (!pub) return undefined;
    const back = (pub.getUTCDay() - 6 + 7) % 7 || 7; // the last Saturday before the day of publication
    const sat = addDays(pub, -back);
    return { date: ymd(sat), until: ymd(addDays(sat, 1)), basis: 'resolved' };
  },
);
rule(`(?:yesterday|أمس|بالأمس)`, (_m, pub) =>
  pub ? { date: ymd(addDays(pub, -1)), basis: 'resolved' } : undefined,
);
rule(`(?:on\\s+|last\\s+|(?:يوم\\s+))?(${EN_DAYS.join('|')}|${AR_DAYS.join('|')})`, (m, pub) => {
  if (!pub) return undefined;
  const w = m[1]!.toLowerCase();
  const dow =
    EN_DAYS.indexOf(w) >= 0
      ? EN_DAYS.indexOf(w)
      : AR_DAYS.findIndex((d) => d.split('|').includes(w));
  if (dow < 0) return undefined;
  // The most recent such day on or before publication: news reports what has happened.
  const back = (pub.getUTCDay() - dow + 7) % 7;
  return { date: ymd(addDays(pub, -back)), basis: 'resolved' };
});

// A cheap first look: most sentences have no digit and none of these words, so no rule can match.
const HINT = new RegExp(
  `\\d|${[...EN_MONTHS, ...EN_SHORT, ...AR_MONTHS.flat(), ...EN_DAYS, ...AR_DAYS.flatMap((d) => d.split('|'))].join('|')}|year|month|week|yesterday|العام|الشهر|الأسبوع|أمس|بالأمس`,
  'iu',
);

/** The date expressions of a span of text, in order (offsets shifted by `offset`). */
export function findDates(text: string, published: string | undefined, offset = 0): FoundDate[] {
  if (!HINT.test(text)) return [];
  const pub = published ? day(published) : undefined;
  const taken: [number, number][] = [];
  const out: FoundDate[] = [];
  for (const { re, rule: r } of rules) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const s = m.index;
      const e = s + m[0].length;
      if (taken.some(([a, b]) => s < b && e > a)) continue;
      const w = r(m, pub);
      if (!w) continue;
      taken.push([s, e]);
      out.push({ when: { ...w, expression: m[0] }, start: offset + s, end: offset + e });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
