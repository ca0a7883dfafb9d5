// The contract every primitive op fulfils, in one place per op (see ops/):
// its type rule, its reference evaluation, its vector-Jacobian product and its cost.
import type { GraphBuilder } from './builder.ts';
import type { Node, NodeId, OpAttrs, OpName, TensorType } from './types.ts';

/** Reference arrays: float32 normally, float64 for gradient checks. Integers and bools are stored as floats. */
export type Arr = Float32Array | Float64Array;

export interface EvalContext {
  readonly float64: boolean;
  /** A zeroed array of the current precision. */
  alloc(length: number): Arr;
}

export interface OpCost {
  flops: number;
  bytesRead: number;
  bytesWritten: number;
}

/** Thrown by `infer` when inputs do not fit; the builder attaches the source span. */
export class ShapeError extends Error {}

export interface OpDef<K extends OpName = OpName> {
  readonly name: K;
  /** Number of inputs, or [min, max]. */
  readonly arity: number | readonly [number, number];
  /** The output type, or a ShapeError saying what does not fit. */
  infer(attrs: OpAttrs[K], inputs: readonly TensorType[]): TensorType;
  /**
   * Reference evaluation over contiguous row-major arrays. `input` and `param`
   * leaves are supplied by the interpreter and never reach here.
   */
  evaluate(node: Node<K>, inputs: readonly Arr[], inputTypes: readonly TensorType[], ctx: EvalContext): Arr;
  /** Gradients for each input given the output's gradient `grad`; null where no gradient flows. */
  vjp(node: Node<K>, grad: NodeId, b: GraphBuilder): (NodeId | null)[];
  cost(node: Node<K>, inputTypes: readonly TensorType[]): OpCost;
}
