import type { PathwiseGraph } from '../graph/build-graph';
import { EDGE_KIND_MEANING } from '../schema/edge-rules';
import type { GraphNode } from '../schema/graph-schema';
import type { Plan, PlanItem } from './complete-plan';
import type { Route, RouteStep, RouteWarning } from './route-types';

/** Adds wording, running totals and warnings to a plan; `from` is the start the caller named, if any. */
export function buildRoute(model: PathwiseGraph, plan: Plan, from: string | null): Route {
  let months = 0;
  let unknownMonths = 0;
  let unknownCost = 0;
  const cost: Record<string, number> = {};
  const steps: RouteStep[] = plan.items.map((item, index) => {
    const node = nodeOf(model, item.id);
    if (item.role !== 'start') {
      if (item.values.months === null) unknownMonths++;
      else months += item.values.months;
      if (item.values.cost === null) unknownCost++;
      else cost[item.values.cost.currency] = (cost[item.values.cost.currency] ?? 0) + item.values.cost.amount;
    }
    const choice = item.choice;
    return {
      id: item.id,
      label: node.label,
      kind: node.kind,
      role: item.role,
      edge:
        choice === null
          ? null
          : { key: choice.key, kind: choice.data.kind, from: choice.from, note: choice.data.note ?? null, implied: choice.implied },
      requiredBy: item.requiredBy,
      why: why(model, item, from),
      months: item.values.months,
      monthsFrom: item.values.monthsFrom,
      cost: item.values.cost,
      costFrom: item.values.costFrom,
      total: { steps: index, months, cost: { ...cost } },
    };
  });
  return {
    steps,
    totals: { steps: steps.length - 1, months, cost, unknownMonths, unknownCost },
    weight: plan.weight,
    warnings: warnings(model, steps, cost),
  };
}

function nodeOf(model: PathwiseGraph, id: string): GraphNode {
  const node = model.byId.get(id);
  if (node === undefined) throw new Error(`core/routing.buildRoute: unknown node "${id}"`);
  return node;
}

/** "AZ-104 … is an official prerequisite of AZ-305 …: <note>", in the data edge's own direction. */
function edgeSentence(model: PathwiseGraph, item: PlanItem): string | null {
  if (item.choice === null) return null;
  const edge = item.choice.data;
  const sentence = `${nodeOf(model, edge.source).label} ${EDGE_KIND_MEANING[edge.kind]} ${nodeOf(model, edge.target).label}`;
  return edge.note === undefined ? sentence : `${sentence}: ${edge.note}`;
}

function why(model: PathwiseGraph, item: PlanItem, from: string | null): string {
  if (item.role === 'start') return item.id === from ? 'Where you start' : 'Where you start: you already hold it';
  const sentence = edgeSentence(model, item);
  const by = item.requiredBy;
  if (by === null) return sentence ?? '';
  const need = `required by ${by.label}: ${by.group}`;
  if (by.requirement !== item.id) {
    return `on the way to ${nodeOf(model, by.requirement).label} (${need}); ${sentence ?? ''}`;
  }
  return sentence === null ? `${need} (no edge of the map leads here: obtain it directly)` : `${need}; ${sentence}`;
}

function warnings(model: PathwiseGraph, steps: readonly RouteStep[], cost: Readonly<Record<string, number>>): RouteWarning[] {
  const out: RouteWarning[] = [];
  for (const step of steps) {
    const node = nodeOf(model, step.id);
    if (node.kind !== 'certification') continue;
    const { status } = node;
    if (status.state !== 'retired' && status.state !== 'retiring') continue;
    const replacement = status.replacement ?? null;
    const instead = replacement === null ? '' : `; its replacement is ${model.byId.get(replacement)?.label ?? replacement}`;
    out.push({
      kind: status.state,
      id: node.id,
      date: status.date,
      replacement,
      message: `${node.label} ${status.state === 'retired' ? 'was retired on' : 'retires on'} ${status.date}${instead}`,
    });
  }
  const currencies = Object.keys(cost);
  if (currencies.length > 1) {
    out.push({
      kind: 'mixed-currency',
      currencies,
      message: `costs are in ${currencies.join(' and ')}; they are totalled separately and were compared without conversion`,
    });
  }
  return out;
}
