/**
 * Reading unvalidated input defensively: the semantic checks run on files with schema errors too,
 * so every value may be of any type.
 */
import { ellipsize } from './text.ts';

export type Loose = Record<string, unknown>;
export const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
export const record = (v: unknown): Loose =>
  typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Loose) : {};
export const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
export const quoted = (s: string) => JSON.stringify(ellipsize(s));
