// The partitioner: start with one group per kernel node, then greedily merge
// the pair of groups that saves the most memory traffic, as long as the
// merged group is a valid kernel (plan.ts) and the group graph stays acyclic.
//
// Candidate pairs are producer/consumer neighbours and, for templates that
// allow it (elementwise, reduction), siblings that read the same
// (non-scalar) buffer. The saving of a merge is traffic(A) + traffic(B) −
// traffic(A ∪ B) under the model of traffic.ts: the reads of values that now
// stay in registers, the writes of values no longer needed outside, and
// shared reads done once. It is computed from the two groups' per-buffer
// read summaries, so scoring a pair costs what the pair touches, not the
// groups' sizes. A pair's score and legality depend only on the two groups,
// so a heap entry stays valid until either group changes; stale entries are
// dropped when popped and the merged group gets fresh ones.
//
// Compile time stays near-linear in the graph (docs/fusion.md, section 4):
//  - legality is planned incrementally. In a space where an element-level
//    and a row-level value differ in size and no anchor works at the `total`
//    level, a node's level is fixed by its size (an anchor's by its
//    template), and a kernel is valid exactly when every node fits its level
//    and every read inside it is one the levels allow (levels.ts). A group
//    records the space it was checked in, so a merge checks the reads
//    between the two sides and re-checks only a side whose space changed.
//    Other spaces go to the full solver, as validateProgram does;
//  - failures no later merge can undo are remembered (`incompatible`, and a
//    group's `failed` spaces), as are paths through third groups (`blocked`);
//  - the cycle check searches from both ends and runs before the costly
//    part of the legality check;
//  - a re-offered pair at an unchanged score keeps its heap entry;
//  - member lists, read summaries and node owners merge small into large,
//    and levels are solved once per final group.
// Every decision is the one the plain algorithm makes (the same merges);
// `verify` re-checks each legality decision against the solver.
import type { NodeId } from '../graph/types.ts';
import { BYTES_PER_ELEMENT, numel } from '../graph/types.ts';
import type { FusionContext } from './context.ts';
import { GroupOrder, joinEdges } from './group-order.ts';
import { BLOCKED, type Failure, LevelRules, type Outcome, OK, PERMANENT, spaceKey, TRANSIENT } from './level-rules.ts';
import { levelInfo } from './levels.ts';
import { type GroupPlan, planGroup, preferredAnchor, singlePlan } from './plan.ts';
import { type Candidate, CandidateHeap, pairKey } from './candidates.ts';
import type { LevelInfo } from './template.ts';
import { COPY, FALLBACK, TEMPLATES, anchorIndex } from './templates/registry.ts';

export interface PartitionGroup {
  /** Sorted node ids. */
  readonly members: readonly NodeId[];
  readonly plan: GroupPlan;
}

export interface PartitionOptions {
  /** Check every incremental planning decision against the full level solver (slow; for tests). */
  readonly verify?: boolean;
  /** false: no merges, every op its own kernel (`loom bench --unfused`). Default true. */
  readonly merge?: boolean;
}

interface Group {
  readonly id: number;
  /** Unsorted during merging; sorted in the result. */
  members: NodeId[];
  readonly fixed: boolean;
  version: number;
  readonly succ: Set<number>;
  readonly pred: Set<number>;
  /** Elements read per outside buffer (Infinity: some read covers the whole buffer). */
  reads: Map<NodeId, number>;
  /** Index in `owners` that members point to (shared slots let a merge relabel only the smaller side). */
  slot: number;
  /** The group's template (index in TEMPLATES), its anchors, and the node defining its space (see KernelTemplate.space). */
  template: number;
  anchors: number;
  spaceAnchor: NodeId;
  first: NodeId;
  spaceNode: NodeId;
  /** The space as a key (see spaceKey). */
  key: string;
  /** The space key the members and the reads among them were checked under, with no `total` level ('' if not). */
  checked: string;
  /** Space keys under which some member or read among them does not fit: never again (a group only gains members). */
  failed: Set<string> | undefined;
  /** The level rules' view of the group's space (fixed groups: unused). */
  info: LevelInfo;
}

/** A merge's outcome before it is applied: the fields of the merged group that a merge decides. */
type MergePlan = Pick<Group, 'template' | 'anchors' | 'spaceAnchor' | 'first' | 'spaceNode' | 'key' | 'checked' | 'info'>;

/** Sibling pairs are only considered among this many readers of one buffer (keeps candidates linear). */
const MAX_SIBLINGS = 256;

export function partition(ctx: FusionContext, options: PartitionOptions = {}): PartitionGroup[] {
  const p = new Partitioner(ctx, options);
  if (options.merge === false) return p.result();
  // Producer/consumer merges first, so a value goes with the computation
  // that uses it; then siblings that share reads join up with what is left.
  p.mergeGreedily(false);
  p.mergeGreedily(true);
  return p.result();
}

class Partitioner {
  /** Node → slot → group: a merge relabels the smaller side's slot only. */
  private readonly slotOf: Int32Array;
  private readonly owners: number[] = [];
  private readonly groups: (Group | null)[] = [];
  /** A topological order of the groups, kept valid across merges (group-order.ts). */
  private readonly order: GroupOrder;
  private heap = new CandidateHeap();
  /** The latest heap entry of each pair still in the heap: re-offered at an unchanged score, it is revived instead of pushed again. */
  private latest = new Map<number, Candidate>();
  private siblings = false;
  /** Pairs found joined through a third group, with that group (see stillBlocked). */
  private readonly blocked = new Map<number, number>();
  /**
   * Pairs found invalid for a reason no later merge removes (anchors of two
   * templates or too many; a read that must come from memory; a read of a
   * sealed anchor): merges only add nodes, and the reason stays inside.
   */
  private readonly incompatible = new Set<number>();
  private readonly numel: readonly number[];
  /** Index in TEMPLATES of the template each node anchors (−1: none). */
  private readonly anchorOf: Int8Array;

  constructor(private readonly ctx: FusionContext, private readonly options: PartitionOptions) {
    const g = ctx.graph;
    this.slotOf = new Int32Array(g.nodes.length).fill(-1);
    this.numel = g.nodes.map((n) => numel(n.type.shape));
    this.anchorOf = new Int8Array(g.nodes.length).fill(-1);
    for (const id of ctx.work) this.anchorOf[id] = ctx.copies.has(id) ? TEMPLATES.indexOf(COPY) : anchorIndex(g.nodes[id]!, ctx.analysis);
    for (const id of ctx.work) {
      const fixed = ctx.copies.has(id);
      const n = g.nodes[id]!;
      const template = this.anchorOf[id]! < 0 ? FALLBACK : TEMPLATES[this.anchorOf[id]!]!;
      const info = levelInfo(template.space(g, n), !!template.rows);
      const key = spaceKey(template, info);
      if (!fixed) {
        const plan = planGroup(ctx, [id], (x) => x === id);
        if (typeof plan === 'string') throw new Error(`fusion: %${id} (${n.op}) cannot run as a kernel: ${plan}`);
      }
      const gid = this.groups.length;
      this.slotOf[id] = this.owners.length;
      this.owners.push(gid);
      this.groups.push({
        id: gid, members: [id], fixed, version: 0, succ: new Set(), pred: new Set(), reads: new Map(), slot: this.slotOf[id]!,
        template: TEMPLATES.indexOf(template), anchors: this.anchorOf[id]! < 0 ? 0 : 1, spaceAnchor: this.anchorOf[id]! < 0 ? -1 : id,
        first: id, spaceNode: id, key, checked: '', failed: undefined, info,
      });
    }
    for (const id of ctx.work) {
      for (const r of ctx.reads[id]!) {
        const from = this.owner(r.access.source);
        const to = this.owner(id);
        if (from < 0 || from === to) continue;
        this.groups[from]!.succ.add(to);
        this.groups[to]!.pred.add(from);
      }
    }
    for (const grp of this.groups) this.summarize(grp!);
    // Work nodes are in graph order and groups read only earlier nodes: creation order is topological.
    this.order = new GroupOrder(this.groups.length, (id) => this.groups[id]!);
  }

  /** The group computing node `id`, or −1. */
  private owner(id: NodeId): number {
    const slot = this.slotOf[id]!;
    return slot < 0 ? -1 : this.owners[slot]!;
  }

  result(): PartitionGroup[] {
    const g = this.ctx.graph;
    const out: PartitionGroup[] = [];
    for (const grp of this.groups) {
      if (!grp) continue;
      const members = grp.members.slice().sort((a, b) => a - b);
      if (grp.fixed) {
        const n = g.nodes[members[0]!]!;
        out.push({ members, plan: singlePlan(COPY, n, levelInfo(COPY.space(g, n), false)) });
        continue;
      }
      const plan = planGroup(this.ctx, members, (id) => this.owner(id) === grp.id);
      if (typeof plan === 'string') throw new Error(`fusion: internal error: the merged group of %${members[0]} has no plan: ${plan}`);
      out.push({ members, plan });
    }
    return out;
  }

  /** Merge the best-scoring legal pair until none saves anything. */
  mergeGreedily(siblings: boolean): void {
    this.siblings = siblings;
    this.heap = new CandidateHeap();
    this.latest = new Map();
    for (const grp of this.groups) if (grp) this.offer(grp);
    for (let c = this.heap.pop(); c; c = this.heap.pop()) {
      if (this.latest.get(pairKey(c.a, c.b)) === c) this.latest.delete(pairKey(c.a, c.b));
      const a = this.groups[c.a];
      const b = this.groups[c.b];
      if (!a || !b || a.version !== c.va || b.version !== c.vb || this.stillBlocked(a, b) || this.incompatible.has(pairKey(a.id, b.id))) continue;
      // Legal (a property of the pair) and no path through a third group (of the groups around it): the
      // checks run cheapest first, the path between the cheap and the costly legality checks (see decide).
      const plan = this.plan(a, b);
      if (plan === PERMANENT) this.incompatible.add(pairKey(a.id, b.id));
      if (typeof plan === 'number') continue;
      this.merge(a, b, plan);
      this.offer(a);
    }
  }

  // ---------------------------------------------------------------- planning a merge

  /** The union's template, space and check state, or why the two cannot merge (TRANSIENT, PERMANENT or BLOCKED). */
  private plan(a: Group, b: Group): MergePlan | Failure {
    const decided = this.decide(a, b);
    if (this.options.verify && decided !== BLOCKED) {
      const members = [...a.members, ...b.members].sort((x, y) => x - y);
      const full = planGroup(this.ctx, members, (id) => { const o = this.owner(id); return o === a.id || o === b.id; });
      if ((typeof full === 'string') !== (typeof decided === 'number')) {
        throw new Error(`fusion: incremental planning of %${a.first} ∪ %${b.first} says ${typeof decided === 'number' ? 'invalid' : 'valid'}, the solver ${typeof full === 'string' ? full : 'valid'}`);
      }
    }
    return decided;
  }

  private decide(a: Group, b: Group): MergePlan | Failure {
    const g = this.ctx.graph;
    // The template: the anchors' (one template, within its count), else the fallback. Anchors stay: a failure here is permanent.
    if (a.anchors > 0 && b.anchors > 0 && a.template !== b.template) return PERMANENT;
    const index = a.anchors > 0 ? a.template : b.template;
    const t = TEMPLATES[index]!;
    const anchors = a.anchors + b.anchors;
    if (t.alone || anchors > (t.maxAnchors ?? Infinity)) return PERMANENT;
    const spaceAnchor = a.spaceAnchor < 0 ? b.spaceAnchor : b.spaceAnchor < 0 ? a.spaceAnchor
      : preferredAnchor(g, t, g.nodes[a.spaceAnchor]!, g.nodes[b.spaceAnchor]!).id;
    const first = Math.min(a.first, b.first);
    const spaceNode = spaceAnchor < 0 ? first : spaceAnchor;
    // The union's space is one side's (its space node and template), unless an anchorless side took the other's template.
    const same = a.template === index && a.spaceNode === spaceNode ? a : b.template === index && b.spaceNode === spaceNode ? b : undefined;
    const info = same ? same.info : levelInfo(t.space(g, g.nodes[spaceNode]!), !!t.rows);
    const key = same ? same.key : spaceKey(t, info);
    const rules = new LevelRules(g, this.anchorOf, this.numel, t, index, info);
    // Levels are fixed by size unless the space has one element per row, or a `total` level exists (an anchor says so).
    const bySize = key !== '' && ![a, b].some((side) => side.checked !== key && this.hasTotal(side, rules));
    const result: MergePlan = { template: index, anchors, spaceAnchor, first, spaceNode, key, checked: bySize ? key : '', info };
    // The reads between the two sides first: cheap, and where most merges fail (an operand that must come from memory).
    const [small, large] = a.members.length <= b.members.length ? [a, b] : [b, a];
    const cross = this.crossReads(small, large, rules, bySize);
    if (cross !== OK) return cross;
    // Merging across a path through a third group would close a cycle (checked before the costly part).
    const witness = this.order.indirectPath(a, b);
    if (witness !== undefined) {
      this.blocked.set(pairKey(a.id, b.id), witness);
      return BLOCKED;
    }
    if (!bySize) {
      const members = [...a.members, ...b.members].sort((x, y) => x - y);
      const plan = planGroup(this.ctx, members, (id) => { const o = this.owner(id); return o === a.id || o === b.id; });
      return typeof plan === 'string' ? TRANSIENT : result;
    }
    for (const side of [a, b]) {
      if (side.checked === key) continue;
      if (side.failed?.has(key)) return TRANSIENT;
      if (!this.sideFits(side, rules)) {
        (side.failed ??= new Set()).add(key);
        return TRANSIENT;
      }
    }
    return result;
  }

  /** Whether an anchor of `side` runs at, or reads at, the `total` level in the rules' space. */
  private hasTotal(side: Group, rules: LevelRules): boolean {
    if (side.anchors === 0) return false;
    for (const m of side.members) if (rules.total(m)) return true;
    return false;
  }

  /** Every node of `side` fits the rules, and so do the reads among them. */
  private sideFits(side: Group, rules: LevelRules): boolean {
    for (const m of side.members) {
      if (rules.level(m) === null) return false;
      for (const r of this.ctx.reads[m]!) {
        if (this.owner(r.access.source) === side.id && rules.read(m, r.inputIndex, r.access.source, r.access.via, true) !== OK) return false;
      }
    }
    return true;
  }

  /**
   * Whether the reads between the two groups fit (enumerated from the
   * smaller group's side): OK, or the first failure. With `levels` false,
   * only what no space changes (operands from memory, sealed anchors).
   */
  private crossReads(small: Group, large: Group, rules: LevelRules, levels: boolean): Outcome {
    const { reads, readers } = this.ctx;
    for (const m of small.members) {
      // small reads large
      for (const r of reads[m]!) {
        if (this.owner(r.access.source) !== large.id) continue;
        const o = rules.read(m, r.inputIndex, r.access.source, r.access.via, levels);
        if (o !== OK) return o;
      }
      // large reads small
      for (const c of readers[m]!) {
        if (this.owner(c) !== large.id) continue;
        for (const r of reads[c]!) {
          if (r.access.source !== m) continue;
          const o = rules.read(c, r.inputIndex, m, r.access.via, levels);
          if (o !== OK) return o;
        }
      }
    }
    return OK;
  }

  // ---------------------------------------------------------------- scoring

  /** Recompute a group's per-buffer reads (its owner entries must be current). */
  private summarize(grp: Group): void {
    const { analysis, reads } = this.ctx;
    grp.reads.clear();
    for (const m of grp.members) {
      for (const r of reads[m]!) {
        const src = r.access.source;
        if (this.owner(src) === grp.id || analysis.role[src] === 'generated') continue;
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
    let elements = this.crossing(a, b, a, b) + this.crossing(b, a, a, b);
    const [small, large] = a.reads.size <= b.reads.size ? [a, b] : [b, a];
    const numels = this.numel;
    for (const [src, e] of small.reads) {
      const other = large.reads.get(src);
      if (other === undefined) continue;
      const n = numels[src]!;
      elements += Math.min(n, e) + Math.min(n, other) - Math.min(n, e + other);
    }
    return elements * BYTES_PER_ELEMENT;
  }

  /** Elements `from` reads of `to`'s values, plus those values' writes when only the pair (a, b) reads them. */
  private crossing(from: Group, to: Group, a: Group, b: Group): number {
    let elements = 0;
    // The values of `to` that `from` reads: walk whichever is shorter.
    if (from.reads.size <= to.members.length) {
      for (const [src, e] of from.reads) if (this.owner(src) === to.id) elements += this.crossed(src, e, a, b);
    } else {
      for (const m of to.members) {
        const e = from.reads.get(m);
        if (e !== undefined) elements += this.crossed(m, e, a, b);
      }
    }
    return elements;
  }

  private crossed(src: NodeId, e: number, a: Group, b: Group): number {
    const n = this.numel[src]!;
    let elements = Math.min(n, e);
    if (this.ctx.isResult[src]) return elements;
    for (const r of this.ctx.readers[src]!) {
      const o = this.owner(r);
      if (o !== a.id && o !== b.id) return elements;
    }
    return elements + n;
  }

  /**
   * A scored candidate for every neighbour of x, valid for the groups' current
   * versions. A pair whose entry is still in the heap at the same score keeps
   * that entry (same score and ids: the same place in the order), brought up
   * to date, so a group merged many times does not refill the heap with its
   * unchanged neighbours each time.
   */
  private offer(x: Group): void {
    if (x.fixed) return;
    for (const y of this.neighbours(x)) {
      const other = this.groups[y]!;
      const key = pairKey(x.id, y);
      if (other.fixed || !this.mix(x, other) || this.stillBlocked(x, other) || this.incompatible.has(key)) continue;
      const score = this.saving(x, other);
      if (score <= 0) continue;
      const [a, b] = x.id < y ? [x, other] : [other, x];
      const known = this.latest.get(key);
      if (known && known.score === score) {
        known.va = a.version;
        known.vb = b.version;
        continue;
      }
      // A pair no merge can ever make valid is not worth a heap entry (and would be offered again after every merge).
      if (this.lastingObstacle(x, other)) {
        this.incompatible.add(key);
        continue;
      }
      const c: Candidate = { score, a: a.id, b: b.id, va: a.version, vb: b.version };
      this.heap.push(c);
      this.latest.set(key, c);
    }
  }

  /** Whether a read between x and y can never be served inside one kernel (decide would say PERMANENT). */
  private lastingObstacle(x: Group, y: Group): boolean {
    const index = x.anchors > 0 ? x.template : y.template;
    if (x.anchors === 0 && y.anchors === 0) return false;
    const rules = new LevelRules(this.ctx.graph, this.anchorOf, this.numel, TEMPLATES[index]!, index, x.anchors > 0 ? x.info : y.info);
    const [small, large] = x.members.length <= y.members.length ? [x, y] : [y, x];
    return this.crossReads(small, large, rules, false) === PERMANENT;
  }

  /** A cheap necessary condition for a valid merge: no `alone` template, anchors of one template, within its count. */
  private mix(x: Group, y: Group): boolean {
    if (TEMPLATES[x.template]!.alone || TEMPLATES[y.template]!.alone) return false;
    if (x.anchors === 0 || y.anchors === 0) return true;
    return x.template === y.template && x.anchors + y.anchors <= (TEMPLATES[x.template]!.maxAnchors ?? Infinity);
  }

  /** Producers and consumers of x; with siblings, also groups of sibling templates reading a buffer x reads. */
  private neighbours(x: Group): Set<number> {
    const { readers } = this.ctx;
    const out = new Set<number>([...x.succ, ...x.pred]);
    if (!this.siblings || !this.siblingGroup(x)) return out;
    // x.reads holds exactly the non-generated buffers x reads from outside.
    for (const src of x.reads.keys()) {
      const list = readers[src]!;
      for (let i = 0; i < list.length && i < MAX_SIBLINGS; i++) {
        const o = this.owner(list[i]!);
        if (o !== x.id && this.siblingGroup(this.groups[o]!)) out.add(o);
      }
    }
    return out;
  }

  private siblingGroup(x: Group): boolean {
    return !!TEMPLATES[x.template]!.siblings;
  }

  // ---------------------------------------------------------------- acyclicity

  /**
   * A pair once found joined by a path through a third group stays so while
   * that group exists apart from both: merges only ever add edges to a group,
   * so the path survives everything but the third group joining one of the two.
   */
  private stillBlocked(a: Group, b: Group): boolean {
    const witness = this.blocked.get(pairKey(a.id, b.id));
    return witness !== undefined && witness !== a.id && witness !== b.id && this.groups[witness] !== null;
  }

  // ---------------------------------------------------------------- merging

  private merge(a: Group, b: Group, plan: MergePlan): void {
    const groups = this.groups;
    this.order.reorder(a, b);
    // Reads: the two summaries summed, less what each side reads of the other (now internal).
    const [smallReads, largeReads] = a.reads.size <= b.reads.size ? [a.reads, b.reads] : [b.reads, a.reads];
    this.dropInternal(a.reads, b);
    this.dropInternal(b.reads, a);
    for (const [src, e] of smallReads) largeReads.set(src, (largeReads.get(src) ?? 0) + e);
    a.reads = largeReads;
    // Owners and members: the smaller side joins the larger one's slot and list.
    const [small, large] = a.members.length <= b.members.length ? [a, b] : [b, a];
    for (const m of small.members) this.slotOf[m] = large.slot;
    this.owners[large.slot] = a.id;
    for (const m of small.members) large.members.push(m);
    a.members = large.members;
    a.slot = large.slot;
    a.template = plan.template;
    a.anchors = plan.anchors;
    a.spaceAnchor = plan.spaceAnchor;
    a.first = plan.first;
    if (b.failed) {
      if (!a.failed || a.failed.size < b.failed.size) [a.failed, b.failed] = [b.failed, a.failed];
      for (const k of b.failed ?? []) a.failed!.add(k);
    }
    a.spaceNode = plan.spaceNode;
    a.key = plan.key;
    a.checked = plan.checked;
    a.info = plan.info;
    a.version++;
    joinEdges(groups, a, b);
    groups[b.id] = null;
  }

  /** Removes from `reads` the sources `other` computes (walking the shorter of the two). */
  private dropInternal(reads: Map<NodeId, number>, other: Group): void {
    if (reads.size <= other.members.length) {
      for (const src of [...reads.keys()]) if (this.owner(src) === other.id) reads.delete(src);
    } else {
      for (const m of other.members) reads.delete(m);
    }
  }
}
