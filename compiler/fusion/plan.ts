// Whether a set of nodes can run as one kernel, and if so how: its template
// (kind), its iteration space and the loop level of every node (levels.ts).
// The rules are the registry's (templates/registry.ts): anchors of one
// template at most, at most its `maxAnchors` of them, nothing joins an
// `alone` template; elementwise ops join anything else; the template gives
// the space and its anchors' levels.
import type { Graph, Node, NodeId } from '../graph/types.ts';
import type { AccessAnalysis } from './access.ts';
import { levelInfo, LevelSolver } from './levels.ts';
import type { KernelTemplate, LevelInfo } from './template.ts';
import { FALLBACK, TEMPLATES, anchorIndex } from './templates/registry.ts';
import type { IterationSpace, Level } from './types.ts';

export interface GroupPlan {
  readonly kind: string;
  readonly template: KernelTemplate;
  readonly space: IterationSpace;
  readonly levels: ReadonlyMap<NodeId, Level>;
  /** The level an anchor reads its inputs at, where it differs from its own (reduces). */
  readonly readsAt: ReadonlyMap<NodeId, Level>;
}

export interface PlanContext {
  readonly graph: Graph;
  readonly analysis: AccessAnalysis;
}

/** The template of a group: its anchors' (one template, within its count), or the fallback's; else why there is none. */
export function groupTemplate(analysis: AccessAnalysis, nodes: readonly Node[]): { template: KernelTemplate; anchors: Node[] } | string {
  let index = -1;
  const anchors: Node[] = [];
  for (const n of nodes) {
    const i = anchorIndex(n, analysis);
    if (i < 0) {
      if (!FALLBACK.joins?.(n)) return `no kernel template takes %${n.id} (${n.op})`;
      continue;
    }
    if (index >= 0 && i !== index) return `${TEMPLATES[index]!.kind} and ${TEMPLATES[i]!.kind} anchors do not mix`;
    index = i;
    anchors.push(n);
  }
  const template = index < 0 ? FALLBACK : TEMPLATES[index]!;
  if (template.alone && nodes.length > 1) return `a ${template.kind} runs alone`;
  if (anchors.length > (template.maxAnchors ?? Infinity)) return `at most ${template.maxAnchors} ${template.kind} anchor(s) per kernel`;
  return { template, anchors };
}

/** The anchor whose space a kernel of `t` iterates, of two candidates. */
export function preferredAnchor(g: Graph, t: KernelTemplate, a: Node, b: Node): Node {
  return t.spaceAnchor ? t.spaceAnchor(g, a, b) : a.id < b.id ? a : b;
}

/** The plan of `members` (sorted node ids), or the reason they cannot form one kernel. */
export function planGroup(ctx: PlanContext, members: readonly NodeId[], inGroup: (id: NodeId) => boolean): GroupPlan | string {
  const g = ctx.graph;
  const nodes = members.map((id) => g.nodes[id]!);
  const chosen = groupTemplate(ctx.analysis, nodes);
  if (typeof chosen === 'string') return chosen;
  const { template: t, anchors } = chosen;
  const anchor = anchors.length ? anchors.reduce((x, y) => preferredAnchor(g, t, x, y)) : nodes[0]!;
  const info = levelInfo(t.space(g, anchor), !!t.rows);
  if (t.alone) return singlePlan(t, nodes[0]!, info);
  const isAnchor = new Set(anchors.map((n) => n.id));
  const solved = new LevelSolver(ctx.analysis, g, info, (n) => (isAnchor.has(n.id) ? t.anchorLevels(g, n, info) : undefined), inGroup).solve(nodes);
  if (typeof solved === 'string') return solved;
  const total = [...solved.level.values()].includes('total');
  return { kind: t.kind, template: t, space: spaceOf(info, total), levels: solved.level, readsAt: solved.readsAt };
}

/** The plan of a kernel that computes one node alone (a copy). */
export function singlePlan(t: KernelTemplate, n: Node, info: LevelInfo): GroupPlan {
  return { kind: t.kind, template: t, space: spaceOf(info, false), levels: new Map([[n.id, 'element']]), readsAt: new Map() };
}

function spaceOf(info: LevelInfo, total: boolean): IterationSpace {
  return { shape: [...info.shape], reduceAxes: info.rows ? [...info.reduceAxes] : [], total };
}
