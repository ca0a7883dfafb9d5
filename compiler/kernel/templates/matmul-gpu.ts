// GPU matmul: tiles of A and B staged in workgroup memory, batch in the z
// grid dimension, every global access bounds-checked so any M, N, K works.
//
//  16x16: 16×16 invocations, one C element each; per K step of 16, each
//         invocation stages one A and one B element (2 KiB of tiles).
//  64x64: 16×16 invocations, a 4×4 block of C each (rows ty + 16r, columns
//         tx + 16c, so neighbouring invocations touch neighbouring addresses);
//         per K step of 16, each invocation stages 4 A and 4 B elements into
//         k-major tiles (8 KiB) and does 16 multiply-adds per 8 tile reads.
import { k } from '../build.ts';
import type { KExpr, KStmt, KVar } from '../ir.ts';
import type { Names } from '../names.ts';
import { DEFAULT_GRID_LIMITS, constDim, dimExpr, operandLoad } from './common.ts';
import type { GpuMatmulTile, MatmulOptions } from './matmul.ts';

const BK = 16;

export function gpuMatmul(opts: MatmulOptions, names: Names) {
  const tile = opts.gpuTile ?? defaultTile(opts);
  const T = tile === '64x64' ? 64 : 16;
  const M = dimExpr(opts.M);
  const N = dimExpr(opts.N);
  const K = dimExpr(opts.K);
  // Batch is the z dimension; past the per-dimension limit, `split` batches share each z, told apart by y.
  const maxPerDim = (opts.limits ?? DEFAULT_GRID_LIMITS).maxWorkgroupsPerDimension;
  const batches = constDim(opts.batch ?? 1);
  const split = batches !== undefined && batches > maxPerDim ? Math.ceil(batches / maxPerDim) : 1;
  const mTiles = k.ceilDiv(M, T);
  const launch = split === 1
    ? k.grid([16, 16, 1], [k.ceilDiv(N, T), mTiles, dimExpr(opts.batch ?? 1)])
    : k.grid([16, 16, 1], [k.ceilDiv(N, T), k.mul(mTiles, split), k.i32(Math.ceil(batches! / split))]);
  const i32 = (base: string) => names.variable(base, 'i32');
  const tx = i32('tx');
  const ty = i32('ty');
  const batch = i32('batch');
  const row0 = i32('row0');
  const col0 = i32('col0');
  const t = i32('t');
  const wy = k.cast('i32', k.workgroupId(1));
  const setup: KStmt[] = [
    k.let(tx, k.cast('i32', k.localId(0))),
    k.let(ty, k.cast('i32', k.localId(1))),
    k.let(batch, split === 1 ? k.cast('i32', k.workgroupId(2)) : k.add(k.mul(k.cast('i32', k.workgroupId(2)), split), k.idiv(wy, mTiles))),
    k.let(row0, k.mul(split === 1 ? wy : k.mod(wy, mTiles), T)),
    k.let(col0, k.mul(k.cast('i32', k.workgroupId(0)), T)),
  ];
  const ctx = { opts, names, M, N, K, tx, ty, batch, row0, col0, t };
  const body = tile === '64x64' ? blocked64(ctx) : simple16(ctx);
  // A split grid has surplus workgroups past the last batch (uniform per workgroup, so the barriers stay uniform).
  const stmts = split === 1 ? body.stmts : [k.if(k.lt(batch, batches!), body.stmts)];
  return { launch, body: [...body.decls, ...setup, ...stmts] };
}

/** 64×64 unless a constant dimension is too small to fill it or its 8 KiB of tiles do not fit the workgroup memory. */
function defaultTile(opts: MatmulOptions): GpuMatmulTile {
  const m = constDim(opts.M);
  const n = constDim(opts.N);
  const memory = (opts.limits ?? DEFAULT_GRID_LIMITS).maxWorkgroupMemoryBytes;
  return (m !== undefined && m < 64) || (n !== undefined && n < 64) || memory < 2 * 64 * BK * 4 ? '16x16' : '64x64';
}

interface MatmulContext {
  opts: MatmulOptions;
  names: Names;
  M: KExpr;
  N: KExpr;
  K: KExpr;
  tx: KVar;
  ty: KVar;
  batch: KVar;
  row0: KVar;
  col0: KVar;
  t: KVar;
}

/** `dst = inBounds ? value : 0`, as an if so out-of-range elements are never computed. */
function stageGuarded(inBounds: KExpr, store: (v: KExpr) => KStmt, value: () => KExpr): KStmt[] {
  return k.when(inBounds, [store(value())], [store(k.f32(0))]);
}

function simple16(c: MatmulContext) {
  const { names, tx, ty, batch, t } = c;
  const loadA = operandLoad(c.opts.a);
  const loadB = operandLoad(c.opts.b);
  const tileA = k.workgroupArray(names.fresh('tileA'), 'f32', 16 * BK);
  const tileB = k.workgroupArray(names.fresh('tileB'), 'f32', BK * 16);
  const row = names.variable('row', 'i32');
  const col = names.variable('col', 'i32');
  const acc = names.variable('acc', 'f32');
  const ka = names.variable('ka', 'i32');
  const kb = names.variable('kb', 'i32');
  const kk = names.variable('kk', 'i32');
  const stmts: KStmt[] = [
    k.let(row, k.add(c.row0, ty)),
    k.let(col, k.add(c.col0, tx)),
    k.let(acc, k.f32(0)),
    k.for(t, 0, k.ceilDiv(c.K, BK), [
      k.let(ka, k.add(k.mul(t, BK), tx)),
      k.let(kb, k.add(k.mul(t, BK), ty)),
      ...stageGuarded(k.and(k.lt(row, c.M), k.lt(ka, c.K)),
        (v) => k.wgStore(tileA, k.add(k.mul(ty, BK), tx), v), () => loadA(row, ka, batch)),
      ...stageGuarded(k.and(k.lt(kb, c.K), k.lt(col, c.N)),
        (v) => k.wgStore(tileB, k.add(k.mul(ty, 16), tx), v), () => loadB(kb, col, batch)),
      k.barrier(),
      k.for(kk, 0, BK, [
        k.assign(acc, k.add(acc, k.mul(k.wgLoad(tileA, k.add(k.mul(ty, BK), kk)), k.wgLoad(tileB, k.add(k.mul(kk, 16), tx))))),
      ]),
      k.barrier(),
    ]),
    k.if(k.and(k.lt(row, c.M), k.lt(col, c.N)), c.opts.epilogue(acc, row, col, batch)),
  ];
  return { decls: [tileA, tileB], stmts };
}

function blocked64(c: MatmulContext) {
  const { names, tx, ty, batch, t } = c;
  const loadA = operandLoad(c.opts.a);
  const loadB = operandLoad(c.opts.b);
  // k-major tiles: tileA[kk·64 + m], tileB[kk·64 + n].
  const tileA = k.workgroupArray(names.fresh('tileA'), 'f32', BK * 64);
  const tileB = k.workgroupArray(names.fresh('tileB'), 'f32', BK * 64);
  const f32 = (base: string) => names.variable(base, 'f32');
  const i32 = (base: string) => names.variable(base, 'i32');
  const acc = Array.from({ length: 4 }, (_, r) => Array.from({ length: 4 }, (_, cc) => f32(`acc${r}_${cc}`)));
  const aReg = Array.from({ length: 4 }, (_, r) => f32(`a${r}`));
  const bReg = Array.from({ length: 4 }, (_, cc) => f32(`b${cc}`));
  const tid = i32('tid');
  const kk = i32('kk');
  const kA = i32('kA');
  const bRow = i32('bRow');
  const bN = i32('bN');
  const bK = i32('bK');

  const staging: KStmt[] = [k.let(kA, k.add(k.mul(t, BK), tx))];
  for (let l = 0; l < 4; l++) {
    // A: invocation (tx, ty) stages rows ty + 16l at column kk = tx (coalesced along k).
    const m = k.add(ty, 16 * l);
    const gRow = k.add(c.row0, m);
    staging.push(...stageGuarded(k.and(k.lt(gRow, c.M), k.lt(kA, c.K)),
      (v) => k.wgStore(tileA, k.add(k.mul(tx, 64), m), v), () => loadA(gRow, kA, batch)));
  }
  // B: element e = tid + 256l of the 16×64 tile is (kk = e / 64, n = e % 64) = (bRow + 4l, bN).
  staging.push(k.let(bK, k.add(k.mul(t, BK), bRow)));
  const gCol = k.add(c.col0, bN);
  for (let l = 0; l < 4; l++) {
    const gk = k.add(bK, 4 * l);
    staging.push(...stageGuarded(k.and(k.lt(gk, c.K), k.lt(gCol, c.N)),
      (v) => k.wgStore(tileB, k.add(k.mul(k.add(bRow, 4 * l), 64), bN), v), () => loadB(gk, gCol, batch)));
  }

  const inner: KStmt[] = [];
  for (let r = 0; r < 4; r++) inner.push(k.let(aReg[r]!, k.wgLoad(tileA, k.add(k.add(k.mul(kk, 64), ty), 16 * r))));
  for (let cc = 0; cc < 4; cc++) inner.push(k.let(bReg[cc]!, k.wgLoad(tileB, k.add(k.add(k.mul(kk, 64), tx), 16 * cc))));
  for (let r = 0; r < 4; r++) {
    for (let cc = 0; cc < 4; cc++) inner.push(k.assign(acc[r]![cc]!, k.add(acc[r]![cc]!, k.mul(aReg[r]!, bReg[cc]!))));
  }

  const epilogue: KStmt[] = [];
  for (let r = 0; r < 4; r++) {
    for (let cc = 0; cc < 4; cc++) {
      const row = k.add(k.add(c.row0, ty), 16 * r);
      const col = k.add(k.add(c.col0, tx), 16 * cc);
      epilogue.push(k.if(k.and(k.lt(row, c.M), k.lt(col, c.N)), c.opts.epilogue(acc[r]![cc]!, row, col, batch)));
    }
  }

  const stmts: KStmt[] = [
    k.let(tid, k.add(k.mul(ty, 16), tx)),
    k.let(bRow, k.idiv(tid, 64)),
    k.let(bN, k.mod(tid, 64)),
    ...acc.flat().map((a) => k.let(a, k.f32(0))),
    k.for(t, 0, k.ceilDiv(c.K, BK), [...staging, k.barrier(), k.for(kk, 0, BK, inner), k.barrier()]),
    ...epilogue,
  ];
  return { decls: [tileA, tileB], stmts };
}
