// Row kernels: reductions along the last axis of a [rows, cols] view, in one
// kernel that can make several passes over each row (softmax: max, then sum
// of exp(x − max), then a normalised write; layernorm: mean, then variance,
// then the affine map). Reducing other axes is a matter of the `values`
// callback's addressing (see reductionLayout).
//
//  serial: a loop over rows; per pass, one loop over the row into local
//          accumulators (one per reduction: multiple outputs).
//  grid:   one workgroup per row (2-D grid past 65,535 rows). Each invocation
//          accumulates a strided slice of the row, then a tree reduction in
//          workgroup memory combines the partials; every invocation reads the
//          results, so later passes and the final map run in parallel.
//          Workgroup size is a power of two ≤ 256, shrunk so the partial
//          arrays fit in the target's workgroup memory (WebGPU: 16 KiB).
import { k } from '../build.ts';
import type { KExpr, KStmt, KStorageType, KVar, Kernel, WorkgroupArray } from '../ir.ts';
import type { Names } from '../names.ts';
import type { Dim, GridLimits, KernelSignature, LaunchKind } from './common.ts';
import { DEFAULT_GRID_LIMITS, MAX_WORKGROUP_BYTES, constDim, dimExpr, namesFor, nextPow2, workgroupGrid } from './common.ts';

export type RowReduceOp = 'sum' | 'max' | 'min';

export interface Reduction {
  readonly op: RowReduceOp;
  /** Accumulator type; default f32. */
  readonly type?: KStorageType;
}

export interface RowContext {
  readonly row: KExpr;
  /** Results of the earlier passes' reductions, in order (all passes for map / rowEpilogue). */
  readonly results: readonly KExpr[];
  readonly names: Names;
}

export interface ElementValues {
  /** Statements evaluated first (e.g. a shared load bound to a let). */
  readonly stmts?: readonly KStmt[];
  /** One value per reduction of the pass. */
  readonly values: readonly KExpr[];
}

export interface RowPass {
  readonly reductions: readonly Reduction[];
  readonly values: (ctx: RowContext & { readonly col: KExpr }) => ElementValues;
}

export interface RowKernelOptions {
  readonly signature: KernelSignature;
  readonly launch: LaunchKind;
  readonly rows: Dim;
  readonly cols: Dim;
  readonly passes: readonly RowPass[];
  /** After all passes, once per element of the row (e.g. softmax's normalised write). */
  readonly map?: (ctx: RowContext & { readonly col: KExpr }) => readonly KStmt[];
  /** After all passes, once per row (e.g. writing the reductions themselves). */
  readonly rowEpilogue?: (ctx: RowContext) => readonly KStmt[];
  /** Largest workgroup size for grid launches (power of two); default 256. */
  readonly maxWorkgroupSize?: number;
  /** The target's grid limits (default: WebGPU's): workgroups per dimension, workgroup memory for the partials. */
  readonly limits?: GridLimits;
  readonly names?: Names;
}

const IDENTITY: Record<RowReduceOp, Record<KStorageType, number>> = {
  sum: { f32: 0, i32: 0, u32: 0 },
  max: { f32: -Infinity, i32: -2147483648, u32: 0 },
  min: { f32: Infinity, i32: 2147483647, u32: 4294967295 },
};

function combine(op: RowReduceOp, a: KExpr, b: KExpr): KExpr {
  return op === 'sum' ? k.add(a, b) : op === 'max' ? k.max(a, b) : k.min(a, b);
}

function identity(r: Reduction): KExpr {
  const type = r.type ?? 'f32';
  return k.const(type, IDENTITY[r.op][type]);
}

export function rowKernel(opts: RowKernelOptions): Kernel {
  const names = namesFor(opts.signature, opts.names);
  const sig = opts.signature;
  const common = { name: sig.name, buffers: sig.buffers, uniforms: sig.uniforms ?? [], ...(sig.loc ? { loc: sig.loc } : {}) };
  if (opts.launch === 'serial') return k.kernel({ ...common, launch: k.serial(), body: serialRows(opts, names) });
  const { launch, body } = gridRows(opts, names);
  return k.kernel({ ...common, launch, body });
}

function serialRows(opts: RowKernelOptions, names: Names): KStmt[] {
  const row = names.variable('row', 'i32');
  const results: KExpr[] = [];
  const perRow: KStmt[] = [];
  opts.passes.forEach((pass, p) => {
    const accs = pass.reductions.map((r, j) => names.variable(`acc${p}_${j}`, r.type ?? 'f32'));
    const col = names.variable('col', 'i32');
    const ev = pass.values({ row, col, results: [...results], names });
    perRow.push(
      ...accs.map((a, j) => k.let(a, identity(pass.reductions[j]!))),
      k.for(col, 0, dimExpr(opts.cols), [
        ...(ev.stmts ?? []),
        ...accs.map((a, j) => k.assign(a, combine(pass.reductions[j]!.op, a, ev.values[j]!))),
      ]),
    );
    results.push(...accs);
  });
  if (opts.map) {
    const col = names.variable('col', 'i32');
    perRow.push(k.for(col, 0, dimExpr(opts.cols), opts.map({ row, col, results, names })));
  }
  if (opts.rowEpilogue) perRow.push(...opts.rowEpilogue({ row, results, names }));
  return [k.for(row, 0, dimExpr(opts.rows), perRow)];
}

/** Power-of-two invocations per row: enough for the row, within `max` and the workgroup-memory budget for the partials. */
export function rowWorkgroupSize(cols: Dim, reductionsPerPass: number, max = 256, workgroupBytes = MAX_WORKGROUP_BYTES): number {
  const byMemory = 2 ** Math.floor(Math.log2(workgroupBytes / (4 * Math.max(1, reductionsPerPass))));
  const c = constDim(cols);
  const byCols = c === undefined ? max : nextPow2(Math.max(1, c));
  const size = Math.min(max, byMemory, byCols);
  if (size < 1) throw new Error(`${reductionsPerPass} reductions per pass do not fit in workgroup memory`);
  return size;
}

function gridRows(opts: RowKernelOptions, names: Names) {
  const widest = Math.max(1, ...opts.passes.map((p) => p.reductions.length));
  const limits = opts.limits ?? DEFAULT_GRID_LIMITS;
  const size = rowWorkgroupSize(opts.cols, widest, opts.maxWorkgroupSize ?? 256, limits.maxWorkgroupMemoryBytes);
  const grid = workgroupGrid(opts.rows, limits.maxWorkgroupsPerDimension);
  const partials: WorkgroupArray[][] = [];
  const arrayFor = (j: number, type: KStorageType): WorkgroupArray => {
    // One partial array per (reduction slot, type), shared by the passes.
    partials[j] ??= [];
    let arr = partials[j]!.find((a) => a.type === type);
    if (!arr) {
      arr = k.workgroupArray(names.fresh(`partial${j}${type === 'f32' ? '' : `_${type}`}`), type, size);
      partials[j]!.push(arr);
    }
    return arr;
  };

  const row = names.variable('row', 'i32');
  const lid = names.variable('lid', 'i32');
  const results: KExpr[] = [];
  const perRow: KStmt[] = [k.let(lid, k.cast('i32', k.localId(0)))];
  opts.passes.forEach((pass, p) => {
    const arrays = pass.reductions.map((r, j) => arrayFor(j, r.type ?? 'f32'));
    const accs = pass.reductions.map((r, j) => names.variable(`acc${p}_${j}`, r.type ?? 'f32'));
    const col = names.variable('col', 'i32');
    const ev = pass.values({ row, col, results: [...results], names });
    perRow.push(
      ...accs.map((a, j) => k.let(a, identity(pass.reductions[j]!))),
      k.for(col, lid, dimExpr(opts.cols), [
        ...(ev.stmts ?? []),
        ...accs.map((a, j) => k.assign(a, combine(pass.reductions[j]!.op, a, ev.values[j]!))),
      ], size),
      ...accs.map((a, j) => k.wgStore(arrays[j]!, lid, a)),
      k.barrier(),
      ...treeReduce(pass.reductions.map((r) => r.op), arrays, lid, size),
    );
    const res = pass.reductions.map((r, j) => names.variable(`r${p}_${j}`, r.type ?? 'f32'));
    perRow.push(...res.map((v, j) => k.let(v, k.wgLoad(arrays[j]!, 0))));
    // The next pass overwrites the partials: everyone must have read them first.
    if (p < opts.passes.length - 1) perRow.push(k.barrier());
    results.push(...res);
  });
  if (opts.map) {
    const col = names.variable('col', 'i32');
    perRow.push(k.for(col, lid, dimExpr(opts.cols), opts.map({ row, col, results, names }), size));
  }
  if (opts.rowEpilogue) perRow.push(k.if(k.eq(lid, 0), opts.rowEpilogue({ row, results, names })));
  const rowsConst = constDim(opts.rows);
  // The row index depends only on workgroup_id, so this `if` is uniform and may contain barriers.
  const guarded = grid.exact && rowsConst !== undefined ? perRow : [k.if(k.lt(row, dimExpr(opts.rows)), perRow)];
  const body: KStmt[] = [...partials.flat(), k.let(row, grid.linear), ...guarded];
  return { launch: k.grid([size, 1, 1], grid.workgroups), body };
}

/** Halves the active invocations each step until partial[0] holds the row's result. */
function treeReduce(ops: readonly RowReduceOp[], arrays: readonly WorkgroupArray[], lid: KVar, size: number): KStmt[] {
  const out: KStmt[] = [];
  for (let s = size / 2; s >= 1; s /= 2) {
    out.push(
      k.if(k.lt(lid, s), arrays.map((arr, j) =>
        k.wgStore(arr, lid, combine(ops[j]!, k.wgLoad(arr, lid), k.wgLoad(arr, k.add(lid, s)))))),
      k.barrier(),
    );
  }
  return out;
}

// ---- the common shapes, as thin wrappers ----

export interface RowReduceOptions {
  readonly signature: KernelSignature;
  readonly launch: LaunchKind;
  readonly rows: Dim;
  readonly cols: Dim;
  readonly reductions: readonly Reduction[];
  readonly values: RowPass['values'];
  /** Writes the row's results (one per reduction). */
  readonly epilogue: (ctx: RowContext) => readonly KStmt[];
  readonly maxWorkgroupSize?: number;
  readonly names?: Names;
}

/** One reduction pass with several outputs (e.g. sum and max of a row). */
export function rowReduceKernel(opts: RowReduceOptions): Kernel {
  const { reductions, values, epilogue, ...rest } = opts;
  return rowKernel({ ...rest, passes: [{ reductions, values }], rowEpilogue: epilogue });
}

export interface SoftmaxOptions {
  readonly signature: KernelSignature;
  readonly launch: LaunchKind;
  readonly rows: Dim;
  readonly cols: Dim;
  /** The logit at (row, col): a load, or a fused producer. */
  readonly load: (row: KExpr, col: KExpr) => KExpr;
  /** Consumes the probability at (row, col): a store, or a fused consumer. */
  readonly store: (value: KExpr, row: KExpr, col: KExpr) => readonly KStmt[];
  readonly maxWorkgroupSize?: number;
  readonly names?: Names;
}

/** Numerically stable softmax over each row: max, then Σ exp(x − max), then exp(x − max) / Σ. */
export function softmaxKernel(opts: SoftmaxOptions): Kernel {
  const { load, store, ...rest } = opts;
  return rowKernel({
    ...rest,
    passes: [
      { reductions: [{ op: 'max' }], values: ({ row, col }) => ({ values: [load(row, col)] }) },
      { reductions: [{ op: 'sum' }], values: ({ row, col, results }) => ({ values: [k.exp(k.sub(load(row, col), results[0]!))] }) },
    ],
    map: ({ row, col, results }) => store(k.div(k.exp(k.sub(load(row, col), results[0]!)), results[1]!), row, col),
  });
}
