// Attention kernels: one `attention` node (graph/ops/attention.ts) per
// kernel, its operands read from memory through their views (the head split
// of a projection is a view, so q, k and v are never copied). No kernel ever
// holds the T×S score matrix:
//
//  out  each query row runs an online softmax over its visible keys only
//       (causal and window bounds are loop bounds, so masked keys cost
//       nothing): a running max m, sum l and accumulator; when a score
//       raises the max, l and the accumulator are rescaled by exp(m − s),
//       so each key costs one exp in the common case;
//  lse  the same pass without the accumulator: m + log l;
//  dq   each query row recomputes P_ij = exp(s_ij − L_i) and accumulates
//       scale · P_ij (dO_i·v_j − D_i) k_j;
//  dk, dv  each key row walks the query heads of its group and the queries
//       that see it, recomputing P_ij the same way (FlashAttention-2's
//       backward, one output per kernel since ops have one result).
//
// This file is the row form, for the CPU when an operand is not a plain
// strided view: one row at a time, its accumulator kernel-local scratch. The
// CPU's usual form is the tiled one in attention-tiled.ts, whose products
// are gemm calls; GPUs use attention-grid.ts, a workgroup's rows sharing
// tiles of the other side in workgroup memory, with the same arithmetic.
//
// The packed parts the CPU's attention-merge pass makes (out_lse, dqkv) run
// tiled as one pass (attention-tiled.ts, attention-tiled-backward.ts). The
// row form takes them too, so the pass need not know how fusion will read
// the operands: out_lse is the out rows also storing m + log l; dqkv is the
// dq, dk and dv row loops one after another in one kernel (the scores are
// recomputed per loop, as by three kernels: this form is the fallback). GPU
// targets never get packed parts; their lowering refuses one.
import { k } from '../../kernel/build.ts';
import type { KExpr, KStmt, KVar, Kernel } from '../../kernel/ir.ts';
import { Evaluator } from '../../kernel/lower/evaluator.ts';
import { Scope } from '../../kernel/lower/scope.ts';
import { type StageLowering, finishKernel } from '../../kernel/lower/stage-kernel.ts';
import { stageNodes } from '../../kernel/lower/stages.ts';
import { elementwiseKernel } from '../../kernel/templates/elementwise.ts';
import { type AttentionDims, PACKED_PARTS, type SingleAttentionNode, type SinglePart, attentionDims, attentionPieces } from '../../graph/ops/attention.ts';
import { lowerAttentionGrid } from './attention-grid.ts';
import { type AttentionContext, readOperand } from './attention-operands.ts';
import { lowerAttentionTiled } from './attention-tiled.ts';
import type { Node, OpAttrs } from '../../graph/types.ts';
import type { KernelTemplate } from '../template.ts';

const isAttention = (n: Node): n is Node<'attention'> => n.op === 'attention';

export const attention: KernelTemplate = {
  kind: 'attention',
  label: (g, group) => `attn_${(g.nodes[group.nodes[0]!.node]!.attrs as OpAttrs['attention']).part}`,
  anchors: isAttention,
  maxAnchors: 1,
  alone: true,
  space: (_g, n) => ({ shape: [...n.type.shape], reduceAxes: [] }),
  anchorLevels: (_g, n) => ({ output: 'element', inputs: n.inputs.map(() => null) }),
  stages: (_p, group) => [{ nodes: stageNodes(group), lower: lowerAttention, fitted: true }],
};

/** A finite stand-in for −∞ as the running max's start (WGSL has no infinities). */
const NEG_BIG = -3.0e38;

function lowerAttention(s: StageLowering): Kernel {
  const g = s.p.graph;
  const n = g.nodes[s.stage.nodes[0]!.node]!;
  if (!isAttention(n)) throw new Error(`lowering: k${s.stage.group.id} is not an attention kernel`);
  const d = attentionDims(n, n.inputs.map((i) => g.nodes[i]!.type));
  // On a GPU: tiles of K/V (or Q/dO) shared by a workgroup's rows (attention-grid.ts).
  if (s.launch === 'grid') {
    if (PACKED_PARTS[n.attrs.part]) {
      throw new Error(`lowering: k${s.stage.group.id} is attention (${n.attrs.part}), a packed part only the CPU's attention-merge pass makes (passes/attention-merge.ts); a GPU target runs its parts as separate kernels`);
    }
    return lowerAttentionGrid(s, n as SingleAttentionNode, d);
  }
  // On a CPU with the gemm intrinsic: tiles of scores by gemm (attention-tiled.ts).
  if (s.launch === 'serial' && s.target.gemmIntrinsic) {
    const tiled = lowerAttentionTiled(s, n, d);
    if (tiled) return tiled;
  }
  // One loop over rows per single part (out_lse: one loop storing both), each into its piece of the result.
  const pieces = attentionPieces(n.attrs.part, d);
  const loops: readonly { part: SinglePart; offset: number; lseAt?: number }[] = n.attrs.part === 'out_lse' ? [{ part: 'out', offset: 0, lseAt: pieces[1]!.offset }] : pieces;
  const kernels = loops.map((l) => rowLoop(s, n, d, l.part, l.offset, l.lseAt));
  return finishKernel(s, { ...kernels[0]!.kernel, body: kernels.flatMap((x) => [...x.decls, ...x.kernel.body]) });
}

/**
 * The row loop of single part `part` of node n, storing at `offset` in n's
 * result; with `lseAt` (out only), each row's m + log l also at lseAt + row.
 */
function rowLoop(s: StageLowering, n: Node<'attention'>, d: AttentionDims, part: SinglePart, offset: number, lseAt?: number): { kernel: Kernel; decls: KStmt[] } {
  const keyRows = part === 'dk' || part === 'dv';
  const width = { out: d.V, lse: 0, dq: d.K, dk: d.K, dv: d.V }[part];
  const rowShape = keyRows ? [...d.lead, d.G, d.S] : [...d.lead, d.H, d.T];
  // One row at a time: its accumulator is kernel-local scratch.
  const acc = width > 0 ? k.workgroupArray(s.names.fresh('acc'), 'f32', width) : undefined;
  const out = s.buffers.use(s.table.forNode(n.id), 'write');
  const kernel = elementwiseKernel({
    signature: s.signature,
    launch: s.launch,
    limits: s.limits,
    shape: rowShape,
    names: s.names,
    body: ({ flat, index }) => {
      const L = d.lead.length;
      const c: AttentionContext = { s, n, a: n.attrs, d, ev: new Evaluator(s, {}), lead: index.slice(0, L) };
      const scope = new Scope(s.names);
      const slot = (col: KExpr): KExpr => k.add(k.i32(0), col);
      const at = (x: KExpr): KExpr => (offset ? k.add(x, offset) : x);
      const col = s.names.variable('c', 'i32');
      if (keyRows) {
        keyRow(c, part, scope, index[L]!, index[L + 1]!, acc, slot);
        scope.push(k.for(col, 0, width, [k.store(out, at(k.add(k.mul(flat, width), col)), k.wgLoad(acc!, slot(col)))]));
        return scope.stmts;
      }
      const row = queryRow(c, part, scope, index[L]!, index[L + 1]!, acc, slot);
      if (part === 'lse') {
        scope.push(k.store(out, at(flat), row.lse!()));
        return scope.stmts;
      }
      if (lseAt !== undefined) scope.push(k.store(out, k.add(flat, lseAt), row.lse!()));
      const value = k.wgLoad(acc!, slot(col));
      const factor = row.inv?.();
      scope.push(k.for(col, 0, width, [k.store(out, at(k.add(k.mul(flat, width), col)), factor ? k.mul(value, factor) : value)]));
      return scope.stmts;
    },
  });
  return { kernel, decls: acc ? [acc] : [] };
}

/** operand[lead…, head, row, col] */
const read = readOperand;

/** Σ_col a[col] · b[col] over `size` columns, as a loop into a fresh local. */
function dot(c: AttentionContext, scope: Scope, size: number, a: (s: Scope, col: KExpr) => KExpr, b: (s: Scope, col: KExpr) => KExpr): KVar {
  const sum = c.s.names.variable('dot', 'f32');
  const col = c.s.names.variable('c', 'i32');
  const inner = scope.child();
  inner.push(k.assign(sum, k.add(sum, k.mul(a(inner, col), b(inner, col)))));
  scope.push(k.let(sum, k.f32(0)), k.for(col, 0, size, inner.stmts));
  return sum;
}

/** acc[col] = f(acc[col], col) for every column. */
function eachColumn(c: AttentionContext, scope: Scope, width: number, slot: (col: KExpr) => KExpr, acc: ReturnType<typeof k.workgroupArray>, f: (s: Scope, cur: KExpr, col: KExpr) => KExpr): void {
  const col = c.s.names.variable('c', 'i32');
  const inner = scope.child();
  const at = slot(col);
  inner.push(k.wgStore(acc, at, f(inner, k.wgLoad(acc, at), col)));
  scope.push(k.for(col, 0, width, inner.stmts));
}

/** What a query row leaves to store: the factor of its accumulator (1/l) and its log-sum-exp, each bound when asked for. */
interface QueryRowResult {
  readonly inv?: () => KExpr;
  readonly lse?: () => KExpr;
}

/** A query row of part `part` (out, lse, dq). */
function queryRow(c: AttentionContext, part: SinglePart, scope: Scope, h: KExpr, i: KExpr, acc: ReturnType<typeof k.workgroupArray> | undefined, slot: (col: KExpr) => KExpr): QueryRowResult {
  const { a, d } = c;
  const r = d.H / d.G;
  const g = scope.bind('g', r === 1 ? h : k.idiv(h, r));
  const p = scope.bind('p', k.add(i, d.S - d.T));
  const lo = a.window > 0 ? scope.bind('lo', k.max(k.i32(0), k.sub(p, a.window - 1))) : k.i32(0);
  const hi = a.causal ? scope.bind('hi', k.min(k.i32(d.S), k.add(p, 1))) : k.i32(d.S);
  const width = part === 'dq' ? d.K : d.V;
  if (acc) eachColumn(c, scope, width, slot, acc, () => k.f32(0));
  const j = c.s.names.variable('j', 'i32');
  const loop = scope.child();
  const score = dot(c, loop, d.K, (s, col) => read(c, s, 'q', h, i, col), (s, col) => read(c, s, 'k', g, j, col));
  const sc = loop.bind('s', k.mul(score, a.scale));

  if (part === 'dq') {
    const lse = read(c, scope, 'lse', h, i, k.i32(0));
    const delta = read(c, scope, 'delta', h, i, k.i32(0));
    const pj = loop.bind('pj', k.exp(k.sub(sc, lse)));
    const dp = dot(c, loop, d.V, (s, col) => read(c, s, 'dO', h, i, col), (s, col) => read(c, s, 'v', g, j, col));
    const ds = loop.bind('ds', k.mul(k.mul(pj, k.sub(dp, delta)), a.scale));
    eachColumn(c, loop, d.K, slot, acc!, (s, cur, col) => k.add(cur, k.mul(ds, read(c, s, 'k', g, j, col))));
    scope.push(k.for(j, lo, hi, loop.stmts));
    return {};
  }

  // Online softmax: m the running max, l the running sum (relative to m).
  const m = c.s.names.variable('m', 'f32');
  const l = c.s.names.variable('l', 'f32');
  scope.push(k.let(m, k.f32(NEG_BIG)), k.let(l, k.f32(0)));
  const raise = loop.child();
  const corr = raise.bind('corr', k.exp(k.sub(m, sc)));
  raise.push(k.assign(l, k.mul(l, corr)));
  if (acc) eachColumn(c, raise, d.V, slot, acc, (_s, cur) => k.mul(cur, corr));
  raise.push(k.assign(m, sc));
  loop.push(k.if(k.gt(sc, m), raise.stmts));
  const pj = loop.bind('pj', k.exp(k.sub(sc, m)));
  loop.push(k.assign(l, k.add(l, pj)));
  if (acc) eachColumn(c, loop, d.V, slot, acc, (s, cur, col) => k.add(cur, k.mul(pj, read(c, s, 'v', g, j, col))));
  scope.push(k.for(j, lo, hi, loop.stmts));
  const seen = k.gt(l, k.f32(0));
  return {
    lse: () => k.select(seen, k.add(m, k.log(k.select(seen, l, k.f32(1)))), k.f32(-Infinity)),
    inv: () => scope.bind('inv', k.select(seen, k.div(k.f32(1), k.select(seen, l, k.f32(1))), k.f32(0))),
  };
}

/** A key row of part `part` (dk, dv): the query heads of its group, the queries that see key j. */
function keyRow(c: AttentionContext, part: SinglePart, scope: Scope, g: KExpr, j: KExpr, acc: ReturnType<typeof k.workgroupArray> | undefined, slot: (col: KExpr) => KExpr): void {
  const { a, d } = c;
  const r = d.H / d.G;
  const shift = d.S - d.T;
  // Query i (at position i + shift) sees j iff (not causal or j ≤ i + shift) and (no window or i + shift − j < window).
  const lo = a.causal ? scope.bind('lo', k.max(k.i32(0), k.sub(j, shift))) : k.i32(0);
  const hi = a.window > 0 ? scope.bind('hi', k.min(k.i32(d.T), k.add(j, a.window - shift))) : k.i32(d.T);
  const width = part === 'dk' ? d.K : d.V;
  eachColumn(c, scope, width, slot, acc!, () => k.f32(0));
  const hh = c.s.names.variable('hh', 'i32');
  const i = c.s.names.variable('i', 'i32');
  const heads = scope.child();
  const h = heads.bind('h', k.add(k.mul(g, r), hh));
  const loop = heads.child();
  const score = dot(c, loop, d.K, (s, col) => read(c, s, 'q', h, i, col), (s, col) => read(c, s, 'k', g, j, col));
  const pj = loop.bind('pj', k.exp(k.sub(k.mul(score, a.scale), read(c, loop, 'lse', h, i, k.i32(0)))));
  if (part === 'dv') {
    eachColumn(c, loop, d.V, slot, acc!, (s, cur, col) => k.add(cur, k.mul(pj, read(c, s, 'dO', h, i, col))));
  } else {
    const dp = dot(c, loop, d.V, (s, col) => read(c, s, 'dO', h, i, col), (s, col) => read(c, s, 'v', g, j, col));
    const ds = loop.bind('ds', k.mul(k.mul(pj, k.sub(dp, read(c, loop, 'delta', h, i, k.i32(0)))), a.scale));
    eachColumn(c, loop, d.K, slot, acc!, (s, cur, col) => k.add(cur, k.mul(ds, read(c, s, 'q', h, i, col))));
  }
  heads.push(k.for(i, lo, hi, loop.stmts));
  scope.push(k.for(hh, 0, r, heads.stmts));
}
