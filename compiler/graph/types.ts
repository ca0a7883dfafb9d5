// Graph IR: a flat, topologically ordered list of nodes over a small set of
// primitive ops. Shapes are concrete (symbolic dimensions are bound during
// elaboration). Broadcasting is explicit (`expand`), so every elementwise op
// sees inputs of exactly its output shape.
import type { SourceSpan } from '../diagnostics.ts';
import type { InitSpec } from './random.ts';

export type DType = 'f32' | 'i32' | 'bool';
export type Shape = readonly number[];

export interface TensorType {
  readonly shape: Shape;
  readonly dtype: DType;
}

export type NodeId = number;

/** How a parameter is initialised; evaluated by the counter-based RNG so every backend agrees. */
// Initialisers live with the random streams they draw from (random.ts), which generated bundles inline.
export type { InitSpec };

export type UnaryOp =
  | 'neg' | 'exp' | 'log' | 'sqrt' | 'rsqrt' | 'recip'
  | 'sin' | 'cos' | 'tanh' | 'erf' | 'abs' | 'sign' | 'floor' | 'not'
  | 'atan' | 'log1p' | 'expm1' | 'softplus' | 'sigmoid';

export type BinaryOp =
  | 'add' | 'sub' | 'mul' | 'div' | 'pow' | 'max' | 'min'
  | 'lt' | 'le' | 'gt' | 'ge' | 'eq' | 'ne' | 'and' | 'or';

export type ReduceOp = 'sum' | 'max';

/**
 * What an attention node computes: its output, or one piece of its backward
 * (ops/attention.ts); `out_lse` and `dqkv` are packed pairs/triples of them
 * that only the CPU's attention-merge pass makes (passes/attention-merge.ts).
 */
export type AttentionPart = 'out' | 'lse' | 'dq' | 'dk' | 'dv' | 'out_lse' | 'dqkv';

/** What a grouped_matmul node computes: the product, or one gradient (ops/grouped-matmul.ts). */
export type GroupedMatmulPart = 'out' | 'dx' | 'dw';

/** Every op with its attributes. One entry per primitive; the op table (ops/) defines each. */
export interface OpAttrs {
  // leaves
  /** A named runtime input (tokens, targets, the optimizer step). */
  input: { name: string };
  /** Persistent state: a weight, or an optimizer slot (role "state"). */
  param: { name: string; init: InitSpec; role: 'weight' | 'state' };
  /** A constant filling the output shape. */
  const: { value: number };
  /** The element's index along `axis` (arange broadcast to the output shape). */
  iota: { axis: number };
  /** Counter-based random numbers: element i of stream (seed, stream). */
  random: { seed: number; stream: number; dist: 'uniform' | 'normal' };
  // elementwise
  unary: { op: UnaryOp };
  binary: { op: BinaryOp };
  where: Record<string, never>;
  cast: { to: DType };
  // reductions keep reduced axes as size 1
  reduce: { op: ReduceOp; axes: number[] };
  // movement
  reshape: { shape: number[] };
  permute: { perm: number[] };
  /** Broadcast size-1 axes to `shape` (same rank). */
  expand: { shape: number[] };
  /** Per-axis start (inclusive), stop (exclusive), step (> 0). */
  slice: { starts: number[]; stops: number[]; steps: number[] };
  /** Zero padding before/after each axis (the VJP of slice, with `steps` for strided slices). */
  pad: { before: number[]; after: number[]; steps: number[] };
  concat: { axis: number };
  // indexing
  /** out = table.take(indices, axis): table's `axis` replaced by the indices' shape. */
  gather: { axis: number };
  /** The transpose of gather: out has `size` along `axis`; updates at equal indices add up. */
  scatter_add: { axis: number; size: number };
  // contraction
  /** One- or two-operand einsum over single-letter axes, e.g. "btd,dhk->bhtk". */
  einsum: { spec: string };
  /**
   * Scaled dot-product attention over grouped heads, without the score matrix
   * (ops/attention.ts): q [..., H, T, K], k [..., G, S, K], v [..., G, S, V].
   */
  attention: { part: AttentionPart; causal: boolean; window: number; scale: number };
  /** The k largest of each row (last axis), descending, ties to the lower index: their values or indices (ops/topk.ts). */
  topk: { k: number; part: 'values' | 'indices' };
  /** Stable counting sort of i32 keys in [0, groups): the sorted order, or the groups' offsets (ops/topk.ts). */
  group_sort: { groups: number; part: 'order' | 'offsets' };
  /** Rows split into groups by offsets, each times its own matrix (ops/grouped-matmul.ts). */
  grouped_matmul: { part: GroupedMatmulPart };
  /** x [..., K] times a q4_0-quantised W [K, N] held as packed blocks [N, K/32 · 6] (ops/q4-matmul.ts). */
  q4_matmul: Record<string, never>;
  /** x [..., K] times signs S [K, N] packed 24 per f32 word, [N, ⌈K/24⌉] (ops/sign-matmul.ts). */
  sign_matmul: Record<string, never>;
  /** h [..., K] (mostly exact zeros) times W [K, N] (or BinaryLinear's W̃ from W, α, β), skipping W's rows where h is 0 (ops/skip-zero-matmul.ts). */
  skip_zero_matmul: { weight: 'f32' | 'binary' };
  /**
   * A recurrence over `length` steps whose per-step function is the sub-graph
   * `body` (ops/scan.ts): inputs nState states, nSeq sequences (sliced along
   * seqAxes), nConst constants; one packed f32 result (scanLayout).
   * `saveEvery` (with `save`; absent = 1): keep only the state read on
   * entering each segment of that many steps (checkpoints). `checkpoint`
   * (absent = store): backprop recomputes the states from checkpoints in
   * segments of that many steps instead of storing every one (ops/scan-vjp.ts).
   */
  scan: { body: Graph; nState: number; nSeq: number; nConst: number; length: number; reverse: boolean; seqAxes: number[]; save: boolean; saveEvery?: number; checkpoint?: number };
  // gradient control
  /** Identity in value; no gradient flows through. */
  stop_grad: Record<string, never>;
  /** Value of input 0, gradient of input 1 (straight-through and surrogate gradients). */
  grad_as: Record<string, never>;
}

export type OpName = keyof OpAttrs;

export interface Node<K extends OpName = OpName> {
  readonly id: NodeId;
  readonly op: K;
  readonly inputs: readonly NodeId[];
  readonly attrs: OpAttrs[K];
  readonly type: TensorType;
  /** The source expression this node came from, when there is one. */
  readonly span?: SourceSpan;
}

export interface GraphOutput {
  name: string;
  node: NodeId;
}

/** After a run, persistent param `target` takes the value of `node` (optimizer updates). */
export interface GraphUpdate {
  target: string;
  node: NodeId;
}

export interface Graph {
  readonly nodes: readonly Node[];
  readonly outputs: readonly GraphOutput[];
  readonly updates: readonly GraphUpdate[];
}

export function numel(shape: Shape): number {
  let n = 1;
  for (const d of shape) n *= d;
  return n;
}

export function stridesOf(shape: Shape): number[] {
  const s = new Array<number>(shape.length);
  let acc = 1;
  for (let i = shape.length - 1; i >= 0; i--) {
    s[i] = acc;
    acc *= shape[i]!;
  }
  return s;
}

export function shapeEq(a: Shape, b: Shape): boolean {
  return a.length === b.length && a.every((d, i) => d === b[i]);
}

export function fmtShape(shape: Shape): string {
  return `[${shape.join(', ')}]`;
}

export function fmtType(t: TensorType): string {
  return `${t.dtype}${fmtShape(t.shape)}`;
}

/** Bytes per element as stored by every backend (bool is stored as a 32-bit word on GPUs). */
export const BYTES_PER_ELEMENT = 4;
