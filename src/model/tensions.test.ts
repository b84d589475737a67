import { describe, expect, it } from 'vitest';
import { formatTensions, parseTensions } from './tensions.ts';

describe('tension parameter', () => {
  it.each([
    ['1..2', [1, 2]],
    ['-2..-1', [-2, -1]],
    ['-2,2', [-2, 2]],
    ['-2..-1,2', [-2, -1, 2]],
    ['0', [0]],
    [' 1 .. 2 ', [1, 2]],
  ])('parses %s', (value, levels) => {
    expect(parseTensions(value)).toEqual(levels);
  });

  it.each(['', '3', '2..1', '1..', 'a', '1e0', '-3..2', '1,,2', 'NaN'])('rejects %j', (value) => {
    expect(parseTensions(value)).toBeUndefined();
  });

  it('writes the shortest form and round-trips', () => {
    expect(formatTensions([-2, -1, 0, 1, 2])).toBeUndefined();
    expect(formatTensions([1, 2])).toBe('1..2');
    expect(formatTensions([2, -2])).toBe('-2,2');
    expect(formatTensions([])).toBe('none');
    for (const levels of [[-2], [-2, -1, 2], [-1, 0, 1]] as const)
      expect(parseTensions(formatTensions(levels)!)).toEqual(levels);
  });
});
