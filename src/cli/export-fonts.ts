import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { inflateSync } from 'node:zlib';

/**
 * Fonts for the PNG renderer (resvg). Inter is the map's font. resvg reads only TrueType/OpenType files, and @fontsource/inter ships
 * WOFF and WOFF2. WOFF 1.0 is an sfnt whose tables are zlib-compressed one by one, so unwrapping it
 * takes a few lines and no new dependency (WOFF2 would need its glyph transforms undone; we skip it).
 * The unwrapped files are cached in the temp folder and reused.
 */

const SUBSETS = ['latin', 'latin-ext'] as const;
const WEIGHTS = [400, 500, 700] as const;

/**
 * Converts a WOFF 1.0 file to the sfnt (TTF/OTF) it wraps.
 * @example writeFileSync('inter.ttf', woffToSfnt(readFileSync('inter-latin-400-normal.woff')))
 */
export function woffToSfnt(woff: Uint8Array): Buffer {
  const input = Buffer.from(woff.buffer, woff.byteOffset, woff.byteLength);
  if (input.length < 44 || input.toString('latin1', 0, 4) !== 'wOFF') {
    throw new Error('cli/export-fonts.woffToSfnt: not a WOFF 1.0 file');
  }
  const flavor = input.readUInt32BE(4);
  const numTables = input.readUInt16BE(12);
  const tables: { tag: number; checksum: number; data: Buffer }[] = [];
  for (let i = 0; i < numTables; i++) {
    const entry = 44 + i * 20;
    const tag = input.readUInt32BE(entry);
    const offset = input.readUInt32BE(entry + 4);
    const compLength = input.readUInt32BE(entry + 8);
    const origLength = input.readUInt32BE(entry + 12);
    const checksum = input.readUInt32BE(entry + 16);
    const raw = input.subarray(offset, offset + compLength);
    const data = compLength < origLength ? inflateSync(raw) : Buffer.from(raw);
    if (data.length !== origLength) throw new Error('cli/export-fonts.woffToSfnt: a table has the wrong length');
    tables.push({ tag, checksum, data });
  }
  let pow = 1;
  let log = 0;
  while (pow * 2 <= numTables) {
    pow *= 2;
    log += 1;
  }
  const headerLength = 12 + numTables * 16;
  const padded = (n: number) => (n + 3) & ~3;
  const total = tables.reduce((sum, t) => sum + padded(t.data.length), headerLength);
  const out = Buffer.alloc(total);
  out.writeUInt32BE(flavor, 0);
  out.writeUInt16BE(numTables, 4);
  out.writeUInt16BE(pow * 16, 6);
  out.writeUInt16BE(log, 8);
  out.writeUInt16BE(numTables * 16 - pow * 16, 10);
  let offset = headerLength;
  tables.forEach((table, i) => {
    const record = 12 + i * 16;
    out.writeUInt32BE(table.tag, record);
    out.writeUInt32BE(table.checksum, record + 4);
    out.writeUInt32BE(offset, record + 8);
    out.writeUInt32BE(table.data.length, record + 12);
    table.data.copy(out, offset);
    offset += padded(table.data.length);
  });
  return out;
}

/** Folder of @fontsource/inter's font files (its exports map hides package.json, so resolve the CSS). */
function fontsourceDir(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('@fontsource/inter')), 'files');
}

/**
 * Paths of Inter TTF files (latin and latin-ext; 400, 500, 700) for resvg's `font.fontFiles`,
 * unwrapped from @fontsource/inter on first use and cached under the temp folder.
 * Returns an empty list if the package is missing, so rendering falls back to system fonts.
 */
export function interFontFiles(cacheDir: string = join(tmpdir(), 'pathwise-fonts-inter-5.3.0')): string[] {
  let source: string;
  try {
    source = fontsourceDir();
  } catch {
    return [];
  }
  const files: string[] = [];
  for (const subset of SUBSETS) {
    for (const weight of WEIGHTS) {
      const woff = join(source, `inter-${subset}-${String(weight)}-normal.woff`);
      const ttf = join(cacheDir, `inter-${subset}-${String(weight)}.ttf`);
      if (!existsSync(ttf)) {
        if (!existsSync(woff)) continue;
        mkdirSync(cacheDir, { recursive: true });
        // Write then rename, so a concurrent export never reads a half-written font.
        const partial = `${ttf}.${String(process.pid)}.partial`;
        writeFileSync(partial, woffToSfnt(readFileSync(woff)));
        renameSync(partial, ttf);
      }
      files.push(ttf);
    }
  }
  return files;
}

/**
 * Sans-serif fonts for characters Inter lacks (arrows, Greek, CJK…), found at their usual places.
 * resvg redraws a whole line in the first font that has a missing character; among all system
 * fonts that is often a serif face (DejaVu Serif here), so we offer only sans faces.
 */
const FALLBACK_FONTS = [
  '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf',
  '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf',
  '/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf',
  '/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf',
  '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc',
  '/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc',
  '/System/Library/Fonts/Helvetica.ttc',
  'C:\\Windows\\Fonts\\arial.ttf',
  'C:\\Windows\\Fonts\\arialbd.ttf',
];

/** resvg's font options: Inter, then sans fallbacks; system fonts only when neither is found. */
export function resvgFontOptions(): { loadSystemFonts: boolean; fontFiles: string[]; defaultFontFamily: string } {
  const inter = interFontFiles();
  const fallbacks = FALLBACK_FONTS.filter((file) => existsSync(file));
  return {
    loadSystemFonts: inter.length === 0 || fallbacks.length === 0,
    fontFiles: [...inter, ...fallbacks],
    defaultFontFamily: inter.length > 0 ? 'Inter' : 'sans-serif',
  };
}
