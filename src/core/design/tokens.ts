import type { EdgeKind, Level, NodeKind } from '../schema/graph-schema';

/**
 * Design tokens shared by the screen (as CSS custom properties) and the SVG/PNG export, so an
 * exported map looks like the map on screen. Colours come from the Okabe–Ito palette, which stays
 * distinguishable with the common colour-vision deficiencies; meaning is never carried by colour
 * alone (badges, text and line patterns repeat it).
 */

export type LaidOutKind = Exclude<NodeKind, 'track'>;

/** Node box sizes per kind, known before layout so dagre can place boxes without overlap. */
export const NODE_SIZE: Record<LaidOutKind, { readonly width: number; readonly height: number }> = {
  certification: { width: 232, height: 76 },
  role: { width: 240, height: 64 },
  skill: { width: 188, height: 36 },
  experience: { width: 208, height: 52 },
};

export const FONT = {
  family: "'Inter', 'Segoe UI', system-ui, -apple-system, 'Helvetica Neue', Arial, sans-serif",
  /** Font files shipped with the app (self-hosted, no third-party origin). */
  name: 'Inter',
  size: { title: 13, body: 12, small: 10.5, badge: 9.5 },
  weight: { regular: 400, medium: 500, bold: 700 },
} as const;

export const RADIUS = { certification: 10, role: 32, skill: 18, experience: 6 } as const;

/**
 * Okabe–Ito colours. Box borders, lines, the route and the focus ring keep at least 3:1 against
 * what they sit on (WCAG 1.4.11; tests/core/design/tokens.test.ts), text at least 4.5:1.
 */
export const OKABE_ITO = {
  orange: '#E69F00',
  skyBlue: '#56B4E9',
  bluishGreen: '#009E73',
  yellow: '#F0E442',
  blue: '#0072B2',
  vermillion: '#D55E00',
  reddishPurple: '#CC79A7',
  black: '#000000',
} as const;

export type ThemeName = 'light' | 'dark';

export interface EdgeStyle {
  readonly color: string;
  readonly width: number;
  /** SVG stroke-dasharray, empty for solid. */
  readonly dash: string;
  readonly label: string;
}

export interface Theme {
  readonly name: ThemeName;
  readonly background: string;
  readonly surface: string;
  readonly surfaceRaised: string;
  readonly text: string;
  readonly textMuted: string;
  readonly border: string;
  readonly focus: string;
  readonly route: string;
  readonly dimOpacity: number;
  readonly level: Record<Level, string>;
  readonly kind: Record<LaidOutKind, { readonly fill: string; readonly stroke: string; readonly accent: string }>;
  readonly edge: Record<EdgeKind, EdgeStyle>;
  readonly badge: {
    readonly retiring: { readonly fill: string; readonly text: string };
    readonly retired: { readonly fill: string; readonly text: string };
    readonly beta: { readonly fill: string; readonly text: string };
    readonly unverified: { readonly fill: string; readonly text: string };
  };
}

const level: Record<Level, string> = {
  fundamentals: OKABE_ITO.skyBlue,
  associate: OKABE_ITO.bluishGreen,
  expert: OKABE_ITO.blue,
  specialty: OKABE_ITO.reddishPurple,
  professional: OKABE_ITO.orange,
};

const edgeLabels: Record<EdgeKind, string> = {
  prerequisite: 'Official prerequisite',
  recommends: 'Recommended next step',
  teaches: 'Teaches skill',
  requires: 'Role requires',
  'leads-to': 'Leads to',
  'replaced-by': 'Replaced by',
};

export const THEMES: Record<ThemeName, Theme> = {
  light: {
    name: 'light',
    background: '#F6F7F9',
    surface: '#FFFFFF',
    surfaceRaised: '#FFFFFF',
    text: '#14171F',
    textMuted: '#4B5261',
    border: '#C9CED8',
    focus: '#0072B2',
    route: OKABE_ITO.vermillion,
    dimOpacity: 0.22,
    level,
    kind: {
      certification: { fill: '#FFFFFF', stroke: '#7A8394', accent: OKABE_ITO.blue },
      role: { fill: '#FFF4DF', stroke: '#A87300', accent: '#8A5A00' },
      skill: { fill: '#EEF1F5', stroke: '#808999', accent: '#4B5261' },
      experience: { fill: '#F7EEF4', stroke: '#A8557F', accent: '#8C3D66' },
    },
    edge: {
      prerequisite: { color: '#2A2F3A', width: 2.4, dash: '', label: edgeLabels.prerequisite },
      recommends: { color: '#5B6475', width: 1.6, dash: '7 5', label: edgeLabels.recommends },
      teaches: { color: '#808999', width: 1.1, dash: '', label: edgeLabels.teaches },
      requires: { color: '#8C3D66', width: 1.2, dash: '2 4', label: edgeLabels.requires },
      'leads-to': { color: '#98722E', width: 1.4, dash: '', label: edgeLabels['leads-to'] },
      'replaced-by': { color: '#7A8394', width: 1.4, dash: '1 3', label: edgeLabels['replaced-by'] },
    },
    badge: {
      retiring: { fill: OKABE_ITO.orange, text: '#000000' },
      retired: { fill: '#5B6475', text: '#FFFFFF' },
      beta: { fill: OKABE_ITO.skyBlue, text: '#000000' },
      unverified: { fill: OKABE_ITO.yellow, text: '#000000' },
    },
  },
  dark: {
    name: 'dark',
    background: '#0F1218',
    surface: '#181C24',
    surfaceRaised: '#202531',
    text: '#EDEFF3',
    textMuted: '#A9B0BD',
    border: '#3A4150',
    focus: OKABE_ITO.skyBlue,
    route: '#FF7A2E',
    dimOpacity: 0.25,
    level,
    kind: {
      certification: { fill: '#1E232D', stroke: '#707A8E', accent: OKABE_ITO.skyBlue },
      role: { fill: '#2E2615', stroke: '#B98A2A', accent: '#F3C467' },
      skill: { fill: '#222833', stroke: '#6B7487', accent: '#A9B0BD' },
      experience: { fill: '#2B1F28', stroke: '#B86C94', accent: '#E7A6C8' },
    },
    edge: {
      prerequisite: { color: '#E1E5EC', width: 2.4, dash: '', label: edgeLabels.prerequisite },
      recommends: { color: '#A9B0BD', width: 1.6, dash: '7 5', label: edgeLabels.recommends },
      teaches: { color: '#5A6273', width: 1.1, dash: '', label: edgeLabels.teaches },
      requires: { color: '#C987AA', width: 1.2, dash: '2 4', label: edgeLabels.requires },
      'leads-to': { color: '#C9A052', width: 1.4, dash: '', label: edgeLabels['leads-to'] },
      'replaced-by': { color: '#7A8394', width: 1.4, dash: '1 3', label: edgeLabels['replaced-by'] },
    },
    badge: {
      retiring: { fill: OKABE_ITO.orange, text: '#000000' },
      retired: { fill: '#7A8394', text: '#0F1218' },
      beta: { fill: OKABE_ITO.skyBlue, text: '#000000' },
      unverified: { fill: OKABE_ITO.yellow, text: '#000000' },
    },
  },
};

export const LEVEL_LABEL: Record<Level, string> = {
  fundamentals: 'Fundamentals',
  associate: 'Associate',
  expert: 'Expert',
  specialty: 'Specialty',
  professional: 'Professional / programme',
};

/**
 * The theme as CSS custom properties, so stylesheets use the same values as the export.
 * @example themeCssVariables(THEMES.dark)['--pw-route'] // "#FF7A2E"
 */
export function themeCssVariables(theme: Theme): Record<string, string> {
  const vars: Record<string, string> = {
    '--pw-bg': theme.background,
    '--pw-surface': theme.surface,
    '--pw-surface-raised': theme.surfaceRaised,
    '--pw-text': theme.text,
    '--pw-text-muted': theme.textMuted,
    '--pw-border': theme.border,
    '--pw-focus': theme.focus,
    '--pw-route': theme.route,
    '--pw-dim': String(theme.dimOpacity),
  };
  for (const [name, color] of Object.entries(theme.level)) vars[`--pw-level-${name}`] = color;
  for (const [name, style] of Object.entries(theme.kind)) {
    vars[`--pw-${name}-fill`] = style.fill;
    vars[`--pw-${name}-stroke`] = style.stroke;
    vars[`--pw-${name}-accent`] = style.accent;
  }
  for (const [name, style] of Object.entries(theme.edge)) {
    vars[`--pw-edge-${name}`] = style.color;
    vars[`--pw-edge-${name}-width`] = String(style.width);
    vars[`--pw-edge-${name}-dash`] = style.dash === '' ? 'none' : style.dash;
  }
  for (const [name, badge] of Object.entries(theme.badge)) {
    vars[`--pw-badge-${name}`] = badge.fill;
    vars[`--pw-badge-${name}-text`] = badge.text;
  }
  return vars;
}
