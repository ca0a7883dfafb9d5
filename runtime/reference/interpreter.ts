// The reference interpreter: evaluates a graph node by node with each op's
// reference kernel. Unfused and simple; the oracle other backends are tested
// against, fast enough to train a small model. Arrays are never mutated once
// produced, so views (reshape, stop_grad) share their input's array.
import type { Arr, EvalContext } from '../../compiler/graph/op.ts';
import { opDef } from '../../compiler/graph/ops/index.ts';
import { fillInitial, hashString } from '../../compiler/graph/random.ts';
import { type Graph, type InitSpec, type Node, type OpAttrs, fmtType, numel } from '../../compiler/graph/types.ts';

export interface Feeds {
  inputs: ReadonlyMap<string, Arr>;
  params: ReadonlyMap<string, Arr>;
}

export interface RunOptions {
  /** Evaluate in float64 (gradient checks). */
  float64?: boolean;
  /** Only these outputs (updates are always computed); default all. */
  outputs?: string[];
}

export interface RunResult {
  outputs: Map<string, Arr>;
  updates: Map<string, Arr>;
}

export function evalContext(float64: boolean): EvalContext {
  return { float64, alloc: float64 ? (n) => new Float64Array(n) : (n) => new Float32Array(n) };
}

export function runGraph(g: Graph, feeds: Feeds, opts: RunOptions = {}): RunResult {
  const float64 = opts.float64 ?? false;
  const ctx = evalContext(float64);
  const wanted = opts.outputs ?? g.outputs.map((o) => o.name);
  const outputs = wanted.map((name) => {
    const o = g.outputs.find((x) => x.name === name);
    if (!o) throw new Error(`runGraph: no output named "${name}" (have ${g.outputs.map((x) => `"${x.name}"`).join(', ') || 'none'})`);
    return o;
  });
  const roots = [...outputs.map((o) => o.node), ...g.updates.map((u) => u.node)];
  const lastUse = liveness(g, roots);

  const values: (Arr | undefined)[] = new Array(g.nodes.length);
  const fed = new Set<Arr>();
  for (const n of g.nodes) {
    if (lastUse[n.id] === -1) continue;
    let v: Arr;
    if (n.op === 'input' || n.op === 'param') {
      const given = fetchFeed(n, feeds);
      v = toPrecision(given, float64);
      if (v === given) fed.add(v);
    } else {
      const inputs = n.inputs.map((i) => values[i]!);
      v = opDef(n.op).evaluate(n as never, inputs, n.inputs.map((i) => g.nodes[i]!.type), ctx);
    }
    values[n.id] = v;
    // Free inputs whose last consumer this is.
    for (const i of n.inputs) if (lastUse[i] === n.id) values[i] = undefined;
  }
  // Results never alias a caller's array, so callers may keep or change them freely.
  const result = (id: number) => {
    const v = values[id]!;
    return fed.has(v) ? v.slice() : v;
  };
  return {
    outputs: new Map(outputs.map((o) => [o.name, result(o.node)])),
    updates: new Map(g.updates.map((u) => [u.target, result(u.node)])),
  };
}

/**
 * The index of the last node that reads each node; Infinity for roots (kept to
 * the end), -1 for nodes the roots do not need (never evaluated).
 */
function liveness(g: Graph, roots: readonly number[]): number[] {
  const last = new Array<number>(g.nodes.length).fill(-1);
  for (const r of roots) last[r] = Infinity;
  for (let id = g.nodes.length - 1; id >= 0; id--) {
    if (last[id] === -1) continue;
    for (const i of g.nodes[id]!.inputs) if (last[i] === -1) last[i] = id;
  }
  return last;
}

function fetchFeed(n: Node, feeds: Feeds): Arr {
  const kind = n.op as 'input' | 'param';
  const name = (n.attrs as OpAttrs['input' | 'param']).name;
  const v = (kind === 'input' ? feeds.inputs : feeds.params).get(name);
  if (!v) throw new Error(`runGraph: missing ${kind} "${name}" (${fmtType(n.type)})`);
  const expected = numel(n.type.shape);
  if (v.length !== expected) {
    throw new Error(`runGraph: ${kind} "${name}" has ${v.length} elements but its type is ${fmtType(n.type)} (${expected} elements)`);
  }
  return v;
}

function toPrecision(v: Arr, float64: boolean): Arr {
  if (float64) return v instanceof Float64Array ? v : Float64Array.from(v);
  return v instanceof Float32Array ? v : Float32Array.from(v);
}

/**
 * Initial values of every param from its InitSpec. Each param draws from its
 * own RNG stream, the hash of its name, so adding or reordering params leaves
 * the others' values unchanged.
 */
export function initParams(g: Graph, seed: number, opts: { float64?: boolean } = {}): Map<string, Arr> {
  const ctx = evalContext(opts.float64 ?? false);
  const values = new Map<string, Arr>();
  for (const n of g.nodes) {
    if (n.op !== 'param') continue;
    const { name, init } = n.attrs as OpAttrs['param'];
    if (values.has(name)) continue;
    values.set(name, initValues(init, numel(n.type.shape), seed, hashString(name), ctx));
  }
  return values;
}

export function initValues(init: InitSpec, length: number, seed: number, stream: number, ctx: EvalContext): Arr {
  const out = ctx.alloc(length);
  fillInitial(out, init, seed, stream);
  return out;
}
