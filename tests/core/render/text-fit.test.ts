import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ELLIPSIS, fitText, textWidth, truncateText } from '../../../src/core/render/index';

describe('textWidth', () => {
  it('measures with Inter advance widths (thousandths of an em)', () => {
    // "MS-102" in Inter Bold: M 932, S 655, - 468, 1 431, 0 674, 2 630 = 3790 → 49.27 px at 13 px.
    expect(textWidth('MS-102', 13, 700)).toBeCloseTo(49.27, 2);
    expect(textWidth('', 12)).toBe(0);
    expect(textWidth('iiii', 12)).toBeLessThan(textWidth('MMMM', 12));
  });

  it('gives unknown characters a generous width, CJK a full em', () => {
    expect(textWidth('日本', 10)).toBe(20);
    expect(textWidth('\u0301', 10)).toBe(0);
  });
});

describe('fitText', () => {
  it('wraps at spaces into the allowed lines', () => {
    expect(fitText('Microsoft 365 Administrator', { maxWidth: 120, fontSize: 12, maxLines: 2 })).toEqual({
      lines: ['Microsoft 365', 'Administrator'],
      truncated: false,
    });
  });

  it('ends the last line with an ellipsis when text is left over', () => {
    const fitted = fitText('Copilot and Agent Administration Fundamentals for everyone everywhere', { maxWidth: 150, fontSize: 12, maxLines: 2 });
    expect(fitted.truncated).toBe(true);
    expect(fitted.lines).toHaveLength(2);
    expect(fitted.lines[1]?.endsWith(ELLIPSIS)).toBe(true);
  });

  it('can keep the first line narrower, beside a corner label', () => {
    const text = 'PMP Project Management Professional';
    const narrow = fitText(text, { maxWidth: 190, firstLineWidth: 120, fontSize: 13, weight: 700, maxLines: 2 });
    expect(narrow).toEqual({ lines: ['PMP Project', 'Management Professional'], truncated: false });
    expect(textWidth(narrow.lines[0] ?? '', 13, 700)).toBeLessThanOrEqual(120);
  });

  it('breaks a word longer than a line', () => {
    const fitted = fitText('Supercalifragilisticexpialidocious', { maxWidth: 80, fontSize: 12, maxLines: 3 });
    expect(fitted.lines.join('')).toBe('Supercalifragilisticexpialidocious');
    for (const line of fitted.lines) expect(textWidth(line, 12)).toBeLessThanOrEqual(80);
  });

  it('returns no lines for blank text', () => {
    expect(fitText('   ', { maxWidth: 100, fontSize: 12 })).toEqual({ lines: [], truncated: false });
  });

  it('never exceeds the width or the line count, and loses no text unless it says so (property)', () => {
    const word = fc.string({ unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzMW-1 '.split('')), minLength: 1, maxLength: 14 });
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 12 }), fc.integer({ min: 40, max: 300 }), fc.integer({ min: 1, max: 3 }), (words, maxWidth, maxLines) => {
        const text = words.join(' ');
        const fitted = fitText(text, { maxWidth, fontSize: 12, maxLines });
        expect(fitted.lines.length).toBeLessThanOrEqual(maxLines);
        for (const line of fitted.lines) expect(textWidth(line, 12)).toBeLessThanOrEqual(maxWidth);
        if (!fitted.truncated) expect(fitted.lines.join('').replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
        else expect(fitted.lines.at(-1)?.endsWith(ELLIPSIS)).toBe(true);
        // Deterministic.
        expect(fitText(text, { maxWidth, fontSize: 12, maxLines })).toEqual(fitted);
      }),
    );
  });
});

describe('truncateText', () => {
  it('keeps text that fits and cuts text that does not', () => {
    expect(truncateText('SC-100', 200, 12)).toBe('SC-100');
    const cut = truncateText('Microsoft 365 Certified: Administrator Expert', 100, 12);
    expect(cut.endsWith(ELLIPSIS)).toBe(true);
    expect(textWidth(cut, 12)).toBeLessThanOrEqual(100);
  });
});

/**
 * The cuts as first written: every shorter prefix measured again with textWidth (quadratic). The
 * running sums that replaced them must cut at exactly the same character.
 */
function referenceTruncate(text: string, maxWidth: number, fontSize: number): string {
  const chars = Array.from(text);
  let end = chars.length;
  while (end > 0 && textWidth(`${chars.slice(0, end).join('').trimEnd()}${ELLIPSIS}`, fontSize) > maxWidth) end -= 1;
  return `${chars.slice(0, end).join('').trimEnd()}${ELLIPSIS}`;
}

describe('cutting by running widths', () => {
  it('cuts where measuring every prefix again cut (property, with spaces, accents and wide characters)', () => {
    const text = fc.string({ unit: fc.constantFrom(...'aiMW- .é—日\u00a0\u0301'.split('')), maxLength: 40 });
    fc.assert(
      fc.property(text, fc.integer({ min: 0, max: 260 }), fc.constantFrom(9.5, 12, 13), (t, maxWidth, fontSize) => {
        const expected = textWidth(t, fontSize) <= maxWidth ? t : referenceTruncate(t, maxWidth, fontSize);
        expect(truncateText(t, maxWidth, fontSize)).toBe(expected);
      }),
      { numRuns: 400 },
    );
  });

  it('cuts to the ellipsis alone when nothing else fits, and drops the space a cut leaves', () => {
    expect(truncateText('Microsoft 365 Certified: Administrator Expert', 9, 12)).toBe(ELLIPSIS);
    expect(truncateText('Microsoft 365 Certified: Administrator Expert', 100, 12)).toBe('Microsoft 365…');
    expect(truncateText('Microsoft 365 Certified: Administrator Expert', 130, 12)).toBe('Microsoft 365 Certifi…');
  });
});
