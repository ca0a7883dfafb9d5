// The partitioner: start with one group per kernel node, then greedily merge
// the pair of groups that saves the most memory traffic, as long as the
// merged group is a valid kernel (plan.ts) and the group graph stays acyclic.
//
// Candidate pairs are producer/consumer neighbours and, for elementwise and
// reduction groups, siblings that read the same (non-scalar) buffer. The
// saving of a merge is traffic(A) + traffic(B) − traffic(A ∪ B) under the
// model of traffic.ts: the reads of values that now stay in registers, the
// writes of values no longer needed outside, and shared reads done once. It
// is computed from the two groups' per-buffer read summaries, so scoring a
// pair costs what the pair touches, not the groups' sizes. A pair's score
// and legality depend only on the two groups, so a heap entry stays valid
// until either group changes; stale entries are dropped when popped and the
// merged group gets fresh ones.
import type { NodeId } from '../graph/types.ts';
import { BYTES_PER_ELEMENT, numel } from '../graph/types.ts';
import type { FusionContext } from './context.ts';
import { copyPlan, type GroupPlan, planGroup } from './plan.ts';
import { CandidateHeap } from './candidates.ts';
import type { KernelKind } from './types.ts';

export interface PartitionGroup {
  /** Sorted node ids. */
  readonly members: readonly NodeId[];
  readonly plan: GroupPlan;
}

interface Group {
  readonly id: number;
  members: NodeId[];
  plan: GroupPlan;
  readonly fixed: boolean;
  version: number;
  readonly succ: Set<number>;
  readonly pred: Set<number>;
  /** Elements read per outside buffer (Infinity: some read covers the whole buffer). */
  readonly reads: Map<NodeId, number>;
}

/** Sibling pairs are only considered among this many readers of one buffer (keeps candidates linear). */
const MAX_SIBLINGS = 16;

export function partition(ctx: FusionContext): PartitionGroup[] {
  const p = new Partitioner(ctx);
  // Producer/consumer merges first, so a value goes with the computation
  // that uses it; then siblings that share reads join up with what is left.
  p.mergeGreedily(false);
  p.mergeGreedily(true);
  return p.result();
}

class Partitioner {
  private readonly owner: Int32Array;
  private readonly groups: (Group | null)[] = [];
  /** Marks members of the set being costed or planned (stamp === mark). */
  private readonly stamp: Int32Array;
  private mark = 0;
  private readonly visited: Int32Array;
  /** A topological order of the groups, kept valid across merges (see reorder). */
  private readonly ord: Int32Array;
  private visit = 0;
  private heap = new CandidateHeap();
  private siblings = false;
  /** Pairs found joined through a third group, with that group (see stillBlocked). */
  private readonly blocked = new Map<string, number>();
  private readonly numel: readonly number[];

  constructor(private readonly ctx: FusionContext) {
    const g = ctx.graph;
    this.owner = new Int32Array(g.nodes.length).fill(-1);
    this.stamp = new Int32Array(g.nodes.length);
    this.numel = g.nodes.map((n) => numel(n.type.shape));
    for (const id of ctx.work) {
      const fixed = ctx.copies.has(id);
      const plan = fixed ? copyPlan(g.nodes[id]!) : planGroup(ctx, [id], (x) => x === id);
      if (typeof plan === 'string') throw new Error(`fusion: %${id} (${g.nodes[id]!.op}) cannot run as a kernel: ${plan}`);
      this.owner[id] = this.groups.length;
      this.groups.push({ id: this.groups.length, members: [id], plan, fixed, version: 0, succ: new Set(), pred: new Set(), reads: new Map() });
    }
    for (const id of ctx.work) {
      for (const r of ctx.reads[id]!) {
        const from = this.owner[r.access.source]!;
        const to = this.owner[id]!;
        if (from < 0 || from === to) continue;
        this.groups[from]!.succ.add(to);
        this.groups[to]!.pred.add(from);
      }
    }
    for (const grp of this.groups) this.summarize(grp!);
    this.visited = new Int32Array(this.groups.length);
    // Work nodes are in graph order and groups read only earlier nodes: creation order is topological.
    this.ord = Int32Array.from(this.groups, (_, k) => k);
  }

  result(): PartitionGroup[] {
    return this.groups.filter((x): x is Group => x !== null).map((x) => ({ members: x.members, plan: x.plan }));
  }

  /** Merge the best-scoring legal pair until none saves anything. */
  mergeGreedily(siblings: boolean): void {
    this.siblings = siblings;
    this.heap = new CandidateHeap();
    for (const grp of this.groups) if (grp) this.offer(grp);
    for (let c = this.heap.pop(); c; c = this.heap.pop()) {
      const a = this.groups[c.a];
      const b = this.groups[c.b];
      if (!a || !b || a.version !== c.va || b.version !== c.vb || this.stillBlocked(a, b)) continue;
      const witness = this.indirectPath(a, b.id) ?? this.indirectPath(b, a.id);
      if (witness !== undefined) {
        this.blocked.set(pairKey(a.id, b.id), witness);
        continue;
      }
      const members = mergeSorted(a.members, b.members);
      const mark = this.markAll(members);
      const plan = planGroup(this.ctx, members, (id) => this.stamp[id] === mark);
      if (typeof plan === 'string') continue;
      this.merge(a, b, plan, members);
      this.offer(a);
    }
  }

  private markAll(members: readonly NodeId[]): number {
    const mark = ++this.mark;
    for (const m of members) this.stamp[m] = mark;
    return mark;
  }

  /** Recompute a group's per-buffer reads (its owner entries must be current). */
  private summarize(grp: Group): void {
    const { analysis, reads } = this.ctx;
    grp.reads.clear();
    for (const m of grp.members) {
      for (const r of reads[m]!) {
        const src = r.access.source;
        if (this.owner[src] === grp.id || analysis.role[src] === 'generated') continue;
        grp.reads.set(src, (grp.reads.get(src) ?? 0) + (r.elements >= this.numel[src]! ? Infinity : r.elements));
      }
    }
  }

  /**
   * Bytes saved by merging a and b: reads of each other's values, reads of
   * shared buffers done once instead of twice, and writes of values that no
   * one outside the pair reads any more.
   */
  private saving(a: Group, b: Group): number {
    const { readers, isResult } = this.ctx;
    const size = (src: NodeId, elements: number) => Math.min(this.numel[src]!, elements);
    const pair = (id: NodeId) => this.owner[id] === a.id || this.owner[id] === b.id;
    let elements = 0;
    const crossing = (from: Group, to: Group) => {
      for (const [src, e] of from.reads) {
        if (this.owner[src] !== to.id) continue;
        elements += size(src, e);
        if (!isResult[src] && readers[src]!.every(pair)) elements += this.numel[src]!;
      }
    };
    crossing(a, b);
    crossing(b, a);
    const [small, large] = a.reads.size <= b.reads.size ? [a, b] : [b, a];
    for (const [src, e] of small.reads) {
      const other = large.reads.get(src);
      if (other !== undefined) elements += size(src, e) + size(src, other) - size(src, e + other);
    }
    return elements * BYTES_PER_ELEMENT;
  }

  /** Push a scored candidate for every neighbour of x. */
  private offer(x: Group): void {
    if (x.fixed) return;
    for (const y of this.neighbours(x)) {
      const other = this.groups[y]!;
      if (other.fixed || !kindsMix(x.plan.kind, other.plan.kind) || this.stillBlocked(x, other)) continue;
      const score = this.saving(x, other);
      if (score <= 0) continue;
      const [a, b] = x.id < y ? [x, other] : [other, x];
      this.heap.push({ score, a: a.id, b: b.id, va: a.version, vb: b.version });
    }
  }

  /** Producers and consumers of x; with siblings, also elementwise and reduction groups reading a buffer x reads. */
  private neighbours(x: Group): Set<number> {
    const { graph: g, analysis, reads, readers } = this.ctx;
    const out = new Set<number>([...x.succ, ...x.pred]);
    if (!this.siblings || !SIBLING_KINDS.has(x.plan.kind)) return out;
    for (const m of x.members) {
      for (const r of reads[m]!) {
        const src = r.access.source;
        if (this.owner[src] === x.id || analysis.role[src] === 'generated' || numel(g.nodes[src]!.type.shape) <= 1) continue;
        for (const reader of readers[src]!.slice(0, MAX_SIBLINGS)) {
          const o = this.owner[reader]!;
          if (o !== x.id && SIBLING_KINDS.has(this.groups[o]!.plan.kind)) out.add(o);
        }
      }
    }
    return out;
  }

  /**
   * A path from `from` to `to` through some third group (merging them would
   * close a cycle), as the first group on it after `from`; undefined if none.
   * Paths only go forward in `ord`, so only groups ordered between the two are searched.
   */
  private indirectPath(from: Group, to: number): number | undefined {
    const bound = this.ord[to]!;
    if (this.ord[from.id]! > bound) return undefined;
    // One visit mark for all starts: what an earlier start reached without finding `to` cannot lead there.
    const visit = ++this.visit;
    for (const first of from.succ) {
      if (first === to || this.visited[first] === visit || this.ord[first]! > bound) continue;
      const stack = [first];
      while (stack.length) {
        const s = stack.pop()!;
        if (s === to) return first;
        if (this.visited[s] === visit) continue;
        this.visited[s] = visit;
        for (const t of this.groups[s]!.succ) if (t === to || (this.visited[t] !== visit && this.ord[t]! < bound)) stack.push(t);
      }
    }
    return undefined;
  }

  /** Groups reachable from `start` along `dir` whose order lies strictly between lo and hi. */
  private reachableWithin(start: Group, dir: 'succ' | 'pred', lo: number, hi: number): number[] {
    const visit = ++this.visit;
    const found: number[] = [];
    const stack = [...start[dir]];
    while (stack.length) {
      const s = stack.pop()!;
      const o = this.ord[s]!;
      if (this.visited[s] === visit || o <= lo || o >= hi) continue;
      this.visited[s] = visit;
      found.push(s);
      for (const t of this.groups[s]![dir]) stack.push(t);
    }
    return found;
  }

  /**
   * A pair once found joined by a path through a third group stays so while
   * that group exists apart from both: merges only ever add edges to a group,
   * so the path survives everything but the third group joining one of the two.
   */
  private stillBlocked(a: Group, b: Group): boolean {
    const witness = this.blocked.get(pairKey(a.id, b.id));
    return witness !== undefined && witness !== a.id && witness !== b.id && this.groups[witness] !== null;
  }

  /**
   * Keep `ord` topological when a and b become one group (Pearce and Kelly's
   * reordering): between the two, the groups leading to the later one move
   * before the merged group, those reached from the earlier one after it.
   * The two sets are disjoint (else a third group would join them: no merge).
   */
  private reorder(a: Group, b: Group): void {
    const [first, last] = this.ord[a.id]! < this.ord[b.id]! ? [a, b] : [b, a];
    const lo = this.ord[first.id]!;
    const hi = this.ord[last.id]!;
    const byOrd = (x: number, y: number) => this.ord[x]! - this.ord[y]!;
    const after = this.reachableWithin(first, 'succ', lo, hi).sort(byOrd);
    const before = this.reachableWithin(last, 'pred', lo, hi).sort(byOrd);
    const slots = [lo, hi, ...after.map((g) => this.ord[g]!), ...before.map((g) => this.ord[g]!)].sort((x, y) => x - y);
    [...before, a.id, ...after].forEach((g, k) => (this.ord[g] = slots[k]!));
  }

  private merge(a: Group, b: Group, plan: GroupPlan, members: NodeId[]): void {
    const groups = this.groups;
    this.reorder(a, b);
    for (const m of b.members) this.owner[m] = a.id;
    a.members = members;
    a.plan = plan;
    a.version++;
    for (const s of b.succ) {
      if (s === a.id) continue;
      a.succ.add(s);
      groups[s]!.pred.delete(b.id);
      groups[s]!.pred.add(a.id);
    }
    for (const q of b.pred) {
      if (q === a.id) continue;
      a.pred.add(q);
      groups[q]!.succ.delete(b.id);
      groups[q]!.succ.add(a.id);
    }
    a.succ.delete(b.id);
    a.pred.delete(b.id);
    this.summarize(a);
    groups[b.id] = null;
  }
}

const SIBLING_KINDS: ReadonlySet<KernelKind> = new Set<KernelKind>(['elementwise', 'reduction']);

/** A cheap necessary condition for a valid merge (plan.ts decides): anchors of different kinds never mix, nor two contractions or scatters. */
function kindsMix(a: KernelKind, b: KernelKind): boolean {
  if (a === 'copy' || b === 'copy') return false;
  if (a === 'elementwise' || b === 'elementwise') return true;
  return a === b && a !== 'contraction' && a !== 'scatter';
}

const pairKey = (a: number, b: number): string => (a < b ? `${a}:${b}` : `${b}:${a}`);

function mergeSorted(x: readonly number[], y: readonly number[]): number[] {
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < x.length || j < y.length) {
    if (j >= y.length || (i < x.length && x[i]! < y[j]!)) out.push(x[i++]!);
    else out.push(y[j++]!);
  }
  return out;
}
