// `npm run schema`: writes graph-data/graph.schema.json from the zod schema.
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { graphJsonSchema } from './json-schema';
import { REPO_ROOT } from './shared';

const out = resolve(REPO_ROOT, 'graph-data/graph.schema.json');
writeFileSync(out, graphJsonSchema());
process.stdout.write(`wrote ${out}\n`);
