import { isValidElement, type ReactNode } from 'react';

/**
 * The same thing to show beside a sentence: the very node, or an element of the same component
 * with the same props (a list prop with the same items counts as the same). The article makes
 * its asides afresh at every change of the document; this keeps the rows whose suggestions did
 * not change from redrawing (accepting one suggestion redraws one sentence, not forty).
 */
export function sameNode(a: ReactNode, b: ReactNode): boolean {
  if (a === b) return true;
  if (!isValidElement(a) || !isValidElement(b) || a.type !== b.type || a.key !== b.key)
    return false;
  const [pa, pb] = [a.props as Record<string, unknown>, b.props as Record<string, unknown>];
  const keys = Object.keys(pa);
  return (
    keys.length === Object.keys(pb).length &&
    keys.every((k) => {
      const [x, y] = [pa[k], pb[k]];
      if (x === y) return true;
      return (
        Array.isArray(x) &&
        Array.isArray(y) &&
        x.length === y.length &&
        x.every((item, i) => item === y[i])
      );
    })
  );
}
