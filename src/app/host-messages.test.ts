import { describe, expect, it } from 'vitest';
import { heightMessages, parseHostMessage } from './host-messages.ts';

describe('host messages', () => {
  it('accepts well-formed selects', () => {
    expect(parseHostMessage({ type: 'faultlines:select', relation: 'a' })).toEqual({
      relation: 'a',
    });
    expect(
      parseHostMessage({ type: 'faultlines:select', actor: 'x', tension: '1..2', lang: 'ar' }),
    ).toEqual({
      actor: 'x',
      tensions: [1, 2],
      lang: 'ar',
    });
  });

  it.each([
    null,
    'faultlines:select',
    [],
    42,
    { type: 'other', relation: 'a' },
    { type: 'faultlines:select' },
    { type: 'faultlines:select', relation: 5 },
    { type: 'faultlines:select', relation: '' },
    { type: 'faultlines:select', relation: 'x'.repeat(201) },
    { type: 'faultlines:select', tension: '9..12' },
    { type: 'faultlines:select', tension: NaN },
    { type: 'faultlines:select', lang: 'fr' },
    { type: 'faultlines:select', actor: { toString: () => 'russia' } },
  ])('ignores %j', (data) => {
    expect(parseHostMessage(data)).toBeNull();
  });

  it('speaks the three height dialects', () => {
    expect(heightMessages('e1', 640)).toEqual([
      { type: 'faultlines:height', id: 'e1', height: 640 },
      { 'datawrapper-height': { e1: 640 } },
      { sentinel: 'amp', type: 'embed-size', height: 640 },
    ]);
  });
});
