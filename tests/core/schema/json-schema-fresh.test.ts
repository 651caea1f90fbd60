import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { graphJsonSchema } from '../../../src/cli/json-schema';

describe('graph-data/graph.schema.json', () => {
  it('matches the zod schema (run `npm run schema` after changing the schema)', () => {
    const committed = readFileSync(join(import.meta.dirname, '../../../graph-data/graph.schema.json'), 'utf8');
    expect(committed).toBe(graphJsonSchema());
  });
});
