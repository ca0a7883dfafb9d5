// How a fused group becomes kernels ("stages"). Most groups are one stage.
// The group's template (fusion/templates/) says what its stages are: a
// reduction with a `total` level is a row stage and a totals stage; a GPU
// scatter that also writes other values is two stages. Then, on a target
// with a storage-buffer limit (WebGPU: 8 per shader), every stage needing
// more is cut, in node order, into the fewest consecutive pieces that each
// fit (greedy: each piece extends as far as the limit allows). AdamW (p, g,
// m, v, three scalars, three results) and the fused gradient-norm
// reductions are the usual cases. Values that cross a split are written to
// memory by the earlier stage and read back by the later one.
import type { FusedProgram, KernelGroup, KernelLoad, Level } from '../../fusion/types.ts';
import type { KernelTemplate, StageDraft } from '../../fusion/template.ts';
import { isViewNode } from '../../fusion/view.ts';
import type { NodeId } from '../../graph/types.ts';
import type { Kernel } from '../ir.ts';
import type { TargetSpec } from '../../target.ts';
import type { StageLowering } from './stage-kernel.ts';

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
  readonly nodes: readonly StageNode[];
  readonly writes: readonly StageWrite[];
  /** Suffix naming the stage's kernel: '' when the group is one stage, else a, b, …, z, aa, ab, … */
  readonly suffix: string;
  /** The template lowering this stage. */
  readonly lower: (s: StageLowering) => Kernel;
  /** The kernel label, when not the template's. */
  readonly label?: string;
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

const loadIndex = new WeakMap<KernelGroup, Map<string, KernelLoad>>();

/** The load serving `value` at `level` in `group`, if it is read from outside. */
export function findLoad(group: KernelGroup, value: NodeId, level: Level): KernelLoad | undefined {
  let index = loadIndex.get(group);
  if (!index) {
    index = new Map();
    for (const l of group.loads) {
      const key = `${l.value}@${l.level}`;
      if (!index.has(key)) index.set(key, l);
    }
    loadIndex.set(group, index);
  }
  return index.get(`${value}@${level}`);
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
  // A copy reads its own access (a materialised view or a generated result): a load of the node's own value.
  const own = findLoad(group, sn.node, sn.level);
  if (own) return [{ kind: 'load', load: own }];
  return n.inputs.map((v) => {
    const load = findLoad(group, v, sn.readsAt);
    if (load) return { kind: 'load', load };
    const internal = internalSource(p, group, v);
    if (!internal) throw new Error(`lowering: k${group.id} reads %${v}, which it neither loads nor computes`);
    return { kind: 'internal', ...internal };
  });
}

/** The group's nodes as one stage's nodes. */
export function stageNodes(group: KernelGroup): StageNode[] {
  return group.nodes.map((n) => ({ node: n.node, level: n.level, readsAt: n.readsAt }));
}

/** a … z, aa … az, ba …: a stage's suffix in kernel names (letters only, so names stay identifiers). */
export function stageSuffix(i: number): string {
  let s = '';
  for (let n = i + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(97 + ((n - 1) % 26)) + s;
  return s;
}

/** The stages of a group for `target`, in execution order (see the top of this file). */
export function groupStages(p: FusedProgram, group: KernelGroup, template: KernelTemplate, target: TargetSpec): Stage[] {
  const drafts = template.stages(p, group, target);
  const max = target.limits.maxStorageBuffers;
  let parts: Piece[] = drafts.map((d) => ({ nodes: d.nodes, lower: d.lower, ...(d.label ? { label: d.label } : {}) }));
  if (max !== undefined) {
    parts = drafts.flatMap((d, i) => (d.fitted ? [parts[i]!] : splitToFit(p, group, d, drafts.filter((x) => x !== d), max)));
  }
  const writes = stageWrites(p, group, parts.map((x) => x.nodes));
  return parts.map((s, i) => ({ group, ...s, writes: writes[i]!, suffix: parts.length === 1 ? '' : stageSuffix(i) }));
}

interface Piece {
  readonly nodes: readonly StageNode[];
  readonly lower: (s: StageLowering) => Kernel;
  readonly label?: string;
}

/**
 * Cuts a stage into consecutive pieces of at most `max` buffers each (what a
 * piece reads from outside itself plus what it must write), each piece
 * extending as far as the limit allows. A piece's count is kept
 * incrementally as it grows: its reads only grow, and a node it computes
 * stops needing a write once the piece reaches the node's last reader.
 */
function splitToFit(p: FusedProgram, group: KernelGroup, d: StageDraft, rest: readonly StageDraft[], max: number): Piece[] {
  const nodes = d.nodes;
  const n = nodes.length;
  const position = new Map<NodeId, number>(nodes.map((sn, i) => [sn.node, i]));
  // Written whatever the piece: group outputs, values other stages read, per-row partials.
  const outputs = new Set(group.outputs);
  const readByOthers = new Set<NodeId>();
  for (const other of rest) {
    for (const sn of other.nodes) for (const src of inputSources(p, group, sn)) if (src.kind === 'internal') readByOthers.add(src.source);
  }
  const fixed = nodes.map((sn) => !!sn.partial || outputs.has(sn.node) || readByOthers.has(sn.node));
  // The last node of this stage reading each node internally (−1: none).
  const lastReader = new Int32Array(n).fill(-1);
  const sources = nodes.map((sn) => inputSources(p, group, sn));
  sources.forEach((list, j) => {
    for (const src of list) {
      if (src.kind !== 'internal') continue;
      const i = position.get(src.source);
      if (i !== undefined) lastReader[i] = Math.max(lastReader[i]!, j);
    }
  });
  const pieces: Piece[] = [];
  let start = 0;
  while (start < n) {
    const reads = new Set<string>();
    let fixedWrites = 0;
    /** Nodes of the piece read after its end (by position of that last read). */
    let pending = 0;
    const expiring = new Map<number, number>();
    let best = start;
    for (let end = start; end < n; end++) {
      for (const src of sources[end]!) {
        if (src.kind === 'load') {
          if (!src.load.generated) reads.add(bufferKey(src.load.source));
        } else if (src.kind === 'partials') reads.add(bufferKey(src.source, true));
        else {
          const i = position.get(src.source);
          if (i === undefined || i < start) reads.add(bufferKey(src.source));
        }
      }
      // Nodes whose last reader is `end` no longer need a write.
      pending -= expiring.get(end) ?? 0;
      if (fixed[end]) fixedWrites++;
      else if (lastReader[end]! > end) {
        pending++;
        expiring.set(lastReader[end]!, (expiring.get(lastReader[end]!) ?? 0) + 1);
      }
      // Reads and fixed writes only grow: past this point no longer piece fits.
      if (reads.size + fixedWrites > max && end > start) break;
      if (end === start || reads.size + fixedWrites + pending <= max) best = end;
    }
    const piece = nodes.slice(start, best + 1);
    pieces.push({ nodes: piece, lower: d.piece?.(piece) ?? d.lower });
    start = best + 1;
  }
  return pieces;
}

/**
 * What each stage stores: the group's outputs it computes, the values other
 * stages of the group read from it, and its reduces' per-row partials.
 */
function stageWrites(p: FusedProgram, group: KernelGroup, stages: readonly (readonly StageNode[])[]): StageWrite[][] {
  // The stage computing each node (a node is in one stage, except a whole-tensor reduce: partials, then their combination).
  const stageOf = new Map<NodeId, number[]>();
  stages.forEach((nodes, i) => {
    for (const sn of nodes) {
      const list = stageOf.get(sn.node);
      if (list) list.push(i);
      else stageOf.set(sn.node, [i]);
    }
  });
  // Nodes some other stage reads (internally, through movement).
  const readElsewhere = stages.map(() => new Set<NodeId>());
  stages.forEach((nodes, i) => {
    for (const sn of nodes) {
      for (const src of inputSources(p, group, sn)) {
        if (src.kind !== 'internal') continue;
        for (const j of stageOf.get(src.source) ?? []) if (j !== i) readElsewhere[j]!.add(src.source);
      }
    }
  });
  const out = new Set(group.outputs);
  return stages.map((nodes, i) => {
    const writes: StageWrite[] = [];
    for (const sn of nodes) {
      if (sn.partial) writes.push({ node: sn.node, level: 'row', partial: true });
      else if (out.has(sn.node) || readElsewhere[i]!.has(sn.node)) writes.push({ node: sn.node, level: sn.level, partial: false });
    }
    return writes;
  });
}
