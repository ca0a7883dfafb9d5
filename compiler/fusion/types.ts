// The fused program: the graph partitioned into kernel groups, each with
// everything a kernel template needs to lower it (its iteration space, its
// nodes in order with the loop level each runs at, every external value it
// reads with the index map of the read, and the values it writes).
import type { Graph, NodeId } from '../graph/types.ts';
import type { View } from './view.ts';

/**
 * The kind of a kernel: the `kind` of the template that takes it
 * (templates/registry.ts): elementwise, reduction, contraction, gather,
 * scatter, copy, or a template added since.
 */
export type KernelKind = string;

/**
 * Where in a kernel's loops a node runs.
 *  - element: once per point of the iteration space (for a reduction: per
 *    element of a row, before or after that row's reductions);
 *  - row: once per row, i.e. per point of the space with the reduce axes
 *    removed (reduction results and what is computed from them alone);
 *  - total: once per kernel, after a final reduction over all rows
 *    (e.g. the mean of a per-position loss).
 */
export type Level = 'element' | 'row' | 'total';

export interface IterationSpace {
  /**
   * The element-level shape. Kernels iterate it flat: a node of another
   * shape with the same element count (a reshape) shares the row-major flat
   * index. For a contraction this is the einsum's output; for scatter the
   * updates' shape; for copy the copied value's shape.
   */
  readonly shape: readonly number[];
  /** Templates with rows (reductions): the axes of `shape` reduced within a row. Empty for other kinds. */
  readonly reduceAxes: readonly number[];
  /** Reductions: whether some node reduces over all rows (a `total` level exists). */
  readonly total: boolean;
}

export interface KernelNode {
  readonly node: NodeId;
  readonly level: Level;
  /**
   * The level the node reads its inputs at: its own level, except for a
   * reduce (element → row for a row reduction, row → total for a final one,
   * element → total for a whole-tensor one: a per-row partial, then rows combined).
   */
  readonly readsAt: Level;
}

/** How a value is read from its storage: source node, index map, and the movement nodes folded into it. */
export interface ValueAccess {
  /** The node whose storage is read: a buffer (input, param, group output, materialised view) or a generated value. */
  readonly source: NodeId;
  /** Maps a multi-index over the read value's shape to the source's flat index. */
  readonly view: View;
  /** The movement nodes composed into `view`, source side first. */
  readonly via: readonly NodeId[];
}

export interface KernelLoad extends ValueAccess {
  /** The graph value the group's nodes use (the last node of `via`, or the source itself). */
  readonly value: NodeId;
  /** The loop level the value is read at. */
  readonly level: Level;
  /** The source is computed from the index (const, iota, random, index-only elementwise): no memory is read. */
  readonly generated: boolean;
}

export interface KernelGroup {
  /** Position in execution order. */
  readonly id: number;
  readonly kind: KernelKind;
  readonly space: IterationSpace;
  /** The nodes this kernel computes, in graph (topological) order. Views read inside the group are not listed. */
  readonly nodes: readonly KernelNode[];
  /** Every value read from outside the group, once each. */
  readonly loads: readonly KernelLoad[];
  /** The distinct buffers read (sources of non-generated loads). */
  readonly inputs: readonly NodeId[];
  /** The nodes written to memory: used by later groups, graph outputs, update sources. */
  readonly outputs: readonly NodeId[];
}

export interface ProgramResult {
  readonly name: string;
  readonly node: NodeId;
  /** The node whose buffer holds the value: `node` itself, or the buffer it is a row-major alias of. */
  readonly buffer: NodeId;
}

export interface FusedProgram {
  readonly graph: Graph;
  /** Kernels in execution order: every group runs after the groups it reads from. */
  readonly kernels: readonly KernelGroup[];
  /** The kernel computing each node; -1 for leaves, views and generated values. */
  readonly kernelOf: readonly number[];
  readonly outputs: readonly ProgramResult[];
  /** Update sources; `target` is the param written. */
  readonly updates: readonly (ProgramResult & { readonly target: string })[];
  /**
   * Index-only values (const, iota, random, and elementwise ops over them),
   * recomputed wherever they are read. For each: how each of its inputs is read.
   */
  readonly generated: ReadonlyMap<NodeId, readonly ValueAccess[]>;
}
