// Loop levels inside one kernel (see Level in types.ts), and which reads a
// kernel can serve from registers. A value passed inside a kernel must be
// read at an index the loops already have:
//   element → element, row → row, total → total: through reshape, stop_grad,
//       grad_as or a permute that only moves size-1 axes (flat index kept);
//   row → element: through an expand that broadcasts exactly the reduce axes
//       (a row statistic used across its row: x − mean);
//   anything else an anchor allows (templates/*.ts, anchorLevels): a row
//       reduction reads element → row, a final one row → total, a
//       whole-tensor one element → total (a per-row partial, then combined).
// Everything else is read from memory.
//
// Elementwise ops (nodes no template anchors) run at the level of what they
// read; a node fed only from outside the kernel takes the level its
// consumers read it at, or the level its size says.
import type { Graph, Node, NodeId, OpAttrs, Shape } from '../graph/types.ts';
import { numel } from '../graph/types.ts';
import type { AccessAnalysis } from './access.ts';
import type { AnchorLevels, LevelInfo, SpaceShape } from './template.ts';
import type { Level } from './types.ts';

/**
 * A reduction over a whole tensor is one row, which runs on one workgroup.
 * Element-level work that uses its result (normalising by a global norm,
 * say) then runs on that workgroup too; beyond this many elements it is
 * left to a separate, parallel kernel.
 */
export const MAX_SINGLE_ROW = 16384;

export interface Levels {
  /** The level each node runs at. */
  readonly level: ReadonlyMap<NodeId, Level>;
  /** The level an anchor reads its inputs at, where it differs from its own (reduces). */
  readonly readsAt: ReadonlyMap<NodeId, Level>;
}

/** Size-1 axes dropped, neighbours of the same kind (reduced or kept) merged: equal segments = same rows. */
export function rowSegments(shape: Shape, reduced: (axis: number) => boolean): string {
  const out: [number, boolean][] = [];
  shape.forEach((d, k) => {
    if (d === 1) return;
    const r = reduced(k);
    const last = out[out.length - 1];
    if (last && last[1] === r) last[0] *= d;
    else out.push([d, r]);
  });
  return out.map(([d, r]) => `${d}${r ? 'r' : 'k'}`).join(' ');
}

/** What the level rules need to know about a space. */
export function levelInfo(space: SpaceShape, rows: boolean): LevelInfo {
  const elementNumel = numel(space.shape);
  const reduced = rows ? numel(space.reduceAxes.map((a) => space.shape[a]!)) : 1;
  return {
    ...space,
    rows,
    segments: rowSegments(space.shape, (k) => space.reduceAxes.includes(k)),
    elementNumel,
    rowNumel: elementNumel / reduced,
  };
}

/** An anchor's levels (or why it cannot run in the space); undefined for elementwise ops. */
export type AnchorRule = (n: Node) => AnchorLevels | string | undefined;

type LevelRead = Level | undefined | null;

/** Solves the levels of one candidate kernel; `solve` returns them or the reason there are none. */
export class LevelSolver {
  private readonly level = new Map<NodeId, Level>();
  private readonly anchorCache = new Map<NodeId, AnchorLevels | string | undefined>();

  constructor(
    private readonly analysis: AccessAnalysis, private readonly g: Graph, private readonly info: LevelInfo,
    private readonly rule: AnchorRule, private readonly inGroup: (id: NodeId) => boolean,
  ) {}

  private anchor(n: Node): AnchorLevels | string | undefined {
    if (!this.anchorCache.has(n.id)) this.anchorCache.set(n.id, this.rule(n));
    return this.anchorCache.get(n.id);
  }

  solve(nodes: readonly Node[]): Levels | string {
    // Forward: a node's level follows from its internal inputs where they are known.
    for (const n of nodes) {
      const l = this.forward(n);
      if (typeof l === 'object') return l.error;
      if (l) this.level.set(n.id, l);
    }
    // Backward: nodes fed only from outside take the level their consumers read them at.
    const { elementNumel, rowNumel, rows } = this.info;
    for (let k = nodes.length - 1; k >= 0; k--) {
      const n = nodes[k]!;
      if (this.level.has(n.id)) continue;
      const wanted = new Set<Level>();
      for (const c of this.analysis.consumers[n.id]!) this.collectWanted(n.id, c, wanted);
      const size = numel(n.type.shape);
      const fallback = size === elementNumel ? 'element' : rows && size === rowNumel ? 'row' : undefined;
      const l = wanted.size === 1 ? [...wanted][0] : wanted.size === 0 ? fallback : undefined;
      if (!l) return `%${n.id} has no consistent level`;
      this.level.set(n.id, l);
    }
    const error = this.check(nodes);
    if (error) return error;
    const readsAt = new Map<NodeId, Level>();
    for (const n of nodes) {
      const a = this.anchor(n);
      if (typeof a === 'object' && a.readsAt) readsAt.set(n.id, a.readsAt);
    }
    return { level: new Map(this.level), readsAt };
  }

  /** Level of the value `v` as read by a member: undefined while unknown, null when it cannot be read internally. */
  private readLevel(v: NodeId): LevelRead {
    const a = this.analysis.access[v]!;
    const from = this.level.get(a.source);
    return from === undefined ? undefined : transition(this.g, from, a.via, this.info.segments);
  }

  private internal(n: Node): NodeId[] {
    return n.inputs.filter((v) => this.inGroup(this.analysis.access[v]!.source));
  }

  private forward(n: Node): Level | undefined | { error: string } {
    const a = this.anchor(n);
    if (typeof a === 'string') return { error: a };
    if (a) {
      const fromMemory = n.inputs.some((v, k) => (a.inputs[k] ?? null) === null && this.inGroup(this.analysis.access[v]!.source));
      return fromMemory ? { error: `%${n.id} (${n.op}) must read its operands from memory` } : a.output;
    }
    const known = this.internal(n).map((v) => this.readLevel(v)).filter((l) => l !== undefined);
    if (known.includes(null)) return { error: `%${n.id} reads a kernel value through a view that changes the index` };
    if (new Set(known).size > 1) return { error: `%${n.id} mixes loop levels` };
    return known[0] as Level | undefined;
  }

  /** The level member-or-view `consumer` wants node `id`'s value at. */
  private collectWanted(id: NodeId, consumer: NodeId, wanted: Set<Level>): void {
    const { access, consumers } = this.analysis;
    if (access[consumer]!.source === id && access[consumer]!.via.length > 0) {
      // A view of id: whoever reads the view decides.
      for (const next of consumers[consumer]!) this.collectWanted(id, next, wanted);
      return;
    }
    if (!this.inGroup(consumer)) return;
    const c = this.g.nodes[consumer]!;
    for (const [k, v] of c.inputs.entries()) {
      if (access[v]!.source !== id) continue;
      const at = this.inputLevel(c, k);
      if (!at) continue;
      const before = untransition(this.g, at, access[v]!.via, this.info.segments);
      if (before) wanted.add(before);
    }
  }

  /** The level node n reads its input k at; null when that input cannot be internal. */
  private inputLevel(n: Node, k: number): Level | null | undefined {
    const a = this.anchor(n);
    if (typeof a === 'object') return a.inputs[k] ?? null;
    return this.level.get(n.id);
  }

  private check(nodes: readonly Node[]): string | undefined {
    const { access } = this.analysis;
    const { elementNumel, rowNumel } = this.info;
    for (const n of nodes) {
      const l = this.level.get(n.id)!;
      const a = this.anchor(n);
      const size = numel(n.type.shape);
      const expected = l === 'element' ? elementNumel : l === 'row' ? rowNumel : 1;
      if (!(typeof a === 'object' && a.anySize) && size !== expected) return `%${n.id} has ${size} elements, not the ${expected} of its ${l} level`;
      for (const [k, v] of n.inputs.entries()) {
        const src = this.g.nodes[access[v]!.source]!;
        if (!this.inGroup(src.id)) continue;
        const s = this.anchor(src);
        if (typeof s === 'object' && s.sealed) return `%${n.id} reads %${src.id} (${src.op}) inside its kernel`;
        const want = this.inputLevel(n, k);
        if (!want || this.readLevel(v) !== want) return `%${n.id} cannot read %${src.id} inside the kernel`;
        if (l === 'element' && this.level.get(src.id) === 'row' && rowNumel === 1 && elementNumel > MAX_SINGLE_ROW) {
          return `%${n.id} would make one workgroup wait for a whole-tensor reduction, then process ${elementNumel} elements`;
        }
      }
    }
    return undefined;
  }
}

/** The level after reading through the movement nodes `via`, or null when the index changes. */
export function transition(g: Graph, from: Level, via: readonly NodeId[], rows: string): Level | null {
  let level = from;
  for (const id of via) {
    const m = g.nodes[id]!;
    const input = g.nodes[m.inputs[0]!]!.type.shape;
    if (keepsFlatIndex(m, input)) continue;
    if (level === 'row' && broadcastsRows(m, input, rows)) {
      level = 'element';
      continue;
    }
    return null;
  }
  return level;
}

/** The inverse of `transition`: the level a value must have so that reading it through `via` gives `to`. */
function untransition(g: Graph, to: Level, via: readonly NodeId[], rows: string): Level | null {
  let level = to;
  for (let k = via.length - 1; k >= 0; k--) {
    const m = g.nodes[via[k]!]!;
    const input = g.nodes[m.inputs[0]!]!.type.shape;
    if (keepsFlatIndex(m, input)) continue;
    if (level === 'element' && broadcastsRows(m, input, rows)) {
      level = 'row';
      continue;
    }
    return null;
  }
  return level;
}

/** An expand that broadcasts exactly the reduce axes of the rows. */
function broadcastsRows(m: Node, input: Shape, rows: string): boolean {
  return m.op === 'expand' && rowSegments(m.type.shape, (k) => input[k] === 1 && m.type.shape[k] !== 1) === rows;
}

/** Movement that leaves the row-major flat index of every element unchanged. */
function keepsFlatIndex(m: Node, input: Shape): boolean {
  switch (m.op) {
    case 'reshape':
    case 'stop_grad':
    case 'grad_as':
      return true;
    case 'permute': {
      const moved = (m.attrs as OpAttrs['permute']).perm.filter((p) => input[p] !== 1);
      return moved.every((p, i) => i === 0 || p > moved[i - 1]!);
    }
    default:
      // expand, slice or pad that keep the shape change nothing.
      return m.type.shape.length === input.length && m.type.shape.every((d, k) => d === input[k]);
  }
}
