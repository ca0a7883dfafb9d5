// The CPU's merged attention backward, `dqkv` (graph/ops/attention.ts): dq,
// dk and dv in one kernel, FlashAttention-2's backward with the `gemm`
// intrinsic doing the products. Per lead index and key/value head g, for
// each query head h of g's group and each block of BQ queries, for each
// tile of BK keys the block sees:
//
//   S  = Q Kᵀ,  dP = dO Vᵀ                       (gemms into BQ×BK tiles)
//   P  = exp(scale·S − L),  dS = scale·P ⊙ (dP − D)   on visible pairs, 0 elsewhere
//   dV[tile] += Pᵀ dO,  dK[tile] += dSᵀ Q,  dQ[block] += dS K   (gemms)
//
// dK and dV of the whole head (S×K and S×V) are kernel scratch, written out
// once the group's heads are done; dQ of the block is written after its key
// tiles. One exp per visible pair, where the three single-part kernels
// (attention-tiled.ts) each recompute S and P, and dq, dk dP too. The
// arithmetic per element is theirs (P, then dS = P (dP − D) · scale), so the
// merged gradients equal the separate ones up to the order gemms sum in.
//
// Tiles of 128 keys, as attention-tiled.ts's (one tile per block up to
// T = 128), but blocks of 64 queries, not 32: each block adds its products
// into dK and dV of the whole tile, so fewer, larger blocks add less.
// Measured against the three single-part kernels (scratch A/B, interleaved):
// gpt's train step at head size 64, T = 128 spends 0.73× their time with
// 64-query blocks and 0.79–0.82× with 32; at head size 16, T = 64 both 0.67×.
import { k } from '../../kernel/build.ts';
import { GEMM_VIEW_ALIGN, type KExpr, type KStmt, type Kernel, type WorkgroupArray } from '../../kernel/ir.ts';
import { attentionPieces } from '../../graph/ops/attention.ts';
import { TILE, type TiledAttention } from './attention-tiled.ts';

const BLOCK = 64;

type GemmSpec = Omit<Parameters<typeof k.gemm>[0], 'out' | 'ldc'>;

export function lowerAttentionBackwardTiled(t: TiledAttention): Kernel {
  const { s, n, d, i32, f32, scratch, mat, rowsOf, rowValue, leadFlat } = t;
  const a = n.attrs;
  const out = s.buffers.use(s.table.forNode(n.id), 'write');
  const [dqAt, dkAt, dvAt] = attentionPieces('dqkv', d).map((p) => p.offset) as [number, number, number];
  const r = d.H / d.G;
  const BQ = BLOCK;
  const BK = TILE;
  const tileS = scratch('s', BQ * BK); // S, then P
  const tileD = scratch('ds', BQ * BK); // dP, then dS
  const dqAcc = scratch('dq', BQ * d.K);
  const dkAcc = scratch('dk', d.S * d.K);
  const dvAcc = scratch('dv', d.S * d.V);

  /** acc[(row0 + rr)·width + c] += (the gemm's product)[rr, c], read from a gemm view (no copy of C). */
  const addProduct = (acc: WorkgroupArray, row0: KExpr, width: number, spec: GemmSpec): KStmt[] => {
    const view = { name: s.names.fresh('c_tile'), type: 'f32' as const };
    const ldc = Math.ceil(width / GEMM_VIEW_ALIGN) * GEMM_VIEW_ALIGN;
    const rr = i32('r');
    const c = i32('c');
    const base = i32('ab');
    const vb = i32('vb');
    const at = k.add(base, c);
    return [
      k.gemm({ ...spec, out: view, ldc }),
      k.for(rr, 0, spec.M, [
        k.let(base, k.mul(k.add(row0, rr), width)),
        k.let(vb, k.mul(rr, ldc)),
        k.for(c, 0, width, [k.wgStore(acc, at, k.add(k.wgLoad(acc, at), k.wgLoad(view, k.add(vb, c))))]),
      ]),
    ];
  };
  const zero = (arr: WorkgroupArray, count: KExpr | number): KStmt => {
    const e = i32('e');
    return k.for(e, 0, count, [k.wgStore(arr, e, k.f32(0))]);
  };
  /** out[at + e] = arr[e] for e < count (rows of the result are contiguous, and so are the scratch's). */
  const store = (arr: WorkgroupArray, at: KExpr, count: KExpr | number): KStmt => {
    const e = i32('e');
    return k.for(e, 0, count, [k.store(out, k.add(at, e), k.wgLoad(arr, e))]);
  };

  const g = i32('g');
  const hh = i32('hh');
  const h = i32('h');
  const { i0, bq, j0, bk, jlo, jhi } = t.blockVars();

  // P and dS of the tile, in place of S and dP (masked pairs 0, so the gemms that read the tiles skip them).
  const rr = i32('r');
  const cc = i32('c');
  const rb = i32('rb');
  const lse = f32('lse');
  const delta = f32('dl');
  const p = f32('p');
  const ij = k.add(rb, cc);
  const row: KStmt[] = [k.let(rb, k.mul(rr, bk))];
  const [lo, hi] = t.visibleColumns(row, k.add(i0, rr), j0, bk);
  row.push(
    k.let(lse, rowValue('lse', h, k.add(i0, rr))),
    k.let(delta, rowValue('delta', h, k.add(i0, rr))),
    ...t.zeroOutside(tileS, ij, cc, lo, hi, bk),
    ...t.zeroOutside(tileD, ij, cc, lo, hi, bk),
    k.for(cc, lo, hi, [
      k.let(p, k.exp(k.sub(k.mul(k.wgLoad(tileS, ij), a.scale), lse))),
      k.wgStore(tileS, ij, p),
      k.wgStore(tileD, ij, k.mul(k.mul(p, k.sub(k.wgLoad(tileD, ij), delta)), a.scale)),
    ]),
  );
  const transposedTile = (tile: WorkgroupArray) => ({ buffer: mat(tile), rowStride: 1, colStride: bk });
  const dqProduct: GemmSpec = { M: bq, N: d.K, K: bk, a: { buffer: mat(tileD), rowStride: bk, colStride: 1 }, b: rowsOf('k', g, j0) };
  const tile: KStmt[] = [
    k.let(bk, k.min(k.i32(BK), k.sub(jhi, j0))),
    k.gemm({ out: tileS, M: bq, N: bk, K: d.K, a: rowsOf('q', h, i0), b: rowsOf('k', g, j0, true) }),
    k.gemm({ out: tileD, M: bq, N: bk, K: d.V, a: rowsOf('dO', h, i0), b: rowsOf('v', g, j0, true) }),
    k.for(rr, 0, bq, row),
    ...addProduct(dvAcc, j0, d.V, { M: bk, N: d.V, K: bq, a: transposedTile(tileS), b: rowsOf('dO', h, i0) }),
    ...addProduct(dkAcc, j0, d.K, { M: bk, N: d.K, K: bq, a: transposedTile(tileD), b: rowsOf('q', h, i0) }),
    // dQ: the block's first tile writes the accumulator itself.
    k.if(k.eq(j0, jlo), [k.gemm({ ...dqProduct, out: dqAcc })], addProduct(dqAcc, k.i32(0), d.K, dqProduct)),
  ];
  const [blockLo, blockHi] = t.blockKeys(i0, bq);
  const block: KStmt[] = [
    k.let(bq, k.min(k.i32(BQ), k.sub(k.i32(d.T), i0))),
    k.let(jlo, blockLo),
    k.let(jhi, blockHi),
    // A block that sees no key has dq = 0.
    ...k.when(k.ge(jlo, jhi), [zero(dqAcc, k.mul(bq, d.K))]),
    k.for(j0, jlo, jhi, tile, BK),
    store(dqAcc, k.add(k.mul(k.add(k.mul(k.add(k.mul(leadFlat, d.H), h), d.T), i0), d.K), dqAt), k.mul(bq, d.K)),
  ];
  const headRow = k.mul(k.add(k.mul(leadFlat, d.G), g), d.S);
  const body: KStmt[] = [
    zero(dkAcc, d.S * d.K),
    zero(dvAcc, d.S * d.V),
    k.for(hh, 0, r, [k.let(h, k.add(k.mul(g, r), hh)), k.for(i0, 0, d.T, block, BQ)]),
    store(dkAcc, k.add(k.mul(headRow, d.K), dkAt), d.S * d.K),
    store(dvAcc, k.add(k.mul(headRow, d.V), dvAt), d.S * d.V),
  ];
  return t.finish([tileS, tileD, dqAcc, dkAcc, dvAcc], g, d.G, body);
}
