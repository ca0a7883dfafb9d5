// Elaboration of `scan t over T [reverse] [along A] with h = h0, ... { stmts; yield y, ... }`
// into one `scan` node (graph/ops/scan.ts, docs/scan.md).
//
// The body is elaborated ONCE, symbolically, in the method's own builder:
// the states and the step index `t` are fresh `input` leaves, so every
// expression, function, block call and std helper works inside a body as
// anywhere else. The nodes the body created are then cut off the end of the
// builder and become the scan's sub-graph; the outer nodes they read are its
// captures. A capture read only as `x[..., t, ...]` (a gather at the step
// index, how indexing by a tensor elaborates) is a sequence, sliced per step
// and differentiated per step; any other capture is a constant read whole.
import type { SourceSpan } from '../diagnostics.ts';
import { constName, outName, scanResults, seqName, stateName, STEP_NAME, timeTo } from '../graph/ops/scan.ts';
import { type Graph, type Node, type NodeId, type OpAttrs, fmtType, shapeEq } from '../graph/types.ts';
import { dce } from '../passes/dce.ts';
import type { Expr, ScanExpr, Stmt } from '../syntax/ast.ts';
import { tensorOf } from './arith.ts';
import { type Ctx, err } from './context.ts';
import { evalExpr } from './expr.ts';
import { runStmts } from './invoke.ts';
import { freezeAfterPrompt, recurrentScan, storeRecurrent } from './recurrent.ts';
import { inScanBody, insideScanBody } from './stats.ts';
import type { Env } from './scope.ts';
import { type Value, check, describe, expectInt } from './values.ts';

export function evalScan(ctx: Ctx, env: Env, e: ScanExpr): Value {
  const b = ctx.b;
  const length = expectInt(evalExpr(ctx, env, e.length), 'the scan length', e.length.span);
  if (length < 1) throw err(`scan: the length must be at least 1, got ${length}`, e.length.span, 'E-scan');
  const inits = e.states.map((s) => initOf(ctx, env, s));
  const { body: stmts, yields } = splitYield(e);
  // In a prefill or decode program the scan carries its state between runs (recurrent.ts).
  const rec = insideScanBody(ctx) ? undefined : recurrentScan(ctx, inits, e.states.map((s) => s.name), { reverse: e.reverse, length, span: e.span });

  // The body, elaborated in place after the outer nodes (see the header).
  const first = b.nodes.length;
  const stateLeaves = inits.map((id, i) => b.at(e.states[i]!.nameSpan, () => b.input(`${stateName(i)}`, b.shape(id))));
  const step = b.at(e.varSpan, () => b.input(STEP_NAME, [], 'i32'));
  const locals = new Map(env.locals ?? []);
  e.states.forEach((s, i) => locals.set(s.name, { kind: 'tensor', id: stateLeaves[i]! }));
  locals.set(e.var, { kind: 'tensor', id: step });
  const inner: Env = { ...env, locals };
  let outs: { states: NodeId[]; ys: NodeId[] };
  try {
    if (inScanBody(ctx, () => runStmts(ctx, inner, stmts)) !== undefined) throw err("scan: a scan body ends with 'yield', not 'return'", e.span, 'E-scan');
    const ys = yields ? inScanBody(ctx, () => yields.values.map((v) => yieldValue(ctx, inner, v))) : [];
    const states = e.states.map((s, i) => {
      const v = check(locals.get(s.name)!);
      const id = tensorOf(ctx, v, `scan state '${s.name}'`, s.nameSpan);
      const want = b.type(inits[i]!);
      const got = b.type(id);
      if (!shapeEq(got.shape, want.shape)) {
        throw err(`scan: state '${s.name}' is ${fmtType(want)} but one step of the body makes it ${fmtType(got)}; a state keeps its shape from step to step`, yields?.span ?? s.nameSpan, 'E-scan');
      }
      return b.cast(id, 'f32');
    });
    outs = { states: freezeAfterPrompt(ctx, rec, step, stateLeaves, states), ys };
  } catch (x) {
    b.nodes.length = first;
    throw x;
  }
  const bodyNodes = b.nodes.splice(first);
  const { body, seqs, consts } = extractBody(bodyNodes, first, (id) => b.type(id), stateLeaves, step, outs);

  const scan = b.at(e.span, () => b.emit('scan', [...(rec?.inits ?? inits), ...seqs.map((x) => x.node), ...consts], {
    body,
    nState: inits.length,
    nSeq: seqs.length,
    nConst: consts.length,
    length,
    reverse: e.reverse,
    seqAxes: seqs.map((x) => x.axis),
    save: false,
  }));
  return b.at(e.span, () => {
    const r = scanResults(b, scan);
    storeRecurrent(ctx, rec, r.finals);
    if (r.ys.length === 0) return pack(r.finals.map((id) => ({ kind: 'tensor', id })));
    const axis = e.axis ? expectInt(evalExpr(ctx, env, e.axis), 'the scan axis', e.axis.span) : 0;
    const ys = r.ys.map((y) => {
      const rank = b.shape(y).length;
      if (axis < 0 || axis >= rank) throw err(`scan: axis ${axis} is out of range for the yielded values of rank ${rank - 1} (the time axis goes at 0 … ${rank - 1})`, e.axis?.span ?? e.span, 'E-scan');
      return timeTo(b, y, axis);
    });
    return pack(ys.map((id) => ({ kind: 'tensor', id })));
  });
}

/** One value, or a list of several. */
function pack(vs: Value[]): Value {
  return vs.length === 1 ? vs[0]! : { kind: 'list', items: vs };
}

/** A state's initial value: the init, broadcast to the declared type when there is one; always f32. */
function initOf(ctx: Ctx, env: Env, s: ScanExpr['states'][number]): NodeId {
  const b = ctx.b;
  const v = check(evalExpr(ctx, env, s.init));
  if (v.kind !== 'tensor' && v.kind !== 'int' && v.kind !== 'float') throw err(`scan: the initial value of state '${s.name}' must be a tensor or a number, got ${describe(v)}`, s.init.span, 'E-scan');
  const init = b.cast(tensorOf(ctx, v, `the initial value of '${s.name}'`, s.init.span), 'f32');
  if (!s.type) {
    if (v.kind !== 'tensor') throw err(`scan: state '${s.name}' starts from a number; give its type, e.g. ${s.name}: [B, D] = ${ctx.text(s.init)}`, s.nameSpan, 'E-scan');
    return init;
  }
  const shape = s.type.dims.map((d) => {
    if (d.kind === 'ellipsis') throw err(`scan: the type of state '${s.name}' must give every axis ('...' is not allowed)`, d.span, 'E-scan');
    return expectInt(evalExpr(ctx, env, d.expr), `dimension ${ctx.text(d.expr)} of state '${s.name}'`, d.span);
  });
  return b.at(s.init.span, () => b.broadcastTo(init, shape));
}

function splitYield(e: ScanExpr): { body: Stmt[]; yields: Extract<Stmt, { kind: 'yield' }> | undefined } {
  const last = e.body[e.body.length - 1];
  return last?.kind === 'yield' ? { body: e.body.slice(0, -1), yields: last } : { body: e.body, yields: undefined };
}

function yieldValue(ctx: Ctx, env: Env, v: Expr): NodeId {
  const val = check(evalExpr(ctx, env, v));
  const id = tensorOf(ctx, val, 'a yielded value', v.span);
  return ctx.b.at(v.span, () => ctx.b.cast(id, 'f32'));
}

interface Seq {
  node: NodeId;
  axis: number;
}

/**
 * The body graph from the nodes the body appended (ids from `first`): state
 * and step leaves renamed, captures turned into sequence or constant inputs,
 * unused nodes dropped. `outer` gives the type of a node before `first`.
 */
function extractBody(nodes: readonly Node[], first: number, outer: (id: NodeId) => Node['type'], stateLeaves: readonly NodeId[], step: NodeId, outs: { states: NodeId[]; ys: NodeId[] }): { body: Graph; seqs: Seq[]; consts: NodeId[] } {
  const roots = [...outs.states, ...outs.ys];
  // The time axis each capture is read at, or -1 when some use is not a gather at the step index.
  const axisOf = new Map<NodeId, number>();
  const use = (id: NodeId, axis: number) => {
    if (id >= first) return;
    const seen = axisOf.get(id);
    axisOf.set(id, seen === undefined || seen === axis ? axis : -1);
  };
  for (const n of nodes) {
    const atStep = n.op === 'gather' && n.inputs[1] === step;
    n.inputs.forEach((i, k) => use(i, atStep && k === 0 ? (n.attrs as OpAttrs['gather']).axis : -1));
  }
  for (const r of roots) use(r, -1);
  const seqs: Seq[] = [];
  const consts: NodeId[] = [];
  for (const [id, axis] of [...axisOf].sort((a, b) => a[0] - b[0])) {
    if (axis >= 0) seqs.push({ node: id, axis });
    else consts.push(id);
  }
  // The new graph: inputs first, then the body's own nodes renumbered.
  const out: Node[] = [];
  const map = new Map<NodeId, NodeId>();
  const leaf = (name: string, type: Node['type'], span: SourceSpan | undefined): NodeId => {
    const id = out.length;
    out.push({ id, op: 'input', inputs: [], attrs: { name }, type, ...(span ? { span } : {}) } as Node);
    return id;
  };
  const byId = new Map(nodes.map((n) => [n.id, n]));
  stateLeaves.forEach((id, i) => map.set(id, leaf(stateName(i), byId.get(id)!.type, byId.get(id)!.span)));
  map.set(step, leaf(STEP_NAME, { shape: [], dtype: 'i32' }, byId.get(step)!.span));
  const seqIndex = new Map(seqs.map((x, k) => {
    const t = outer(x.node);
    return [x.node, leaf(seqName(k), { shape: t.shape.filter((_, a) => a !== x.axis), dtype: t.dtype }, undefined)];
  }));
  consts.forEach((id, k) => map.set(id, leaf(constName(k), outer(id), undefined)));
  for (const n of nodes) {
    if (map.has(n.id)) continue;
    const seq = n.op === 'gather' && n.inputs[1] === step ? seqIndex.get(n.inputs[0]!) : undefined;
    if (seq !== undefined) {
      map.set(n.id, seq);
      continue;
    }
    const id = out.length;
    out.push({ ...n, id, inputs: n.inputs.map((i) => map.get(i)!) });
    map.set(n.id, id);
  }
  const graph: Graph = {
    nodes: out,
    outputs: [...outs.states.map((id, i) => ({ name: stateName(i), node: map.get(id)! })), ...outs.ys.map((id, j) => ({ name: outName(j), node: map.get(id)! }))],
    updates: [],
  };
  return { body: dce(graph), seqs, consts };
}
