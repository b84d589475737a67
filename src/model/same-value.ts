/**
 * For tests: whether two values are the same down to the order of their keys (what an export
 * writes back) — undefined when they are, else the path where they first differ.
 */
export function differs(a: unknown, b: unknown, at: string): string | undefined {
  if (Object.is(a, b)) return;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null)
    return `${at}: ${String(a)} ≠ ${String(b)}`;
  if (Array.isArray(a) !== Array.isArray(b)) return `${at}: list and object`;
  if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return `${at}: prototypes differ`;
  const keys = [Object.keys(a), Object.keys(b)];
  if (keys[0]!.join('\u0000') !== keys[1]!.join('\u0000'))
    return `${at}: keys ${keys[0]!.join(',')} ≠ ${keys[1]!.join(',')}`;
  for (const key of keys[0]!) {
    const found = differs(
      (a as Record<string, unknown>)[key],
      (b as Record<string, unknown>)[key],
      `${at}.${key}`,
    );
    if (found) return found;
  }
}
