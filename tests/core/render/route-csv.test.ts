import { describe, expect, it } from 'vitest';
import { csvCell, ROUTE_CSV_COLUMNS, routeCsv } from '../../../src/core/render/index';
import { ROUTE, ROUTE_EDGES, ROUTE_NODES } from './route-fixture';

/** A small RFC 4180 reader, enough to check the writer round-trips. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] ?? '';
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += ch;
  }
  return rows;
}

describe('routeCsv', () => {
  const csv = routeCsv(ROUTE, { nodes: ROUTE_NODES, edges: ROUTE_EDGES });
  const rows = parseCsv(csv);

  it('has a header and one row per step, CRLF terminated', () => {
    expect(rows[0]).toEqual([...ROUTE_CSV_COLUMNS]);
    expect(rows).toHaveLength(1 + ROUTE.steps.length);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replace(/\r\n/g, '').includes('\n')).toBe(true); // the why with a line break stays inside quotes
  });

  it('writes steps with numbers, values and running totals', () => {
    expect(rows[1]).toEqual(['0', 'start', 'role-m365-administrator', 'Microsoft 365 Administrator', 'role', 'Where you start.', '', '', '', '', '', '0', '', '']);
    expect(rows[2]?.slice(0, 2)).toEqual(['1', 'route']);
    expect(rows[2]?.slice(6)).toEqual([
      '3',
      'edge',
      '165',
      'USD',
      'fee',
      '3',
      '165 USD',
      'https://learn.microsoft.com/en-us/credentials/certifications/exams/az-104/',
    ]);
    expect(rows[3]?.[12]).toBe('90 EUR + 165 USD');
  });

  it('defuses formula injection and quotes commas and quotes', () => {
    expect(rows[3]?.[3]).toBe(`'=HYPERLINK("http://evil.example") *AZ-305*, "Architect"`);
    for (const row of rows) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@]/);
  });
});

describe('csvCell', () => {
  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['line\nbreak', '"line\nbreak"'],
    ['=1+1', "'=1+1"],
    ['+1', "'+1"],
    ['-1', "'-1"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tx', "'\tx"],
    ['=A1,B1', `"'=A1,B1"`],
  ])('%j → %j', (input, output) => {
    expect(csvCell(input)).toBe(output);
  });

  it('writes numbers as they are', () => {
    expect(csvCell(-1)).toBe('-1');
    expect(csvCell(2.5)).toBe('2.5');
  });
});
