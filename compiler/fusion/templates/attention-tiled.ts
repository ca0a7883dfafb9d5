// The CPU form of the attention kernels: FlashAttention's tiling with the
// `gemm` intrinsic doing the products. For a block of BQ queries and a tile
// of BK keys, S = Q Kᵀ is one gemm into a BQ×BK scratch tile; the softmax
// bookkeeping runs over that tile in scalar loops (one exp per visible
// pair, masked pairs become 0); P V, dO Vᵀ, dS K, Pᵀ dO and dSᵀ Q are gemms
// reading the tile, so the T×S matrix never exists beyond one tile. Tiles
// wholly outside the causal or window band are never visited.
//
// At a small head size (gpt's 16) a 64×64 gemm is a few microseconds, so
// the scalar passes over the tile cost as much as the products; they are
// kept few:
//  - per row of a tile, one pass for the max (over the raw products when the
//    scale is positive: the max commutes with it) and one that computes,
//    stores and sums the probabilities; the row's L and D are loaded once;
//  - the first tile a block accumulates is written by its gemm straight into
//    the accumulator (no copy and add), and `out` rescales and adds the
//    later tiles' products in one pass (acc · corr + P V);
//  - `lse` keeps no accumulator and runs no second gemm;
//  - `out_lse` (the CPU's merged forward, passes/attention-merge.ts) is `out`
//    also storing each row's m + log l, so the backward's L costs nothing;
//    `dqkv`, the merged backward, is attention-tiled-backward.ts.
// dS is scaled per element, as the row form does, not once per output
// element: that would save a multiply per pair but round differently for a
// scale that is not a power of two, and the backward's analytically zero
// sums (a key bias's gradient) are checked at f32's noise floor (test/parity).
//
// It needs each operand as a strided matrix per (batch, head): every read
// through a plain view. An operand read through a padded view, or computed
// in the kernel, keeps the row-at-a-time lowering (attention.ts).
import { k } from '../../kernel/build.ts';
import type { KExpr, KStmt, KVar, Kernel, WorkgroupArray } from '../../kernel/ir.ts';
import { finishKernel, type StageLowering } from '../../kernel/lower/stage-kernel.ts';
import { findLoad } from '../../kernel/lower/stages.ts';
import { ATTENTION_INPUTS, type AttentionDims, type SinglePart, attentionPieces } from '../../graph/ops/attention.ts';
import type { Node } from '../../graph/types.ts';
import { lowerAttentionBackwardTiled } from './attention-tiled-backward.ts';

/**
 * Rows of a block of output rows (queries for out, lse, dq; keys for dk, dv)
 * and of a tile of the other side. A 32-row block on the causal diagonal
 * skips the upper quarter of the 64 × 64 square one 64-row block would
 * compute and mask, at gpt's T = 64; 128-row tiles of the other side keep
 * the gemms large enough to run near the micro-kernel's peak and a block's
 * rows in one tile up to T = 128 (no online rescaling). Measured on gpt's
 * train step (head size 16, T = 64; head size 64, T = 128): 64-row blocks
 * are 6% slower at the first and no faster at the second, 64-row tiles
 * 4–20% slower at the second.
 */
const BLOCK = 32;
export const TILE = 128;
const NEG_BIG = -3.0e38;

/** An operand as strided matrices: the buffer, its base for given lead indices and head, and row/column strides. */
interface Strided {
  readonly buffer: { readonly name: string; readonly dtype: 'f32' };
  base(lead: readonly KExpr[], head: KExpr): KExpr;
  readonly row: number;
  readonly col: number;
}

/** Each operand as strided matrices, or undefined when one is not a plain view of memory. */
function stridedOperands(s: StageLowering, n: Node<'attention'>): Map<string, Strided> | undefined {
  const out = new Map<string, Strided>();
  for (const [i, name] of ATTENTION_INPUTS[n.attrs.part].entries()) {
    const load = findLoad(s.stage.group, n.inputs[i]!, 'element');
    if (!load || load.generated || load.view.guards.length > 0) return undefined;
    const { strides, offset } = load.view;
    const r = strides.length;
    const buffer = s.buffers.use(s.table.forNode(load.source), 'read');
    if (buffer.dtype !== 'f32') return undefined;
    out.set(name, {
      buffer: { name: buffer.name, dtype: 'f32' },
      base: (lead, head) => lead.reduce<KExpr>((acc, x, a) => k.add(acc, k.mul(x, strides[a]!)), k.add(k.i32(offset), k.mul(head, strides[r - 3]!))),
      row: strides[r - 2]!,
      col: strides[r - 1]!,
    });
  }
  return out;
}

/** A gemm operand: a strided matrix view of a buffer or scratch array. */
type Operand = Parameters<typeof k.gemm>[0]['a'];

/** What every tiled attention kernel builds on: the operands as strided matrices, the loops, the masks. */
export interface TiledAttention {
  readonly s: StageLowering;
  readonly n: Node<'attention'>;
  readonly d: AttentionDims;
  readonly i32: (base: string) => KVar;
  readonly f32: (base: string) => KVar;
  readonly scratch: (base: string, size: number) => WorkgroupArray;
  readonly mat: (arr: WorkgroupArray) => { name: string; dtype: 'f32' };
  /** The flat index of the loop variables of the lead axes. */
  readonly leadFlat: KExpr;
  /** operand[lead…, head h, row0 …] as a gemm operand, rows along the matrix's rows or (transposed) its columns. */
  rowsOf(name: string, h: KExpr, row0: KExpr, transposed?: boolean): Operand;
  /** A per-row value of `lse` or `delta` (row i of head h). */
  rowValue(name: 'lse' | 'delta', h: KExpr, i: KExpr): KExpr;
  /** The columns [lo, hi) of a score tile (keys j0 … j0 + bk − 1) that query i (0-based among T) sees; bindings into `scope`. */
  visibleColumns(scope: KStmt[], i: KExpr, j0: KExpr, bk: KExpr): [KExpr, KExpr];
  /** tile[at] = 0 for the columns outside [lo, hi) (the gemms that read the tile see zeros there). */
  zeroOutside(tile: WorkgroupArray, at: KExpr, cc: KVar, lo: KExpr, hi: KExpr, bk: KExpr): KStmt[];
  /** The query keys [jlo, jhi) any row of the block i0 … i0 + bq − 1 sees, as expressions. */
  blockKeys(i0: KExpr, bq: KExpr): [KExpr, KExpr];
  /** Fresh variables of a query block (i0, its rows bq, its keys [jlo, jhi)) and a key tile (j0, its keys bk). */
  blockVars(): { i0: KVar; bq: KVar; j0: KVar; bk: KVar; jlo: KVar; jhi: KVar };
  /** The kernel: `decls`, then `body` inside the loops over the lead axes and `heads` (loop variable `head`). */
  finish(decls: readonly WorkgroupArray[], head: KVar, heads: number, body: readonly KStmt[]): Kernel;
}

/** The shared setup of a tiled attention kernel, or undefined when an operand is not a strided matrix. */
export function tiledAttention(s: StageLowering, n: Node<'attention'>, d: AttentionDims): TiledAttention | undefined {
  const ops = stridedOperands(s, n);
  if (!ops) return undefined;
  const a = n.attrs;
  const names = s.names;
  const i32 = (base: string): KVar => names.variable(base, 'i32');
  const op = (name: string) => ops.get(name)!;
  const shift = d.S - d.T;
  const lead = d.lead.map((_, ax) => i32(`b${ax}`));
  const t: TiledAttention = {
    s, n, d, i32,
    f32: (base) => names.variable(base, 'f32'),
    scratch: (base, size) => k.workgroupArray(names.fresh(base), 'f32', size),
    mat: (arr) => ({ name: arr.name, dtype: 'f32' }),
    leadFlat: lead.reduce<KExpr>((acc, x, ax) => k.add(k.mul(acc, d.lead[ax]!), x), k.i32(0)),
    rowsOf(name, h, row0, transposed = false) {
      const o = op(name);
      const offset = k.add(o.base(lead, h), k.mul(row0, o.row));
      return transposed ? { buffer: o.buffer, offset, rowStride: o.col, colStride: o.row } : { buffer: o.buffer, offset, rowStride: o.row, colStride: o.col };
    },
    rowValue: (name, h, i) => k.load(op(name).buffer, k.add(op(name).base(lead, h), k.mul(i, op(name).row))),
    visibleColumns(scope, i, j0, bk) {
      const p = k.add(i, shift);
      let lo: KExpr = k.i32(0);
      if (a.window > 0) {
        const v = i32('clo');
        scope.push(k.let(v, k.min(bk, k.max(k.i32(0), k.sub(k.sub(p, a.window - 1), j0)))));
        lo = v;
      }
      let hi: KExpr = bk;
      if (a.causal) {
        const v = i32('chi');
        scope.push(k.let(v, k.max(lo, k.min(bk, k.sub(k.add(p, 1), j0)))));
        hi = v;
      }
      return [lo, hi];
    },
    zeroOutside: (tile, at, cc, lo, hi, bk) => [
      ...(lo.kind === 'const' && lo.value === 0 ? [] : [k.for(cc, 0, lo, [k.wgStore(tile, at, k.f32(0))])]),
      k.for(cc, hi, bk, [k.wgStore(tile, at, k.f32(0))]),
    ],
    // From the first row's window start to the last row's causal end.
    blockKeys: (i0, bq) => [
      a.window > 0 ? k.max(k.i32(0), k.sub(k.add(i0, shift), a.window - 1)) : k.i32(0),
      a.causal ? k.min(k.i32(d.S), k.add(k.add(i0, bq), shift)) : k.i32(d.S),
    ],
    blockVars: () => ({ i0: i32('i0'), bq: i32('bq'), j0: i32('j0'), bk: i32('bk'), jlo: i32('jlo'), jhi: i32('jhi') }),
    finish(decls, head, heads, inner) {
      let body = [k.for(head, 0, heads, inner)];
      for (let ax = lead.length - 1; ax >= 0; ax--) body = [k.for(lead[ax]!, 0, d.lead[ax]!, body)];
      const sig = s.signature;
      return finishKernel(s, k.kernel({
        name: sig.name, buffers: [], uniforms: [], launch: k.serial(), body: [...decls, ...body], ...(sig.loc ? { loc: sig.loc } : {}),
      }));
    },
  };
  return t;
}

/** The tiled serial kernel, or undefined when an operand is not a strided matrix. */
export function lowerAttentionTiled(s: StageLowering, n: Node<'attention'>, d: AttentionDims): Kernel | undefined {
  const t = tiledAttention(s, n, d);
  if (!t) return undefined;
  if (n.attrs.part === 'dqkv') return lowerAttentionBackwardTiled(t);
  const { i32, f32, scratch, mat, rowsOf, rowValue, visibleColumns, leadFlat } = t;
  const a = n.attrs;
  const out = s.buffers.use(s.table.forNode(n.id), 'write');
  const shift = d.S - d.T;
  const r = d.H / d.G;
  // out_lse is out also storing L after o (its second piece); dqkv went to its own file above.
  const part: SinglePart = a.part === 'out_lse' ? 'out' : (a.part as SinglePart);
  const lseAt = a.part === 'out_lse' ? attentionPieces('out_lse', d)[1]!.offset : undefined;
  const keyRows = part === 'dk' || part === 'dv';
  const BQ = keyRows ? TILE : BLOCK;
  const BK = keyRows ? BLOCK : TILE;
  const hasDs = part === 'dq' || part === 'dk';
  const width = { out: d.V, lse: 0, dq: d.K, dk: d.K, dv: d.V }[part];
  const tileS = scratch('s', BQ * BK);
  const tileP = hasDs ? scratch('dp', BQ * BK) : undefined;
  const prod = width > 0 ? scratch('prod', BLOCK * width) : undefined;
  const acc = width > 0 ? scratch('acc', BLOCK * width) : undefined;
  const softmax = part === 'out' || part === 'lse';
  const m = softmax ? scratch('m', BQ) : undefined;
  const l = softmax ? scratch('l', BQ) : undefined;
  const corrs = part === 'out' ? scratch('corr', BQ) : undefined;
  const decls = [tileS, tileP, prod, acc, m, l, corrs].filter((x): x is WorkgroupArray => x !== undefined);

  // Loops over the lead axes, then the head (query heads, or key/value heads for dk, dv).
  const head = i32(keyRows ? 'g' : 'h');
  const headsFirst = keyRows ? d.G : d.H;
  const rowBase = (row0: KExpr) => k.add(k.mul(k.add(k.mul(leadFlat, headsFirst), head), keyRows ? d.S : d.T), row0);

  /** acc[0 … rows·width) = 0. */
  const zeroAcc = (rows: KExpr): KStmt => {
    const e = i32('e');
    return k.for(e, 0, k.mul(rows, width), [k.wgStore(acc!, e, k.f32(0))]);
  };
  /**
   * acc (rows × width) gains the product `product` computes into its output:
   * on the block's first tile the gemm writes acc itself; later, it writes
   * prod and acc = acc · corr[row] + prod (out) or acc + prod.
   */
  const accumulate = (first: KExpr, rows: KExpr, product: (into: WorkgroupArray) => KStmt): KStmt => {
    const e = i32('e');
    const rr = i32('r');
    const c = i32('c');
    const rowCorr = f32('cr');
    const at = k.add(k.mul(rr, width), c);
    const combine = corrs
      ? k.for(rr, 0, rows, [k.let(rowCorr, k.wgLoad(corrs, rr)), k.for(c, 0, width, [k.wgStore(acc!, at, k.add(k.mul(k.wgLoad(acc!, at), rowCorr), k.wgLoad(prod!, at)))])])
      : k.for(e, 0, k.mul(rows, width), [k.wgStore(acc!, e, k.add(k.wgLoad(acc!, e), k.wgLoad(prod!, e)))]);
    return k.if(first, [product(acc!)], [product(prod!), combine]);
  };
  /**
   * For each row rr of a rows × bk score tile (query i = i0 + rr): the masked
   * entries of tileS set to 0, then `visible(at)` for each visible entry at
   * index `at`, after `perRow` (bindings the row's entries share).
   */
  const eachRow = (rows: KExpr, i0: KExpr, j0: KExpr, bk: KExpr, perRow: (row: KStmt[], i: KExpr) => void, visible: (at: KExpr) => KStmt[]): KStmt => {
    const rr = i32('r');
    const cc = i32('c');
    const rb = i32('rb');
    const row: KStmt[] = [k.let(rb, k.mul(rr, bk))];
    const i = k.add(i0, rr);
    const [lo, hi] = visibleColumns(row, i, j0, bk);
    perRow(row, i);
    const at = k.add(rb, cc);
    row.push(...zeroOutside(at, cc, lo, hi, bk), k.for(cc, lo, hi, visible(at)));
    return k.for(rr, 0, rows, row);
  };
  const zeroOutside = (at: KExpr, cc: KVar, lo: KExpr, hi: KExpr, bk: KExpr): KStmt[] => t.zeroOutside(tileS, at, cc, lo, hi, bk);
  const scaled = (x: KExpr): KExpr => k.mul(x, a.scale);
  /**
   * The tile's probabilities from the saved row log-sum-exp, P = exp(scale·S − L),
   * and for dq, dk dS = scale · P ⊙ (dP − D), in place in tileS.
   */
  const probabilities = (h: KExpr, rows: KExpr, i0: KExpr, j0: KExpr, bk: KExpr): KStmt => {
    const lse = f32('lse');
    const delta = f32('dl');
    return eachRow(rows, i0, j0, bk, (row, i) => {
      row.push(k.let(lse, rowValue('lse', h, i)));
      if (hasDs) row.push(k.let(delta, rowValue('delta', h, i)));
    }, (at) => {
      const p = k.exp(k.sub(scaled(k.wgLoad(tileS, at)), lse));
      return [k.wgStore(tileS, at, hasDs ? k.mul(k.mul(p, k.sub(k.wgLoad(tileP!, at), delta)), a.scale) : p)];
    });
  };
  /** S = Q[i0 …] · K[j0 …]ᵀ for query head h, key head g (and dP = dO Vᵀ for dq, dk). */
  const scoreTiles = (h: KExpr, g: KExpr, i0: KExpr, bq: KExpr, j0: KExpr, bk: KExpr): KStmt[] => [
    k.gemm({ out: tileS, M: bq, N: bk, K: d.K, a: rowsOf('q', h, i0), b: rowsOf('k', g, j0, true) }),
    ...(hasDs ? [k.gemm({ out: tileP!, M: bq, N: bk, K: d.V, a: rowsOf('dO', h, i0), b: rowsOf('v', g, j0, true) })] : []),
  ];
  /** Stores a block's rows from acc, times a per-row `factor` where given. */
  const storeRows = (row0: KExpr, rows: KExpr, factor?: (rr: KVar) => KExpr): KStmt => {
    const rr = i32('r');
    const c = i32('c');
    const f = f32('f');
    const fr = factor?.(rr);
    const value = k.wgLoad(acc!, k.add(k.mul(rr, width), c));
    const o = k.add(k.mul(k.add(rowBase(row0), rr), width), c);
    return k.for(rr, 0, rows, [...(fr ? [k.let(f, fr)] : []), k.for(c, 0, width, [k.store(out, o, fr ? k.mul(value, f) : value)])]);
  };

  let body: KStmt[];
  if (!keyRows) {
    const h = head;
    const g = r === 1 ? h : k.idiv(h, r);
    const { i0, bq, j0, bk, jlo, jhi } = t.blockVars();
    const [blockLo, blockHi] = t.blockKeys(i0, bq);
    const rows: KStmt[] = [k.let(bq, k.min(k.i32(BQ), k.sub(k.i32(d.T), i0))), k.let(jlo, blockLo), k.let(jhi, blockHi)];
    if (softmax) {
      const rr = i32('r');
      rows.push(k.for(rr, 0, bq, [k.wgStore(m!, rr, k.f32(NEG_BIG)), k.wgStore(l!, rr, k.f32(0))]));
    }
    // A block that sees no key at all keeps acc = 0 (its rows' output is 0).
    if (acc) rows.push(...k.when(k.ge(jlo, jhi), [zeroAcc(bq)]));
    const tile: KStmt[] = [k.let(bk, k.min(k.i32(BK), k.sub(jhi, j0))), ...scoreTiles(h, g, i0, bq, j0, bk)];
    const first = k.eq(j0, jlo);
    if (part === 'dq') {
      tile.push(probabilities(h, bq, i0, j0, bk));
      tile.push(accumulate(first, bq, (into) => k.gemm({ out: into, M: bq, N: d.K, K: bk, a: { buffer: mat(tileS), rowStride: bk, colStride: 1 }, b: rowsOf('k', g, j0) })));
    } else {
      tile.push(onlineSoftmax(bq, i0, j0, bk));
      if (part === 'out') {
        tile.push(accumulate(first, bq, (into) => k.gemm({ out: into, M: bq, N: d.V, K: bk, a: { buffer: mat(tileS), rowStride: bk, colStride: 1 }, b: rowsOf('v', g, j0) })));
      }
    }
    rows.push(k.for(j0, jlo, jhi, tile, BK));
    // Store the block's rows.
    if (part === 'lse' || lseAt !== undefined) {
      const rr = i32('r');
      const lr = k.wgLoad(l!, rr);
      const seen = k.gt(lr, k.f32(0));
      const row = k.add(rowBase(i0), rr);
      rows.push(k.for(rr, 0, bq, [k.store(out, lseAt ? k.add(row, lseAt) : row, k.select(seen, k.add(k.wgLoad(m!, rr), k.log(k.select(seen, lr, k.f32(1)))), k.f32(-Infinity)))]));
    }
    if (part === 'out') {
      rows.push(storeRows(i0, bq, (rr) => {
        const lr = k.wgLoad(l!, rr);
        const seen = k.gt(lr, k.f32(0));
        return k.select(seen, k.div(k.f32(1), k.select(seen, lr, k.f32(1))), k.f32(0));
      }));
    } else if (part === 'dq') {
      rows.push(storeRows(i0, bq));
    }
    body = [k.for(i0, 0, d.T, rows, BQ)];
  } else {
    const g = head;
    const j0 = i32('j0');
    const bk = i32('bk');
    const hh = i32('hh');
    const h = i32('h');
    const i0 = i32('i0');
    const bq = i32('bq');
    const ilo = i32('ilo');
    const ihi = i32('ihi');
    const block: KStmt[] = [
      k.let(bk, k.min(k.i32(BK), k.sub(k.i32(d.S), j0))),
      // Queries that see any key of the block: causal from the block's first key, window up to its last.
      k.let(ilo, a.causal ? k.max(k.i32(0), k.sub(j0, shift)) : k.i32(0)),
      k.let(ihi, a.window > 0 ? k.min(k.i32(d.T), k.add(k.add(j0, bk), a.window - 1 - shift)) : k.i32(d.T)),
      // Keys no query sees keep acc = 0 (their gradients are 0).
      ...k.when(k.ge(ilo, ihi), [zeroAcc(bk)]),
    ];
    const first = k.and(k.eq(hh, 0), k.eq(i0, ilo));
    const tile: KStmt[] = [k.let(bq, k.min(k.i32(BQ), k.sub(ihi, i0))), ...scoreTiles(h, g, i0, bq, j0, bk), probabilities(h, bq, i0, j0, bk)];
    // dv += Pᵀ dO; dk += dSᵀ Q.
    const other = part === 'dv' ? 'dO' : 'q';
    tile.push(accumulate(first, bk, (into) => k.gemm({
      out: into, M: bk, N: width, K: bq, a: { buffer: mat(tileS), rowStride: 1, colStride: bk }, b: rowsOf(other, h, i0),
    })));
    block.push(k.for(hh, 0, r, [k.let(h, k.add(k.mul(g, r), hh)), k.for(i0, ilo, ihi, tile, BQ)]));
    block.push(storeRows(j0, bk));
    body = [k.for(j0, 0, d.S, block, BK)];
  }
  return t.finish(decls, head, headsFirst, body);

  /**
   * Online softmax per row over the visible part of this tile: the new max,
   * the correction of the old sum (and, for out, of acc: kept in corrs for
   * the accumulate pass), the probabilities in place and their sum.
   */
  function onlineSoftmax(bq: KExpr, i0: KExpr, j0: KExpr, bk: KExpr): KStmt {
    const rr = i32('r');
    const cc = i32('c');
    const rb = i32('rb');
    const mt = f32('mt');
    const mNew = f32('mn');
    const corr = f32('corr');
    const sum = f32('sum');
    const at = k.add(rb, cc);
    const raw = k.wgLoad(tileS, at);
    const row: KStmt[] = [k.let(rb, k.mul(rr, bk))];
    const [lo, hi] = visibleColumns(row, k.add(i0, rr), j0, bk);
    // With a positive scale the max of the scaled scores is the scaled max of the raw ones (a row
    // that sees no key here keeps the stand-in −∞, unscaled, so m never leaves f32's range).
    const byRaw = a.scale > 0;
    const rowMax = byRaw ? k.select(k.gt(mt, k.f32(NEG_BIG)), scaled(mt), k.f32(NEG_BIG)) : mt;
    row.push(
      k.let(mt, k.f32(NEG_BIG)),
      k.for(cc, lo, hi, [k.assign(mt, k.max(mt, byRaw ? raw : scaled(raw)))]),
      k.let(mNew, k.max(k.wgLoad(m!, rr), rowMax)),
      k.let(corr, k.exp(k.sub(k.wgLoad(m!, rr), mNew))),
      k.let(sum, k.f32(0)),
    );
    // The sum adds the probabilities as stored in f32 (read back from the tile): exactly the
    // weights the P V gemm multiplies, so out's rows are normalised by their own sum, and lse,
    // which must arrive at the same L, does the same (the backward's Σ_j dS_ij = 0, which the
    // analytically zero gradient of a key bias shows, then holds to f32 rounding).
    if (part === 'out') row.push(...zeroOutside(at, cc, lo, hi, bk));
    row.push(k.for(cc, lo, hi, [k.wgStore(tileS, at, k.exp(k.sub(scaled(raw), mNew))), k.assign(sum, k.add(sum, raw))]));
    if (part === 'out') row.push(k.wgStore(corrs!, rr, corr));
    row.push(k.wgStore(l!, rr, k.add(k.mul(k.wgLoad(l!, rr), corr), sum)), k.wgStore(m!, rr, mNew));
    return k.for(rr, 0, bq, row);
  }
}
