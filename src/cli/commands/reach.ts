/**
 * `pathwise reach <from...>`: where a start leads, the career horizon: every node reachable by a
 * complete plan (requirements added as routes add them), nearest first, with months, cost and steps.
 *
 * Exit codes: 0 something is reachable; 1 the graph file is invalid; 2 bad usage (unknown or
 * ambiguous name, bad option); 3 nothing is reachable (within the limit, when one is given).
 *
 * `--json` prints one object; its keys are stable:
 *
 * ```jsonc
 * {
 *   "ok": true,
 *   "from": ["role-m365-administrator"],   // resolved ids of the starts and --have
 *   "by": "months",                        // "months" | "cost"
 *   "within": 12,                          // null without --within
 *   "reachable": [{                        // sorted by the metric (known figures first on ties), then steps
 *     "id": "az-104", "label": "AZ-104 Azure Administrator", "kind": "certification",
 *     "months": 3,                         // null when a step's months are unknown (then see knownMonths)
 *     "cost": { "USD": 165 },              // per currency; null when a step's cost is unknown (then see knownCost)
 *     "steps": 1,                          // steps of the complete plan, requirements included
 *     "knownMonths": 3, "unknownMonths": 0, "knownCost": { "USD": 165 }, "unknownCost": 0,
 *     "plan": ["role-m365-administrator", "az-104"]
 *   }],
 *   // With --within: nodes whose known part is within the limit but with a step of unknown figure
 *   // under --by, so they may or may not be within it. Same shape as "reachable".
 *   "uncertain": []
 * }
 * // Nothing reachable (exit 3):
 * { "ok": false, "reason": "nothing-reachable", "message": "…", "from": [...], "by": "months", "within": 12 }
 * ```
 */
import { InvalidArgumentError, Option, type Command } from 'commander';
import { HORIZON_METRICS, horizon, reachState, type HorizonMetric, type HorizonNode } from '../../core/index';
import { CliError, EXIT, findNode, findNodes, loadGraphFile, moneyText } from '../shared';

interface ReachCliOptions {
  readonly by: HorizonMetric;
  readonly within?: number;
  readonly have?: string;
  readonly json?: boolean;
  readonly graph?: string;
}

export function registerReach(program: Command): void {
  program
    .command('reach')
    .description('Where a start leads: every node reachable by a complete plan, nearest first, with months, cost and steps.')
    .argument('<from...>', 'where you start (id, exam code or label); several starts count as held together')
    .addOption(new Option('--by <metric>', 'what the horizon measures').choices(HORIZON_METRICS).default('months'))
    .option('--within <n>', 'only what a complete plan reaches within n months (or n of money with --by cost)', nonNegative)
    .option('--have <names>', 'comma-separated nodes you also hold')
    .option('--json', 'print JSON (stable keys, see the top of src/cli/commands/reach.ts)')
    .option('--graph <file>', 'graph JSON file (default: the shipped MS-102 map)')
    .action((names: string[], options: ReachCliOptions) => {
      const model = loadGraphFile(options.graph);
      const from = [...new Set([...names.map((name) => findNode(model, name).id), ...findNodes(model, options.have)])];
      const h = horizon(model, from, { by: options.by });
      const within = options.within ?? Infinity;
      const reachable: HorizonNode[] = [];
      const uncertain: HorizonNode[] = [];
      for (const entry of h.reached) {
        const state = reachState(h, entry.id, within).state;
        if (state === 'in-reach' || (state === 'unknown' && options.within === undefined)) reachable.push(entry);
        else if (state === 'unknown') uncertain.push(entry);
      }
      const limit = options.within === undefined ? null : options.within;
      if (reachable.length === 0) {
        const message = `nothing is reachable from ${from.map((id) => model.byId.get(id)?.label ?? id).join(', ')}${limit === null ? '' : ` within ${limitText(limit, options.by)}`}`;
        if (options.json === true) {
          process.stdout.write(`${JSON.stringify({ ok: false, reason: 'nothing-reachable', message, from, by: options.by, within: limit, uncertain: uncertain.map((e) => jsonEntry(e, h.plan(e.id))) }, null, 2)}\n`);
          process.exitCode = EXIT.noRoute;
          return;
        }
        throw new CliError(message, EXIT.noRoute);
      }
      if (options.json === true) {
        const out = { ok: true, from, by: options.by, within: limit, reachable: reachable.map((e) => jsonEntry(e, h.plan(e.id))), uncertain: uncertain.map((e) => jsonEntry(e, h.plan(e.id))) };
        process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
        return;
      }
      const lines = [
        `Reachable from ${from.map((id) => model.byId.get(id)?.label ?? id).join(' + ')}${limit === null ? '' : ` within ${limitText(limit, options.by)}`}, nearest first (by ${options.by}):`,
        ...table(reachable),
        ...(uncertain.length > 0 ? ['', `Perhaps within ${limitText(limit ?? 0, options.by)} (a step's ${options.by === 'months' ? 'time' : 'cost'} is unknown):`, ...table(uncertain)] : []),
        '',
        `${String(reachable.length)} node${reachable.length === 1 ? '' : 's'}. Figures are complete plans as \`pathwise route\` makes them (requirements included); unknown figures are marked, never counted as zero.`,
      ];
      process.stdout.write(`${lines.join('\n')}\n`);
    });
}

function nonNegative(value: string): number {
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n) || n < 0) throw new InvalidArgumentError('must be a number, 0 or more');
  return n;
}

function jsonEntry(entry: HorizonNode, plan: string[]) {
  return {
    id: entry.id,
    label: entry.label,
    kind: entry.kind,
    months: entry.unknownMonths > 0 ? null : entry.months,
    cost: entry.unknownCost > 0 ? null : entry.cost,
    steps: entry.steps,
    knownMonths: entry.months,
    unknownMonths: entry.unknownMonths,
    knownCost: entry.cost,
    unknownCost: entry.unknownCost,
    plan,
  };
}

function table(entries: readonly HorizonNode[]): string[] {
  const rows = entries.map((e) => [e.label, e.kind, monthsText(e), costText(e), `${String(e.steps)} step${e.steps === 1 ? '' : 's'}`]);
  const widths = [0, 1, 2, 3].map((i) => Math.max(...rows.map((row) => (row[i] as string).length)));
  return rows.map((row) => `  ${row.map((cell, i) => (i < 2 ? cell.padEnd(widths[i] as number) : i < 4 ? cell.padStart(widths[i] as number) : cell)).join('  ')}`);
}

function monthsText(e: HorizonNode): string {
  const known = `${String(Math.round(e.months * 10) / 10)} mo`;
  return e.unknownMonths === 0 ? known : `≥ ${known} (${String(e.unknownMonths)} unknown)`;
}

function costText(e: HorizonNode): string {
  const known = moneyText(e.cost, '0');
  if (e.unknownCost === 0) return known;
  return known === '0' ? 'cost unknown' : `≥ ${known} (${String(e.unknownCost)} unknown)`;
}

function limitText(within: number, by: HorizonMetric): string {
  return by === 'months' ? `${String(within)} months` : `${within.toLocaleString('en-US')} of cost`;
}
