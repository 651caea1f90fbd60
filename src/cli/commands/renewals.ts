/**
 * `pathwise renewals --have ms-102@2026-03-15,az-104@2025-12-01`: for each certification held,
 * the expiry date and renewal window from the map's renewal rule, due first; `--ics file` writes
 * a calendar (RFC 5545) with an event where each renewal window opens and one at each expiry.
 *
 * Exit codes: 0 listed; 1 the graph file is invalid; 2 bad usage (unknown name, a node that is not
 * a certification, a missing or bad date, an unwritable file).
 *
 * `--json` prints `{ today, ics, renewals: [{ id, label, credential, earned, expires, windowOpens,
 * state, daysLeft, renewable, rule, source, confidence, text }] }`; `state` is one of "expired",
 * "window-open", "upcoming", "valid", "no-expiry", "unknown"; `ics` is the file written or null.
 */
import { writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { isIsoDate, renewals, renewalText, type Earned, type PathwiseGraph, type Renewal } from '../../core/index';
import { renewalCalendar, renewalEvents } from '../../core/time/renewal-calendar';
import { CliError, findNode, loadGraphFile, todayOption } from '../shared';

interface RenewalsOptions {
  readonly have: string;
  readonly today?: string;
  readonly ics?: string;
  readonly json?: boolean;
  readonly graph?: string;
}

export function registerRenewals(program: Command): void {
  program
    .command('renewals')
    .description('Expiry dates and renewal windows of the certifications you hold, due first; --ics writes them to a calendar file.')
    .requiredOption('--have <list>', 'comma-separated certifications with the date earned (or last renewed): ms-102@2026-03-15,az-104@2025-12-01')
    .option('--today <date>', 'judge as of this date, YYYY-MM-DD (default: today)')
    .option('--ics <file>', 'also write an iCalendar file with an event where each renewal window opens and one at each expiry')
    .option('--json', 'print JSON (stable keys, see the top of src/cli/commands/renewals.ts)')
    .option('--graph <file>', 'graph JSON file (default: the shipped MS-102 map)')
    .action((options: RenewalsOptions) => {
      const today = todayOption(options.today);
      const model = loadGraphFile(options.graph);
      const list = renewals(model, earnedList(model, options.have), today);
      if (options.ics !== undefined) writeCalendar(options.ics, list, today);
      if (options.json === true) {
        const out = { today, ics: options.ics ?? null, renewals: list.map((r) => ({ ...r, text: renewalText(r) })) };
        process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
        return;
      }
      const lines = [`Renewals on ${today}, due first:`, ...list.flatMap(renewalLines)];
      if (options.ics !== undefined) lines.push('', `wrote ${options.ics} (${renewalEvents(list).length} events)`);
      process.stdout.write(`${lines.join('\n')}\n`);
    });
}

/** "ms-102@2026-03-15,AZ-104@2025-12-01" → earned certifications; names resolve like everywhere else. */
function earnedList(model: PathwiseGraph, text: string): Earned[] {
  const items = text.split(',').map((s) => s.trim()).filter((s) => s !== '');
  if (items.length === 0) throw new CliError('--have needs at least one certification with its date: ms-102@2026-03-15');
  const seen = new Set<string>();
  return items.map((item) => {
    const at = item.lastIndexOf('@');
    if (at < 0) throw new CliError(`"${item}" needs the date earned after an @, e.g. ${item}@2026-03-15`);
    const name = item.slice(0, at).trim();
    const date = item.slice(at + 1).trim();
    if (!isIsoDate(date)) throw new CliError(`"${item}": the date earned must be written YYYY-MM-DD, got "${date}"`);
    const node = findNode(model, name);
    if (node.kind !== 'certification') throw new CliError(`"${name}" is a ${node.kind}, not a certification: only certifications expire`);
    if (seen.has(node.id)) throw new CliError(`${node.label} is given twice in --have`);
    seen.add(node.id);
    return { id: node.id, earned: date };
  });
}

function writeCalendar(file: string, list: readonly Renewal[], today: string): void {
  if (renewalEvents(list).length === 0) throw new CliError('none of these certifications expires, so there is nothing to put in a calendar');
  try {
    writeFileSync(file, renewalCalendar(list, today));
  } catch (error) {
    throw new CliError(`cannot write ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
}

function renewalLines(r: Renewal): string[] {
  const dates = [`earned ${r.earned}`, ...(r.expires === null ? [] : [`expires ${r.expires}`]), ...(r.windowOpens === null ? [] : [`renewal window opens ${r.windowOpens}`])];
  return [
    `  ${r.label}: ${renewalText(r)}`,
    `    ${dates.join(' · ')}`,
    ...(r.rule === null ? [] : [`    ${r.rule}${r.confidence === null || r.confidence === 'verified' ? '' : ` (${r.confidence})`}${r.source === null ? '' : ` ${r.source}`}`]),
  ];
}
