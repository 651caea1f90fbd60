import { z } from 'zod';
import { graphFileSchema } from '../core/index';

/** The graph format as JSON Schema (for editors), generated from the one zod schema. */
export function graphJsonSchema(): string {
  const schema = z.toJSONSchema(graphFileSchema, { io: 'input', target: 'draft-2020-12' });
  return `${JSON.stringify({ ...schema, title: 'Pathwise graph file', $id: 'graph.schema.json' }, null, 2)}\n`;
}
