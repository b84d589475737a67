import { describe, expect, it } from 'vitest';
import { TENSION_LEVELS } from '../model/vocabulary.ts';
import { TENSION_LINES } from './lines.ts';
import { CANVAS_COLORS, DARK_TENSION_COLORS, SELECTION_HALO } from './palette.ts';

/** WCAG relative luminance and contrast ratio. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5]
    .map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
    .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
};

describe('colour contrast of the marks (WCAG 1.4.11: ≥ 3:1)', () => {
  it.each(TENSION_LEVELS)('tension %i on the light canvas and on the dark one', (t) => {
    expect(contrast(TENSION_LINES[`${t}`].color, CANVAS_COLORS.light.paper)).toBeGreaterThanOrEqual(
      3,
    );
    expect(contrast(DARK_TENSION_COLORS[`${t}`], CANVAS_COLORS.dark.paper)).toBeGreaterThanOrEqual(
      3,
    );
  });

  it('labels on both canvases reach 4.5:1', () => {
    for (const theme of ['light', 'dark'] as const) {
      const c = CANVAS_COLORS[theme];
      expect(contrast(c.ink, c.paper)).toBeGreaterThanOrEqual(4.5);
      expect(contrast(c.muted, c.paper)).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('the selection halo is told from the paper', () => {
    expect(contrast(SELECTION_HALO, CANVAS_COLORS.dark.paper)).toBeGreaterThanOrEqual(3);
  });
});
