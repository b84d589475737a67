import { describe, expect, it } from 'vitest';
import {
  emptyEvidence,
  evidenceFields,
  evidenceProblems,
  relationDefaults,
  reversed,
  withKind,
} from './values.ts';

describe('relation form values', () => {
  it('takes tension and direction from the kind until the author sets the tension', () => {
    const v = withKind(relationDefaults(), 'attack');
    expect(v).toMatchObject({ kind: 'attack', tension: 2, directed: true });
    const set = { ...v, tension: 1 as const, tensionSet: true };
    expect(withKind(set, 'alliance')).toMatchObject({ tension: 1, directed: false });
  });

  it('reverses with one step', () => {
    expect(reversed({ ...relationDefaults(), source: 'a', target: 'b' })).toMatchObject({
      source: 'b',
      target: 'a',
    });
  });

  it('asks for the words that give a date, and that they be in the quote', () => {
    const quote = 'يوم الجمعة اتهمت روسيا أوكرانيا';
    const v = { ...emptyEvidence(), date: '2024-03-22' };
    expect(evidenceProblems(v, quote)).toEqual(['expression']);
    expect(evidenceProblems({ ...v, expression: 'يوم السبت' }, quote)).toEqual([
      'expressionNotInQuote',
    ]);
    expect(evidenceProblems({ ...v, expression: 'يوم الجمعة' }, quote)).toEqual([]);
    expect(evidenceProblems({ ...v, date: '2024-13' }, quote)).toContain('date');
  });

  it('stores only what was filled in', () => {
    expect(evidenceFields(emptyEvidence())).toEqual({});
    expect(
      evidenceFields({
        ...emptyEvidence(),
        stance: 'denies',
        translation: { en: ' Kyiv denied it. ', ar: '' },
        date: '2024',
        expression: 'عام 2024',
      }),
    ).toEqual({
      stance: 'denies',
      translation: { en: 'Kyiv denied it.' },
      when: { date: '2024', basis: 'stated', expression: 'عام 2024' },
    });
  });
});
