/**
 * Vitest setup (every unit test file): each time the fast path (fast-schema.ts) accepts a file in
 * any test — the hostile and hardening inputs, the property tests' random files, the editor's
 * drafts, the shipped graphs — zod checks the same input, and the file fails if zod disagrees or
 * gives other data. fast-schema.test.ts holds the targeted cases.
 */
import { afterAll, vi } from 'vitest';
import { differs } from './same-value.ts';
import { GraphSchema } from './schema.ts';

const disagreements: string[] = [];

vi.mock('./fast-schema.ts', async (importOriginal) => {
  const real = await importOriginal<typeof import('./fast-schema.ts')>();
  return {
    fastSchema(input: unknown) {
      const fast = real.fastSchema(input);
      if (fast === undefined) return fast;
      const zod = GraphSchema.safeParse(input);
      const found = zod.success
        ? differs(fast, zod.data, 'file')
        : `zod refuses it: ${zod.error.issues[0]?.path.join('.')} ${zod.error.issues[0]?.message}`;
      if (found) disagreements.push(found);
      return fast;
    },
  };
});

afterAll(() => {
  if (disagreements.length > 0)
    throw new Error(
      `the fast path disagreed with zod ${disagreements.length} times: ${disagreements[0]}`,
    );
});
