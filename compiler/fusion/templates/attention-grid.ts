// The GPU form of the attention kernels: FlashAttention-2's tiling with one
// row per thread. A workgroup owns R rows of one head (query rows for out,
// lse and dq; key rows for dk and dv, under one key/value head, walking the
// query heads of its group) and walks the other side in tiles of BT rows
// that its threads load together into workgroup memory: every K/V (or
// Q/dO) element is read from global memory once per workgroup instead of
// once per row, and the R rows reuse it from workgroup memory. Each thread
// keeps its accumulator row and its own operand rows (q, or k) in workgroup
// memory, laid out column-major so a warp's accesses hit distinct banks, and
// runs the same per-pair arithmetic as the row form (attention.ts): an
// online softmax for out and lse, recomputed probabilities for backward.
// Tiles wholly outside the causal or window band of the workgroup's rows
// are never loaded; the band edges inside a tile are per-thread loop bounds.
//
// Grouped-query attention: the key/value tile a workgroup loads serves its R
// rows, so the K/V traffic per query row is S·(K + V)/R whether the R rows
// belong to one query head or to the r heads of a group; grouping heads
// into a workgroup would save nothing here (it does in kernels whose rows
// per workgroup are bounded by registers, as with tensor-core tiles). The
// key-row kernels (dk, dv) do walk the query heads of a group inside one
// workgroup, reusing each key row across them.
//
// Barriers sit outside every per-thread condition: the tile loop's bounds
// depend on the workgroup only.
//
// Registers: when a thread's accumulator row (and its own operand rows) are
// short enough, they are scalar locals instead of workgroup memory, and the
// loops over their columns are unrolled — a register is read and written at
// no cost, where workgroup memory costs a load and a store per element per
// key. What stays in workgroup memory is only the tile every thread reads
// (one broadcast word per warp access). REGISTER_ROW_WORDS bounds the words a
// thread keeps this way (GPUs allot 255 32-bit registers a thread at most;
// the rest of the kernel needs some).
import { k } from '../../kernel/build.ts';
import type { KExpr, KStmt, KVar, Kernel, WorkgroupArray } from '../../kernel/ir.ts';
import { workgroupGrid } from '../../kernel/templates/common.ts';
import { Evaluator } from '../../kernel/lower/evaluator.ts';
import { Scope } from '../../kernel/lower/scope.ts';
import { finishKernel, type StageLowering } from '../../kernel/lower/stage-kernel.ts';
import type { AttentionDims, SingleAttentionNode } from '../../graph/ops/attention.ts';
import { type AttentionContext, readOperand } from './attention-operands.ts';

/** A finite stand-in for −∞ as the running max's start (WGSL has no infinities). */
const NEG_BIG = -3.0e38;

/** The most f32 words of per-thread rows (accumulator and own operands) kept in registers. */
const REGISTER_ROW_WORDS = 160;

/** One f32 row per thread: scalar registers (columns unrolled) or a column-major workgroup array. */
interface ThreadRow {
  load(cc: KExpr, ci: number | undefined): KExpr;
  store(cc: KExpr, ci: number | undefined, v: KExpr): KStmt;
}

/** Rows per workgroup and tile rows that fit the target's workgroup memory (f32 words: R·width + BT·tileWidth + BT·extra). */
export function gridTileSizes(maxBytes: number, width: number, tileWidth: number, extra: number): { R: number; BT: number } {
  let R = 64;
  let BT = 64;
  const bytes = () => 4 * (R * width + BT * (tileWidth + extra));
  while (bytes() > maxBytes && (R > 1 || BT > 1)) {
    if ((R * width >= BT * (tileWidth + extra) && R > 16) || BT <= 8) R = Math.max(1, R / 2);
    else BT = Math.max(1, BT / 2);
  }
  return { R, BT };
}

export function lowerAttentionGrid(s: StageLowering, n: SingleAttentionNode, d: AttentionDims): Kernel {
  const a = n.attrs;
  const names = s.names;
  const i32 = (base: string): KVar => names.variable(base, 'i32');
  const f32 = (base: string): KVar => names.variable(base, 'f32');
  const keyRows = a.part === 'dk' || a.part === 'dv';
  const width = { out: d.V, lse: 0, dq: d.K, dk: d.K, dv: d.V }[a.part];
  // What each tile row holds: query rows load K (and V); key rows load q and dO, with lse (and delta).
  const tileCols = keyRows ? [['q', d.K], ['dO', d.V], ['lse', 1], ...(a.part === 'dk' ? [['delta', 1]] as const : [])] as const
    : a.part === 'lse' ? [['k', d.K]] as const : [['k', d.K], ['v', d.V]] as const;
  const tileWidth = tileCols.reduce((acc, [, w]) => acc + w, 0);
  // Each thread's own operand rows (read once per pair otherwise): q (and dO) of its query, or k (and v) of its key.
  const ownCols = keyRows ? [['k', d.K], ...(a.part === 'dk' ? [['v', d.V]] as const : [])] as const
    : [['q', d.K], ...(a.part === 'dq' ? [['dO', d.V]] as const : [])] as const;
  const ownWidth = ownCols.reduce((acc, [, w]) => acc + w, 0);
  // Registers for the accumulator and the own rows together, or neither: an accumulator in
  // registers beside own rows in workgroup memory (dq, dk at head size 64) spills on sm_90.
  const inRegisters = width + ownWidth <= REGISTER_ROW_WORDS;
  const sharedWidth = inRegisters ? 0 : width + ownWidth;
  const { R, BT } = gridTileSizes(s.limits.maxWorkgroupMemoryBytes, sharedWidth, tileWidth, 0);
  const tiles = new Map<string, WorkgroupArray>(tileCols.map(([name, w]) => [name, k.workgroupArray(names.fresh(`t_${name}`), 'f32', BT * w)]));
  const arrays: WorkgroupArray[] = [];
  const top = new Scope(names);
  const t = top.bind('t', k.cast('i32', k.localId(0)));
  // Per-thread rows in workgroup memory live column-major (element c of thread t at c·R + t): a
  // warp's threads touch consecutive words, so the accesses are free of bank conflicts.
  const slot = (col: KExpr): KExpr => k.add(k.mul(col, R), t);
  const threadRow = (name: string, w: number): ThreadRow => {
    if (inRegisters) {
      const vars = Array.from({ length: w }, (_, i) => f32(`${name}${i}`));
      for (const v of vars) top.push(k.let(v, k.f32(0)));
      return { load: (_cc, ci) => vars[ci!]!, store: (_cc, ci, v) => k.assign(vars[ci!]!, v) };
    }
    const arr = k.workgroupArray(names.fresh(name), 'f32', R * w);
    arrays.push(arr);
    return { load: (cc) => k.wgLoad(arr, slot(cc)), store: (cc, _ci, v) => k.wgStore(arr, slot(cc), v) };
  };
  const acc = width > 0 ? threadRow('acc', width) : undefined;
  const own = new Map<string, ThreadRow>(ownCols.map(([name, w]) => [name, threadRow(`r_${name}`, w)]));
  /** `body` for each of `size` columns: a loop, or unrolled (constant column indices) when `unrolled`. */
  const columns = (scope: Scope, size: number, unrolled: boolean, body: (inner: Scope, cc: KExpr, ci: number | undefined) => void): void => {
    if (unrolled) {
      for (let ci = 0; ci < size; ci++) body(scope, k.i32(ci), ci);
      return;
    }
    const cc = i32('c');
    const inner = scope.child();
    body(inner, cc, undefined);
    scope.push(k.for(cc, 0, size, inner.stmts));
  };
  const out = s.buffers.use(s.table.forNode(n.id), 'write');
  const shift = d.S - d.T;
  const r = d.H / d.G;
  const rows = keyRows ? d.S : d.T;
  const others = keyRows ? d.T : d.S;
  const heads = keyRows ? d.G : d.H;
  const blocks = Math.ceil(rows / R);
  const leadCount = d.lead.reduce((x, y) => x * y, 1);
  const count = blocks * heads * leadCount;
  const grid = workgroupGrid(count, s.limits.maxWorkgroupsPerDimension);

  const wg = top.bind('wg', grid.linear);
  const block = top.bind('blk', k.mod(wg, blocks));
  const hl = top.bind('hl', k.idiv(wg, blocks));
  const head = top.bind(keyRows ? 'g' : 'h', k.mod(hl, heads));
  let rest: KExpr = top.bind('lead', k.idiv(hl, heads));
  const lead: KExpr[] = new Array(d.lead.length);
  for (let ax = d.lead.length - 1; ax >= 0; ax--) {
    lead[ax] = top.bind(`b${ax}`, ax === 0 ? rest : k.mod(rest, d.lead[ax]!));
    if (ax > 0) rest = top.bind('lead', k.idiv(rest, d.lead[ax]!));
  }
  const c: AttentionContext = { s, n, a, d, ev: new Evaluator(s, {}), lead };
  const row0 = top.bind('r0', k.mul(block, R));
  const row = top.bind('row', k.add(row0, t));
  const valid = top.bind('valid', k.lt(row, rows));
  const last = top.bind('rlast', k.sub(k.min(k.i32(rows), k.add(row0, R)), 1));
  if (acc && !inRegisters) columns(top, width, false, (inner, cc, ci) => inner.push(acc.store(cc, ci, k.f32(0))));
  for (const [name, w] of ownCols) {
    const r = own.get(name)!;
    const fill = top.child();
    columns(fill, w, inRegisters, (inner, cc, ci) => inner.push(r.store(cc, ci, readOperand(c, inner, name, head, row, cc))));
    top.push(k.if(valid, fill.stmts));
  }

  /** Loads tile rows o0 … o0 + BT − 1 of the other side (zeros past its end) into the tiles, all threads together. */
  const loadTiles = (scope: Scope, o0: KExpr, opHead: KExpr): void => {
    for (const [name, w] of tileCols) {
      const e = i32('e');
      const inner = scope.child();
      const oo = inner.bind('o', k.add(o0, k.idiv(e, w)));
      const value = (body: Scope) => readOperand(c, body, name, opHead, oo, w === 1 ? k.i32(0) : k.mod(e, w));
      const inside = inner.child();
      const v = value(inside);
      inside.push(k.wgStore(tiles.get(name)!, e, v));
      inner.push(k.if(k.lt(oo, others), inside.stmts, [k.wgStore(tiles.get(name)!, e, k.f32(0))]));
      scope.push(k.for(e, t, BT * w, inner.stmts, R));
    }
  };
  const tileAt = (name: string, rowInTile: KExpr, column: KExpr, w: number): KExpr => k.wgLoad(tiles.get(name)!, k.add(k.mul(rowInTile, w), column));

  /** Σ_c own[c] · other(c) over `size` columns of this thread's row `name` into a fresh local (unrolled when the rows are registers). */
  const ownDot = (scope: Scope, size: number, name: string, other: (cc: KExpr) => KExpr): KVar => {
    const ownRow = own.get(name)!;
    const sum = f32('dot');
    scope.push(k.let(sum, k.f32(0)));
    columns(scope, size, inRegisters, (inner, cc, ci) => inner.push(k.assign(sum, k.add(sum, k.mul(ownRow.load(cc, ci), other(cc))))));
    return sum;
  };
  const eachColumn = (scope: Scope, f: (s: Scope, cur: KExpr, cc: KExpr) => KExpr): void => {
    columns(scope, width, inRegisters, (inner, cc, ci) => inner.push(acc!.store(cc, ci, f(inner, acc!.load(cc, ci), cc))));
  };
  /** for o0 in [lo, hi) step BT: barrier, load, barrier, then `each` over the tile rows this thread's row pairs with. */
  const tileLoop = (scope: Scope, lo: KExpr, hi: KExpr, opHead: KExpr, rowLo: KExpr, rowHi: KExpr,
    each: (body: Scope, oo: KVar, o: KExpr) => void): void => {
    const o0 = i32('o0');
    const loop = scope.child();
    loop.push(k.barrier());
    loadTiles(loop, o0, opHead);
    loop.push(k.barrier());
    const from = loop.bind('ofrom', k.max(k.i32(0), k.sub(rowLo, o0)));
    const to = loop.bind('oto', k.min(k.i32(BT), k.sub(rowHi, o0)));
    const oo = i32('oo');
    const body = loop.child();
    each(body, oo, k.add(o0, oo));
    loop.push(k.if(valid, [k.for(oo, from, to, body.stmts)]));
    scope.push(k.for(o0, lo, hi, loop.stmts, BT));
  };

  if (!keyRows) {
    const h = head;
    const g = r === 1 ? h : top.bind('g', k.idiv(h, r));
    const p = top.bind('p', k.add(row, shift));
    // This thread's visible keys, and the union over the workgroup's rows (uniform: the tile loop's bounds).
    const lo = a.window > 0 ? top.bind('lo', k.max(k.i32(0), k.sub(p, a.window - 1))) : k.i32(0);
    const hi = a.causal ? top.bind('hi', k.min(k.i32(d.S), k.add(p, 1))) : k.i32(d.S);
    const blockLo = a.window > 0 ? top.bind('jlo', k.max(k.i32(0), k.sub(k.add(row0, shift), a.window - 1))) : k.i32(0);
    const blockHi = a.causal ? top.bind('jhi', k.min(k.i32(d.S), k.add(k.add(last, shift), 1))) : k.i32(d.S);
    if (a.part === 'dq') {
      const readRow = top.child();
      const lse = readRow.bind('lse', readOperand(c, readRow, 'lse', h, row, k.i32(0)));
      const delta = readRow.bind('delta', readOperand(c, readRow, 'delta', h, row, k.i32(0)));
      const lseV = f32('lse');
      const deltaV = f32('delta');
      top.push(k.let(lseV, k.f32(0)), k.let(deltaV, k.f32(0)));
      readRow.push(k.assign(lseV, lse), k.assign(deltaV, delta));
      top.push(k.if(valid, readRow.stmts));
      tileLoop(top, blockLo, blockHi, g, lo, hi, (body, oo) => {
        const score = ownDot(body, d.K, 'q', (cc) => tileAt('k', oo, cc, d.K));
        const pj = body.bind('pj', k.exp(k.sub(k.mul(score, a.scale), lseV)));
        const dp = ownDot(body, d.V, 'dO', (cc) => tileAt('v', oo, cc, d.V));
        const ds = body.bind('ds', k.mul(k.mul(pj, k.sub(dp, deltaV)), a.scale));
        eachColumn(body, (_s, cur, cc) => k.add(cur, k.mul(ds, tileAt('k', oo, cc, d.K))));
      });
    } else {
      const m = f32('m');
      const l = f32('l');
      top.push(k.let(m, k.f32(NEG_BIG)), k.let(l, k.f32(0)));
      tileLoop(top, blockLo, blockHi, g, lo, hi, (body, oo) => {
        const score = ownDot(body, d.K, 'q', (cc) => tileAt('k', oo, cc, d.K));
        const sc = body.bind('s', k.mul(score, a.scale));
        const raise = body.child();
        const corr = raise.bind('corr', k.exp(k.sub(m, sc)));
        raise.push(k.assign(l, k.mul(l, corr)));
        if (acc) eachColumn(raise, (_s, cur) => k.mul(cur, corr));
        raise.push(k.assign(m, sc));
        body.push(k.if(k.gt(sc, m), raise.stmts));
        const pj = body.bind('pj', k.exp(k.sub(sc, m)));
        body.push(k.assign(l, k.add(l, pj)));
        if (acc) eachColumn(body, (_s, cur, cc) => k.add(cur, k.mul(pj, tileAt('v', oo, cc, d.V))));
      });
      const seen = k.gt(l, k.f32(0));
      const flat = rowIndex(c, head, row, heads, rows);
      if (a.part === 'lse') {
        top.push(k.if(valid, [k.store(out, flat, k.select(seen, k.add(m, k.log(k.select(seen, l, k.f32(1)))), k.f32(-Infinity)))]));
      } else {
        const inv = f32('inv');
        const write = top.child();
        write.push(k.let(inv, k.select(seen, k.div(k.f32(1), k.select(seen, l, k.f32(1))), k.f32(0))));
        columns(write, width, inRegisters, (inner, cc, ci) => inner.push(k.store(out, k.add(k.mul(flat, width), cc), k.mul(acc!.load(cc, ci), inv))));
        top.push(k.if(valid, write.stmts));
      }
      return finish(s, top, arrays, tiles, grid, R, count);
    }
  } else {
    const g = head;
    const j = row;
    // Queries (0-based among T) that see key j, and the union over the workgroup's keys.
    const lo = a.causal ? top.bind('ilo', k.max(k.i32(0), k.sub(j, shift))) : k.i32(0);
    const hi = a.window > 0 ? top.bind('ihi', k.min(k.i32(d.T), k.add(j, a.window - shift))) : k.i32(d.T);
    const blockLo = a.causal ? top.bind('blo', k.max(k.i32(0), k.sub(row0, shift))) : k.i32(0);
    const blockHi = a.window > 0 ? top.bind('bhi', k.min(k.i32(d.T), k.add(last, a.window - shift))) : k.i32(d.T);
    const hh = i32('hh');
    const perHead = top.child();
    const h = perHead.bind('h', k.add(k.mul(g, r), hh));
    tileLoop(perHead, blockLo, blockHi, h, lo, hi, (body, oo) => {
      const score = ownDot(body, d.K, 'k', (cc) => tileAt('q', oo, cc, d.K));
      const pj = body.bind('pj', k.exp(k.sub(k.mul(score, a.scale), tileAt('lse', oo, k.i32(0), 1))));
      if (a.part === 'dv') {
        eachColumn(body, (_s, cur, cc) => k.add(cur, k.mul(pj, tileAt('dO', oo, cc, d.V))));
      } else {
        const dp = ownDot(body, d.V, 'v', (cc) => tileAt('dO', oo, cc, d.V));
        const ds = body.bind('ds', k.mul(k.mul(pj, k.sub(dp, tileAt('delta', oo, k.i32(0), 1))), a.scale));
        eachColumn(body, (_s, cur, cc) => k.add(cur, k.mul(ds, tileAt('q', oo, cc, d.K))));
      }
    });
    top.push(k.for(hh, 0, r, perHead.stmts));
  }
  // dq, dk, dv: the accumulator row is the result.
  const flat = rowIndex(c, head, row, heads, rows);
  const write = top.child();
  columns(write, width, inRegisters, (inner, cc, ci) => inner.push(k.store(out, k.add(k.mul(flat, width), cc), acc!.load(cc, ci))));
  top.push(k.if(valid, write.stmts));
  return finish(s, top, arrays, tiles, grid, R, count);
}

/** The flat row index of (lead…, head, row) in the result, whose rows are [lead…, heads, rows]. */
function rowIndex(c: AttentionContext, head: KExpr, row: KExpr, heads: number, rows: number): KExpr {
  const leadFlat = c.lead.reduce<KExpr>((acc, x, ax) => k.add(k.mul(acc, c.d.lead[ax]!), x), k.i32(0));
  return k.add(k.mul(k.add(k.mul(leadFlat, heads), head), rows), row);
}

function finish(s: StageLowering, top: Scope, arrays: readonly WorkgroupArray[], tiles: ReadonlyMap<string, WorkgroupArray>,
  grid: ReturnType<typeof workgroupGrid>, R: number, count: number): Kernel {
  const body: KStmt[] = grid.exact ? top.stmts : [k.if(k.lt(grid.linear, count), top.stmts)];
  const sig = s.signature;
  return finishKernel(s, k.kernel({
    name: sig.name, buffers: [], launch: k.grid([R, 1, 1], grid.workgroups),
    body: [...arrays, ...tiles.values(), ...body], ...(sig.loc ? { loc: sig.loc } : {}),
  }));
}
