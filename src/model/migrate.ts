/**
 * Brings older graph files up to the current format before validation. v1 → v2 → v3 only rename
 * the format: every later addition is optional, and evidence without a speaker is the source's own
 * voice. Nothing else is touched, so fields a version does not know survive the upgrade.
 */
import { FORMAT, OLDER_FORMATS } from './format.ts';

export function migrate(input: unknown): unknown {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return input;
  const file = input as Record<string, unknown>;
  if (typeof file.format === 'string' && OLDER_FORMATS.includes(file.format))
    return { ...file, format: FORMAT };
  return input;
}
