import { memo } from 'react';
import { Position, type NodeProps } from '@xyflow/react';
import {
  LEVEL_LABEL,
  NODE_SIZE,
  SENIORITY_LABEL,
  doubtfulFacts,
  fitText,
  labelWithoutCode,
  localIsoDate,
  statusBadge,
  type CertificationNode,
  type GraphNode,
} from '../../core/index';
import { CertificateIcon, PersonIcon } from '../../components/icons';
import type { RoadmapFlowNode } from './node-data';
import { farText } from './level-of-detail';
import { PayText } from './pay-text';
import './level-of-detail.css';

/**
 * Edges are drawn from layout points, so anchors only tell React Flow where an edge meets its
 * node; they stay invisible. Plain elements with the classes and attribute React Flow measures
 * (`.source`/`.target`, `data-handlepos`), not `<Handle>`: nothing here connects, and 224 Handle
 * components each subscribed to React Flow's store cost the first render and every zoom frame.
 */
function Anchors({ vertical }: { vertical: boolean }) {
  const into = vertical ? Position.Top : Position.Left;
  const out = vertical ? Position.Bottom : Position.Right;
  return (
    <>
      <div className={`react-flow__handle react-flow__handle-${into} rf-anchor target`} data-handlepos={into} />
      <div className={`react-flow__handle react-flow__handle-${out} rf-anchor source`} data-handlepos={out} />
    </>
  );
}

function Unverified({ node }: { node: GraphNode }) {
  const facts = doubtfulFacts(node);
  if (facts.length === 0) return null;
  return (
    <span className="badge badge-unverified" title={`Unverified or disputed: ${facts.join(' ')}`}>
      <span className="badge-text">?</span>
    </span>
  );
}

/** The poster-size label drawn at far zoom (see level-of-detail.ts); hidden from assistive tech (the node has its aria-label). */
function FarLabel({ node }: { node: GraphNode }) {
  const far = farText(node);
  if (far === null) return null;
  return (
    <div className={`pw-far far-from-${String(far.from)}`} data-far-from={far.from} style={{ fontSize: far.fontSize }} aria-hidden="true">
      {far.lines.map((line) => (
        <span key={line}>{line}</span>
      ))}
    </div>
  );
}

export const CertificationView = memo(function CertificationView({ data }: NodeProps<RoadmapFlowNode>) {
  const node = data.node as CertificationNode;
  // Judged against the person's today: a retirement date that has passed says so on the badge.
  const badge = statusBadge(node, localIsoDate(new Date()));
  const code = node.examCodes.join(' / ');
  return (
    <div className={`pw-node pw-cert level-${node.level}`}>
      <Anchors vertical={data.vertical} />
      <span className="level-strip" aria-hidden="true" />
      <div className="pw-cert-top">
        <span className="pw-code">
          <CertificateIcon size={12} /> {code === '' ? node.issuer : code}
        </span>
        <span className="pw-level">{LEVEL_LABEL[node.level].split(' ')[0]}</span>
      </div>
      <div className="pw-title" title={node.label}>
        {labelWithoutCode(node)}
      </div>
      <div className="pw-badges">
        {badge !== undefined && (
          <span className={`badge badge-${badge.kind}`}>
            <span className="badge-text">{badge.text}</span>
          </span>
        )}
        <Unverified node={node} />
      </div>
      <FarLabel node={node} />
      {badge !== undefined && <span className={`far-chip badge-${badge.kind}`} aria-hidden="true" />}
    </div>
  );
});

export const RoleView = memo(function RoleView({ data }: NodeProps<RoadmapFlowNode>) {
  const node = data.node;
  if (node.kind !== 'role') return null;
  return (
    <div className="pw-node pw-role">
      <Anchors vertical={data.vertical} />
      <span className="pw-role-icon">
        <PersonIcon size={18} />
      </span>
      <div className="pw-role-text">
        <div className="pw-title" title={node.label}>
          {roleTitle(node)}
        </div>
        <div className="pw-sub">
          {SENIORITY_LABEL[node.seniority]}
          {node.pay !== undefined && <PayText pay={node.pay} />}
        </div>
      </div>
      <Unverified node={node} />
      <FarLabel node={node} />
    </div>
  );
});

/** Room for a role's title beside its icon, in px (the box less icon, gap, padding and border: 74 px). */
const ROLE_TITLE_WIDTH = NODE_SIZE.role.width - 74;

/** A role's title: its label, or its short name when the label needs more than the two lines the box has. */
function roleTitle(node: GraphNode): string {
  const fitted = fitText(node.label, { maxWidth: ROLE_TITLE_WIDTH, fontSize: 12.5, weight: 500, maxLines: 2 });
  return fitted.truncated ? (node.shortLabel ?? node.label) : node.label;
}

export const SkillView = memo(function SkillView({ data }: NodeProps<RoadmapFlowNode>) {
  return (
    <div className="pw-node pw-skill" title={data.node.label}>
      <Anchors vertical={data.vertical} />
      <span className="pw-title">{data.node.label}</span>
    </div>
  );
});

export const ExperienceView = memo(function ExperienceView({ data }: NodeProps<RoadmapFlowNode>) {
  return (
    <div className="pw-node pw-experience">
      <Anchors vertical={data.vertical} />
      <div className="pw-sub">Requirement</div>
      <div className="pw-title" title={data.node.label}>
        {data.node.label}
      </div>
      <FarLabel node={data.node} />
    </div>
  );
});

export const NODE_TYPES = {
  certification: CertificationView,
  role: RoleView,
  skill: SkillView,
  experience: ExperienceView,
};
