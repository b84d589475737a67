/**
 * A long article for the drafting assistant's speed benchmark: news-like sentences drawn with a
 * seeded generator from a pool of actors, cues, reporting verbs and filler, so every run reads
 * the same text. Realistic density: about one sentence in two names two actors.
 */
import { seededRandom } from '../../src/model/random.ts';

const POOL = {
  en: {
    actors: [
      'Russia',
      'Ukraine',
      'the United States',
      'China',
      'NATO',
      'the CSTO',
      'Armenia',
      'Azerbaijan',
      'Iran',
      'Moscow',
      'Kyiv',
      'the Taliban',
      'Belarus',
      'Turkey',
      'the EU',
    ],
    cues: [
      'accused',
      'criticised',
      'attacked',
      'signed a deal with',
      'denied helping',
      'suspended talks with',
      'is allied with',
      'warned',
    ],
    filler: [
      'officials said on Monday',
      'according to state media',
      'in a statement',
      'amid growing tensions in the region',
      'after weeks of talks',
      'as prices rose',
      'the report added',
      'while the economy slowed',
    ],
    plain: [
      'The weather was cold and markets were quiet.',
      'Analysts expect more talks next month.',
      'The ministry published new figures on trade and energy.',
      'Thousands of people gathered in the capital for the festival.',
    ],
  },
  ar: {
    actors: [
      'روسيا',
      'أوكرانيا',
      'الولايات المتحدة',
      'الصين',
      'حلف شمال الأطلسي',
      'منظمة معاهدة الأمن الجماعي',
      'أرمينيا',
      'أذربيجان',
      'إيران',
      'موسكو',
      'كييف',
      'حركة طالبان',
      'بيلاروسيا',
      'تركيا',
      'الاتحاد الأوروبي',
    ],
    cues: [
      'اتهمت',
      'انتقدت',
      'هاجمت',
      'وقعت اتفاقًا مع',
      'نفت مساعدة',
      'علقت مشاركتها مع',
      'تحالفت مع',
      'حذرت',
    ],
    filler: [
      'حسبما قال مسؤولون يوم الاثنين',
      'وفقًا لوسائل الإعلام الرسمية',
      'في بيان رسمي',
      'وسط توترات متزايدة في المنطقة',
      'بعد أسابيع من المحادثات',
      'مع ارتفاع الأسعار',
      'كما أضاف التقرير',
      'في حين تباطأ الاقتصاد',
    ],
    plain: [
      'وكان الطقس باردًا والأسواق هادئة.',
      'ويتوقع المحللون مزيدًا من المحادثات الشهر المقبل.',
      'ونشرت الوزارة أرقامًا جديدة عن التجارة والطاقة.',
      'وتجمع آلاف الأشخاص في العاصمة للاحتفال.',
    ],
  },
};

export function generatedArticle(lang: 'ar' | 'en', words: number, seed = 7): string {
  const rand = seededRandom(seed);
  const pick = <T>(xs: T[]) => xs[Math.floor(rand() * xs.length)]!;
  const p = POOL[lang];
  const out: string[] = [];
  let count = 0;
  while (count < words) {
    const sentence =
      rand() < 0.5
        ? `${pick(p.actors)} ${pick(p.cues)} ${pick(p.actors)} ${pick(p.filler)}.`.replace(
            /^./u,
            (c) => c.toUpperCase(),
          )
        : pick(p.plain);
    out.push(sentence);
    count += sentence.split(/\s+/u).length;
    if (rand() < 0.2) out.push('\n\n');
  }
  return out.join(' ');
}
