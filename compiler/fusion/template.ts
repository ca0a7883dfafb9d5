// A fused-kernel template: everything the compiler knows about one kind of
// kernel, in one object — which groups of nodes it can take (its anchors,
// how many, whether anything joins it), its iteration space and the loop
// level of its anchors, its cost where the generic model does not fit, how
// a group of its kind splits into kernels ("stages") and how each stage is
// lowered to kernel IR for a target.
//
// Fusion (plan.ts, partition.ts) and lowering (kernel/lower/lower.ts) consult
// only the registry (templates/registry.ts); no fusion rule names an op. The
// rules every template shares:
//  - a node is an anchor of at most one template (the first in registry
//    order that claims it); a node no template anchors is an elementwise op
//    and joins any kernel that is not `alone`;
//  - a kernel's template is the one its anchors belong to: anchors of two
//    templates never share a kernel; a kernel without anchors takes the
//    `fallback` template (elementwise);
//  - levels (levels.ts): elementwise ops run at the level of what they read;
//    an anchor's level and the levels it reads its inputs at come from
//    `anchorLevels` (null: the input is read from memory, never from a
//    value computed in the same kernel).
// See docs/fusion.md, "Adding a kernel template".
import type { Graph, Node, NodeId } from '../graph/types.ts';
import type { Kernel } from '../kernel/ir.ts';
import type { StageLowering } from '../kernel/lower/stage-kernel.ts';
import type { StageNode } from '../kernel/lower/stages.ts';
import type { TargetSpec } from '../target.ts';
import type { AccessAnalysis } from './access.ts';
import type { FusedProgram, KernelGroup, Level } from './types.ts';

/** The space a kernel iterates: the element-level shape, and the axes reduced within a row (templates with rows). */
export interface SpaceShape {
  readonly shape: readonly number[];
  readonly reduceAxes: readonly number[];
}

/** What level rules see of a kernel's space. */
export interface LevelInfo extends SpaceShape {
  /** The template has row (and total) levels. */
  readonly rows: boolean;
  /** Canonical row segments of the space (rowSegments in levels.ts): equal strings, same rows. */
  readonly segments: string;
  readonly elementNumel: number;
  /** Elements at the row level (the space without its reduce axes); elementNumel without rows. */
  readonly rowNumel: number;
}

/** How an anchor runs inside a kernel of its template. */
export interface AnchorLevels {
  /** The level of the anchor's value. */
  readonly output: Level;
  /**
   * Per input: the level it is read at when computed in the same kernel;
   * null: it must come from memory. Which inputs are null must not depend on
   * the space (the partitioner remembers such a read as a lasting obstacle).
   */
  readonly inputs: readonly (Level | null)[];
  /** The level the anchor reads its inputs at, when it differs from `output` (a reduce: element → row). */
  readonly readsAt?: Level;
  /** Nothing else in the kernel may read the anchor's value (a scatter's output is complete only when the kernel ends); space-independent too. */
  readonly sealed?: boolean;
  /** The anchor's own element count is not tied to its level (a scatter's output is not the size of its space). */
  readonly anySize?: boolean;
}

/** A stage of a group before the generic splitting: its nodes and how it lowers. */
export interface StageDraft {
  readonly nodes: readonly StageNode[];
  /** Lowers the stage, or a piece of it cut to fit the target's storage buffers. */
  readonly lower: (s: StageLowering) => Kernel;
  /** How a piece cut from the stage lowers (default: `lower`); e.g. a piece without the anchor as a plain elementwise kernel. */
  readonly piece?: (nodes: readonly StageNode[]) => ((s: StageLowering) => Kernel) | undefined;
  /** The stage splits itself to fit the target's limits (never cut by the generic splitter). */
  readonly fitted?: boolean;
  /** The stage's kernel label when it is not the template's (a scan's input-packing copy: `pack`). */
  readonly label?: string;
}

export interface KernelTemplate {
  /** The kind of the groups it takes (KernelGroup.kind); also its name in messages. */
  readonly kind: string;
  /** One word in kernel names: `k12_<label>` (may depend on the group: a copy of a concat is `concat`). */
  label(g: Graph, group: KernelGroup): string;

  // ---- which groups it takes
  /** Whether `n` (a compute node, or a node fusion must copy) anchors a kernel of this template. */
  anchors(n: Node, analysis: AccessAnalysis): boolean;
  /** At most this many anchors per kernel (default: unlimited). */
  readonly maxAnchors?: number;
  /** Its kernels compute one node and nothing joins them (copies). */
  readonly alone?: boolean;
  /** Takes the kernels without anchors (exactly one template: elementwise). */
  readonly fallback?: boolean;
  /** Fallback only: the nodes that join any kernel without anchoring it (elementwise ops). */
  joins?(n: Node): boolean;
  /** A copy: also writes out graph results that are views or generated values, and the views fusion must materialise. */
  readonly copies?: boolean;
  /** Its groups may merge with groups that read a buffer they read, not only with producers and consumers. */
  readonly siblings?: boolean;
  /** Row and total levels exist (a reduction): values per row of the space, and per kernel. */
  readonly rows?: boolean;

  // ---- iteration space and levels
  /** Of two anchors, the one whose space the kernel iterates (default: the earlier node). */
  spaceAnchor?(g: Graph, a: Node, b: Node): Node;
  /** The iteration space, from the space-defining anchor (see spaceAnchor), or from the earliest node of a kernel without anchors. */
  space(g: Graph, node: Node): SpaceShape;
  /**
   * An anchor's level and the levels it reads its inputs at in a kernel with
   * this space, or why it cannot run there. The answer may depend only on
   * the node and `info` (the partitioner relies on this to plan merges
   * incrementally).
   */
  anchorLevels(g: Graph, n: Node, info: LevelInfo): AnchorLevels | string;

  // ---- cost (the rest is the generic traffic model: traffic.ts, cost.ts)
  /** Elements of input `inputIndex` an anchor touches when its view touches `touched` (a gather reads only the gathered rows). */
  readFootprint?(g: Graph, n: Node, inputIndex: number, touched: number): number;
  /** FLOPs of a kernel (default: its nodes' own counts). */
  flops?(g: Graph, group: KernelGroup, nodeFlops: (id: NodeId) => number): number;

  // ---- lowering
  /**
   * The group's stages for `target`, in order (most groups: one). Stages
   * not `fitted` are then cut to the target's storage-buffer limit.
   */
  stages(p: FusedProgram, group: KernelGroup, target: TargetSpec): StageDraft[];
}
