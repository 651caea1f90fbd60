/**
 * `pathwise freshness`: the facts of a map that are due for a check, because a date they name
 * (a retirement, an expected release, a date a claim gives) has passed or because they were last
 * checked longer ago than the limit. Grouped by node, each with the sources to check again.
 *
 * Exit codes: 0 nothing is due; 1 something is due (or the graph file is invalid); 2 bad usage.
 * Authors can run it in their own CI.
 *
 * `--json` prints one object; its keys are stable:
 *
 * ```jsonc
 * {
 *   "today": "2026-12-02", "maxAge": "6m", "lastVerified": "2026-08-22",
 *   "due": 4,                                   // facts due, in total
 *   "nodes": [{
 *     "id": "az-500", "label": "AZ-500 Azure Security Engineer",
 *     "facts": [{
 *       "field": "status",                      // status | fee | renewal | pay | outlook | requirement | caveat
 *       "index": 0,                             // position in requires / caveats
 *       "what": "Status (retiring 2026-08-31)",
 *       "checked": "2026-08-22", "checkedFrom": "map",   // "checked" | "asOf" | "map"
 *       "age": "3 months ago", "stale": false,
 *       "named": { "kind": "retirement", "date": "2026-08-31" }, "passed": true,
 *       "reasons": ["retirement date passed (2026-08-31)"],
 *       "sources": ["https://readroo.st/blog/az-500-vs-sc-500-take-now-or-wait"]
 *     }]
 *   }]
 * }
 * ```
 */
import type { Command } from 'commander';
import { freshnessReport, maxAgeText, parseMaxAge, staleAfter, type FreshnessReport, type MaxAge } from '../../core/index';
import { CliError, loadGraphFile, todayOption } from '../shared';

/** Exit code when at least one fact is due for a check. */
export const EXIT_DUE = 1;

interface FreshnessOptions {
  readonly today?: string;
  readonly maxAge?: string;
  readonly json?: boolean;
  readonly graph?: string;
}

export function registerFreshness(program: Command): void {
  program
    .command('freshness')
    .description('Facts whose dates have passed or whose last check is older than the limit, by node, with the sources to check again. Exit 1 when any is due.')
    .option('--today <date>', 'judge as of this date, YYYY-MM-DD (default: today)')
    .option('--max-age <age>', "how old a fact may be: 6m, 90d, 2w, 1y (default: the map's meta.staleAfterMonths, else 6m)")
    .option('--json', 'print JSON (stable keys, see the top of src/cli/commands/freshness.ts)')
    .option('--graph <file>', 'graph JSON file (default: the shipped MS-102 map)')
    .action((options: FreshnessOptions) => {
      const today = todayOption(options.today);
      const model = loadGraphFile(options.graph);
      const maxAge = options.maxAge === undefined ? staleAfter(model.meta) : ageOption(options.maxAge);
      const report = freshnessReport(model, today, maxAge);
      if (options.json === true) {
        process.stdout.write(`${JSON.stringify(jsonReport(report), null, 2)}\n`);
      } else {
        process.stdout.write(`${textReport(model.meta.title, report).join('\n')}\n`);
      }
      if (report.due > 0) process.exitCode = EXIT_DUE;
    });
}

function ageOption(text: string): MaxAge {
  const age = parseMaxAge(text);
  if (age === null) throw new CliError(`--max-age must be a whole number and a unit, e.g. 6m, 90d, 2w or 1y; got "${text}"`);
  return age;
}

function jsonReport(report: FreshnessReport) {
  return {
    today: report.today,
    maxAge: `${report.maxAge.amount}${report.maxAge.unit}`,
    lastVerified: report.lastVerified,
    due: report.due,
    nodes: report.nodes.map((node) => ({
      id: node.id,
      label: node.label,
      facts: node.facts.map((f) => ({
        field: f.field,
        index: f.index,
        what: f.what,
        checked: f.checked,
        checkedFrom: f.checkedFrom,
        age: f.age,
        stale: f.stale,
        named: f.named,
        passed: f.passed,
        reasons: f.reasons,
        sources: f.sources,
      })),
    })),
  };
}

function textReport(title: string, report: FreshnessReport): string[] {
  const limit = maxAgeText(report.maxAge);
  if (report.due === 0) {
    return [`${title}: nothing due on ${report.today}. Every fact was checked within ${limit} and no date a fact names has passed.`];
  }
  const lines = [
    `${title}: ${report.due} fact${report.due === 1 ? '' : 's'} due for a check on ${report.today} (limit ${limit}; map last verified ${report.lastVerified})`,
  ];
  for (const node of report.nodes) {
    lines.push('', `${node.label} (${node.id})`);
    for (const fact of node.facts) {
      lines.push(`  ${fact.what}: ${fact.reasons.join('; ')}`);
      lines.push(fact.sources.length === 0 ? '    check again: no source cited' : `    check again: ${fact.sources.join(' ')}`);
    }
  }
  return lines;
}
