/** Writes schema/faultlines-3.schema.json from the zod schema (the single source of truth). */
import { writeFile } from 'node:fs/promises';
import { z } from 'zod';
import { GraphSchema } from '../src/model/schema.ts';

export function jsonSchema(): string {
  const schema = {
    ...z.toJSONSchema(GraphSchema, { io: 'input', unrepresentable: 'any' }),
    title:
      'Faultlines graph, format faultlines/3 (faultlines/1 and faultlines/2 files are upgraded on load)',
    description:
      'Actors, their relations and the verbatim sentences behind them. Objects keep fields this version does not know. Semantic rules (unique ids, endpoints and events exist, quotes found in their source and at their offsets, translations present) are checked by `npm run validate`.',
  };
  return `${JSON.stringify(schema, null, 2)}\n`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await writeFile('schema/faultlines-3.schema.json', jsonSchema());
  console.log('wrote schema/faultlines-3.schema.json');
}
