import { z } from 'zod';

/**
 * The Pathwise graph file format, defined once. Every TypeScript type for graph data is
 * `z.infer` of a schema here; `npm run schema` writes `graph-data/graph.schema.json` from it.
 *
 * Objects are strict: an unknown key is an error, so a typo such as `"sorces"` never passes silently.
 */

export const SCHEMA_VERSION = 1;

/** Node and map ids: lowercase kebab-case, stable forever (progress and links hang on them). */
export const idSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be kebab-case: lowercase letters, digits and single hyphens')
  .max(80, 'must be at most 80 characters')
  .describe('Stable kebab-case id, e.g. "ms-102". Never rename: progress and links use it.');

/**
 * A reference to a node id. Not checked for kebab-case here: a reference that matches no node is
 * reported by the integrity check as an unknown node with a "did you mean", which helps more.
 */
export const refSchema = z.string().min(1, 'must not be empty').max(80, 'must be at most 80 characters');

/** Only http(s) links: data never carries `javascript:` or `data:` URLs. */
export const urlSchema = z
  .url({ protocol: /^https?$/, hostname: z.regexes.domain, error: 'must be an http(s) URL with a domain name' })
  // Its own message: otherwise the url() error above is reused for a URL that is only too long.
  .max(2000, 'must be at most 2000 characters')
  .describe('An http or https URL.');

export const isoDateSchema = z.iso.date({ error: 'must be a date written YYYY-MM-DD' });

/** Something a label can be seen by: not whitespace, a control character or a zero-width format character. */
const VISIBLE = /[^\s\p{Cc}\p{Cf}]/u;

const labelSchema = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .max(200, 'must be at most 200 characters')
  // trim() keeps zero-width characters (U+200B, U+2060), so a label of only those looked empty but passed.
  .refine((s) => s === '' || VISIBLE.test(s), 'must not be empty (it holds only invisible characters)');

const textSchema = z.string().max(4000, 'must be at most 4000 characters');

/**
 * How sure we are of a fact, mirroring the marks of the research notes:
 * verified (issuer's page), verified-scrape (a machine capture of the issuer's page),
 * secondary (third parties citing the issuer), conflicting (sources disagree), unverified.
 */
export const confidenceSchema = z
  .enum(['verified', 'verified-scrape', 'secondary', 'conflicting', 'unverified'])
  .describe('How sure the data is: anything but "verified" is shown to users with a flag.');

export const currencySchema = z.string().regex(/^[A-Z]{3}$/, 'must be an ISO 4217 code such as "USD"');

/** Money spent on a step or an exam; amounts above a million are treated as typos. */
export const moneySchema = z.strictObject({
  amount: z.number().nonnegative('must not be negative').max(1_000_000, 'is implausibly large (over 1,000,000)'),
  currency: currencySchema,
});

/**
 * When a fact was last checked against its source. Absent means `meta.lastVerified` (or the
 * fact's own `asOf` where it has one): authors move it when they re-check that one fact.
 */
const checkedSchema = isoDateSchema.describe(
  'When this fact was last checked against its source; absent means meta.lastVerified (or the fact\'s asOf).',
);

const factMeta = {
  source: urlSchema.optional(),
  confidence: confidenceSchema.optional(),
  note: textSchema.optional(),
  checked: checkedSchema.optional(),
};

export const feeSchema = z.strictObject({
  ...moneySchema.shape,
  asOf: isoDateSchema.describe('When the fee was read from its source.'),
  ...factMeta,
});

export const levelSchema = z.enum(['fundamentals', 'associate', 'expert', 'specialty', 'professional']);

export const certificationStatusSchema = z.discriminatedUnion('state', [
  z.strictObject({ state: z.literal('active'), asOf: isoDateSchema.optional(), ...factMeta }),
  z.strictObject({
    state: z.literal('beta'),
    since: isoDateSchema.optional(),
    expectedRelease: isoDateSchema
      .optional()
      .describe('When general availability is expected; once it has passed without news the status is due for a check.'),
    ...factMeta,
  }),
  z.strictObject({
    state: z.literal('retiring'),
    date: isoDateSchema.describe('The announced retirement date.'),
    replacement: refSchema.optional(),
    ...factMeta,
  }),
  z.strictObject({
    state: z.literal('retired'),
    date: isoDateSchema.describe('The date it was retired.'),
    replacement: refSchema.optional(),
    ...factMeta,
  }),
]);

export const renewalSchema = z.strictObject({
  validityMonths: z
    .number()
    .int('must be a whole number of months')
    .positive('must be more than 0')
    .max(120, 'is implausibly long (over 120 months)')
    .optional()
    .describe('How long the credential stays valid; absent when it does not expire.'),
  windowMonths: z
    .number()
    .int('must be a whole number of months')
    .positive('must be more than 0')
    .max(120, 'is implausibly long (over 120 months)')
    .optional()
    .describe('How many months before expiry renewal opens, e.g. 6 for Microsoft\'s free online assessment.'),
  rule: textSchema.describe('How it is kept current, e.g. "Free online renewal assessment on Microsoft Learn".'),
  cost: moneySchema.optional(),
  ...factMeta,
}).refine((r) => r.windowMonths === undefined || (r.validityMonths !== undefined && r.windowMonths <= r.validityMonths), {
  path: ['windowMonths'],
  error: 'needs validityMonths, and must not be longer than it',
});

/**
 * A node needs every group (all-of); a group is met by any one of its nodes (any-of).
 * SC-100: [{ anyOf: ["sc-200", "sc-300", "az-500"] }]. MCT: two groups.
 */
export const requirementGroupSchema = z.strictObject({
  anyOf: z.array(refSchema).min(1, 'must name at least one node'),
  label: labelSchema.optional().describe('How people name the group, e.g. "A technical associate or expert certification".'),
  ...factMeta,
});

/** A disputed or unconfirmed claim, stored as such so the app can flag it instead of stating it. */
export const caveatSchema = z.strictObject({
  text: textSchema.min(1, 'must not be empty'),
  field: z.string().max(80).optional().describe('The field the caveat is about, e.g. "status".'),
  confidence: confidenceSchema,
  sources: z.array(urlSchema).optional(),
  date: isoDateSchema
    .optional()
    .describe('A date the claim names (e.g. a rumoured retirement); once it has passed, the claim is due for a check.'),
  checked: checkedSchema.optional(),
});

/** A name or term people type in a search box: short, visible text. */
const searchTermSchema = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .max(100, 'must be at most 100 characters')
  .refine((s) => s === '' || VISIBLE.test(s), 'must not be empty (it holds only invisible characters)');

const baseNode = {
  id: idSchema,
  label: labelSchema,
  aliases: z
    .array(searchTermSchema)
    .max(20, 'must list at most 20 aliases')
    .optional()
    .describe('Other names people search for this node by: abbreviations, former names, e.g. ["MCT"]. Names only, not facts.'),
  shortLabel: z
    .string()
    .trim()
    .min(1, 'must not be empty')
    .max(28, 'is too long for a short name (over 28 characters)')
    .optional()
    .describe('A short name for far zoom and lane names, e.g. "MCT" or "Identity & access"; the label is used when absent.'),
  description: textSchema.optional(),
  sources: z.array(urlSchema).default([]).describe('Where the facts of this node come from.'),
  tracks: z.array(refSchema).optional().describe('Ids of the track nodes (career paths) this node belongs to.'),
  requires: z
    .array(requirementGroupSchema)
    .optional()
    .describe('All of these groups must be met before this node; each group by any one of its nodes.'),
  caveats: z.array(caveatSchema).optional(),
};

export const certificationNodeSchema = z.strictObject({
  kind: z.literal('certification'),
  ...baseNode,
  issuer: labelSchema,
  examCodes: z
    .array(z.string().regex(/^[A-Za-z0-9][A-Za-z0-9+._-]{0,29}$/, 'must be an exam code such as "MS-102"'))
    .default([]),
  credential: labelSchema.describe('The credential earned, e.g. "Microsoft 365 Certified: Administrator Expert".'),
  level: levelSchema,
  status: certificationStatusSchema,
  fee: feeSchema.optional(),
  renewal: renewalSchema.optional(),
});

export const seniorityEnum = z.enum(['entry', 'mid', 'senior', 'lead', 'executive']);

export const paySchema = z.strictObject({
  amount: z.number().positive('must be more than 0').max(10_000_000, 'is implausibly large (over 10,000,000)'),
  currency: currencySchema,
  period: z.enum(['year', 'hour']),
  statistic: z.enum(['median', 'mean']).default('median'),
  region: labelSchema.describe('e.g. "United States"'),
  year: z.number().int().min(1990).max(2100).describe('The reference year of the wage data, e.g. 2024.'),
  occupation: labelSchema.optional().describe('The statistical occupation, e.g. "Information Security Analysts (15-1212)".'),
  source: urlSchema,
  confidence: confidenceSchema.optional(),
  note: textSchema.optional(),
  checked: checkedSchema.optional(),
});

export const outlookSchema = z.strictObject({
  text: textSchema.min(1),
  growthPercent: z.number().min(-100).max(1000).optional(),
  period: z
    .string()
    .regex(/^\d{4}[–-]\d{2,4}$/, 'must be a period such as "2024-34"')
    .optional(),
  ...factMeta,
});

export const roleNodeSchema = z.strictObject({
  kind: z.literal('role'),
  ...baseNode,
  seniority: seniorityEnum,
  typicalExperience: labelSchema.optional().describe('e.g. "2-4 years in IT administration"'),
  pay: paySchema.optional(),
  outlook: outlookSchema.optional(),
});

export const skillNodeSchema = z.strictObject({
  kind: z.literal('skill'),
  ...baseNode,
  domain: labelSchema.describe('e.g. "Identity", "Security operations"'),
});

export const experienceNodeSchema = z.strictObject({
  kind: z.literal('experience'),
  ...baseNode,
  requirement: textSchema.min(1).describe('What must be shown, e.g. "36 months leading projects".'),
  months: z
    .number()
    .nonnegative('must not be negative')
    .max(600, 'is implausibly long (over 600 months)')
    .optional().describe('Months of experience it stands for, if any.'),
});

export const trackNodeSchema = z.strictObject({
  kind: z.literal('track'),
  ...baseNode,
  order: z.number().int().nonnegative().optional().describe('Display order among tracks.'),
});

export const nodeSchema = z.discriminatedUnion('kind', [
  certificationNodeSchema,
  roleNodeSchema,
  skillNodeSchema,
  experienceNodeSchema,
  trackNodeSchema,
]);

export const NODE_KINDS = ['certification', 'role', 'skill', 'experience', 'track'] as const;

export const edgeKindSchema = z.enum([
  'prerequisite',
  'recommends',
  'teaches',
  'requires',
  'leads-to',
  'replaced-by',
]);

/** Edges read "source <kind> target"; see `progressDirection` for how routing walks each kind. */
export const edgeSchema = z.strictObject({
  source: refSchema,
  target: refSchema,
  kind: edgeKindSchema,
  note: textSchema.optional().describe('Why this step exists; shown on routes.'),
  months: z
    .number()
    .nonnegative('must not be negative')
    .max(240, 'is implausibly long (over 240 months)')
    .optional()
    .describe('Typical time to make this step, in months.'),
  cost: moneySchema.optional().describe('Typical money needed for this step (exam fee, course).'),
  confidence: confidenceSchema.optional(),
  sources: z.array(urlSchema).optional(),
});

export const metaSchema = z.strictObject({
  id: idSchema.describe('Map id; saved progress is keyed by it.'),
  title: labelSchema,
  description: textSchema.optional(),
  lastVerified: isoDateSchema,
  staleAfterMonths: z
    .number()
    .int('must be a whole number of months')
    .positive('must be more than 0')
    .max(120, 'is implausibly long (over 120 months)')
    .optional()
    .describe('Facts last checked longer ago than this are marked "may be out of date" (default 6).'),
  sources: z.array(urlSchema).default([]),
  synonyms: z
    .array(z.array(searchTermSchema).min(2, 'a synonym group needs at least two terms').max(20, 'must list at most 20 terms'))
    .max(500, 'must list at most 500 synonym groups')
    .optional()
    .describe('Search vocabulary: each group lists words or phrases that mean the same to someone searching, e.g. ["m365", "microsoft 365"].'),
});

export const graphFileSchema = z.strictObject({
  $schema: z.string().optional(),
  schemaVersion: z.literal(SCHEMA_VERSION, { error: `must be ${SCHEMA_VERSION}` }),
  meta: metaSchema,
  nodes: z.array(nodeSchema).max(200_000, 'too many nodes (over 200,000)'),
  edges: z.array(edgeSchema).max(1_000_000, 'too many edges (over 1,000,000)'),
});

export type GraphFile = z.infer<typeof graphFileSchema>;
export type GraphFileInput = z.input<typeof graphFileSchema>;
export type GraphMeta = z.infer<typeof metaSchema>;
export type GraphNode = z.infer<typeof nodeSchema>;
export type NodeKind = GraphNode['kind'];
export type CertificationNode = z.infer<typeof certificationNodeSchema>;
export type RoleNode = z.infer<typeof roleNodeSchema>;
export type SkillNode = z.infer<typeof skillNodeSchema>;
export type ExperienceNode = z.infer<typeof experienceNodeSchema>;
export type TrackNode = z.infer<typeof trackNodeSchema>;
export type GraphEdge = z.infer<typeof edgeSchema>;
export type EdgeKind = GraphEdge['kind'];
export type Level = z.infer<typeof levelSchema>;
export type Seniority = z.infer<typeof seniorityEnum>;
export type CertificationStatus = z.infer<typeof certificationStatusSchema>;
export type RequirementGroup = z.infer<typeof requirementGroupSchema>;
export type Confidence = z.infer<typeof confidenceSchema>;
export type Money = z.infer<typeof moneySchema>;
export type Pay = z.infer<typeof paySchema>;
export type Caveat = z.infer<typeof caveatSchema>;
