// A reference executor for fused programs: runs kernel by kernel with the
// ops' reference kernels, but lets data cross kernel boundaries only the way
// the program says (a kernel's declared outputs, read back through its
// loads' views). Running it against the plain interpreter checks that a
// fused program is complete and correctly ordered, and that every composed
// view reads what the movement chain it replaces would have produced.
import type { Arr, EvalContext } from '../graph/op.ts';
import { opDef } from '../graph/ops/index.ts';
import type { NodeId, OpAttrs } from '../graph/types.ts';
import { numel } from '../graph/types.ts';
import type { FusedProgram, KernelGroup, ValueAccess } from './types.ts';
import { applyMovement, contiguousView, isViewNode, readView } from './view.ts';
import { templateOf } from './templates/registry.ts';

export interface FusedFeeds {
  readonly inputs: ReadonlyMap<string, Arr>;
  readonly params: ReadonlyMap<string, Arr>;
}

export interface FusedResult {
  outputs: Map<string, Arr>;
  updates: Map<string, Arr>;
}

export function runFused(p: FusedProgram, feeds: FusedFeeds, opts: { float64?: boolean } = {}): FusedResult {
  const g = p.graph;
  const ctx: EvalContext = opts.float64
    ? { float64: true, alloc: (n) => new Float64Array(n) }
    : { float64: false, alloc: (n) => new Float32Array(n) };
  const memory = new Map<NodeId, Arr>();
  for (const n of g.nodes) {
    if (n.op !== 'input' && n.op !== 'param') continue;
    const { name } = n.attrs as OpAttrs['input' | 'param'];
    const v = (n.op === 'input' ? feeds.inputs : feeds.params).get(name);
    if (!v) continue;
    memory.set(n.id, ctx.float64 ? Float64Array.from(v) : Float32Array.from(v));
  }

  const generatedValues = new Map<NodeId, Arr>();
  const generated = (id: NodeId): Arr => {
    let v = generatedValues.get(id);
    if (v) return v;
    const n = g.nodes[id]!;
    const accesses = p.generated.get(id) ?? [];
    const inputs = accesses.map((a) => readAccess(a, generated(a.source)));
    v = opDef(n.op).evaluate(n as never, inputs, n.inputs.map((i) => g.nodes[i]!.type), ctx);
    generatedValues.set(id, v);
    return v;
  };
  const readAccess = (a: ValueAccess, src: Arr): Arr => readView(src, a.view, ctx.alloc(numel(a.view.shape)));

  for (const k of p.kernels) runKernel(p, k, memory, generated, readAccess, ctx);

  const fetch = (buffer: NodeId): Arr => {
    const v = memory.get(buffer);
    if (!v) throw new Error(`runFused: no kernel wrote %${buffer}`);
    return v.slice();
  };
  return {
    outputs: new Map(p.outputs.map((o) => [o.name, fetch(o.buffer)])),
    updates: new Map(p.updates.map((u) => [u.target, fetch(u.buffer)])),
  };
}

function runKernel(
  p: FusedProgram, k: KernelGroup, memory: Map<NodeId, Arr>, generated: (id: NodeId) => Arr,
  readAccess: (a: ValueAccess, src: Arr) => Arr, ctx: EvalContext,
): void {
  const g = p.graph;
  const local = new Map<NodeId, Arr>();
  const loads = new Map(k.loads.map((l) => [l.value, l]));
  // A copy's node may be its own load (a materialised view or a generated result).
  const alone = !!templateOf(k.kind).alone;
  const load = (value: NodeId): Arr => {
    const l = loads.get(value);
    if (!l) throw new Error(`runFused: k${k.id} reads %${value} but has no load for it`);
    const src = l.generated ? generated(l.source) : memory.get(l.source);
    if (!src) throw new Error(`runFused: k${k.id} loads %${l.source} before any kernel wrote it`);
    return readAccess(l, src);
  };
  for (const { node } of k.nodes) {
    const n = g.nodes[node]!;
    if (alone && loads.has(node)) {
      local.set(node, load(node));
      continue;
    }
    const inputs = n.inputs.map((v) => {
      if (loads.has(v)) return load(v);
      // An internal read: the in-kernel value seen through its movement chain (reshape, row broadcast).
      const a = internalAccess(p, k, v);
      const src = local.get(a.source);
      if (!src) throw new Error(`runFused: k${k.id} reads %${v} inside the kernel before computing it`);
      return readAccess(a, src);
    });
    local.set(node, opDef(n.op).evaluate(n as never, inputs, n.inputs.map((i) => g.nodes[i]!.type), ctx));
  }
  for (const o of k.outputs) memory.set(o, local.get(o)!);
}

/** How `value` is read from the node of kernel `k` it is a view of. */
function internalAccess(p: FusedProgram, k: KernelGroup, value: NodeId): ValueAccess {
  const g = p.graph;
  const via: NodeId[] = [];
  let v = value;
  while (p.kernelOf[v] !== k.id) {
    const n = g.nodes[v]!;
    if (!isViewNode(n)) throw new Error(`runFused: k${k.id} reads %${value}, which is neither loaded nor computed in the kernel`);
    via.unshift(v);
    v = n.inputs[0]!;
  }
  let view = contiguousView(g.nodes[v]!.type.shape);
  for (const m of via) view = applyMovement(view, g.nodes[m]!)!;
  return { source: v, view, via };
}
