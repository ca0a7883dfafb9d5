// `scan`: a recurrence over T steps as one structured op whose body is a
// sub-graph, the per-step function
//     (state, x_t, consts[, t]) → (new state, y_t)
// so the whole recurrence is one node (one kernel, docs/scan.md) instead of
// T unrolled copies of the body.
//
// Inputs, in order: the initial states (nState), the sequences (nSeq, each
// sliced at step t along its `seqAxes` entry) and the constants (nConst, read
// whole at every step: weights, captured tensors). The body graph reads them
// through `input` leaves named `s<i>`, `x<k>`, `c<k>`, plus `t` (i32 scalar,
// the step index) when it uses it; its outputs are the new states `s<i>`
// (same types as the states) followed by the per-step outputs `y<j>`.
//
// One op has one result, so the result is packed, f32, 1-D (scanLayout):
//     y_j stacked in time order   [T, ...y_j]   for every y
//     the final states            [...s_i]      for every state
//     with `save`: the state each step read, stacked [T, ...s_i]; with
//       `saveEvery` k > 1 only the checkpoints, [⌈T/k⌉, ...s_i] (savedSteps)
// `scanResults` slices it back into tensors (views, no copies). A reverse scan
// runs t = T−1 … 0; its stacks are still indexed by t.
//
// Checkpoints: time is cut into segments [jk, min((j+1)k, T)) from t = 0 for
// either direction, and checkpoint j is the state the scan reads on entering
// segment j: at t = jk running forward, at t = min((j+1)k, T) − 1 in reverse
// (savesAt). Time-ordered slots keep k = 1 exactly the every-step stack.
//
// Autodiff is backprop through time as a reverse scan (scan-vjp.ts): the
// backward needs the state every step read, stored (one more forward kernel
// with `save`) or recomputed per segment from checkpoints (`checkpoint`).
import { GraphBuilder } from '../builder.ts';
import type { Arr, EvalContext, OpCost, OpDef } from '../op.ts';
import type { Graph, Node, NodeId, OpAttrs, Shape, TensorType } from '../types.ts';
import { BYTES_PER_ELEMENT, fmtShape, fmtType, numel, shapeEq } from '../types.ts';
import { opDef } from './index.ts';
import { fail } from './util.ts';
import { vjp } from './scan-vjp.ts';

export type ScanAttrs = OpAttrs['scan'];

/** Body input names by role. */
export const stateName = (i: number): string => `s${i}`;
export const seqName = (k: number): string => `x${k}`;
export const constName = (k: number): string => `c${k}`;
export const outName = (j: number): string => `y${j}`;
export const STEP_NAME = 't';

/** The body's input leaves by name, and its output nodes (states, then ys). */
export interface BodyParts {
  readonly inputs: ReadonlyMap<string, Node<'input'>>;
  readonly states: readonly Node[];
  readonly ys: readonly Node[];
}

export function bodyParts(a: ScanAttrs): BodyParts {
  const inputs = new Map<string, Node<'input'>>();
  for (const n of a.body.nodes) if (n.op === 'input') inputs.set((n.attrs as OpAttrs['input']).name, n as Node<'input'>);
  const outs = a.body.outputs.map((o) => a.body.nodes[o.node]!);
  return { inputs, states: outs.slice(0, a.nState), ys: outs.slice(a.nState) };
}

/** Where each piece sits in the packed result (element offsets). */
export interface ScanLayout {
  readonly ys: readonly { offset: number; shape: Shape }[];
  readonly finals: readonly { offset: number; shape: Shape }[];
  readonly saved: readonly { offset: number; shape: Shape }[];
  readonly size: number;
}

/** Steps per saved state of a saving scan (1: every step). */
export const saveStride = (a: ScanAttrs): number => a.saveEvery ?? 1;

/** States a saving scan keeps: one per segment of saveStride steps. */
export const savedSteps = (a: ScanAttrs): number => Math.ceil(a.length / saveStride(a));

/** Whether a saving scan keeps the state step t reads (at slot ⌊t / k⌋): the first step it runs of each segment. */
export function savesAt(a: ScanAttrs, t: number): boolean {
  const k = saveStride(a);
  return a.reverse ? t % k === k - 1 || t === a.length - 1 : t % k === 0;
}

export function scanLayout(a: ScanAttrs): ScanLayout {
  const parts = bodyParts(a);
  let at = 0;
  const take = (shape: Shape, steps: number | undefined) => {
    const s = steps === undefined ? [...shape] : [steps, ...shape];
    const piece = { offset: at, shape: s };
    at += numel(s);
    return piece;
  };
  const ys = parts.ys.map((n) => take(n.type.shape, a.length));
  const finals = parts.states.map((n) => take(n.type.shape, undefined));
  const saved = a.save ? parts.states.map((n) => take(n.type.shape, savedSteps(a))) : [];
  return { ys, finals, saved, size: at };
}

/** The shape of sequence k at one step: its time axis removed. */
function stepShape(shape: Shape, axis: number): number[] {
  return [...shape.slice(0, axis), ...shape.slice(axis + 1)];
}

function check(a: ScanAttrs, inputs: readonly TensorType[]): void {
  const { nState, nSeq, nConst, length, seqAxes } = a;
  if (inputs.length !== nState + nSeq + nConst) fail(`scan: ${nState} states, ${nSeq} sequences and ${nConst} constants need ${nState + nSeq + nConst} inputs, got ${inputs.length}`);
  if (!Number.isInteger(length) || length < 1) fail(`scan: the length must be a positive int, got ${length}`);
  if (seqAxes.length !== nSeq) fail(`scan: ${nSeq} sequences but ${seqAxes.length} time axes`);
  if (a.saveEvery !== undefined && (!a.save || !Number.isInteger(a.saveEvery) || a.saveEvery < 1)) fail(`scan: saveEvery must be a positive int on a scan that saves its states, got ${a.saveEvery}${a.save ? '' : ' without save'}`);
  if (a.checkpoint !== undefined && (a.save || !Number.isInteger(a.checkpoint) || a.checkpoint < 1)) fail(`scan: checkpoint (the recompute segment length) must be a positive int on a scan that does not save, got ${a.checkpoint}${a.save ? ' with save' : ''}`);
  const parts = bodyParts(a);
  if (parts.states.length !== nState || a.body.outputs.length < nState) fail(`scan: the body has ${a.body.outputs.length} outputs for ${nState} states`);
  const want = (name: string, t: TensorType, what: string) => {
    const n = parts.inputs.get(name);
    if (n && (n.type.dtype !== t.dtype || !shapeEq(n.type.shape, t.shape))) fail(`scan: the body reads ${what} as ${fmtType(n.type)} but it is ${fmtType(t)}`);
  };
  for (let i = 0; i < nState; i++) {
    const t = inputs[i]!;
    if (t.dtype !== 'f32') fail(`scan: state ${i} must be f32, got ${fmtType(t)}`);
    want(stateName(i), t, `state ${i}`);
    const out = parts.states[i]!.type;
    if (out.dtype !== t.dtype || !shapeEq(out.shape, t.shape)) fail(`scan: the body yields state ${i} as ${fmtType(out)} but the state is ${fmtType(t)}`);
  }
  for (let k = 0; k < nSeq; k++) {
    const t = inputs[nState + k]!;
    const axis = seqAxes[k]!;
    if (!Number.isInteger(axis) || axis < 0 || axis >= t.shape.length) fail(`scan: time axis ${axis} of sequence ${k} is out of range for ${fmtType(t)}`);
    if (t.shape[axis] !== length) fail(`scan: sequence ${k} ${fmtShape(t.shape)} has ${t.shape[axis]} steps along axis ${axis}, the scan ${length}`);
    want(seqName(k), { shape: stepShape(t.shape, axis), dtype: t.dtype }, `sequence ${k}`);
  }
  for (let k = 0; k < nConst; k++) want(constName(k), inputs[nState + nSeq + k]!, `constant ${k}`);
  const step = parts.inputs.get(STEP_NAME);
  if (step && (step.type.dtype !== 'i32' || step.type.shape.length !== 0)) fail(`scan: the step index must be i32[], the body has ${fmtType(step.type)}`);
  for (const y of parts.ys) if (y.type.dtype !== 'f32') fail(`scan: per-step outputs must be f32, got ${fmtType(y.type)}`);
  for (const name of parts.inputs.keys()) {
    const ok = name === STEP_NAME || [[/^s(\d+)$/, nState], [/^x(\d+)$/, nSeq], [/^c(\d+)$/, nConst]].some(([re, n]) => {
      const m = (re as RegExp).exec(name);
      return m !== null && Number(m[1]) < (n as number);
    });
    if (!ok) fail(`scan: the body reads input "${name}", which the scan does not provide`);
  }
  if (a.body.nodes.some((n) => n.op === 'param')) fail('scan: the body may not hold params; pass them as constants');
}

// ---------------------------------------------------------------- reference evaluation

/** Element [pre, t, post] of a row-major array viewed as [pre, T, post]. */
function takeStep(x: Arr, shape: Shape, axis: number, t: number, ctx: EvalContext): Arr {
  const pre = numel(shape.slice(0, axis));
  const T = shape[axis]!;
  const post = numel(shape.slice(axis + 1));
  const out = ctx.alloc(pre * post);
  for (let p = 0; p < pre; p++) out.set(x.subarray((p * T + t) * post, (p * T + t + 1) * post), p * post);
  return out;
}

/** Runs the body graph once on named inputs; returns its outputs in order. */
export function runBody(body: Graph, feeds: ReadonlyMap<string, Arr>, ctx: EvalContext): Arr[] {
  const values: Arr[] = new Array(body.nodes.length);
  for (const n of body.nodes) {
    if (n.op === 'input') {
      const name = (n.attrs as OpAttrs['input']).name;
      const v = feeds.get(name);
      if (!v) throw new Error(`scan: the body input "${name}" has no value`);
      values[n.id] = v;
      continue;
    }
    values[n.id] = opDef(n.op).evaluate(n as never, n.inputs.map((i) => values[i]!), n.inputs.map((i) => body.nodes[i]!.type), ctx);
  }
  return body.outputs.map((o) => values[o.node]!);
}

function evaluate(node: Node<'scan'>, inputs: readonly Arr[], types: readonly TensorType[], ctx: EvalContext): Arr {
  const a = node.attrs;
  const layout = scanLayout(a);
  const out = ctx.alloc(layout.size);
  let states = inputs.slice(0, a.nState);
  const feeds = new Map<string, Arr>();
  for (let k = 0; k < a.nConst; k++) feeds.set(constName(k), inputs[a.nState + a.nSeq + k]!);
  for (let step = 0; step < a.length; step++) {
    const t = a.reverse ? a.length - 1 - step : step;
    states.forEach((s, i) => {
      feeds.set(stateName(i), s);
      const saved = layout.saved[i];
      if (saved && savesAt(a, t)) out.set(s, saved.offset + Math.floor(t / saveStride(a)) * s.length);
    });
    for (let k = 0; k < a.nSeq; k++) feeds.set(seqName(k), takeStep(inputs[a.nState + k]!, types[a.nState + k]!.shape, a.seqAxes[k]!, t, ctx));
    feeds.set(STEP_NAME, Float64Array.of(t) as Arr);
    const results = runBody(a.body, feeds, ctx);
    states = results.slice(0, a.nState);
    results.slice(a.nState).forEach((y, j) => out.set(y, layout.ys[j]!.offset + t * y.length));
  }
  states.forEach((s, i) => out.set(s, layout.finals[i]!.offset));
  return out;
}

// ---------------------------------------------------------------- building and reading scans

/** The packed result's pieces as tensors: ys stacked [T, ...], final states, saved states [T, ...]. */
export interface ScanResults {
  readonly ys: NodeId[];
  readonly finals: NodeId[];
  readonly saved: NodeId[];
}

export function scanResults(b: GraphBuilder, scan: NodeId): ScanResults {
  const layout = scanLayout(b.node(scan).attrs as ScanAttrs);
  const piece = (p: { offset: number; shape: Shape }) => b.reshape(b.slice(scan, [p.offset], [p.offset + numel(p.shape)]), [...p.shape]);
  return { ys: layout.ys.map(piece), finals: layout.finals.map(piece), saved: layout.saved.map(piece) };
}

/** Moves the leading (time) axis of a stacked [T, ...] tensor to `axis`. */
export function timeTo(b: GraphBuilder, stacked: NodeId, axis: number): NodeId {
  const rank = b.shape(stacked).length;
  const perm = [...Array(rank).keys()].slice(1);
  perm.splice(axis, 0, 0);
  return b.permute(stacked, perm);
}

/** Copies `body` into `b`, its inputs replaced by `feeds` (by name); returns the copies of its outputs. */
export function inlineBody(b: GraphBuilder, body: Graph, feeds: ReadonlyMap<string, NodeId>): NodeId[] {
  const map: NodeId[] = [];
  for (const n of body.nodes) {
    if (n.op === 'input') {
      const name = (n.attrs as OpAttrs['input']).name;
      const v = feeds.get(name);
      if (v === undefined) throw new Error(`scan: no value for body input "${name}"`);
      map[n.id] = v;
      continue;
    }
    if (n.inputs.length === 0) {
      // A leaf (const, iota, random): its type is its own.
      const leaf: Node = { ...n, id: b.nodes.length };
      b.nodes.push(leaf);
      map[n.id] = leaf.id;
      continue;
    }
    map[n.id] = b.at(n.span ?? b.span, () => b.emit(n.op, n.inputs.map((i) => map[i]!), n.attrs as never));
  }
  return body.outputs.map((o) => map[o.node]!);
}

function cost(node: Node<'scan'>, types: readonly TensorType[]): OpCost {
  const a = node.attrs;
  let flops = 0;
  for (const n of a.body.nodes) {
    if (n.inputs.length === 0) continue;
    flops += opDef(n.op).cost(n as never, n.inputs.map((i) => a.body.nodes[i]!.type)).flops;
  }
  const read = types.reduce((acc, t) => acc + numel(t.shape), 0);
  return { flops: flops * a.length, bytesRead: read * BYTES_PER_ELEMENT, bytesWritten: numel(node.type.shape) * BYTES_PER_ELEMENT };
}

export const scanDef: OpDef<'scan'> = {
  name: 'scan',
  arity: [0, 1 << 20],
  infer(attrs, inputs) {
    check(attrs, inputs);
    return { shape: [scanLayout(attrs).size], dtype: 'f32' };
  },
  evaluate,
  vjp,
  cost,
};

/** What `buildScan`'s step function sees: the body's inputs as nodes of the body builder. */
export interface StepArgs {
  readonly states: readonly NodeId[];
  readonly xs: readonly NodeId[];
  readonly consts: readonly NodeId[];
  /** The step index (i32 scalar); creating it makes the body read it. */
  step(): NodeId;
}

/**
 * Emits a scan whose body is written by `step` on a fresh builder (tests,
 * autodiff and library code; the language builds bodies in elaborate/scan.ts).
 * Returns the scan node and its results.
 */
export function buildScan(
  b: GraphBuilder,
  spec: {
    inits: readonly NodeId[];
    seqs?: readonly { node: NodeId; axis: number }[];
    consts?: readonly NodeId[];
    length: number;
    reverse?: boolean;
    step: (sb: GraphBuilder, args: StepArgs) => { states: readonly NodeId[]; ys: readonly NodeId[] };
  },
): { node: NodeId } & ScanResults {
  const seqs = spec.seqs ?? [];
  const consts = spec.consts ?? [];
  const sb = new GraphBuilder();
  const states = spec.inits.map((id, i) => sb.input(stateName(i), b.shape(id), b.type(id).dtype));
  const xs = seqs.map((x, k) => sb.input(seqName(k), stepShape(b.shape(x.node), x.axis), b.type(x.node).dtype));
  const cs = consts.map((id, k) => sb.input(constName(k), b.shape(id), b.type(id).dtype));
  let t: NodeId | undefined;
  const out = spec.step(sb, { states, xs, consts: cs, step: () => (t ??= sb.input(STEP_NAME, [], 'i32')) });
  out.states.forEach((id, i) => sb.output(stateName(i), id));
  out.ys.forEach((id, j) => sb.output(outName(j), id));
  const node = b.emit('scan', [...spec.inits, ...seqs.map((x) => x.node), ...consts], {
    body: sb.build(),
    nState: spec.inits.length,
    nSeq: seqs.length,
    nConst: consts.length,
    length: spec.length,
    reverse: spec.reverse ?? false,
    seqAxes: seqs.map((x) => x.axis),
    save: false,
  });
  return { node, ...scanResults(b, node) };
}
