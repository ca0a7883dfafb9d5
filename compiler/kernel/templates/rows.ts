// Row kernels: reductions along the last axis of a [rows, cols] view, in one
// kernel that can make several passes over each row (softmax: max, then sum
// of exp(x − max), then a normalised write; layernorm: mean, then variance,
// then the affine map). Reducing other axes is a matter of the `values`
// callback's addressing (see reductionLayout).
//
//  serial: a loop over rows; per pass, one loop over the row into local
//          accumulators (one per reduction: multiple outputs), ROW_LANES of
//          them per reduction taking turns by column, so a sum is not one
//          chain of dependent additions.
//          With `innerRows` (rows that lie side by side in memory, the
//          reduced axes outside them: a column sum), the loops are tiled
//          instead: per block of neighbouring rows, every pass walks the
//          columns and, for each, the block's rows, accumulating into
//          kernel-local arrays, so memory is read in order rather than
//          with a stride of a whole row per element. f32 sums there are
//          compensated (see tiledRows).
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
  /** In a tiled serial launch (`innerRows`): row = outer·innerRows + inner, as its two parts. */
  readonly rowParts?: { readonly outer: KExpr; readonly inner: KExpr };
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
  /**
   * Serial launches: rows form [rows / innerRows, innerRows] and rows that
   * differ only in the inner part are innerRows-strided neighbours in memory
   * (each column of a row is innerRows apart). The loops are then tiled so
   * memory is walked in order (see the header); the callbacks get `rowParts`.
   * Grid launches ignore it (one workgroup per row either way).
   */
  readonly innerRows?: number;
  /** Kernel-local arrays the callbacks use (serial launches only: per-row scratch). */
  readonly scratch?: readonly WorkgroupArray[];
}

/** Accumulator elements (all reductions of a tiled kernel together) that one block of rows keeps: 16 KiB of f32, in L1. */
export const TILE_ACCUMULATORS = 4096;
/** Accumulators per reduction in a serial row loop (a power of two), each taking every ROW_LANES-th column. */
export const ROW_LANES = 4;
/** Most reductions in a pass that still gets ROW_LANES accumulators each. */
export const LANE_REDUCTIONS = 8;
/** Columns a tiled pass takes at a time (each accumulator is read and written once per group). */
export const TILE_UNROLL = 4;
/** Columns an f32 sum of a tiled pass adds into its partial before folding it into the compensated total. */
export const TILE_CHUNK = 64;

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
  const scratch = opts.scratch ?? [];
  if (opts.launch === 'serial') {
    const tiled = opts.innerRows !== undefined && opts.innerRows > 1 && typeof opts.rows === 'number';
    return k.kernel({ ...common, launch: k.serial(), body: [...scratch, ...(tiled ? tiledRows(opts, names, opts.innerRows!) : serialRows(opts, names))] });
  }
  if (scratch.length > 0) throw new Error(`rowKernel ${sig.name}: scratch arrays are for serial launches`);
  const { launch, body } = gridRows(opts, names);
  return k.kernel({ ...common, launch, body });
}

function serialRows(opts: RowKernelOptions, names: Names): KStmt[] {
  const row = names.variable('row', 'i32');
  const results: KExpr[] = [];
  const perRow: KStmt[] = [];
  const cols = constDim(opts.cols);
  opts.passes.forEach((pass, p) => {
    // ROW_LANES columns per step into as many accumulators, combined after the row: a sum is then not
    // one chain of dependent additions. Rows too short to gain, and passes with more accumulators
    // than registers hold, run one column at a time.
    const lanes = cols !== undefined && cols >= 2 * ROW_LANES && pass.reductions.length <= LANE_REDUCTIONS ? ROW_LANES : 1;
    const stepped = cols === undefined ? 0 : cols - (cols % lanes);
    const accs = pass.reductions.map((r, j) => names.variable(`acc${p}_${j}`, r.type ?? 'f32'));
    const laneAccs = lanes === 1 ? [accs] : Array.from({ length: lanes }, (_, u) => accs.map((a) => names.variable(`${a.name}_${u}`, a.type)));
    /** Accumulates columns col + 0 … col + n − 1, column col + u into lane u. */
    const step = (col: KVar, n: number): KStmt[] => {
      const evs = Array.from({ length: n }, (_, u) => pass.values({ row, col: u === 0 ? col : k.add(col, u), results: [...results], names }));
      return [
        ...evs.flatMap((ev) => ev.stmts ?? []),
        ...evs.flatMap((ev, u) => laneAccs[u]!.map((a, j) => k.assign(a, combine(pass.reductions[j]!.op, a, ev.values[j]!)))),
      ];
    };
    perRow.push(...laneAccs.flatMap((lane) => lane.map((a, j) => k.let(a, identity(pass.reductions[j]!)))));
    const col = names.variable('col', 'i32');
    if (lanes === 1) perRow.push(k.for(col, 0, dimExpr(opts.cols), step(col, 1)));
    else {
      perRow.push(k.for(col, 0, stepped, step(col, lanes), lanes));
      if (stepped < cols!) {
        const rest = names.variable('col', 'i32');
        perRow.push(k.for(rest, stepped, cols!, step(rest, 1)));
      }
      // Lanes pairwise: (0 + 1) + (2 + 3).
      perRow.push(...accs.map((a, j) => {
        let level = laneAccs.map((lane) => lane[j]! as KExpr);
        while (level.length > 1) level = Array.from({ length: level.length / 2 }, (_, i) => combine(pass.reductions[j]!.op, level[2 * i]!, level[2 * i + 1]!));
        return k.let(a, level[0]!);
      }));
    }
    results.push(...accs);
  });
  if (opts.map) {
    const col = names.variable('col', 'i32');
    perRow.push(k.for(col, 0, dimExpr(opts.cols), opts.map({ row, col, results, names })));
  }
  if (opts.rowEpilogue) perRow.push(...opts.rowEpilogue({ row, results, names }));
  return [k.for(row, 0, dimExpr(opts.rows), perRow)];
}

/**
 * Serial loops over [outer, innerRows] rows whose inner neighbours are
 * neighbours in memory: per block of at most `block` inner rows, each pass
 * runs col → row with one accumulator array per reduction (indexed by the
 * row within the block), TILE_UNROLL columns per accumulator update, then
 * the map (col → row) and the epilogue (row).
 */
function tiledRows(opts: RowKernelOptions, names: Names, innerRows: number): KStmt[] {
  const rows = opts.rows as number;
  if (rows % innerRows !== 0) throw new Error(`rowKernel ${opts.signature.name}: ${rows} rows are not a multiple of innerRows ${innerRows}`);
  const accumulators = Math.max(1, opts.passes.reduce((n, p) => n + p.reductions.length, 0));
  const block = Math.min(innerRows, Math.max(16, Math.floor(TILE_ACCUMULATORS / accumulators)));
  const blocked = block < innerRows;
  // Accumulators live in f32 arrays. An f32 sum adds TILE_CHUNK columns at a time into a partial
  // array, then the partial into a compensated (Kahan) total whose rounding error a third array
  // carries: about as accurate as the plain loop's register sum, at one plain update per element.
  const accs: TiledAccumulator[][] = opts.passes.map((pass, p) => pass.reductions.map((r, j) => {
    const type = r.type ?? 'f32';
    const value = k.workgroupArray(names.fresh(`acc${p}_${j}`), type, block);
    if (r.op !== 'sum' || type !== 'f32') return { reduction: r, value };
    const array = (base: string) => k.workgroupArray(names.fresh(`${base}${p}_${j}`), 'f32', block);
    return { reduction: r, value, error: array('err'), part: array('part') };
  }));
  const outerRows = rows / innerRows;
  const outerVar = outerRows > 1 ? names.variable('outer', 'i32') : undefined;
  const outer = outerVar ?? k.i32(0);
  const start = blocked ? names.variable('first', 'i32') : undefined;
  // Rows of this block: [start, start + count); `local` indexes the accumulators.
  const count = blocked ? k.min(block, k.sub(innerRows, start!)) : k.i32(innerRows);
  const overRows = (base: string, body: (ctx: RowContext, local: KExpr) => readonly KStmt[]): KStmt => {
    const local = names.variable(base, 'i32');
    const inner = start ? k.add(start, local) : local;
    const row = k.add(k.mul(outer, innerRows), inner);
    const results = accs.flat().map((a) => (a.error ? k.sub(k.wgLoad(a.value, local), k.wgLoad(a.error, local)) : k.wgLoad(a.value, local)));
    return k.for(local, 0, count, body({ row, rowParts: { outer, inner }, results, names }, local));
  };
  const perBlock: KStmt[] = [];
  const cols = constDim(opts.cols);
  // Columns TILE_UNROLL at a time: one accumulator update per row for that many elements.
  const unrolled = cols === undefined ? 0 : cols - (cols % TILE_UNROLL);
  opts.passes.forEach((pass, p) => {
    const earlier = accs.slice(0, p).flat().length;
    /** Accumulates the elements at columns col + 0 … col + n − 1 of every row of the block. */
    const step = (col: KVar, n: number) => overRows('r', (ctx, local) => {
      const evs = Array.from({ length: n }, (_, u) => pass.values({ ...ctx, col: u === 0 ? col : k.add(col, u), results: ctx.results.slice(0, earlier) }));
      return [
        ...evs.flatMap((ev) => ev.stmts ?? []),
        ...accs[p]!.flatMap((a, j) => {
          const values = evs.map((ev) => ev.values[j]!);
          // The group in column order, then into the accumulator.
          while (values.length > 1) values.splice(0, 2, combine(a.reduction.op, values[0]!, values[1]!));
          const into = a.part ?? a.value;
          return [k.wgStore(into, local, combine(a.reduction.op, k.wgLoad(into, local), values[0]!))];
        }),
      ];
    });
    const sums = accs[p]!.filter((a) => a.part);
    // The partial sums into their compensated totals, emptied for the next chunk.
    const fold = (): KStmt[] => (sums.length === 0 ? [] : [overRows('r', (_, local) => sums.flatMap((a) => [
      ...compensatedAdd(a, local, k.wgLoad(a.part!, local), names),
      k.wgStore(a.part!, local, k.f32(0)),
    ]))]);
    perBlock.push(overRows('r', (_, local) => accs[p]!.flatMap((a) => [
      k.wgStore(a.value, local, identity(a.reduction)),
      ...(a.error ? [k.wgStore(a.error, local, k.f32(0)), k.wgStore(a.part!, local, k.f32(0))] : []),
    ])));
    if (unrolled > 0) {
      const col = names.variable('col', 'i32');
      if (sums.length === 0 || unrolled <= TILE_CHUNK) perBlock.push(k.for(col, 0, unrolled, [step(col, TILE_UNROLL)], TILE_UNROLL), ...fold());
      else {
        const chunk = names.variable('chunk', 'i32');
        perBlock.push(k.for(chunk, 0, unrolled, [
          k.for(col, chunk, k.min(k.add(chunk, TILE_CHUNK), unrolled), [step(col, TILE_UNROLL)], TILE_UNROLL),
          ...fold(),
        ], TILE_CHUNK));
      }
    }
    if (cols === undefined || unrolled < cols) {
      const rest = names.variable('col', 'i32');
      perBlock.push(k.for(rest, unrolled, dimExpr(opts.cols), [step(rest, 1)]), ...fold());
    }
  });
  if (opts.map) {
    const map = opts.map;
    const col = names.variable('col', 'i32');
    perBlock.push(k.for(col, 0, dimExpr(opts.cols), [overRows('r', (ctx) => map({ ...ctx, col }))]));
  }
  if (opts.rowEpilogue) perBlock.push(overRows('r', opts.rowEpilogue));
  const blocks = start ? [k.for(start, 0, innerRows, perBlock, block)] : perBlock;
  const arrays = accs.flat().flatMap((a) => [a.value, ...(a.error ? [a.error] : []), ...(a.part ? [a.part] : [])]);
  return [...arrays, ...(outerVar ? [k.for(outerVar, 0, outerRows, blocks)] : blocks)];
}

/** A tiled reduction's accumulator array; for an f32 sum also its running rounding error and the current chunk's partial sum. */
interface TiledAccumulator {
  readonly reduction: Reduction;
  readonly value: WorkgroupArray;
  readonly error?: WorkgroupArray;
  readonly part?: WorkgroupArray;
}

/** Adds `v` into an f32 sum's total at `local`, compensated (Kahan) through its error array. */
function compensatedAdd(a: TiledAccumulator, local: KExpr, v: KExpr, names: Names): KStmt[] {
  if (!a.error) throw new Error('compensatedAdd: the accumulator keeps no error array');
  const before = names.variable('before', 'f32');
  const y = names.variable('y', 'f32');
  return [
    k.let(before, k.wgLoad(a.value, local)),
    k.let(y, k.sub(v, k.wgLoad(a.error, local))),
    k.wgStore(a.value, local, k.add(before, y)),
    // What the stored sum lost of y (exact: the difference of two nearby floats).
    k.wgStore(a.error, local, k.sub(k.sub(k.wgLoad(a.value, local), before), y)),
  ];
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
