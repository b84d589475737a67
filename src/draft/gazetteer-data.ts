/**
 * The gazetteer's data: the repo's file of organisations, capitals, demonyms and leaders, and
 * state names in English and Arabic from i18n-iso-countries. Only the en and ar locale files
 * are imported (not the package's entry point, which would pull in its code-list data too).
 */
import arCountries from 'i18n-iso-countries/langs/ar.json';
import enCountries from 'i18n-iso-countries/langs/en.json';
import data from '../../data/draft/gazetteer.json';
import type { ActorKind } from '../model/vocabulary.ts';

interface Names {
  en: string[];
  ar: string[];
}

export interface GazetteerData {
  organisations: { id: string; kind: ActorKind; wikidata?: string; en: string[]; ar: string[] }[];
  countries: Record<
    string,
    {
      id?: string;
      en?: string;
      wikidata?: string;
      'en-aliases'?: string[];
      'ar-aliases'?: string[];
      demonyms?: { en?: string[]; ar?: string[] };
    }
  >;
  ambiguous: Names;
  /** Nouns only a state has ("army", «جيش»): next to one, an ambiguous name is the state. */
  'state-nouns': Names;
  capitals: ({ of: string } & Names)[];
  leaders: ({ of: string } & Names)[];
  'not-actors': Names;
  'back-references': Record<
    string,
    Names & { possessive?: Names; plural?: ({ count: number } & Names)[] }
  >;
  locatives: Names;
  prepositions: Names & { locative: Names };
  /** Pronouns that, opening a sentence, continue the previous sentence's subject («وهي …»). */
  continuation: Names;
}

export const GAZETTEER = data as GazetteerData;

const asList = (v: string | string[]): string[] => (Array.isArray(v) ? v : [v]);

/** Every ISO 3166 country with its English and Arabic names (first = the package's default). */
export function countryNames(): { code: string; en: string[]; ar: string[] }[] {
  const en = enCountries.countries as Record<string, string | string[]>;
  const ar = arCountries.countries as Record<string, string | string[]>;
  return Object.keys(en)
    .filter((code) => ar[code] !== undefined)
    .map((code) => ({ code, en: asList(en[code]!), ar: asList(ar[code]!) }));
}
