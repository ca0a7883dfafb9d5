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
//     with `save`: the state each step read, stacked [T, ...s_i]
// `scanResults` slices it back into tensors (views, no copies). A reverse scan
// runs t = T−1 … 0; its stacks are still indexed by t.
//
// Autodiff is backprop through time as a reverse scan (vjp below): the
// backward needs the state every step read. By default those are STORED: the
// vjp re-emits the forward with `save` (one more forward kernel, T × state
// floats), and the backward scan reads them as sequences. The alternative,
// recomputing them, would need an invertible body or checkpoint segments;
// storing is what makes the backward one kernel (docs/scan.md).
import { gradients } from '../../autodiff/grad.ts';
import { dce } from '../../passes/dce.ts';
import { GraphBuilder } from '../builder.ts';
import type { Arr, EvalContext, OpCost, OpDef } from '../op.ts';
import type { Graph, Node, NodeId, OpAttrs, Shape, TensorType } from '../types.ts';
import { BYTES_PER_ELEMENT, fmtShape, fmtType, numel, shapeEq } from '../types.ts';
import { opDef } from './index.ts';
import { fail } from './util.ts';

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

export function scanLayout(a: ScanAttrs): ScanLayout {
  const parts = bodyParts(a);
  let at = 0;
  const take = (shape: Shape, stacked: boolean) => {
    const s = stacked ? [a.length, ...shape] : [...shape];
    const piece = { offset: at, shape: s };
    at += numel(s);
    return piece;
  };
  const ys = parts.ys.map((n) => take(n.type.shape, true));
  const finals = parts.states.map((n) => take(n.type.shape, false));
  const saved = a.save ? parts.states.map((n) => take(n.type.shape, true)) : [];
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
      if (saved) out.set(s, saved.offset + t * s.length);
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

/**
 * The backward body: one step of backprop through time. States: λ_i (the
 * gradient of state i after the step) and one accumulator per f32 constant.
 * Sequences: the state the forward step read (saved), the forward sequences,
 * the ys' gradients. Constants: the forward constants. Outputs: λ_i before
 * the step, the accumulators plus this step's share, then each f32
 * sequence's gradient at this step.
 */
function backwardBody(a: ScanAttrs, diffSeqs: readonly number[], diffConsts: readonly number[]): Graph {
  const b = new GraphBuilder();
  const parts = bodyParts(a);
  const states = parts.states.map((n) => n.type);
  const yTypes = parts.ys.map((n) => n.type);
  const inputOf = (name: string) => parts.inputs.get(name);
  // Backward inputs, in the backward scan's numbering.
  const lambda = states.map((t, i) => b.input(stateName(i), t.shape));
  const accs = diffConsts.map((k, m) => b.input(stateName(a.nState + m), inputOf(constName(k))!.type.shape));
  const feeds = new Map<string, NodeId>();
  let x = 0;
  states.forEach((t, i) => feeds.set(stateName(i), b.input(seqName(x++), t.shape)));
  for (let k = 0; k < a.nSeq; k++) {
    const n = inputOf(seqName(k));
    if (n) feeds.set(seqName(k), b.input(seqName(x), n.type.shape, n.type.dtype));
    x++;
  }
  const dys = yTypes.map((t) => b.input(seqName(x++), t.shape));
  for (let k = 0; k < a.nConst; k++) {
    const n = inputOf(constName(k));
    if (n) feeds.set(constName(k), b.input(constName(k), n.type.shape, n.type.dtype));
  }
  if (inputOf(STEP_NAME)) feeds.set(STEP_NAME, b.input(STEP_NAME, [], 'i32'));
  const outs = inlineBody(b, a.body, feeds);
  // The vector-Jacobian product of all outputs at once is the gradient of the
  // scalar Σ_o Σ out_o ⊙ seed_o (no concat, which the scan kernel would have to lower).
  const seeds = [...lambda, ...dys];
  const total = outs
    .map((o, j) => b.sum(b.mul(o, seeds[j]!), [...b.shape(o).keys()], false))
    .reduce((acc, term) => b.add(acc, term));
  const wrt = [
    ...states.map((_, i) => feeds.get(stateName(i))!),
    ...diffSeqs.map((k) => feeds.get(seqName(k))),
    ...diffConsts.map((k) => feeds.get(constName(k))),
  ].filter((id): id is NodeId => id !== undefined);
  const grads = gradients(b, total, wrt);
  const zero = (shape: Shape) => b.constant(0, shape);
  const gradOf = (name: string, shape: Shape) => {
    const id = feeds.get(name);
    return id === undefined ? zero(shape) : grads.get(id)!;
  };
  states.forEach((t, i) => b.output(stateName(i), gradOf(stateName(i), t.shape)));
  diffConsts.forEach((k, m) => b.output(stateName(a.nState + m), b.add(accs[m]!, gradOf(constName(k), b.shape(accs[m]!)))));
  diffSeqs.forEach((k, j) => {
    const n = inputOf(seqName(k));
    b.output(outName(j), n ? gradOf(seqName(k), n.type.shape) : zero([]));
  });
  return dce(b.build());
}

function vjp(node: Node<'scan'>, grad: NodeId, b: GraphBuilder): (NodeId | null)[] {
  const a = node.attrs;
  if (a.save) throw new Error('scan: a scan that saves its states is part of a backward pass and has no gradient');
  const types = node.inputs.map((i) => b.type(i));
  const seqs = node.inputs.slice(a.nState, a.nState + a.nSeq);
  const consts = node.inputs.slice(a.nState + a.nSeq);
  const diffSeqs = seqs.map((_, k) => k).filter((k) => types[a.nState + k]!.dtype === 'f32');
  const diffConsts = consts.map((_, k) => k).filter((k) => types[a.nState + a.nSeq + k]!.dtype === 'f32');
  // The forward again, storing the state every step read (see the header).
  const saving = b.emit('scan', node.inputs, { ...a, save: true });
  const fwd = scanResults(b, saving);
  const layout = scanLayout(a);
  const piece = (p: { offset: number; shape: Shape }) => b.reshape(b.slice(grad, [p.offset], [p.offset + numel(p.shape)]), [...p.shape]);
  const dys = layout.ys.map(piece);
  const dFinals = layout.finals.map(piece);
  const body = backwardBody(a, diffSeqs, diffConsts);
  const back = b.emit('scan', [
    ...dFinals,
    ...diffConsts.map((k) => b.constant(0, types[a.nState + a.nSeq + k]!.shape)),
    ...fwd.saved,
    ...seqs,
    ...dys,
    ...consts,
  ], {
    body,
    nState: a.nState + diffConsts.length,
    nSeq: a.nState + a.nSeq + dys.length,
    nConst: a.nConst,
    length: a.length,
    reverse: !a.reverse,
    seqAxes: [...fwd.saved.map(() => 0), ...a.seqAxes, ...dys.map(() => 0)],
    save: false,
  });
  const r = scanResults(b, back);
  const result: (NodeId | null)[] = node.inputs.map(() => null);
  for (let i = 0; i < a.nState; i++) result[i] = r.finals[i]!;
  diffConsts.forEach((k, m) => (result[a.nState + a.nSeq + k] = r.finals[a.nState + m]!));
  diffSeqs.forEach((k, j) => (result[a.nState + k] = timeTo(b, r.ys[j]!, a.seqAxes[k]!)));
  return result;
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
