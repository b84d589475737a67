import { describe, expect, it } from 'vitest';
import { heightMessages, parseHostMessage, wordpressSecret } from './host-messages.ts';

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

  it('adds WordPress’s height message when the iframe came with a secret, and only then', () => {
    expect(heightMessages('e1', 640, 'Ab12Cd34Ef')).toContainEqual({
      message: 'height',
      value: 640,
      secret: 'Ab12Cd34Ef',
    });
    expect(heightMessages('e1', 640, null)).toHaveLength(3);
  });

  it.each([
    ['#?secret=Ab12Cd34Ef', 'Ab12Cd34Ef'],
    ['#?secret=Ab12Cd34Ef&x=1', 'Ab12Cd34Ef'],
    ['', null],
    ['#secret=', null],
    ['#?secret=a"b', null],
    ['#?secret=<script>', null],
  ])('reads WordPress’s secret from %j', (hash, secret) => {
    expect(wordpressSecret(hash)).toBe(secret);
  });
});
