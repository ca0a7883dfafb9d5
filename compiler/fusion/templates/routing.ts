// Routing kernels: `topk` and `group_sort` (graph/ops/topk.ts), one node per
// kernel, operands from memory. Each is small next to the expert matmuls it
// feeds, so the forms are the plainest that run everywhere:
//
//  topk         one row per invocation (loop on the CPU): k passes over the
//               row, pass j picking the best entry strictly after pass j − 1's
//               in the order (value descending, index ascending), so ties go
//               to the lower index with no scratch memory.
//  group_sort   offsets: entry e counts the keys below e.
//               order, CPU: a counting sort (counts, exclusive prefix sum,
//               stable placement) in kernel-local scratch, O(keys + groups).
//               order, GPU: each key finds its sorted position (keys of lower
//               groups plus equal keys before it) and writes its index there:
//               O(keys²) work but no atomics and no cross-workgroup steps.
import { k } from '../../kernel/build.ts';
import type { KExpr, Kernel } from '../../kernel/ir.ts';
import { Evaluator } from '../../kernel/lower/evaluator.ts';
import { toIndex } from '../../kernel/lower/ops.ts';
import { Point } from '../../kernel/lower/point.ts';
import { Scope } from '../../kernel/lower/scope.ts';
import { type StageLowering, finishKernel } from '../../kernel/lower/stage-kernel.ts';
import { findLoad, stageNodes } from '../../kernel/lower/stages.ts';
import { elementwiseKernel } from '../../kernel/templates/elementwise.ts';
import type { Node, OpAttrs } from '../../graph/types.ts';
import type { KernelTemplate } from '../template.ts';

const isRouting = (n: Node): boolean => n.op === 'topk' || n.op === 'group_sort';

/** A finite stand-in for −∞ (WGSL has no infinities); NaN entries read as it, so they sort last as in the reference. */
const NEG_BIG = -3.0e38;

export const routing: KernelTemplate = {
  kind: 'routing',
  label: (g, group) => {
    const n = g.nodes[group.nodes[0]!.node]!;
    return n.op === 'topk' ? `topk_${(n.attrs as OpAttrs['topk']).part}` : `sort_${(n.attrs as OpAttrs['group_sort']).part}`;
  },
  anchors: isRouting,
  maxAnchors: 1,
  alone: true,
  space: (_g, n) => ({ shape: [...n.type.shape], reduceAxes: [] }),
  anchorLevels: (_g, n) => ({ output: 'element', inputs: n.inputs.map(() => null) }),
  stages: (_p, group) => [{ nodes: stageNodes(group), lower: lowerRouting, fitted: true }],
};

/** The kernel's one node and a reader of its input at a multi-index. */
/** One invocation per element of `shape`, finished as the stage's kernel. */
function perElement(s: StageLowering, shape: readonly number[], body: Parameters<typeof elementwiseKernel>[0]['body']): Kernel {
  return finishKernel(s, elementwiseKernel({ signature: s.signature, launch: s.launch, limits: s.limits, names: s.names, shape, body }));
}

function anchorOf(s: StageLowering): { n: Node; read: (scope: Scope, index: readonly KExpr[]) => KExpr } {
  const g = s.p.graph;
  const n = g.nodes[s.stage.nodes[0]!.node]!;
  const input = n.inputs[0]!;
  const load = findLoad(s.stage.group, input, 'element');
  if (!load) throw new Error(`lowering: %${n.id} must read %${input} from memory`);
  const ev = new Evaluator(s, {});
  const shape = g.nodes[input]!.type.shape;
  return { n, read: (scope, index) => ev.loadAt(scope, load, Point.axes(shape, index)) };
}

function lowerRouting(s: StageLowering): Kernel {
  const { n } = anchorOf(s);
  if (n.op === 'topk') return lowerTopk(s);
  return (n.attrs as OpAttrs['group_sort']).part === 'offsets' ? lowerOffsets(s) : s.launch === 'serial' ? lowerOrderSerial(s) : lowerOrderGrid(s);
}

function lowerTopk(s: StageLowering): Kernel {
  const { n, read } = anchorOf(s);
  const { k: count, part } = n.attrs as OpAttrs['topk'];
  const xShape = s.p.graph.nodes[n.inputs[0]!]!.type.shape;
  const width = xShape[xShape.length - 1]!;
  const out = s.buffers.use(s.table.forNode(n.id), 'write');
  const i32 = (base: string) => s.names.variable(base, 'i32');
  const f32 = (base: string) => s.names.variable(base, 'f32');
  return perElement(s, xShape.slice(0, -1), ({ flat, index }) => {
    const scope = new Scope(s.names);
    const [pv, pi, bv, bi, j, c] = [f32('pv'), i32('pi'), f32('bv'), i32('bi'), i32('j'), i32('c')];
    const pass = scope.child();
    const cand = pass.child();
    const raw = cand.bind('x', read(cand, [...index, c]));
    const v = cand.bind('v', k.select(k.eq(raw, raw), raw, k.f32(NEG_BIG)));
    // Strictly after the previous pick in (value desc, index asc) order; the first pass takes any.
    const after = k.or(k.lt(pi, 0), k.or(k.lt(v, pv), k.and(k.eq(v, pv), k.gt(c, pi))));
    // Scanning up, `>` keeps the lower index among equal values.
    const better = k.or(k.lt(bi, 0), k.gt(v, bv));
    cand.push(k.if(k.and(after, better), [k.assign(bv, v), k.assign(bi, c)]));
    pass.push(k.assign(bv, k.f32(NEG_BIG)), k.assign(bi, k.i32(-1)), k.for(c, 0, width, cand.stmts));
    pass.push(k.store(out, k.add(k.mul(flat, count), j), part === 'values' ? bv : k.cast('f32', bi)));
    pass.push(k.assign(pv, bv), k.assign(pi, bi));
    scope.push(k.let(pv, k.f32(0)), k.let(pi, k.i32(-1)), k.let(bv, k.f32(0)), k.let(bi, k.i32(-1)), k.for(j, 0, count, pass.stmts));
    return scope.stmts;
  });
}

/** offsets[e] = #{keys < e}. */
function lowerOffsets(s: StageLowering): Kernel {
  const { n, read } = anchorOf(s);
  const keys = s.p.graph.nodes[n.inputs[0]!]!.type.shape[0]!;
  const out = s.buffers.use(s.table.forNode(n.id), 'write');
  return perElement(s, n.type.shape, ({ flat }) => {
    const scope = new Scope(s.names);
    const acc = s.names.variable('cnt', 'i32');
    const i = s.names.variable('i', 'i32');
    const loop = scope.child();
    const key = loop.bind('key', toIndex(read(loop, [i])));
    loop.push(k.if(k.lt(key, flat), [k.assign(acc, k.add(acc, 1))]));
    scope.push(k.let(acc, k.i32(0)), k.for(i, 0, keys, loop.stmts), k.store(out, flat, k.cast('f32', acc)));
    return scope.stmts;
  });
}

/** The CPU's counting sort: counts per group, their exclusive prefix sum, then each key placed at its group's next slot. */
function lowerOrderSerial(s: StageLowering): Kernel {
  const { n, read } = anchorOf(s);
  const { groups } = n.attrs as OpAttrs['group_sort'];
  const keys = n.type.shape[0]!;
  const out = s.buffers.use(s.table.forNode(n.id), 'write');
  const next = k.workgroupArray(s.names.fresh('next'), 'i32', groups);
  const i32 = (base: string) => s.names.variable(base, 'i32');
  const top = new Scope(s.names);
  const [e, i, i2, run] = [i32('e'), i32('i'), i32('i'), i32('run')];
  top.push(k.for(e, 0, groups, [k.wgStore(next, e, k.i32(0))]));
  const count = top.child();
  const key = count.bind('key', toIndex(read(count, [i])));
  count.push(k.wgStore(next, key, k.add(k.wgLoad(next, key), 1)));
  top.push(k.for(i, 0, keys, count.stmts));
  const scan = top.child();
  const size = scan.bind('size', k.wgLoad(next, e));
  scan.push(k.wgStore(next, e, run), k.assign(run, k.add(run, size)));
  top.push(k.let(run, k.i32(0)), k.for(e, 0, groups, scan.stmts));
  const place = top.child();
  const key2 = place.bind('key', toIndex(read(place, [i2])));
  const slot = place.bind('slot', k.wgLoad(next, key2));
  place.push(k.store(out, slot, k.cast('f32', i2)), k.wgStore(next, key2, k.add(slot, 1)));
  top.push(k.for(i2, 0, keys, place.stmts));
  return finishKernel(s, k.kernel({ name: s.signature.name, buffers: [], launch: k.serial(), body: [next, ...top.stmts], ...(s.signature.loc ? { loc: s.signature.loc } : {}) }));
}

/** The GPU's placement: key i goes to #{keys in lower groups} + #{equal keys before i}. */
function lowerOrderGrid(s: StageLowering): Kernel {
  const { n, read } = anchorOf(s);
  const keys = n.type.shape[0]!;
  const out = s.buffers.use(s.table.forNode(n.id), 'write');
  return perElement(s, n.type.shape, ({ flat }) => {
    const scope = new Scope(s.names);
    const mine = scope.bind('mine', toIndex(read(scope, [flat])));
    const pos = s.names.variable('pos', 'i32');
    const i = s.names.variable('i', 'i32');
    const loop = scope.child();
    const key = loop.bind('key', toIndex(read(loop, [i])));
    const before = k.or(k.lt(key, mine), k.and(k.eq(key, mine), k.lt(i, flat)));
    loop.push(k.if(before, [k.assign(pos, k.add(pos, 1))]));
    scope.push(k.let(pos, k.i32(0)), k.for(i, 0, keys, loop.stmts), k.store(out, pos, k.cast('f32', flat)));
    return scope.stmts;
  });
}
