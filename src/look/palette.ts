/**
 * The colours of the graph: marks by tension, paper and ink by theme, the selection's halo.
 * Every mark colour has ≥ 3:1 contrast on its paper (WCAG 1.4.11; look.test.ts checks it).
 * Pure data: the canvas stylesheet, the SVG export, the build-time picture and the legend read it.
 */
import type { Tension } from '../model/vocabulary.ts';

export type Theme = 'light' | 'dark';

/** Line colour per tension on the light paper. */
export const TENSION_COLORS: Record<`${Tension}`, string> = {
  '-2': '#1f5aa6',
  '-1': '#3d7cbd',
  '0': '#6b6b6b',
  '1': '#b85c00',
  '2': '#c1272d',
};

/** On a dark page the same hues, lighter, keep ≥ 3:1 against the dark canvas. */
export const DARK_TENSION_COLORS: Record<`${Tension}`, string> = {
  '-2': '#7fb0ff',
  '-1': '#9cc4ee',
  '0': '#b0b0b0',
  '1': '#f2a65a',
  '2': '#ff7a7a',
};

export const CANVAS_COLORS = {
  light: { ink: '#1f1f1f', paper: '#ffffff', muted: '#3a3a3a' },
  dark: { ink: '#ececec', paper: '#17191c', muted: '#cfcfcf' },
} as const;

/** A tension's line colour on the given theme's paper. */
export function tensionColor(t: Tension, theme: Theme = 'light'): string {
  return (theme === 'dark' ? DARK_TENSION_COLORS : TENSION_COLORS)[`${t}`];
}

export const INK = CANVAS_COLORS.light.ink;
export const SELECTION_HALO = '#f2c200';
export const FONT_FAMILY = '"IBM Plex Sans Arabic", system-ui, sans-serif';
