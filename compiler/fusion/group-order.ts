// A topological order of the partitioner's groups, kept valid as groups
// merge, and the path search that says whether merging two groups would
// close a cycle through a third. Both only look between the two groups in
// the order, so their cost follows the gap, not the graph. And the edge
// rewiring a merge does (joinEdges).
//
// Groups are numbered; `group(id)` gives a live group's edges (ids of the
// groups it feeds and reads from).

/** What the order needs of a group: its id and edges. */
export interface Linked {
  readonly id: number;
  readonly succ: ReadonlySet<number>;
  readonly pred: ReadonlySet<number>;
}

export class GroupOrder {
  /** ord[g]: group g's position; positions only move within a merged pair's gap. */
  private readonly ord: Int32Array;
  private readonly visited: Int32Array;
  private visit = 0;

  /** Groups 0 … count − 1, in that order (creation order must be topological). */
  constructor(count: number, private readonly group: (id: number) => Linked) {
    this.ord = Int32Array.from({ length: count }, (_, k) => k);
    this.visited = new Int32Array(count);
  }

  /**
   * A path between a and b through some third group (merging them would
   * close a cycle), as a group on it; undefined if none. Paths only go
   * forward in `ord`, so only groups ordered between the two are searched,
   * forward from the earlier one and backward from the later one in turns:
   * whichever search runs out first proves there is none, so the cost is
   * about twice the smaller side of the gap, not the larger.
   */
  indirectPath(a: Linked, b: Linked): number | undefined {
    const [from, to] = this.ord[a.id]! < this.ord[b.id]! ? [a, b] : [b, a];
    const lo = this.ord[from.id]!;
    const hi = this.ord[to.id]!;
    const fwd = this.visit + 1;
    const bwd = this.visit + 2;
    this.visit += 2;
    // Stacks of [group, the first group after `from` (or before `to`) on the way there].
    const down: number[] = [];
    const up: number[] = [];
    for (const s of from.succ) if (s !== to.id && this.ord[s]! < hi) down.push(s, s);
    for (const q of to.pred) if (q !== from.id && this.ord[q]! > lo) up.push(q, q);
    while (down.length > 0 && up.length > 0) {
      // One step forward: reaching `to`, or a group the backward search saw, is a path.
      const via = down.pop()!;
      const s = down.pop()!;
      if (this.visited[s] !== fwd) {
        if (this.visited[s] === bwd) return s;
        this.visited[s] = fwd;
        for (const t of this.group(s).succ) {
          if (t === to.id) return via;
          if (this.visited[t] !== fwd && this.ord[t]! < hi) down.push(t, via);
        }
      }
      const back = up.pop()!;
      const q = up.pop()!;
      if (this.visited[q] !== bwd) {
        if (this.visited[q] === fwd) return q;
        this.visited[q] = bwd;
        for (const r of this.group(q).pred) {
          if (r === from.id) return back;
          if (this.visited[r] !== bwd && this.ord[r]! > lo) up.push(r, back);
        }
      }
    }
    return undefined;
  }

  /** Groups reachable from `start` along `dir` whose order lies strictly between lo and hi. */
  private reachableWithin(start: Linked, dir: 'succ' | 'pred', lo: number, hi: number): number[] {
    const visit = ++this.visit;
    const found: number[] = [];
    const stack = [...start[dir]];
    while (stack.length) {
      const s = stack.pop()!;
      const o = this.ord[s]!;
      if (this.visited[s] === visit || o <= lo || o >= hi) continue;
      this.visited[s] = visit;
      found.push(s);
      for (const t of this.group(s)[dir]) stack.push(t);
    }
    return found;
  }

  /**
   * Keep `ord` topological when a and b become one group (Pearce and Kelly's
   * reordering): between the two, the groups leading to the later one move
   * before the merged group, those reached from the earlier one after it.
   * The two sets are disjoint (else a third group would join them: no merge).
   */
  reorder(a: Linked, b: Linked): void {
    const [first, last] = this.ord[a.id]! < this.ord[b.id]! ? [a, b] : [b, a];
    const lo = this.ord[first.id]!;
    const hi = this.ord[last.id]!;
    const byOrd = (x: number, y: number) => this.ord[x]! - this.ord[y]!;
    const after = this.reachableWithin(first, 'succ', lo, hi).sort(byOrd);
    const before = this.reachableWithin(last, 'pred', lo, hi).sort(byOrd);
    const slots = [lo, hi, ...after.map((g) => this.ord[g]!), ...before.map((g) => this.ord[g]!)].sort((x, y) => x - y);
    [...before, a.id, ...after].forEach((g, k) => (this.ord[g] = slots[k]!));
  }
}

/** A group whose edges a merge rewrites. */
interface Edges {
  readonly id: number;
  readonly succ: Set<number>;
  readonly pred: Set<number>;
}

/** `a` absorbs `b`'s edges: b's neighbours now link to a, and the edges between the two disappear. */
export function joinEdges(groups: readonly (Edges | null)[], a: Edges, b: Edges): void {
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
}
