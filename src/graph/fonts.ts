import { FONT_FAMILY } from '../look/palette.ts';

/**
 * Canvas text does not wait for web fonts: draw before the shipped font is ready and Arabic
 * labels come out in a fallback face (or as boxes on a machine without Arabic fonts).
 * Resolves when both subsets are loaded, or after a timeout so a blocked font never blocks the graph.
 */
export function fontsReady(timeoutMs = 3000): Promise<void> {
  if (typeof document === 'undefined' || !('fonts' in document)) return Promise.resolve();
  const family = FONT_FAMILY.split(',')[0] ?? '';
  const loads = ['400', '600'].map((w) =>
    document.fonts.load(`${w} 15px ${family}`, 'روسيا Russia').then(() => undefined),
  );
  const timeout = new Promise<void>((resolve) => setTimeout(resolve, timeoutMs));
  return Promise.race([Promise.all(loads).then(() => undefined), timeout]).catch(() => undefined);
}
