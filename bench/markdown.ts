// Prints the figures of a `npm run bench -- --json FILE` result as a Markdown table, for
// docs/performance.md: `npx tsx bench/markdown.ts FILE`.
import { readFileSync } from 'node:fs';
import { formatNumber, formatRatio, type Figure } from './figures';

const file = process.argv[2];
if (file === undefined) throw new Error('usage: npx tsx bench/markdown.ts RESULT.json');
const result = JSON.parse(readFileSync(file, 'utf8')) as { figures: Figure[] };
const cell = (text: string) => text.replace(/\|/g, '\\|');
const rows = result.figures.map((f) =>
  [
    `\`${f.name}\``,
    f.value === null ? '—' : `${formatNumber(f.value)} ${f.unit}`,
    f.baseline ?? '',
    f.baselineValue === null ? '' : `${formatNumber(f.baselineValue)} ${f.unit}`,
    formatRatio(f.ratio),
    cell(f.note ?? ''),
  ].join(' | '),
);
process.stdout.write(['| figure | value | baseline | baseline value | ratio | note |', '|---|---:|---|---:|---:|---|', ...rows.map((r) => `| ${r} |`)].join('\n') + '\n');
