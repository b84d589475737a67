/**
 * Brings older graph files up to the current format before validation. v1 → v2 only renames the
 * format: every v2 addition is optional, and evidence without a speaker is the source's own voice.
 */
import { FORMAT, FORMAT_V1 } from './schema.ts';

export function migrate(input: unknown): unknown {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return input;
  const file = input as Record<string, unknown>;
  if (file.format === FORMAT_V1) return { ...file, format: FORMAT };
  return input;
}
