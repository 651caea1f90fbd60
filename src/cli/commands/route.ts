/**
 * `pathwise route <from> <to>`: the best route between two nodes, with why, time and cost.
 *
 * Exit codes: 0 a route was found; 1 the graph file is invalid; 2 bad usage (unknown or ambiguous
 * name, bad option); 3 no route can exist (the reason is printed: on stderr, or as JSON with --json).
 *
 * `--json` prints one object; its keys are stable:
 *
 * ```jsonc
 * {
 *   "ok": true,
 *   "from": "role-m365-administrator",      // id, or null when only --have was given
 *   "to": "role-cloud-solutions-architect",
 *   "by": "months",                          // "steps" | "months" | "cost"
 *   "have": [], "avoid": [], "via": [],      // resolved ids
 *   "leftOut": ["az-500"],                   // exams left out because their retirement date has passed (see --keep-retired)
 *   "route": {                               // the best route (also alternatives[0])
 *     "steps": [{
 *       "id": "az-104", "label": "AZ-104 Azure Administrator", "kind": "certification",
 *       "role": "route",                     // "start" | "route" | "requirement"
 *       "edge": { "key": "role-m365-administrator->az-104:recommends", "kind": "recommends",
 *                 "from": "role-m365-administrator", "note": null, "implied": false },  // null for the start
 *       "requiredBy": null,                  // or { "id", "label", "group", "requirement" }
 *       "why": "Microsoft 365 Administrator is a recommended step before AZ-104 Azure Administrator",
 *       "months": 3, "monthsFrom": "edge",   // null when unknown; "edge" | "experience"
 *       "cost": { "amount": 165, "currency": "USD" }, "costFrom": "edge",  // null when unknown; "edge" | "fee"
 *       "total": { "steps": 1, "months": 3, "cost": { "USD": 165 } }      // running totals
 *     }],
 *     "totals": { "steps": 3, "months": 19, "cost": { "USD": 330 }, "unknownMonths": 0, "unknownCost": 0 },
 *     "weight": 19.000003,                 // what the search minimised; for ordering, not for display
 *     "warnings": [{ "kind": "retired", "id": "ms-900", "date": "2026-03-31", "replacement": "ab-900", "message": "…" }]
 *     // kind "retirement-passed" / "release-passed" (judged against --today) also carry "checked": the status's last check
 *   },
 *   "alternatives": [],                      // up to --alternatives routes of the same shape, best first
 *   "notes": []                              // e.g. "Via AZ-104 … skipped: already held."
 * }
 * // No route (exit 3):
 * { "ok": false, "reason": "no-path", "message": "No route leads from … to … in this map.", "detail": { "from": ["…"], "to": "…" } }
 * // reason: "same-node" | "already-held" | "no-path" | "blocked-by-avoid" | "blocked-by-retired" | "avoid-conflict" | "via-unreachable" | "requirement-unmet"
 * ```
 */
import { InvalidArgumentError, Option, type Command } from 'commander';
import { findRouteToday, ROUTE_METRICS, type Route, type RouteMetric, type RouteStep } from '../../core/index';
import { CliError, EXIT, findNode, findNodes, loadGraphFile, moneyText, todayOption } from '../shared';

/** Exit code when no route can exist: not a usage error and not invalid data. */
export const EXIT_NO_ROUTE = EXIT.noRoute;

interface RouteCliOptions {
  readonly by: RouteMetric;
  readonly alternatives: number;
  readonly avoid?: string;
  readonly via?: string;
  readonly have?: string;
  readonly requirements: boolean;
  readonly json?: boolean;
  readonly graph?: string;
  readonly today?: string;
  readonly keepRetired?: boolean;
}

const METRIC_TEXT: Record<RouteMetric, string> = { steps: 'fewest steps', months: 'least time', cost: 'least money' };

export function registerRoute(program: Command): void {
  program
    .command('route')
    .description('The best route between two nodes (id, exam code or label), with why, months and cost of every step.')
    .argument('<from>', 'where you start; with --have and a single name, that name is the destination')
    .argument('[to]', 'where you want to be')
    .addOption(new Option('--by <metric>', 'what to minimise').choices(ROUTE_METRICS).default('months'))
    .option('--alternatives <k>', 'also list the k best routes', positiveInteger, 1)
    .option('--avoid <names>', 'comma-separated nodes never to pass through')
    .option('--via <names>', 'comma-separated nodes to pass through, in order')
    .option('--have <names>', 'comma-separated nodes you already hold: start from the best of them, never ask for them again')
    .option('--no-requirements', 'do not add missing requirements (e.g. the certifications a trainer needs) as steps')
    .option('--today <date>', 'judge retirement and release dates as of this date, YYYY-MM-DD (default: today)')
    .option('--keep-retired', 'route through exams whose retirement date has passed (default: leave them out, prefer their replacement)')
    .option('--json', 'print JSON (stable keys, see the top of src/cli/commands/route.ts)')
    .option('--graph <file>', 'graph JSON file (default: the shipped MS-102 map)')
    .action((first: string, second: string | undefined, options: RouteCliOptions) => {
      const model = loadGraphFile(options.graph);
      const have = findNodes(model, options.have);
      if (second === undefined && have.length === 0) {
        throw new CliError('give a start and a destination (pathwise route <from> <to>), or --have and a destination');
      }
      const from = second === undefined ? null : findNode(model, first).id;
      const to = findNode(model, second ?? first).id;
      const avoid = findNodes(model, options.avoid);
      const via = findNodes(model, options.via);
      // Exams whose retirement date has passed are left out unless --keep-retired (see findRouteToday).
      const { result, leftOut } = findRouteToday(model, from, to, {
        today: todayOption(options.today),
        keepRetired: options.keepRetired === true,
        by: options.by,
        alternatives: options.alternatives,
        avoid,
        via,
        have,
        requirements: options.requirements,
      });
      if (options.json === true) {
        const out = result.ok ? { ok: true, from, to, by: result.by, have, avoid, via, leftOut: leftOut.map((n) => n.id), route: result.route, alternatives: result.alternatives, notes: result.notes } : result;
        process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
        if (!result.ok) process.exitCode = EXIT_NO_ROUTE;
        return;
      }
      if (!result.ok) throw new CliError(`no route: ${result.message}`, EXIT_NO_ROUTE);
      const lines = [
        `Route to ${result.route.steps.at(-1)?.label ?? to}, by ${METRIC_TEXT[result.by]}:`,
        ...routeLines(result.route),
        ...(result.alternatives.length > 1 ? ['', `Alternatives (${result.alternatives.length}, best first):`, ...result.alternatives.map(summaryLine)] : []),
        ...result.notes.map((note) => `note: ${note}`),
      ];
      process.stdout.write(`${lines.join('\n')}\n`);
    });
}

function positiveInteger(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 50) throw new InvalidArgumentError('must be a whole number from 1 to 50');
  return n;
}

function routeLines(route: Route): string[] {
  const lines: string[] = [];
  route.steps.forEach((step, i) => {
    if (i === 0) {
      lines.push(`  start  ${step.label} [${step.kind}]`);
      return;
    }
    lines.push(`  ${String(i).padStart(5)}. ${step.label} [${step.kind}]${step.role === 'requirement' ? ' (requirement)' : ''}`);
    lines.push(`         why: ${step.why}`);
    lines.push(`         ${stepFigures(step)}  |  so far: ${months(step.total.months)}, ${money(step.total.cost)}`);
  });
  const t = route.totals;
  const unknown = [
    ...(t.unknownMonths > 0 ? [`${t.unknownMonths} step${t.unknownMonths === 1 ? '' : 's'} without months`] : []),
    ...(t.unknownCost > 0 ? [`${t.unknownCost} step${t.unknownCost === 1 ? '' : 's'} without a cost`] : []),
  ];
  lines.push(`Total: ${t.steps} step${t.steps === 1 ? '' : 's'}, ${months(t.months)}, ${money(t.cost)}${unknown.length > 0 ? ` (${unknown.join(', ')})` : ''}`);
  for (const warning of route.warnings) lines.push(`warning: ${warning.message}`);
  return lines;
}

function stepFigures(step: RouteStep): string {
  const time = step.months === null ? 'months unknown' : `${months(step.months)}${step.monthsFrom === 'experience' ? ' (experience)' : ''}`;
  const cost = step.cost === null ? 'cost unknown' : `${money({ [step.cost.currency]: step.cost.amount })}${step.costFrom === 'fee' ? ' (exam fee)' : ''}`;
  return `${time}, ${cost}`;
}

function summaryLine(route: Route, i: number): string {
  const t = route.totals;
  return `  ${i + 1}. ${t.steps} steps, ${months(t.months)}, ${money(t.cost)}: ${route.steps.map((s) => s.label).join(' → ')}`;
}

function months(n: number): string {
  return `${Math.round(n * 10) / 10} month${n === 1 ? '' : 's'}`;
}

/** "165 USD", "100 USD + 90 EUR", or "no known cost". */
function money(cost: Readonly<Record<string, number>>): string {
  return moneyText(cost, 'no known cost');
}
