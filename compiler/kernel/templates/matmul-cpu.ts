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
import { k } from '../build.ts';
import type { KExpr, KStmt, KVar } from '../ir.ts';
import type { Names } from '../names.ts';
import type { MatrixOperand } from './common.ts';
import { constDim, dimExpr, stridedIndex } from './common.ts';
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
  if (op.kind === 'computed') {
    return {
      hoist: [],
      step: (kk) => ({
        stmts: [],
        at: (line) => (lineAxis === 'row' ? op.load(k.add(first, line), kk, batch) : op.load(kk, k.add(first, line), batch)),
      }),
    };
  }
  const lineStride = dimExpr(lineAxis === 'row' ? op.rowStride : op.colStride);
  const kStride = dimExpr(lineAxis === 'row' ? op.colStride : op.rowStride);
  const base = stridedIndex([batch, first], [op.batchStride ?? 0, lineStride], op.offset ?? 0);
  return {
    hoist: [k.let(v.base, base)],
    step: (kk) => ({
      stmts: [k.let(v.cursor, k.add(v.base, k.mul(kk, kStride)))],
      at: (line) => k.load(op.buffer, k.add(v.cursor, k.mul(line, lineStride))),
    }),
  };
}

export function cpuMatmulBody(opts: MatmulOptions, names: Names): KStmt[] {
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
