/**
 * A points sheet and a links sheet, as a journalist pastes them from a Kumu- or Flourish-shaped
 * spreadsheet, headed in English or in Arabic: quotes of the Crocus article (ARTICLE), one row
 * with a kind that does not exist and one whose quote is not in the article.
 */
const ACCUSATION = 'وتقول روسيا إن المشتبه بهم في هجوم موسكو الإرهابي جاءوا من طاجيكستان';
const ALLIES = 'وطاجيكستان وروسيا حليفتان';
const CLAIM = 'وأعلن تنظيم داعش ولاية خراسان، أحد فروع تنظيم الدولة الإسلامية، مسؤوليته عن الهجوم';
export const NOT_IN_ARTICLE = 'هاجم داعش موسكو بالطائرات المسيّرة';

const tsv = (rows: string[][]) => rows.map((r) => r.join('\t')).join('\n');

export const SHEETS = {
  en: {
    points: tsv([
      ['ID', 'Name EN', 'Name AR', 'Type'],
      ['isis-k', 'ISIS-K', 'داعش خراسان', 'armed group'],
      ['fsb', 'FSB', 'جهاز الأمن الفيدرالي', 'state'],
    ]),
    links: tsv([
      ['From', 'To', 'Connection Type', 'Quote', 'Translation', 'Desk note'],
      [
        'Russia',
        'Tajikistan',
        'accusation',
        ACCUSATION,
        'Russia says the suspects came from Tajikistan',
        'call back',
      ],
      ['Tajikistan', 'Russia', 'alliance', ALLIES, 'Tajikistan and Russia are allies', ''],
      ['Russia', 'Tajikistan', 'friendship', ALLIES, 'friends', ''],
      ['ISIS-K', 'Russia', 'attack', NOT_IN_ARTICLE, 'ISIS attacked Moscow with drones', ''],
      ['ISIS-K', 'Russia', 'attack', CLAIM, 'ISIS-K claimed the attack', ''],
    ]),
    errors: [
      /Links, row 4, column Connection Type: relation kind “friendship” is not one of/,
      /Links, row 5, column Quote: the quote is not found in/,
    ],
    tabs: { relations: /^Relations$/, problems: /^Problems/, actors: /^Actors$/ },
  },
  ar: {
    points: tsv([
      ['المعرف', 'الاسم بالإنجليزية', 'الاسم بالعربية', 'النوع'],
      ['isis-k', 'ISIS-K', 'داعش خراسان', 'جماعة مسلحة'],
      ['fsb', 'FSB', 'جهاز الأمن الفيدرالي', 'دولة'],
    ]),
    links: tsv([
      ['المصدر', 'الهدف', 'نوع العلاقة', 'الاقتباس', 'الترجمة الإنجليزية', 'ملاحظة المكتب'],
      [
        'روسيا',
        'طاجيكستان',
        'اتهام',
        ACCUSATION,
        'Russia says the suspects came from Tajikistan',
        'للمتابعة',
      ],
      ['طاجيكستان', 'روسيا', 'تحالف', ALLIES, 'Tajikistan and Russia are allies', ''],
      ['روسيا', 'طاجيكستان', 'صداقة', ALLIES, 'friends', ''],
      ['داعش خراسان', 'روسيا', 'هجوم', NOT_IN_ARTICLE, 'ISIS attacked Moscow with drones', ''],
      ['داعش خراسان', 'روسيا', 'هجوم', CLAIM, 'ISIS-K claimed the attack', ''],
    ]),
    errors: [/الروابط، الصفّ 4، العمود نوع العلاقة: /, /الروابط، الصفّ 5، العمود الاقتباس: /],
    tabs: { relations: /^العلاقات$/, problems: /^المشكلات/, actors: /^الفاعلون$/ },
  },
};
