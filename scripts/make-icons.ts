// Rasterises public/favicon.svg into the PNG icons the manifest and browsers ask for (run: npm run icons).
// The maskable icon fills the square with the background and keeps the drawing inside the central 80%,
// the safe zone a platform may crop to a circle or squircle.
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Resvg } from '@resvg/resvg-js';

const PUBLIC = resolve(import.meta.dirname, '../public');
const svg = readFileSync(resolve(PUBLIC, 'favicon.svg'), 'utf8');

const BACKGROUND = '#14171F';
const inner = svg.replace(/^[\s\S]*?<svg[^>]*>/, '').replace(/<\/svg>\s*$/, '').replace(/<rect[^>]*\/>/, '');
const maskable = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><rect width="64" height="64" fill="${BACKGROUND}"/><g transform="translate(6.4 6.4) scale(0.8)">${inner}</g></svg>`;
// iOS draws its own rounded corners and shows transparency as black: a full square.
const square = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><rect width="64" height="64" fill="${BACKGROUND}"/><g transform="translate(3.2 3.2) scale(0.9)">${inner}</g></svg>`;

const outputs: readonly { file: string; source: string; size: number }[] = [
  { file: 'favicon-32.png', source: svg, size: 32 },
  { file: 'icon-192.png', source: svg, size: 192 },
  { file: 'icon-512.png', source: svg, size: 512 },
  { file: 'icon-maskable-512.png', source: maskable, size: 512 },
  { file: 'apple-touch-icon.png', source: square, size: 180 },
];

for (const { file, source, size } of outputs) {
  const png = new Resvg(source, { fitTo: { mode: 'width', value: size } }).render().asPng();
  writeFileSync(resolve(PUBLIC, file), png);
  process.stdout.write(`public/${file}: ${size}×${size}, ${png.length} bytes\n`);
}
