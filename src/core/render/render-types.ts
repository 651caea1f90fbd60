import type { ThemeName } from '../design/tokens';
import type { Layout } from '../layout/layout-types';
import type { GraphEdge, GraphNode } from '../schema/graph-schema';
import type { RenderHorizon } from './svg-horizon';

/** What a route highlight covers: node ids and edge keys (see `edgeKey`). */
export interface RenderHighlight {
  readonly nodes: ReadonlySet<string>;
  readonly edges: ReadonlySet<string>;
}

export interface RenderSvgInput {
  /** Node data by id; every node of the layout must be here (others are ignored). */
  readonly nodes: ReadonlyMap<string, GraphNode>;
  /** Edge data by edge key, for each edge's accessible `<title>` (kind and note). Optional. */
  readonly edges?: ReadonlyMap<string, GraphEdge>;
  readonly layout: Layout;
  readonly theme: ThemeName;
  readonly legend: boolean;
  readonly title: string;
  /** e.g. the route's ends and totals. */
  readonly subtitle?: string;
  /** Shown in the title band as given; core has no clock, so the caller passes it. */
  readonly date: string;
  /** Route highlight: these are drawn in the theme's route colour, everything else dimmed. */
  readonly highlight?: RenderHighlight;
  /** Horizon view: nodes ringed and numbered by band, those beyond the limit faded, and its own legend. */
  readonly horizon?: RenderHorizon;
  /** Judge status dates against today (badges say "RETIREMENT PASSED"); absent: statuses as written. */
  readonly facts?: FactDates;
}

/** Today and the map's last verification, for status dates that may have passed. */
export interface FactDates {
  readonly today: string;
  readonly lastVerified: string;
}

/** How a node or edge is drawn relative to a route highlight. */
export type Emphasis = 'normal' | 'highlight' | 'dim';
