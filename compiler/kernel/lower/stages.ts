// How a fused group becomes kernels ("stages"). Most groups are one stage.
// Two things split a group, with the values that cross a split written to
// memory by the earlier stage and read back by the later one:
//
//  1. A reduction group with a `total` level (a mean loss, a global norm)
//     becomes a row stage and a totals stage. The row stage computes every
//     element- and row-level value, writing the row values the totals need;
//     an element → total reduce is computed there per row (its "partials").
//     The totals stage is a one-row reduction over those row values. One
//     shape serves both targets: on a GPU each stage is parallel (one
//     workgroup per row, then one workgroup over the rows), and on a CPU the
//     extra write is a vector of row values.
//  2. On the GPU, a kernel may bind at most 8 storage buffers (WebGPU's
//     default limit). A stage needing more is cut, in node order, into the
//     fewest consecutive pieces that each fit (greedy: each piece extends as
//     far as the limit allows). AdamW (p, g, m, v, three scalars, three
//     results) and the fused gradient-norm reductions are the usual cases.
import type { FusedProgram, KernelGroup, KernelLoad, Level } from '../../fusion/types.ts';
import { isViewNode } from '../../fusion/view.ts';
import type { NodeId } from '../../graph/types.ts';

export type StageKind = 'elementwise' | 'rows' | 'totals' | 'contraction' | 'gather' | 'scatter' | 'copy';

export interface StageNode {
  readonly node: NodeId;
  readonly level: Level;
  readonly readsAt: Level;
  /** In a row stage: this element → total reduce computes its per-row partials. */
  readonly partial?: boolean;
  /** In a totals stage: this reduce combines the per-row partials the row stage wrote. */
  readonly combinesPartials?: boolean;
}

/** A value a stage stores: a node's buffer, or a reduce's per-row partials. */
export interface StageWrite {
  readonly node: NodeId;
  readonly level: Level;
  readonly partial: boolean;
}

export interface Stage {
  readonly group: KernelGroup;
  readonly kind: StageKind;
  readonly nodes: readonly StageNode[];
  readonly writes: readonly StageWrite[];
  /** Suffix naming the stage's kernel: '' when the group is one stage. */
  readonly suffix: string;
}

/** Where a stage reads each input of a node: a loaded buffer, a generated value, or a node of the group. */
export type InputSource =
  | { readonly kind: 'load'; readonly load: KernelLoad }
  | { readonly kind: 'internal'; readonly source: NodeId; readonly via: readonly NodeId[] }
  | { readonly kind: 'partials'; readonly source: NodeId };

/** The key of a buffer a stage touches: a source node's storage, or a reduce's partials. */
export function bufferKey(node: NodeId, partial = false): string {
  return partial ? `p${node}` : `n${node}`;
}

/** The load serving `value` at `level` in `group`, if it is read from outside. */
export function findLoad(group: KernelGroup, value: NodeId, level: Level): KernelLoad | undefined {
  return group.loads.find((l) => l.value === value && l.level === level);
}

/** The group node a value is a view of, with the movement nodes in between (source side first). */
export function internalSource(p: FusedProgram, group: KernelGroup, value: NodeId): { source: NodeId; via: NodeId[] } | undefined {
  const via: NodeId[] = [];
  let cur = value;
  while (p.kernelOf[cur] !== group.id) {
    const n = p.graph.nodes[cur]!;
    if (!isViewNode(n)) return undefined;
    via.unshift(cur);
    cur = n.inputs[0]!;
  }
  return { source: cur, via };
}

const sourceCache = new WeakMap<StageNode, InputSource[]>();

/** Where each input of stage node `sn` comes from (cached per stage node). */
export function inputSources(p: FusedProgram, group: KernelGroup, sn: StageNode): InputSource[] {
  let sources = sourceCache.get(sn);
  if (!sources) {
    sources = resolveInputs(p, group, sn);
    sourceCache.set(sn, sources);
  }
  return sources;
}

function resolveInputs(p: FusedProgram, group: KernelGroup, sn: StageNode): InputSource[] {
  if (sn.combinesPartials) return [{ kind: 'partials', source: sn.node }];
  const n = p.graph.nodes[sn.node]!;
  // A copy reads its own access (a materialised view or a generated result).
  const own = group.kind === 'copy' ? findLoad(group, sn.node, sn.level) : undefined;
  if (own) return [{ kind: 'load', load: own }];
  return n.inputs.map((v) => {
    const load = findLoad(group, v, sn.readsAt);
    if (load) return { kind: 'load', load };
    const internal = internalSource(p, group, v);
    if (!internal) throw new Error(`lowering: k${group.id} reads %${v}, which it neither loads nor computes`);
    return { kind: 'internal', ...internal };
  });
}

/**
 * The stages of a group, in execution order. `maxBuffers` is given for the
 * GPU; there a scatter that also writes other values runs as two stages (its
 * owner-computes form visits each update once per output row it could land
 * in, so it cannot also store per-update values): everything else first,
 * writing the updates, then the scatter reading them.
 */
export function groupStages(p: FusedProgram, group: KernelGroup, maxBuffers?: number): Stage[] {
  let parts = baseStages(group);
  if (maxBuffers !== undefined && group.kind === 'scatter') parts = splitScatter(p, group, parts[0]!);
  if (maxBuffers !== undefined && group.kind !== 'copy') parts = parts.flatMap((s) => splitToFit(p, group, s, parts, maxBuffers));
  const withWrites = parts.map((s) => ({ ...s, writes: stageWrites(p, group, s, parts) }));
  return withWrites.map((s, i) => ({ ...s, suffix: withWrites.length === 1 ? '' : String.fromCharCode(97 + i) }));
}

type Draft = Omit<Stage, 'writes' | 'suffix'>;

function baseStages(group: KernelGroup): Draft[] {
  const nodes: StageNode[] = group.nodes.map((n) => ({ node: n.node, level: n.level, readsAt: n.readsAt }));
  if (group.kind !== 'reduction') return [{ group, kind: group.kind, nodes }];
  if (!group.space.total) return [{ group, kind: 'rows', nodes }];
  const rows: StageNode[] = [];
  const totals: StageNode[] = [];
  for (const n of nodes) {
    if (n.level !== 'total') rows.push(n);
    else if (n.readsAt === 'element') {
      // A whole-tensor reduce: per-row partials in the row stage, combined in the totals stage.
      rows.push({ ...n, level: 'row', partial: true });
      totals.push({ ...n, readsAt: 'row', combinesPartials: true });
    } else totals.push(n);
  }
  return [{ group, kind: 'rows', nodes: rows }, { group, kind: 'totals', nodes: totals }];
}

function splitScatter(p: FusedProgram, group: KernelGroup, s: Draft): Draft[] {
  const isScatter = (n: StageNode) => p.graph.nodes[n.node]!.op === 'scatter_add';
  const rest = s.nodes.filter((n) => !isScatter(n));
  if (rest.length === 0) return [s];
  const alone: Draft = { group, kind: 'scatter', nodes: s.nodes.filter(isScatter) };
  const others = group.outputs.some((o) => rest.some((n) => n.node === o));
  // Producers only feeding the scatter stay fused into it.
  return others ? [{ group, kind: 'elementwise', nodes: rest }, alone] : [s];
}

/** The kind of a piece cut from a stage: the anchor's kind where the anchor is, else a plain elementwise kernel. */
function pieceKind(p: FusedProgram, s: Draft, nodes: readonly StageNode[]): Stage['kind'] {
  const anchor = { contraction: 'einsum', gather: 'gather', scatter: 'scatter_add' }[s.kind as string];
  if (!anchor) return s.kind;
  return nodes.some((n) => p.graph.nodes[n.node]!.op === anchor) ? s.kind : 'elementwise';
}

/** Buffers a candidate piece binds: what it reads from outside itself plus what it must write. */
function bufferCount(p: FusedProgram, group: KernelGroup, piece: readonly StageNode[], all: readonly Draft[], others: readonly StageNode[]): number {
  const inPiece = new Set(piece.map((n) => n.node));
  const reads = new Set<string>();
  for (const sn of piece) {
    for (const src of inputSources(p, group, sn)) {
      if (src.kind === 'load') {
        if (!src.load.generated) reads.add(bufferKey(src.load.source));
      } else if (src.kind === 'partials') reads.add(bufferKey(src.source, true));
      else if (!inPiece.has(src.source)) reads.add(bufferKey(src.source));
    }
  }
  const writes = stageWrites(p, group, { group, kind: 'rows', nodes: piece }, [...all, { group, kind: 'rows', nodes: others }]);
  return reads.size + writes.length;
}

function splitToFit(p: FusedProgram, group: KernelGroup, s: Draft, all: readonly Draft[], max: number): Draft[] {
  const rest = all.filter((x) => x !== s);
  const pieces: Draft[] = [];
  let start = 0;
  const nodes = s.nodes;
  while (start < nodes.length) {
    let best = start;
    for (let end = start + 1; end < nodes.length; end++) {
      const piece = nodes.slice(start, end + 1);
      const others = [...nodes.slice(0, start), ...nodes.slice(end + 1)];
      if (bufferCount(p, group, piece, rest, others) <= max) best = end;
    }
    const piece = nodes.slice(start, best + 1);
    pieces.push({ group, kind: pieceKind(p, s, piece), nodes: piece });
    start = best + 1;
  }
  return pieces;
}

/**
 * What stage `s` stores: the group's outputs it computes, the values other
 * stages of the group read from it, and its reduces' per-row partials.
 */
function stageWrites(p: FusedProgram, group: KernelGroup, s: Draft, all: readonly Draft[]): StageWrite[] {
  const readElsewhere = new Set<NodeId>();
  for (const other of all) {
    if (other === s || other.nodes === s.nodes) continue;
    for (const sn of other.nodes) {
      for (const src of inputSources(p, group, sn)) if (src.kind === 'internal') readElsewhere.add(src.source);
    }
  }
  const out = new Set(group.outputs);
  const writes: StageWrite[] = [];
  for (const sn of s.nodes) {
    if (sn.partial) writes.push({ node: sn.node, level: 'row', partial: true });
    else if (out.has(sn.node) || readElsewhere.has(sn.node)) writes.push({ node: sn.node, level: sn.level, partial: false });
  }
  return writes;
}
