// Loop levels inside one kernel (see Level in types.ts), and which reads a
// kernel can serve from registers. A value passed inside a kernel must be
// read at an index the loops already have:
//   element → element, row → row, total → total: through reshape, stop_grad,
//       grad_as or a permute that only moves size-1 axes (flat index kept);
//   row → element: through an expand that broadcasts exactly the reduce axes
//       (a row statistic used across its row: x − mean);
//   element → row: only as the input of a reduce over the kernel's rows;
//   row → total: only as the input of a reduce over everything (mean of a
//       per-row loss); element → total likewise, as a per-row partial that
//       is then combined across rows (sum of a whole tensor).
// Everything else is read from memory.
import type { Graph, Node, NodeId, OpAttrs, Shape } from '../graph/types.ts';
import { numel } from '../graph/types.ts';
import type { AccessAnalysis } from './access.ts';
import type { Level } from './types.ts';

/**
 * A reduction over a whole tensor is one row, which runs on one workgroup.
 * Element-level work that uses its result (normalising by a global norm,
 * say) then runs on that workgroup too; beyond this many elements it is
 * left to a separate, parallel kernel.
 */
export const MAX_SINGLE_ROW = 16384;

export interface LevelSpace {
  readonly reduction: boolean;
  readonly shape: readonly number[];
  readonly reduceAxes: readonly number[];
}

export interface Levels {
  /** The level each node runs at. */
  readonly level: ReadonlyMap<NodeId, Level>;
  /** The level each reduce reads its input at (element or row). */
  readonly reduceInput: ReadonlyMap<NodeId, Level>;
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

type LevelRead = Level | undefined | null;

/** Solves the levels of one candidate kernel; `solve` returns them or the reason there are none. */
export class LevelSolver {
  private readonly g: Graph;
  private readonly rows: string;
  private readonly elementNumel: number;
  private readonly rowNumel: number;
  private readonly level = new Map<NodeId, Level>();

  constructor(
    private readonly analysis: AccessAnalysis, graph: Graph, private readonly space: LevelSpace,
    private readonly inGroup: (id: NodeId) => boolean,
  ) {
    this.g = graph;
    this.rows = rowSegments(space.shape, (k) => space.reduceAxes.includes(k));
    this.elementNumel = numel(space.shape);
    this.rowNumel = this.elementNumel / numel(space.reduceAxes.map((a) => space.shape[a]!));
  }

  solve(nodes: readonly Node[]): Levels | string {
    // Forward: a node's level follows from its internal inputs where they are known.
    for (const n of nodes) {
      const l = this.forward(n);
      if (typeof l === 'object') return l.error;
      if (l) this.level.set(n.id, l);
    }
    // Backward: nodes fed only from outside take the level their consumers read them at.
    for (let k = nodes.length - 1; k >= 0; k--) {
      const n = nodes[k]!;
      if (this.level.has(n.id)) continue;
      const wanted = new Set<Level>();
      for (const c of this.analysis.consumers[n.id]!) this.collectWanted(n.id, c, wanted);
      const size = numel(n.type.shape);
      const fallback = size === this.elementNumel ? 'element' : this.space.reduction && size === this.rowNumel ? 'row' : undefined;
      const l = wanted.size === 1 ? [...wanted][0] : wanted.size === 0 ? fallback : undefined;
      if (!l) return `%${n.id} has no consistent level`;
      this.level.set(n.id, l);
    }
    const error = this.check(nodes);
    if (error) return error;
    const reduceInput = new Map<NodeId, Level>();
    for (const n of nodes) if (n.op === 'reduce') reduceInput.set(n.id, this.reduceLevels(n)!.input);
    return { level: new Map(this.level), reduceInput };
  }

  /** What a reduce reads and produces: a row reduction, a final one over rows, or a whole-tensor one. */
  private reduceLevels(n: Node): { input: Level; output: Level } | null {
    if (!this.space.reduction) return null;
    const input = this.g.nodes[n.inputs[0]!]!.type.shape;
    const axes = (n.attrs as OpAttrs['reduce']).axes;
    const all = numel(n.type.shape) === 1;
    if (rowSegments(input, (k) => axes.includes(k)) === this.rows) return { input: 'element', output: 'row' };
    if (all && numel(input) === this.rowNumel) return { input: 'row', output: 'total' };
    if (all && numel(input) === this.elementNumel) return { input: 'element', output: 'total' };
    return null;
  }

  /** Level of the value `v` as read by a member: undefined while unknown, null when it cannot be read internally. */
  private readLevel(v: NodeId): LevelRead {
    const a = this.analysis.access[v]!;
    const from = this.level.get(a.source);
    return from === undefined ? undefined : transition(this.g, from, a.via, this.rows);
  }

  private internal(n: Node): NodeId[] {
    return n.inputs.filter((v) => this.inGroup(this.analysis.access[v]!.source));
  }

  private forward(n: Node): Level | undefined | { error: string } {
    switch (n.op) {
      case 'einsum':
      case 'gather':
        return this.internal(n).length ? { error: `%${n.id} (${n.op}) must read its operands from memory` } : 'element';
      case 'scatter_add':
        return 'element';
      case 'reduce':
        return this.reduceLevels(n)?.output ?? { error: `%${n.id} does not reduce the kernel's rows` };
      default: {
        const known = this.internal(n).map((v) => this.readLevel(v)).filter((l) => l !== undefined);
        if (known.includes(null)) return { error: `%${n.id} reads a kernel value through a view that changes the index` };
        if (new Set(known).size > 1) return { error: `%${n.id} mixes loop levels` };
        return known[0] as Level | undefined;
      }
    }
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
    const at = this.inputLevel(this.g.nodes[consumer]!, 0);
    if (!at) return;
    for (const v of this.g.nodes[consumer]!.inputs) {
      if (access[v]!.source !== id) continue;
      const before = untransition(this.g, at, access[v]!.via, this.rows);
      if (before) wanted.add(before);
    }
  }

  /** The level node n reads its input k at; null when that input cannot be internal. */
  private inputLevel(n: Node, k: number): Level | null | undefined {
    if (n.op === 'reduce') return this.reduceLevels(n)?.input ?? null;
    if (n.op === 'scatter_add') return k === 0 ? 'element' : null;
    return this.level.get(n.id);
  }

  private check(nodes: readonly Node[]): string | undefined {
    const { access } = this.analysis;
    for (const n of nodes) {
      const l = this.level.get(n.id)!;
      const size = numel(n.type.shape);
      const expected = l === 'element' ? this.elementNumel : l === 'row' ? this.rowNumel : 1;
      if (n.op !== 'scatter_add' && size !== expected) return `%${n.id} has ${size} elements, not the ${expected} of its ${l} level`;
      for (const [k, v] of n.inputs.entries()) {
        const src = this.g.nodes[access[v]!.source]!;
        if (!this.inGroup(src.id)) continue;
        if (src.op === 'scatter_add') return `%${n.id} reads the scatter %${src.id} inside its kernel`;
        const want = this.inputLevel(n, k);
        if (!want || this.readLevel(v) !== want) return `%${n.id} cannot read %${src.id} inside the kernel`;
        if (l === 'element' && this.level.get(src.id) === 'row' && this.rowNumel === 1 && this.elementNumel > MAX_SINGLE_ROW) {
          return `%${n.id} would make one workgroup wait for a whole-tensor reduction, then process ${this.elementNumel} elements`;
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
