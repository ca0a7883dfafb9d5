// The legality of one merge, node by node and read by read, for kernels
// whose levels are fixed by size: what the partitioner checks incrementally
// instead of re-solving a whole group (levels.ts is the full solver these
// rules must agree with; fuse(g, { verify: true }) compares the two).
import type { Graph, NodeId } from '../graph/types.ts';
import { MAX_SINGLE_ROW, transition } from './levels.ts';
import type { AnchorLevels, KernelTemplate, LevelInfo } from './template.ts';
import type { Level } from './types.ts';

/**
 * The level rules of one candidate kernel whose levels are fixed by size
 * (see spaceKey): a node's level is the one its size says
 * (an anchor's, the one its template says), and a read inside the kernel
 * must arrive at the level its reader reads it at. These are the checks of
 * the full solver (LevelSolver.check and its forward pass) one node and one
 * read at a time.
 */
export class LevelRules {
  private readonly anchorCache = new Map<NodeId, AnchorLevels | string>();

  constructor(
    private readonly g: Graph, private readonly anchorOf: Int8Array, private readonly numel: readonly number[],
    private readonly t: KernelTemplate, private readonly index: number, private readonly info: LevelInfo,
  ) {}

  private anchor(id: NodeId): AnchorLevels | string | undefined {
    if (this.anchorOf[id] !== this.index) return undefined;
    let a = this.anchorCache.get(id);
    if (a === undefined) {
      a = this.t.anchorLevels(this.g, this.g.nodes[id]!, this.info);
      this.anchorCache.set(id, a);
    }
    return a;
  }

  /** Whether node `id` is an anchor at, or reading at, the `total` level. */
  total(id: NodeId): boolean {
    const a = this.anchor(id);
    return typeof a === 'object' && (a.output === 'total' || a.inputs.includes('total'));
  }

  /** The level node `id` runs at, or null when it cannot run in this kernel. */
  level(id: NodeId): Level | null {
    const a = this.anchor(id);
    if (typeof a === 'string') return null;
    const size = this.numel[id]!;
    const { elementNumel, rowNumel, rows } = this.info;
    if (a) {
      const expected = a.output === 'element' ? elementNumel : a.output === 'row' ? rowNumel : 1;
      return a.anySize || size === expected ? a.output : null;
    }
    return size === elementNumel ? 'element' : rows && size === rowNumel ? 'row' : null;
  }

  /**
   * Whether node `reader` may read its input `k` (a view `via` of `source`,
   * computed in the kernel) inside the kernel. PERMANENT when no space would
   * allow it (its template's rules: an operand from memory, a sealed anchor);
   * with `levels` false, only that is checked.
   */
  read(reader: NodeId, k: number, source: NodeId, via: readonly NodeId[], levels: boolean): Outcome {
    const s = this.anchor(source);
    if (typeof s === 'object' && s.sealed) return PERMANENT;
    const r = this.anchor(reader);
    if (typeof r === 'object' && (r.inputs[k] ?? null) === null) return PERMANENT;
    if (!levels) return OK;
    const from = this.level(source);
    const at = this.level(reader);
    if (from === null || at === null) return TRANSIENT;
    const want = typeof r === 'object' ? r.inputs[k]! : at;
    if (transition(this.g, from, via, this.info.segments) !== want) return TRANSIENT;
    return at === 'element' && from === 'row' && this.info.rowNumel === 1 && this.info.elementNumel > MAX_SINGLE_ROW ? TRANSIENT : OK;
  }
}

/**
 * The space of a group of template `t` as a key: equal keys, equal level
 * rules for every node. '' when an element and its row have the same size
 * (levels are not fixed by size: such groups are solved in full).
 */
export function spaceKey(t: KernelTemplate, info: LevelInfo): string {
  if (!t.rows) return `flat ${info.elementNumel}`;
  const { elementNumel: e, rowNumel: r } = info;
  return e === r ? '' : `${t.kind} ${e} ${r} ${info.segments}`;
}


/** How a check came out: fits, fails now (the space or the levels may change), fails for good. */
export const OK = 0;
export const TRANSIENT = 1;
export const PERMANENT = 2;
/** Not a kernel question: a path through a third group joins the two (see GroupOrder.indirectPath). */
export const BLOCKED = 3;
export type Outcome = typeof OK | typeof TRANSIENT | typeof PERMANENT;
export type Failure = typeof TRANSIENT | typeof PERMANENT | typeof BLOCKED;
