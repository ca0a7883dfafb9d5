// The CPU form of the attention kernels: FlashAttention's tiling with the
// `gemm` intrinsic doing the products. For a block of BQ queries and a tile
// of BK keys, S = Q Kᵀ is one gemm into a BQ×BK scratch tile; the softmax
// bookkeeping runs over that tile in scalar loops (one exp per visible
// pair, masked pairs become 0); P V, dO Vᵀ, dS K, Pᵀ dO and dSᵀ Q are gemms
// reading the tile, so the T×S matrix never exists beyond one tile. Tiles
// wholly outside the causal or window band are never visited.
//
// It needs each operand as a strided matrix per (batch, head): every read
// through a plain view. An operand read through a padded view, or computed
// in the kernel, keeps the row-at-a-time lowering (attention.ts).
import { k } from '../../kernel/build.ts';
import type { KExpr, KStmt, KVar, Kernel, WorkgroupArray } from '../../kernel/ir.ts';
import { finishKernel, type StageLowering } from '../../kernel/lower/stage-kernel.ts';
import { findLoad } from '../../kernel/lower/stages.ts';
import { ATTENTION_INPUTS, type AttentionDims } from '../../graph/ops/attention.ts';
import type { Node } from '../../graph/types.ts';

const BQ = 64;
const BK = 64;
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

/** The tiled serial kernel, or undefined when an operand is not a strided matrix. */
export function lowerAttentionTiled(s: StageLowering, n: Node<'attention'>, d: AttentionDims): Kernel | undefined {
  const ops = stridedOperands(s, n);
  if (!ops) return undefined;
  const a = n.attrs;
  const names = s.names;
  const i32 = (base: string): KVar => names.variable(base, 'i32');
  const f32 = (base: string): KVar => names.variable(base, 'f32');
  const scratch = (base: string, size: number): WorkgroupArray => k.workgroupArray(names.fresh(base), 'f32', size);
  const mat = (arr: WorkgroupArray) => ({ name: arr.name, dtype: 'f32' as const });
  const out = s.buffers.use(s.table.forNode(n.id), 'write');
  const op = (name: string) => ops.get(name)!;
  const shift = d.S - d.T;
  const r = d.H / d.G;
  const keyRows = a.part === 'dk' || a.part === 'dv';
  const width = { out: d.V, lse: 0, dq: d.K, dk: d.K, dv: d.V }[a.part];
  const tileS = scratch('s', BQ * BK);
  const tileP = scratch('dp', BQ * BK);
  const prod = scratch('prod', Math.max(BQ, BK) * Math.max(d.K, d.V));
  const acc = scratch('acc', Math.max(BQ, BK) * Math.max(1, width));
  const m = scratch('m', BQ);
  const l = scratch('l', BQ);
  const decls = [tileS, tileP, prod, acc, m, l];

  // Loops over the lead axes, then the head (query heads, or key/value heads for dk, dv).
  const lead = d.lead.map((_, ax) => i32(`b${ax}`));
  const head = i32(keyRows ? 'g' : 'h');
  const leadFlat = lead.reduce<KExpr>((acc2, x, ax) => k.add(k.mul(acc2, d.lead[ax]!), x), k.i32(0));
  const headsFirst = keyRows ? d.G : d.H;
  const rowBase = (row0: KExpr) => k.add(k.mul(k.add(k.mul(leadFlat, headsFirst), head), keyRows ? d.S : d.T), row0);

  /** acc[rr·W + c] += prod[rr·W + c] over a rows × W block. */
  const accumulate = (rows: KExpr, w: number): KStmt => {
    const rr = i32('r');
    const c = i32('c');
    const at = k.add(k.mul(rr, w), c);
    return k.for(rr, 0, rows, [k.for(c, 0, w, [k.wgStore(acc, at, k.add(k.wgLoad(acc, at), k.wgLoad(prod, at)))])]);
  };
  /** S = Q[i0 …] · K[j0 …]ᵀ for query head h, key head g. */
  const scores = (h: KExpr, g: KExpr, i0: KExpr, bq: KExpr, j0: KExpr, bk: KExpr): KStmt => k.gemm({
    out: tileS, M: bq, N: bk, K: d.K,
    a: { buffer: op('q').buffer, offset: k.add(op('q').base(lead, h), k.mul(i0, op('q').row)), rowStride: op('q').row, colStride: op('q').col },
    b: { buffer: op('k').buffer, offset: k.add(op('k').base(lead, g), k.mul(j0, op('k').row)), rowStride: op('k').col, colStride: op('k').row },
  });
  /** dP = dO[i0 …] · V[j0 …]ᵀ into tileP. */
  const dpTile = (h: KExpr, g: KExpr, i0: KExpr, bq: KExpr, j0: KExpr, bk: KExpr): KStmt => k.gemm({
    out: tileP, M: bq, N: bk, K: d.V,
    a: { buffer: op('dO').buffer, offset: k.add(op('dO').base(lead, h), k.mul(i0, op('dO').row)), rowStride: op('dO').row, colStride: op('dO').col },
    b: { buffer: op('v').buffer, offset: k.add(op('v').base(lead, g), k.mul(j0, op('v').row)), rowStride: op('v').col, colStride: op('v').row },
  });
  /** The columns [lo, hi) of a score tile (keys j0 … j0 + bk − 1) that query i (0-based among T) sees. */
  const visibleColumns = (scope: KStmt[], i: KExpr, j0: KExpr, bk: KExpr): [KVar, KVar] => {
    const lo = i32('clo');
    const hi = i32('chi');
    const p = k.add(i, shift);
    scope.push(k.let(lo, a.window > 0 ? k.min(bk, k.max(k.i32(0), k.sub(k.sub(p, a.window - 1), j0))) : k.i32(0)));
    scope.push(k.let(hi, a.causal ? k.max(lo, k.min(bk, k.sub(k.add(p, 1), j0))) : bk));
    return [lo, hi];
  };
  /**
   * For each row of a rows × bk tile: the masked entries of tileS set to 0,
   * then `inside` for each visible entry (no per-entry mask test).
   */
  const visiblePairs = (rows: KExpr, i0: KExpr, j0: KExpr, bk: KExpr, inside: (rr: KVar, i: KExpr, cc: KVar, at: KExpr) => KStmt[]): KStmt => {
    const rr = i32('r');
    const cc = i32('c');
    const row: KStmt[] = [];
    const i = k.add(i0, rr);
    const [lo, hi] = visibleColumns(row, i, j0, bk);
    const at = k.add(k.mul(rr, bk), cc);
    row.push(k.for(cc, 0, lo, [k.wgStore(tileS, at, k.f32(0))]), k.for(cc, hi, bk, [k.wgStore(tileS, at, k.f32(0))]));
    row.push(k.for(cc, lo, hi, inside(rr, i, cc, at)));
    return k.for(rr, 0, rows, row);
  };
  /** The probability P_ij from the saved row log-sum-exp (only where i sees j). */
  const probability = (h: KExpr, i: KExpr, at: KExpr): KExpr => {
    const lse = k.load(op('lse').buffer, k.add(op('lse').base(lead, h), k.mul(i, op('lse').row)));
    return k.exp(k.sub(k.mul(k.wgLoad(tileS, at), a.scale), lse));
  };
  const delta = (h: KExpr, i: KExpr): KExpr => k.load(op('delta').buffer, k.add(op('delta').base(lead, h), k.mul(i, op('delta').row)));
  /** dS = scale · P ⊙ (dO Vᵀ − D) over a tile, into tileS (dq, dk). */
  const dsTile = (h: KExpr, g: KExpr, i0: KExpr, bq: KExpr, j0: KExpr, bk: KExpr): KStmt[] => [
    dpTile(h, g, i0, bq, j0, bk),
    visiblePairs(bq, i0, j0, bk, (_rr, i, _cc, at) =>
      [k.wgStore(tileS, at, k.mul(k.mul(probability(h, i, at), k.sub(k.wgLoad(tileP, at), delta(h, i))), a.scale))]),
  ];

  let body: KStmt[];
  if (!keyRows) {
    const h = head;
    const g = r === 1 ? h : k.idiv(h, r);
    const i0 = i32('i0');
    const bq = i32('bq');
    const j0 = i32('j0');
    const bk = i32('bk');
    const jlo = i32('jlo');
    const jhi = i32('jhi');
    const rows: KStmt[] = [
      k.let(bq, k.min(k.i32(BQ), k.sub(k.i32(d.T), i0))),
      // Keys any row of the block sees: from the first row's window start to the last row's causal end.
      k.let(jlo, a.window > 0 ? k.max(k.i32(0), k.sub(k.add(i0, shift), a.window - 1)) : k.i32(0)),
      k.let(jhi, a.causal ? k.min(k.i32(d.S), k.add(k.add(i0, bq), shift)) : k.i32(d.S)),
    ];
    const rr = i32('r');
    const c = i32('c');
    rows.push(k.for(rr, 0, bq, [k.wgStore(m, rr, k.f32(NEG_BIG)), k.wgStore(l, rr, k.f32(0)),
      ...(width > 0 ? [k.for(c, 0, width, [k.wgStore(acc, k.add(k.mul(rr, width), c), k.f32(0))])] : [])]));
    const tile: KStmt[] = [k.let(bk, k.min(k.i32(BK), k.sub(jhi, j0))), scores(h, g, i0, bq, j0, bk)];
    if (a.part === 'dq') {
      tile.push(...dsTile(h, g, i0, bq, j0, bk));
      tile.push(k.gemm({
        out: prod, M: bq, N: d.K, K: bk,
        a: { buffer: mat(tileS), rowStride: bk, colStride: 1 },
        b: { buffer: op('k').buffer, offset: k.add(op('k').base(lead, g), k.mul(j0, op('k').row)), rowStride: op('k').row, colStride: op('k').col },
      }), accumulate(bq, d.K));
    } else {
      // Online softmax per row over the visible part of this tile: new max, rescale, probabilities in place.
      const r2 = i32('r');
      const c2 = i32('c');
      const c3 = i32('c');
      const mt = f32('mt');
      const mNew = f32('mn');
      const corr = f32('corr');
      const sum = f32('sum');
      const at = k.add(k.mul(r2, bk), c2);
      const sc = k.mul(k.wgLoad(tileS, at), a.scale);
      const perRow: KStmt[] = [];
      const [lo, hi] = visibleColumns(perRow, k.add(i0, r2), j0, bk);
      perRow.push(
        k.let(mt, k.f32(NEG_BIG)),
        k.for(c2, lo, hi, [k.assign(mt, k.max(mt, sc))]),
        k.let(mNew, k.max(k.wgLoad(m, r2), mt)),
        k.let(corr, k.exp(k.sub(k.wgLoad(m, r2), mNew))),
        k.let(sum, k.f32(0)),
        k.for(c2, 0, lo, [k.wgStore(tileS, at, k.f32(0))]),
        k.for(c2, hi, bk, [k.wgStore(tileS, at, k.f32(0))]),
        k.for(c2, lo, hi, [
          k.wgStore(tileS, at, k.exp(k.sub(sc, mNew))),
          k.assign(sum, k.add(sum, k.wgLoad(tileS, at))),
        ]),
        k.wgStore(l, r2, k.add(k.mul(k.wgLoad(l, r2), corr), sum)),
        k.wgStore(m, r2, mNew),
      );
      if (a.part === 'out') {
        const accAt = k.add(k.mul(r2, d.V), c3);
        perRow.push(k.for(c3, 0, d.V, [k.wgStore(acc, accAt, k.mul(k.wgLoad(acc, accAt), corr))]));
      }
      tile.push(k.for(r2, 0, bq, perRow));
      if (a.part === 'out') {
        tile.push(k.gemm({
          out: prod, M: bq, N: d.V, K: bk,
          a: { buffer: mat(tileS), rowStride: bk, colStride: 1 },
          b: { buffer: op('v').buffer, offset: k.add(op('v').base(lead, g), k.mul(j0, op('v').row)), rowStride: op('v').row, colStride: op('v').col },
        }), accumulate(bq, d.V));
      }
    }
    rows.push(k.for(j0, jlo, jhi, tile, BK));
    // Store the block's rows.
    const r4 = i32('r');
    const c4 = i32('c');
    const row = k.add(rowBase(i0), r4);
    const lr = k.wgLoad(l, r4);
    const seenAny = k.gt(lr, k.f32(0));
    if (a.part === 'lse') {
      rows.push(k.for(r4, 0, bq, [k.store(out, row, k.select(seenAny, k.add(k.wgLoad(m, r4), k.log(k.select(seenAny, lr, k.f32(1)))), k.f32(-Infinity)))]));
    } else {
      const scale = a.part === 'out' ? k.select(seenAny, k.div(k.f32(1), k.select(seenAny, lr, k.f32(1))), k.f32(0)) : k.f32(1);
      const value = k.wgLoad(acc, k.add(k.mul(r4, width), c4));
      rows.push(k.for(r4, 0, bq, [k.for(c4, 0, width, [k.store(out, k.add(k.mul(row, width), c4), a.part === 'out' ? k.mul(value, scale) : value)])]));
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
    const rr = i32('r');
    const c = i32('c');
    const block: KStmt[] = [
      k.let(bk, k.min(k.i32(BK), k.sub(k.i32(d.S), j0))),
      k.for(rr, 0, bk, [k.for(c, 0, width, [k.wgStore(acc, k.add(k.mul(rr, width), c), k.f32(0))])]),
    ];
    const tile: KStmt[] = [k.let(bq, k.min(k.i32(BQ), k.sub(ihi, i0))), scores(h, g, i0, bq, j0, bk)];
    const probabilities = visiblePairs(bq, i0, j0, bk, (_rr, i, _cc, at) => [k.wgStore(tileS, at, probability(h, i, at))]);
    if (a.part === 'dv') {
      tile.push(probabilities, k.gemm({
        out: prod, M: bk, N: d.V, K: bq,
        a: { buffer: mat(tileS), rowStride: 1, colStride: bk },
        b: { buffer: op('dO').buffer, offset: k.add(op('dO').base(lead, h), k.mul(i0, op('dO').row)), rowStride: op('dO').row, colStride: op('dO').col },
      }), accumulate(bk, d.V));
    } else {
      tile.push(...dsTile(h, g, i0, bq, j0, bk));
      tile.push(k.gemm({
        out: prod, M: bk, N: d.K, K: bq,
        a: { buffer: mat(tileS), rowStride: 1, colStride: bk },
        b: { buffer: op('q').buffer, offset: k.add(op('q').base(lead, h), k.mul(i0, op('q').row)), rowStride: op('q').row, colStride: op('q').col },
      }), accumulate(bk, d.K));
    }
    block.push(k.for(hh, 0, r, [
      k.let(h, k.add(k.mul(g, r), hh)),
      // Queries that see any key of the block: causal from the block's first key, window up to its last.
      k.let(ilo, a.causal ? k.max(k.i32(0), k.sub(j0, shift)) : k.i32(0)),
      k.let(ihi, a.window > 0 ? k.min(k.i32(d.T), k.add(k.add(j0, bk), a.window - 1 - shift)) : k.i32(d.T)),
      k.for(i0, ilo, ihi, tile, BQ),
    ]));
    const r4 = i32('r');
    const c4 = i32('c');
    block.push(k.for(r4, 0, bk, [k.for(c4, 0, width, [
      k.store(out, k.add(k.mul(k.add(rowBase(j0), r4), width), c4), k.wgLoad(acc, k.add(k.mul(r4, width), c4))),
    ])]));
    body = [k.for(j0, 0, d.S, block, BK)];
  }
  body = [k.for(head, 0, headsFirst, body)];
  for (let ax = lead.length - 1; ax >= 0; ax--) body = [k.for(lead[ax]!, 0, d.lead[ax]!, body)];
  const sig = s.signature;
  return finishKernel(s, k.kernel({
    name: sig.name, buffers: [], uniforms: [], launch: k.serial(), body: [...decls, ...body], ...(sig.loc ? { loc: sig.loc } : {}),
  }));
}
