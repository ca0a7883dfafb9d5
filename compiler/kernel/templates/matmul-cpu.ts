// CPU matmul: a register-blocked micro-kernel. C is computed in RB × CB
// blocks (default 4 × 8) whose accumulators live in locals — registers, once
// V8 has compiled the loop — while k walks the shared dimension: per k step
// it loads RB values of A and CB of B and does RB·CB multiply-adds, instead
// of one load-modify-store of an accumulator per multiply-add as in a plain
// i-k-j loop. The A row panel (RB × K) and B column panel (K × CB) stay in
// L1/L2 across neighbouring blocks. Edges (M % RB, N % CB) reuse the same
// micro-kernel with 1-row / 1-column blocks, so odd sizes need no padding.
//
// Strided operands are walked with pointer arithmetic hoisted out of the k
// loop (one base per panel, one `+ k·stride` per step); computed operands
// call their load callback per element.
//
// When both operands are strided and N is constant (the usual case), the
// product goes through the `gemm` intrinsic instead (a WebAssembly SIMD
// micro-kernel in the JS target, see compiler/render/wasm-gemm.ts): per
// batch, C stays in the target's gemm memory as a view (row stride N rounded
// up to GEMM_VIEW_ALIGN), in bands of rows when it would exceed
// GEMM_SCRATCH_FLOATS, and the epilogue runs as plain loops reading the view.
// Multi-level operands (index classes whose axes do not merge into one
// stride) go to the intrinsic as levels; the register-blocked loops address
// them with an index expression per element. `cpuGemm: false` keeps the
// register-blocked IR loops.
import { k } from '../build.ts';
import type { BufferParam, GemmStride, KExpr, KStmt, KVar } from '../ir.ts';
import { GEMM_VIEW_ALIGN, walkExpr } from '../ir.ts';
import type { Names } from '../names.ts';
import type { MatrixOperand, Stride } from './common.ts';
import { constDim, dimExpr, isLevels, operandLoad, strideOffset } from './common.ts';
import type { MatmulOptions } from './matmul.ts';

/** A panel of adjacent lines (rows of A, or columns of B) walked along k. */
interface Panel {
  /** Statements before the k loop. */
  readonly hoist: readonly KStmt[];
  /** Statements at the top of each k step, and element `line` of the panel at that k. */
  step(kk: KExpr): { stmts: readonly KStmt[]; at(line: number): KExpr };
}

interface PanelNames {
  readonly base: KVar;
  readonly cursor: KVar;
}

/**
 * `lineAxis` says which index selects the panel's lines: 'row' for A (lines
 * are rows i, k runs along columns), 'col' for B (lines are columns j, k runs
 * along rows).
 */
function panel(op: MatrixOperand, lineAxis: 'row' | 'col', first: KExpr, batch: KExpr, v: PanelNames): Panel {
  const lineS = op.kind === 'strided' ? (lineAxis === 'row' ? op.rowStride : op.colStride) : 0;
  const kS = op.kind === 'strided' ? (lineAxis === 'row' ? op.colStride : op.rowStride) : 0;
  // Multi-level lines or k: no pointer to bump, an index expression per element.
  if (op.kind === 'computed' || isLevels(lineS) || isLevels(kS)) {
    const load = operandLoad(op);
    return {
      hoist: [],
      step: (kk) => ({
        stmts: [],
        at: (line) => (lineAxis === 'row' ? load(k.add(first, line), kk, batch) : load(kk, k.add(first, line), batch)),
      }),
    };
  }
  const lineStride = dimExpr(lineS);
  const kStride = dimExpr(kS);
  const base = k.add(k.add(dimExpr(op.offset ?? 0), strideOffset(batch, op.batchStride ?? 0)), k.mul(first, lineStride));
  return {
    hoist: [k.let(v.base, base)],
    step: (kk) => ({
      stmts: [k.let(v.cursor, k.add(v.base, k.mul(kk, kStride)))],
      at: (line) => k.load(op.buffer, k.add(v.cursor, k.mul(line, lineStride))),
    }),
  };
}

/** Largest C (floats) one gemm call produces: 4 MiB of the target's gemm memory; taller products run in row bands. */
export const GEMM_SCRATCH_FLOATS = 1 << 20;

export function cpuMatmulBody(opts: MatmulOptions, names: Names): KStmt[] {
  if (opts.cpuGemm !== false) {
    const body = gemmBody(opts, names);
    if (body) return body;
  }
  return blockedBody(opts, names);
}

/** A gemm operand at a batch: a buffer, the batch's offset, and the row / column strides (one, or levels). */
interface GemmView {
  readonly buffer: Pick<BufferParam, 'name' | 'dtype'>;
  readonly offset: KExpr;
  readonly rowStride: GemmStride;
  readonly colStride: GemmStride;
}

const gemmStride = (s: Stride): GemmStride => (isLevels(s) ? s : dimExpr(s));

/**
 * `op` as a strided view at `batch`. A computed operand qualifies when its
 * load is a plain f32 buffer load whose index is affine in the row and the
 * column with constant coefficients (e.g. batch axes that do not merge into
 * one stride: the batch part of the index may be anything).
 */
function gemmView(op: MatrixOperand, batch: KExpr): GemmView | undefined {
  if (op.kind === 'strided') {
    if (op.buffer.dtype !== 'f32') return undefined;
    return {
      buffer: op.buffer,
      offset: k.add(dimExpr(op.offset ?? 0), strideOffset(batch, op.batchStride ?? 0)),
      rowStride: gemmStride(op.rowStride),
      colStride: gemmStride(op.colStride),
    };
  }
  const row: KVar = { kind: 'var', type: 'i32', name: 'loom_probe_row' };
  const col: KVar = { kind: 'var', type: 'i32', name: 'loom_probe_col' };
  const e = op.load(row, col, batch);
  if (e.kind !== 'load' || e.type !== 'f32') return undefined;
  const rs = affineCoefficient(e.index, row.name);
  const cs = affineCoefficient(e.index, col.name);
  if (rs === undefined || cs === undefined) return undefined;
  const at = op.load(k.i32(0), k.i32(0), batch);
  if (at.kind !== 'load' || at.buffer !== e.buffer) return undefined;
  return { buffer: { name: e.buffer, dtype: 'f32' }, offset: at.index, rowStride: k.i32(rs), colStride: k.i32(cs) };
}

/** c when `e` = c·v + (terms free of v) with a constant c; undefined otherwise. */
function affineCoefficient(e: KExpr, v: string): number | undefined {
  if (!mentions(e, v)) return 0;
  switch (e.kind) {
    case 'var': return e.name === v ? 1 : 0;
    case 'binary': {
      if (e.type !== 'i32') return undefined;
      const l = affineCoefficient(e.lhs, v);
      const r = affineCoefficient(e.rhs, v);
      if (l === undefined || r === undefined) return undefined;
      if (e.op === 'add') return l + r;
      if (e.op === 'sub') return l - r;
      if (e.op === 'mul') {
        if (e.lhs.kind === 'const' && r !== 0) return e.lhs.value * r;
        if (e.rhs.kind === 'const' && l !== 0) return e.rhs.value * l;
      }
      return undefined;
    }
    default: return undefined;
  }
}

function mentions(e: KExpr, v: string): boolean {
  let found = false;
  walkExpr(e, (x) => { if (x.kind === 'var' && x.name === v) found = true; });
  return found;
}

/**
 * The product through the `gemm` intrinsic, or undefined when it does not
 * apply (dynamic N, operands that are not strided views, a band that cannot
 * start on a whole outer digit of multi-level rows). C stays in the target's
 * gemm memory (a view, row stride N rounded up to GEMM_VIEW_ALIGN) and the
 * epilogue reads it from there: no scratch to zero, no copy.
 */
function gemmBody(opts: MatmulOptions, names: Names): KStmt[] | undefined {
  const nConst = constDim(opts.N);
  if (nConst === undefined) return undefined;
  const batchConst = constDim(opts.batch ?? 1);
  const probeBatch: KExpr = batchConst === 1 ? k.i32(0) : { kind: 'var', type: 'i32', name: 'loom_probe_batch' };
  const probeA = gemmView(opts.a, probeBatch);
  if (!probeA || !gemmView(opts.b, probeBatch)) return undefined;
  const mConst = constDim(opts.M);
  if (mConst === 0 || nConst === 0) return [];
  const i32 = (base: string) => names.variable(base, 'i32');
  const ldc = Math.ceil(nConst / GEMM_VIEW_ALIGN) * GEMM_VIEW_ALIGN;
  // Rows per band: all of M when it fits (and is constant), else as many as fit, a multiple of 4
  // and of A's inner row levels (a band then starts on a whole outer digit: same levels, shifted);
  // single-stride rows may fall back to fewer, down to one row per band.
  const inner = isLevels(probeA.rowStride) ? probeA.rowStride.slice(1).reduce((p, l) => p * l.size, 1) : 1;
  const unit = lcm(4, inner);
  const fit = Math.floor(GEMM_SCRATCH_FLOATS / ldc);
  const whole = mConst !== undefined && mConst <= fit;
  const bandRows = whole ? mConst : fit >= unit ? Math.floor(fit / unit) * unit : inner === 1 ? Math.max(1, fit) : 0;
  if (bandRows < 1) return undefined;
  const M = dimExpr(opts.M);
  const batchVar = i32('batch');
  const batch: KExpr = batchConst === 1 ? k.i32(0) : batchVar;
  const a = gemmView(opts.a, batch)!;
  const b = gemmView(opts.b, batch)!;
  const i0 = i32('i0');
  const banded = !whole;
  const first: KExpr = banded ? i0 : k.i32(0);
  const rows: KExpr = banded ? k.min(k.sub(M, i0), bandRows) : M;
  const rowsVar = i32('rows');
  const i = i32('i');
  const j = i32('j');
  const rowBase = i32('ci');
  const view = { name: names.fresh('c_tile'), type: 'f32' as const };
  const band: KStmt[] = [
    ...(banded ? [k.let(rowsVar, rows)] : []),
    k.gemm({
      out: view, ldc, M: banded ? rowsVar : rows, N: nConst, K: opts.K,
      a: { ...a, offset: k.add(a.offset, strideOffset(first, a.rowStride)) }, b,
    }),
    k.for(i, 0, banded ? rowsVar : rows, (iv) => [
      k.let(rowBase, k.mul(iv, ldc)),
      k.for(j, 0, nConst, (jv) => [...opts.epilogue(k.wgLoad(view, k.add(rowBase, jv)), k.add(first, iv), jv, batch)]),
    ]),
  ];
  const perBatch = banded ? [k.for(i0, 0, M, band, bandRows)] : band;
  return batchConst === 1 ? perBatch : [k.for(batchVar, 0, dimExpr(opts.batch ?? 1), perBatch)];
}

function lcm(x: number, y: number): number {
  const gcd = (p: number, q: number): number => (q === 0 ? p : gcd(q, p % q));
  return (x / gcd(x, y)) * y;
}

function blockedBody(opts: MatmulOptions, names: Names): KStmt[] {
  const [RB, CB] = opts.cpuBlock ?? [4, 8];
  if (!(RB >= 1 && CB >= 1 && RB * CB <= 64)) throw new Error(`cpuBlock ${RB}×${CB}: need 1 ≤ rows·cols ≤ 64`);
  const M = dimExpr(opts.M);
  const N = dimExpr(opts.N);
  const K = dimExpr(opts.K);
  const f32 = (base: string) => names.variable(base, 'f32');
  const i32 = (base: string) => names.variable(base, 'i32');
  // One set of names for every micro-kernel instance: instances sit in sibling scopes.
  const v = {
    kk: i32('k'),
    a: { base: i32('pa'), cursor: i32('qa') },
    b: { base: i32('pb'), cursor: i32('qb') },
    aVals: Array.from({ length: RB }, (_, r) => f32(`a${r}`)),
    bVals: Array.from({ length: CB }, (_, c) => f32(`b${c}`)),
    acc: Array.from({ length: RB }, (_, r) => Array.from({ length: CB }, (_, c) => f32(`c${r}_${c}`))),
  };

  const batchVar = i32('batch');
  const batchConst = constDim(opts.batch ?? 1);
  const batch: KExpr = batchConst === 1 ? k.i32(0) : batchVar;

  /** C[i0 .. i0+rows, j0 .. j0+cols] with accumulators in locals. */
  const micro = (i0: KExpr, rows: number, j0: KExpr, cols: number): KStmt[] => {
    const pa = panel(opts.a, 'row', i0, batch, v.a);
    const pb = panel(opts.b, 'col', j0, batch, v.b);
    const sa = pa.step(v.kk);
    const sb = pb.step(v.kk);
    const kBody: KStmt[] = [...sa.stmts, ...sb.stmts];
    for (let c = 0; c < cols; c++) kBody.push(k.let(v.bVals[c]!, sb.at(c)));
    for (let r = 0; r < rows; r++) {
      kBody.push(k.let(v.aVals[r]!, sa.at(r)));
      for (let c = 0; c < cols; c++) {
        const acc = v.acc[r]![c]!;
        kBody.push(k.assign(acc, k.add(acc, k.mul(v.aVals[r]!, v.bVals[c]!))));
      }
    }
    const out: KStmt[] = [...pa.hoist, ...pb.hoist];
    for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) out.push(k.let(v.acc[r]![c]!, k.f32(0)));
    out.push(k.for(v.kk, 0, K, kBody));
    for (let r = 0; r < rows; r++) {
      for (let c = 0; c < cols; c++) out.push(...opts.epilogue(v.acc[r]![c]!, k.add(i0, r), k.add(j0, c), batch));
    }
    return out;
  };

  const mMain = k.sub(M, k.mod(M, RB));
  const nMain = k.sub(N, k.mod(N, CB));
  const i0 = i32('i0');
  const j0 = i32('j0');
  const i = i32('i');
  const j = i32('j');
  /** One row band: full column blocks, then the leftover columns one at a time. */
  const band = (row: KExpr, rows: number): KStmt[] => [
    ...loop(j0, k.i32(0), nMain, CB, () => micro(row, rows, j0, CB)),
    ...loop(j, nMain, N, 1, () => micro(row, rows, j, 1)),
  ];
  const perBatch = [
    ...loop(i0, k.i32(0), mMain, RB, () => band(i0, RB)),
    ...loop(i, mMain, M, 1, () => band(i, 1)),
  ];
  return batchConst === 1 ? perBatch : [k.for(batchVar, 0, dimExpr(opts.batch ?? 1), perBatch)];
}

/** A loop, or nothing when constant bounds show it would not run. */
function loop(v: KVar, start: KExpr, end: KExpr, step: number, body: () => KStmt[]): KStmt[] {
  if (start.kind === 'const' && end.kind === 'const' && start.value >= end.value) return [];
  return [k.for(v, start, end, body(), step)];
}
