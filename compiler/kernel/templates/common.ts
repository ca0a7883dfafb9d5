// Pieces shared by the templates: kernel signatures, sizes that may be
// constant or dynamic, index arithmetic, strided operands, and the workgroup
// grid that keeps every dimension within 65,535 workgroups.
import { k } from '../build.ts';
import type { KExprLike } from '../build.ts';
import type { BufferParam, GemmLevel, KExpr, KStmt, KVar, UniformParam } from '../ir.ts';
import { readsVar } from '../ir.ts';
import { Names } from '../names.ts';

/** What a template needs to know about the kernel it builds, besides its body. */
export interface KernelSignature {
  readonly name: string;
  readonly buffers: readonly BufferParam[];
  readonly uniforms?: readonly UniformParam[];
  /** loom source location (`file:line:col`), carried into every error about the kernel. */
  readonly loc?: string;
}

/** serial: CPU (one invocation, loops do everything); grid: GPU workgroups. */
export type LaunchKind = 'serial' | 'grid';

/** A size: a constant, or an i32 expression over uniforms. */
export type Dim = number | KExpr;

/** WebGPU's per-dimension workgroup-count limit (the default of GridLimits). */
export const MAX_WORKGROUPS_PER_DIM = 65535;

/** WebGPU's default workgroup-memory budget (the default of GridLimits). */
export const MAX_WORKGROUP_BYTES = 16384;

/**
 * What grid templates must respect on their target (lowering passes the
 * TargetSpec's limits; the defaults are WebGPU's).
 */
export interface GridLimits {
  /** Workgroups per grid dimension. */
  readonly maxWorkgroupsPerDimension: number;
  /** Workgroup memory per workgroup, in bytes. */
  readonly maxWorkgroupMemoryBytes: number;
}

export const DEFAULT_GRID_LIMITS: GridLimits = { maxWorkgroupsPerDimension: MAX_WORKGROUPS_PER_DIM, maxWorkgroupMemoryBytes: MAX_WORKGROUP_BYTES };

export function dimExpr(d: Dim): KExpr {
  return typeof d === 'number' ? k.i32(d) : d;
}

/** The constant value of a size, or undefined when it is dynamic. */
export function constDim(d: Dim): number | undefined {
  if (typeof d === 'number') return d;
  return d.kind === 'const' ? d.value : undefined;
}

/** Names seeded with a signature's parameters, unless the caller shares its own. */
export function namesFor(sig: KernelSignature, names?: Names): Names {
  const n = names ?? new Names();
  for (const b of sig.buffers) n.reserve(b.name);
  for (const u of sig.uniforms ?? []) n.reserve(u.name);
  n.reserve(sig.name);
  return n;
}

/** Row-major strides of `shape`, as folded expressions. */
export function stridesOf(shape: readonly Dim[]): KExpr[] {
  const s: KExpr[] = new Array(shape.length);
  let acc: KExpr = k.i32(1);
  for (let i = shape.length - 1; i >= 0; i--) {
    s[i] = acc;
    acc = k.mul(acc, dimExpr(shape[i]!));
  }
  return s;
}

/** Σ index[i]·strides[i] + offset, folded (zero strides and unit strides vanish). */
export function stridedIndex(index: readonly KExprLike[], strides: readonly Dim[], offset: Dim = 0): KExpr {
  let e = dimExpr(offset);
  index.forEach((ix, i) => { e = k.add(e, k.mul(ix, dimExpr(strides[i]!))); });
  return e;
}

/**
 * The per-axis indices of row-major `flat` over `shape`, as expressions:
 * index[i] = (flat / stride[i]) % shape[i] (the outermost axis needs no %).
 */
export function unravel(flat: KExpr, shape: readonly Dim[]): KExpr[] {
  const strides = stridesOf(shape);
  return shape.map((d, i) => {
    const q = k.idiv(flat, strides[i]!);
    return i === 0 ? q : k.mod(q, dimExpr(d));
  });
}

/**
 * `let v = value` statements, keeping only the variables that `body` reads (templates compute every index a callback might want; unused
 * ones cost nothing this way).
 */
export function letsUsed(vars: readonly KVar[], values: readonly KExpr[], body: readonly KStmt[]): KStmt[] {
  return vars.flatMap((v, i) => (readsVar(body, v.name) ? [k.let(v, values[i]!)] : []));
}

/**
 * Reducing `axes` of a row-major tensor of `shape` as a row kernel: rows
 * enumerate the kept axes and cols the reduced ones (each in their original
 * order), and `inputIndex(row, col)` is the element's flat index in the
 * input. When the reduced axes are the trailing ones this is row·cols + col.
 */
export function reductionLayout(shape: readonly number[], axes: readonly number[]): {
  rows: number;
  cols: number;
  inputIndex(row: KExpr, col: KExpr): KExpr;
} {
  const reduced = [...new Set(axes)].sort((a, b) => a - b);
  if (reduced.some((a) => a < 0 || a >= shape.length)) throw new Error(`reduce axes [${axes}] out of range for rank ${shape.length}`);
  const kept = shape.map((_, a) => a).filter((a) => !reduced.includes(a));
  const strides = stridesOf(shape);
  const keptShape = kept.map((a) => shape[a]!);
  const reducedShape = reduced.map((a) => shape[a]!);
  const rows = keptShape.reduce((p, d) => p * d, 1);
  const cols = reducedShape.reduce((p, d) => p * d, 1);
  const trailing = reduced.every((a, i) => a === shape.length - reduced.length + i);
  return {
    rows,
    cols,
    inputIndex: trailing
      ? (row, col) => k.add(k.mul(row, cols), col)
      : (row, col) => k.add(
          stridedIndex(unravel(row, keptShape), kept.map((a) => strides[a]!)),
          stridedIndex(unravel(col, reducedShape), reduced.map((a) => strides[a]!)),
        ),
  };
}

/**
 * How one index class (batch, rows or columns) of an operand addresses
 * memory: one stride, or constant (size, stride) levels, outermost first,
 * when its axes do not merge into one stride (see GemmStride in ir.ts).
 */
export type Stride = Dim | readonly GemmLevel[];

export function isLevels(s: Stride): s is readonly GemmLevel[] {
  return Array.isArray(s);
}

/** The offset of `index` under `s`: index·s, or Σ digit·stride over the index's mixed-radix digits (the outermost one unbounded). */
export function strideOffset(index: KExprLike, s: Stride): KExpr {
  if (!isLevels(s)) return k.mul(index, dimExpr(s));
  let e: KExpr = k.i32(0);
  s.forEach((level, l) => {
    const inner = s.slice(l + 1).reduce((p, x) => p * x.size, 1);
    const digit = inner === 1 ? index : k.idiv(index, inner);
    e = k.add(e, k.mul(l > 0 ? k.mod(digit, level.size) : digit, level.stride));
  });
  return e;
}

/**
 * Levels (outermost first) simplified: size-1 levels dropped, neighbours
 * that walk memory as one (outer stride = inner stride · inner size) merged;
 * one level left is a plain stride, none is stride 0.
 */
export function mergeLevels(levels: readonly GemmLevel[]): Stride {
  const out: GemmLevel[] = [];
  for (const l of levels) {
    if (l.size === 1) continue;
    const prev = out[out.length - 1];
    if (prev && prev.stride === l.stride * l.size) out[out.length - 1] = { size: prev.size * l.size, stride: l.stride };
    else out.push({ size: l.size, stride: l.stride });
  }
  if (out.length === 0) return 0;
  return out.length === 1 ? out[0]!.stride : out;
}

/** A matrix-like operand in memory: element (batch, row, col) at offset + bs(batch) + rs(row) + cs(col) (see Stride). */
export interface StridedOperand {
  readonly buffer: Pick<BufferParam, 'name' | 'dtype'>;
  readonly offset?: Dim;
  readonly batchStride?: Stride;
  readonly rowStride: Stride;
  readonly colStride: Stride;
}

export function stridedElementIndex(op: StridedOperand, row: KExpr, col: KExpr, batch: KExpr = k.i32(0)): KExpr {
  return k.add(k.add(k.add(dimExpr(op.offset ?? 0), strideOffset(batch, op.batchStride ?? 0)), strideOffset(row, op.rowStride)), strideOffset(col, op.colStride));
}

export function loadStrided(op: StridedOperand, row: KExpr, col: KExpr, batch?: KExpr): KExpr {
  return k.load(op.buffer, stridedElementIndex(op, row, col, batch));
}

/** Element (row, col) of batch `batch` of an operand. */
export type OperandLoad = (row: KExpr, col: KExpr, batch: KExpr) => KExpr;

/** A matrix operand: a strided view of a buffer, or computed by a fused producer. */
export type MatrixOperand =
  | ({ readonly kind: 'strided' } & StridedOperand)
  | { readonly kind: 'computed'; readonly load: OperandLoad };

export function operandLoad(op: MatrixOperand): OperandLoad {
  return op.kind === 'computed' ? op.load : (row, col, batch) => loadStrided(op, row, col, batch);
}

/** An epilogue that stores the value at (row, col, batch) of a strided output. */
export function storeStrided(op: StridedOperand): (value: KExpr, row: KExpr, col: KExpr, batch?: KExpr) => KStmt[] {
  return (value, row, col, batch) => [k.store(op.buffer, stridedElementIndex(op, row, col, batch), value)];
}

/**
 * Workgroup counts covering `count` workgroups with at most `maxPerDim`
 * (default 65,535) per dimension, and each workgroup's linear index (i32)
 * in-kernel. Constant counts get the tightest 1-, 2- or 3-D grid; dynamic
 * counts a 2-D grid (x = min(count, max), y = ceil(count / max)) whose
 * surplus workgroups see a linear index ≥ count, so bodies must bounds-check.
 */
export function workgroupGrid(count: Dim, maxPerDim = MAX_WORKGROUPS_PER_DIM): { workgroups: [KExpr, KExpr, KExpr]; linear: KExpr; exact: boolean } {
  const wid = (d: 0 | 1 | 2) => k.cast('i32', k.workgroupId(d));
  const c = constDim(count);
  if (c === undefined) {
    const n = dimExpr(count);
    return {
      workgroups: [k.min(n, maxPerDim), k.ceilDiv(n, maxPerDim), k.i32(1)],
      linear: k.add(wid(0), k.mul(wid(1), k.cast('i32', k.numWorkgroups(0)))),
      exact: false,
    };
  }
  if (c <= maxPerDim) return { workgroups: [k.i32(c), k.i32(1), k.i32(1)], linear: wid(0), exact: true };
  const z = Math.ceil(c / (maxPerDim * maxPerDim));
  const y = Math.ceil(c / (z * maxPerDim));
  const x = Math.ceil(c / (y * z));
  return {
    workgroups: [k.i32(x), k.i32(y), k.i32(z)],
    linear: k.add(wid(0), k.mul(k.add(wid(1), k.mul(wid(2), y)), x)),
    exact: x * y * z === c,
  };
}

/** Smallest power of two ≥ n (n ≥ 1). */
export function nextPow2(n: number): number {
  let p = 1;
  while (p < n) p *= 2;
  return p;
}
