// Backprop through time for `scan` (ops/scan.ts): a reverse scan whose states
// are λ (the gradient of each state after a step) and one accumulator per f32
// constant, whose body is the forward body's vector-Jacobian product.
//
// The backward reads the state every forward step read. Two ways to have it:
//
// - store (default): the forward again with `save`, T × state floats, and
//   one backward scan over all T steps: 2 more kernels, the least compute.
// - recompute (attr `checkpoint` = k): the forward again keeping only the
//   ⌈T/k⌉ checkpoints (`saveEvery: k`), then per segment of k steps, from the
//   last the forward ran to the first: a forward over the segment from its
//   checkpoint that saves its k states, and the backward over the segment,
//   carrying λ and the accumulators from the previous segment. Peak state
//   storage ⌈T/k⌉ + k states instead of T (least at k ≈ √T), for one more
//   forward pass and 2 kernels per segment.
//
// Which one is a compile-time choice per scan (chooseScanMemory, before the
// train step is differentiated): the attr rides on the forward scan node.
import { gradients } from '../../autodiff/grad.ts';
import { dce } from '../../passes/dce.ts';
import { GraphBuilder } from '../builder.ts';
import type { Graph, Node, NodeId, OpAttrs, Shape } from '../types.ts';
import { BYTES_PER_ELEMENT, numel } from '../types.ts';
import {
  type ScanAttrs, type ScanResults, STEP_NAME, bodyParts, constName, inlineBody, outName, scanLayout, scanResults, seqName, stateName, timeTo,
} from './scan.ts';

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

/** What one backward scan (over all steps or one segment) reads. */
interface BackwardInputs {
  /** λ after the last step the backward covers, and the constants' accumulators so far. */
  readonly lambda: readonly NodeId[];
  readonly accs: readonly NodeId[];
  /** The states the forward steps read, stacked [L, ...s] in time order. */
  readonly saved: readonly NodeId[];
  /** The forward sequences (their own time axes) and the ys' gradients ([L, ...y]), over the same steps. */
  readonly seqs: readonly NodeId[];
  readonly dys: readonly NodeId[];
}

/** The backward scan over `a`'s steps (its `body`, `length` and direction); finals = λ then accumulators, ys = the sequences' gradients [L, ...]. */
function backwardScan(b: GraphBuilder, a: ScanAttrs, body: Graph, consts: readonly NodeId[], inp: BackwardInputs): ScanResults {
  const back = b.emit('scan', [...inp.lambda, ...inp.accs, ...inp.saved, ...inp.seqs, ...inp.dys, ...consts], {
    body,
    nState: a.nState + inp.accs.length,
    nSeq: inp.saved.length + a.nSeq + inp.dys.length,
    nConst: a.nConst,
    length: a.length,
    reverse: !a.reverse,
    seqAxes: [...inp.saved.map(() => 0), ...a.seqAxes, ...inp.dys.map(() => 0)],
    save: false,
  });
  return scanResults(b, back);
}

/** `x` restricted to steps [start, start + len) along `axis`. */
function steps(b: GraphBuilder, x: NodeId, axis: number, start: number, len: number): NodeId {
  const shape = b.shape(x);
  return b.slice(x, shape.map((_, i) => (i === axis ? start : 0)), shape.map((d, i) => (i === axis ? start + len : d)));
}

/**
 * The body of a segment starting at step `start`: its scan counts t from 0,
 * so a body that reads the step index reads t + start.
 */
function offsetBody(body: Graph, start: number): Graph {
  const uses = body.nodes.some((n) => n.op === 'input' && (n.attrs as OpAttrs['input']).name === STEP_NAME);
  if (!uses || start === 0) return body;
  const b = new GraphBuilder();
  const feeds = new Map<string, NodeId>();
  for (const n of body.nodes) {
    if (n.op !== 'input') continue;
    const name = (n.attrs as OpAttrs['input']).name;
    const leaf = b.input(name, n.type.shape, n.type.dtype);
    feeds.set(name, name === STEP_NAME ? b.add(leaf, b.constant(start, [], 'i32')) : leaf);
  }
  const outs = inlineBody(b, body, feeds);
  body.outputs.forEach((o, j) => b.output(o.name, outs[j]!));
  return b.build();
}

export function vjp(node: Node<'scan'>, grad: NodeId, b: GraphBuilder): (NodeId | null)[] {
  const a = node.attrs;
  if (a.save) throw new Error('scan: a scan that saves its states is part of a backward pass and has no gradient');
  const types = node.inputs.map((i) => b.type(i));
  const seqs = node.inputs.slice(a.nState, a.nState + a.nSeq);
  const consts = node.inputs.slice(a.nState + a.nSeq);
  const diffSeqs = seqs.map((_, k) => k).filter((k) => types[a.nState + k]!.dtype === 'f32');
  const diffConsts = consts.map((_, k) => k).filter((k) => types[a.nState + a.nSeq + k]!.dtype === 'f32');
  const plain: ScanAttrs = { body: a.body, nState: a.nState, nSeq: a.nSeq, nConst: a.nConst, length: a.length, reverse: a.reverse, seqAxes: a.seqAxes, save: false };
  const k = a.checkpoint;
  // The forward again, keeping the state every step read (store) or the checkpoints
  // (recompute). Emitted first, as it always was: the store form's graph is unchanged.
  const saved = scanResults(b, b.emit('scan', node.inputs, k === undefined ? { ...a, save: true } : { ...plain, save: true, saveEvery: k })).saved;
  const layout = scanLayout(a);
  const piece = (p: { offset: number; shape: Shape }) => b.reshape(b.slice(grad, [p.offset], [p.offset + numel(p.shape)]), [...p.shape]);
  const dys = layout.ys.map(piece);
  let lambda = layout.finals.map(piece);
  let accs = diffConsts.map((k) => b.constant(0, types[a.nState + a.nSeq + k]!.shape));
  const result: (NodeId | null)[] = node.inputs.map(() => null);
  const finish = (seqGrads: NodeId[]) => {
    for (let i = 0; i < a.nState; i++) result[i] = lambda[i]!;
    diffConsts.forEach((k, m) => (result[a.nState + a.nSeq + k] = accs[m]!));
    diffSeqs.forEach((k, j) => (result[a.nState + k] = timeTo(b, seqGrads[j]!, a.seqAxes[k]!)));
    return result;
  };
  if (k === undefined) {
    const r = backwardScan(b, a, backwardBody(a, diffSeqs, diffConsts), consts, { lambda, accs, saved, seqs, dys });
    lambda = r.finals.slice(0, a.nState);
    accs = r.finals.slice(a.nState);
    return finish(r.ys);
  }
  // Recompute: segment by segment against the forward's order, each from its checkpoint.
  const segments = Math.ceil(a.length / k);
  const order = [...Array(segments).keys()];
  if (!a.reverse) order.reverse();
  const perSegment: NodeId[][] = diffSeqs.map(() => new Array<NodeId>(segments));
  const bodies = new Map<Graph, Graph>();
  for (const j of order) {
    const start = j * k;
    const len = Math.min(k, a.length - start);
    const body = offsetBody(a.body, start);
    const seg: ScanAttrs = { ...plain, body, length: len };
    const segSeqs = seqs.map((x, m) => steps(b, x, a.seqAxes[m]!, start, len));
    const from = saved.map((c) => b.reshape(steps(b, c, 0, j, 1), b.shape(c).slice(1)));
    const states = scanResults(b, b.emit('scan', [...from, ...segSeqs, ...consts], { ...seg, save: true })).saved;
    // A body that does not read t is the same for every segment: differentiate it once.
    let back = bodies.get(body);
    if (!back) bodies.set(body, (back = backwardBody(seg, diffSeqs, diffConsts)));
    const r = backwardScan(b, seg, back, consts, { lambda, accs, saved: states, seqs: segSeqs, dys: dys.map((d) => steps(b, d, 0, start, len)) });
    lambda = r.finals.slice(0, a.nState);
    accs = r.finals.slice(a.nState);
    r.ys.forEach((y, m) => (perSegment[m]![j] = y));
  }
  // The concat of many segments is cut into kernels that fit a target's storage-buffer limit (templates/copy.ts).
  return finish(perSegment.map((ys) => b.concat(ys, 0)));
}

// ---------------------------------------------------------------- choosing

export type ScanMemoryMode = 'store' | 'recompute' | 'auto';

export interface ScanMemoryOptions {
  readonly mode: ScanMemoryMode;
  /** auto: a scan whose stored states would exceed this many bytes recomputes. */
  readonly budgetBytes?: number;
}

/**
 * 64 MiB per scan. A backward pass holds one scan's stored states at a time
 * (each layer's saving forward runs just before its own backward scan), so
 * this bounds the extra peak a recurrence adds, whatever the depth; it is
 * small beside a GPU's memory and a fraction of a laptop's, and every shipped
 * example at its defaults stores (the largest, mamba.loom, is far below it).
 */
export const DEFAULT_SCAN_BUDGET_BYTES = 64 * 1024 * 1024;

/** Bytes a scan stores for its backward: the state every step reads. */
export function storedStateBytes(a: ScanAttrs): number {
  return a.length * bodyParts(a).states.reduce((acc, n) => acc + numel(n.type.shape), 0) * BYTES_PER_ELEMENT;
}

/** The recompute segment length: ⌈√T⌉ steps, which minimises checkpoints + one segment's states (T/k + k). */
export const recomputeSegment = (length: number): number => Math.ceil(Math.sqrt(length));

/**
 * The graph with each top-level scan marked to recompute (`checkpoint`) where
 * the options say so; scans left to store are untouched, so a graph where
 * every scan stores is the same graph.
 */
export function chooseScanMemory(g: Graph, o: ScanMemoryOptions): Graph {
  if (o.mode === 'store') return g;
  const budget = o.budgetBytes ?? DEFAULT_SCAN_BUDGET_BYTES;
  if (!(budget >= 0)) throw new Error(`scan memory: the budget must be a non-negative number of bytes, got ${budget}`);
  let changed = false;
  const nodes = g.nodes.map((n) => {
    if (n.op !== 'scan') return n;
    const a = n.attrs as ScanAttrs;
    // At T ≤ 2 a segment is the whole scan: recomputing would only add a forward.
    if (a.save || recomputeSegment(a.length) >= a.length || (o.mode === 'auto' && storedStateBytes(a) <= budget)) return n;
    changed = true;
    return { ...n, attrs: { ...a, checkpoint: recomputeSegment(a.length) } };
  });
  return changed ? { ...g, nodes } : g;
}
