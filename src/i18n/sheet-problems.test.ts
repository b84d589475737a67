/** Every spreadsheet-import problem reads in both interface languages, with the same values. */
import { describe, expect, it } from 'vitest';
import { SHEET_PROBLEM_TEMPLATES } from '../model/formats/sheet-problems.ts';
import ar from './locales/ar.json';
import en from './locales/en.json';

const params = (s: string) => [...s.matchAll(/{{(\w+)}}/g)].map((m) => m[1]).sort();

describe('sheet import problems', () => {
  it('has an English and an Arabic message for each, naming the values the model gives', () => {
    for (const [key, template] of Object.entries(SHEET_PROBLEM_TEMPLATES)) {
      const english = (en.sheetProblem as Record<string, string>)[key];
      const arabic = (ar.sheetProblem as Record<string, string>)[key];
      expect(english, key).toBeTypeOf('string');
      expect(arabic, key).toBeTypeOf('string');
      expect(arabic, key).toMatch(/[\u0600-\u06ff]/);
      // The model's English wording fills the same slots the locales name.
      const probe = new Proxy({}, { get: (_t, name) => `{{${String(name)}}}` });
      const modelSlots = [...new Set(params(template(probe as Record<string, string>)))];
      expect([...new Set(params(english!))], key).toEqual(modelSlots);
      expect([...new Set(params(arabic!))], key).toEqual(modelSlots);
    }
  });
});
