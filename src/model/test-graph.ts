/** A small valid graph for unit tests; each test mutates its own copy. */
import type { GraphFile } from './schema.ts';

export const SOURCE_TEXT =
  'قالت روسيا يوم السبت إن المشتبه بهم جاءوا من طاجيكستان. وتنفي طاجيكستان ذلك. وطاجيكستان وروسيا حليفتان.';

export function testGraphFile(): GraphFile {
  return structuredClone({
    format: 'faultlines/3',
    id: 'test',
    title: { en: 'Test', ar: 'اختبار' },
    sources: [
      { id: 'src', language: 'ar', title: { en: 'Source', ar: 'مصدر' }, text: SOURCE_TEXT },
    ],
    actors: [
      { id: 'russia', kind: 'state', name: { en: 'Russia', ar: 'روسيا' } },
      { id: 'tajikistan', kind: 'state', name: { en: 'Tajikistan', ar: 'طاجيكستان' } },
      { id: 'csto', kind: 'alliance', name: { en: 'CSTO', ar: 'منظمة معاهدة الأمن الجماعي' } },
    ],
    relations: [
      {
        id: 'ru-tj-accusation',
        source: 'russia',
        target: 'tajikistan',
        kind: 'accusation',
        directed: true,
        tension: 1,
        summary: { en: 'Russia blames Tajik suspects', ar: 'روسيا تتهم' },
        evidence: [
          {
            source: 'src',
            quote: 'قالت روسيا يوم السبت إن المشتبه بهم جاءوا من طاجيكستان.',
            translation: { en: 'Russia said on Saturday that the suspects came from Tajikistan.' },
            speaker: 'russia',
            stance: 'asserts',
            when: { date: '2024-03-23', basis: 'resolved', expression: 'يوم السبت' },
          },
          {
            source: 'src',
            quote: 'وتنفي طاجيكستان ذلك.',
            translation: { en: 'Tajikistan denies this.' },
            speaker: 'tajikistan',
            stance: 'denies',
          },
        ],
      },
      {
        id: 'ru-tj-alliance',
        source: 'russia',
        target: 'tajikistan',
        kind: 'alliance',
        directed: false,
        tension: -2,
        summary: { en: 'Allies', ar: 'حليفتان' },
        evidence: [
          {
            source: 'src',
            quote: 'وطاجيكستان وروسيا   حليفتان.',
            translation: { en: 'Tajikistan and Russia are allies.' },
          },
        ],
      },
    ],
  } satisfies GraphFile);
}
