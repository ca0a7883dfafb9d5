// Scan kernels: one `scan` node (graph/ops/scan.ts) is ONE kernel, the whole
// recurrence inside it: a loop over time, and per step the body's nodes in
// order, each computed over all its elements into kernel scratch, so the
// state never leaves the kernel between steps. The body is the fusion: what a
// program writes inside `scan { ... }` (Mamba's exp(Δ·A) and Δ·B·x before
// the update, y = C·h + D·x after it) runs in this kernel, reading the
// sequences and constants straight from their buffers through their views
// (x[:, t] is a load at t, never a copy).
//
// Serial target (CPU): one invocation; every body node is a plain loop.
// Grid target (GPU): one workgroup of `lanes` invocations; each body node is a
// loop strided over the lanes, with a barrier after it. The workgroup is as
// wide as the largest per-step loop needs, up to the target's limit (1024 on
// CUDA, 256 on WebGPU), never narrower than MIN_LANES: a Mamba state of
// [B, E, N] = 32k elements is 32 elements a lane at 1024 lanes, 512 at 64. Scratch (states and
// body values) is kernel-local arrays on the CPU; on a GPU, workgroup memory
// when it all fits the target's, else a buffer private to the kernel
// (`t<n>_scratch`), and the barriers then order storage memory too.
//
// A linear recurrence (scan-linear.ts) narrower than half the workgroup runs
// chunked instead (scan-chunked.ts, kernel `k<n>_chunked_scan`): T cut into
// chunks run side by side by sub-groups of the workgroup, still one kernel.
//
// On a target with a storage-buffer limit, a scan reading more buffers than
// it allows reads the smallest of them from one packed buffer, filled by
// copy kernels (`k<n>a_pack`, …) just before it (scan-pack.ts).
//
// Not done: splitting independent lanes (batch, channels) across workgroups (docs/scan.md).
import { k } from '../../kernel/build.ts';
import type { KStmt, Kernel } from '../../kernel/ir.ts';
import { Evaluator } from '../../kernel/lower/evaluator.ts';
import { type StageLowering, finishKernel } from '../../kernel/lower/stage-kernel.ts';
import { stageNodes } from '../../kernel/lower/stages.ts';
import { STEP_NAME, bodyParts, scanLayout } from '../../graph/ops/scan.ts';
import type { Node, NodeId, OpAttrs } from '../../graph/types.ts';
import type { TargetSpec } from '../../target.ts';
import type { KernelTemplate } from '../template.ts';
import { type ScanLowering, cellFactory, each, readOuter, runStep, scratchLayout, stateShape, sync, unflatten, widestLoop } from './scan-body.ts';
import { type ChunkPlan, chunkPlan, lowerChunked } from './scan-chunked.ts';
import { type PackPlan, packStages } from './scan-pack.ts';

/** The fewest invocations of a scan's one workgroup on a GPU. */
const MIN_LANES = 64;

/** Invocations of the workgroup: the next power of two ≥ the largest per-step loop, within [MIN_LANES, the target's limit]. */
function scanLanes(a: OpAttrs['scan'], target: TargetSpec): number {
  const widest = widestLoop(a);
  let lanes = MIN_LANES;
  while (lanes < widest && lanes * 2 <= target.limits.maxInvocationsPerWorkgroup) lanes *= 2;
  return lanes;
}

/** How a scan runs on a target: chunked (a linear scan on a GPU, scan-chunked.ts) or one step after another. */
interface ScanForm {
  readonly chunked: ChunkPlan | undefined;
  /** Scratch in a storage buffer rather than workgroup memory (GPU). */
  readonly inBuffer: boolean;
}

function scanForm(a: OpAttrs['scan'], target: TargetSpec): ScanForm {
  const chunked = target.launch === 'grid' ? chunkPlan(a, target) : undefined;
  if (chunked) return { chunked, inBuffer: chunked.inBuffer };
  return { chunked: undefined, inBuffer: scratchInBuffer(a, target) };
}

export const scan: KernelTemplate = {
  kind: 'scan',
  label: () => 'scan',
  anchors: (n) => n.op === 'scan',
  maxAnchors: 1,
  alone: true,
  space: (_g, n) => ({ shape: [...n.type.shape], reduceAxes: [] }),
  anchorLevels: (_g, n) => ({ output: 'element', inputs: n.inputs.map(() => null) }),
  stages: (p, group, target) => {
    const n = p.graph.nodes[group.nodes[0]!.node]! as Node<'scan'>;
    const form = scanForm(n.attrs, target);
    const { plan, stages } = packStages(p, group, n, target, form.inBuffer ? 1 : 0);
    // The chunked form says so in the kernel's name (k<n>_chunked_scan), for `loom stats` and the rendered code.
    return [...stages, { nodes: stageNodes(group), lower: (s) => lowerScan(s, plan, form), fitted: true, ...(form.chunked ? { label: 'chunked_scan' } : {}) }];
  },
};

/** A GPU scan whose state and step values exceed the target's workgroup memory keeps them in a buffer. */
function scratchInBuffer(a: OpAttrs['scan'], target: TargetSpec): boolean {
  if (target.launch !== 'grid') return false;
  const { valueFloats, stateFloats } = scratchLayout(a);
  return 4 * (valueFloats + stateFloats) > target.limits.maxWorkgroupMemoryBytes;
}

function lowerScan(s: StageLowering, plan: PackPlan | undefined, form: ScanForm): Kernel {
  const g = s.p.graph;
  const n = g.nodes[s.stage.nodes[0]!.node]!;
  if (n.op !== 'scan') throw new Error(`lowering: k${s.stage.group.id} is not a scan kernel`);
  const node = n as Node<'scan'>;
  const a = node.attrs;
  const grid = s.launch === 'grid';
  const roles = new Map<NodeId, { role: 's' | 'x' | 'c' | 't'; index: number }>();
  for (const [name, leaf] of bodyParts(a).inputs) {
    roles.set(leaf.id, name === STEP_NAME ? { role: 't', index: 0 } : { role: name[0] as 's' | 'x' | 'c', index: Number(name.slice(1)) });
  }
  const base = { s, n: node, body: a.body, ev: new Evaluator(s, {}), roles, grid, inBuffer: form.inBuffer, plan };
  if (form.chunked) return lowerChunked(base, form.chunked);

  const { values, states: stateSizes, valueFloats, stateFloats } = scratchLayout(a);
  const stmts: KStmt[] = [];
  const cells = cellFactory(s, node, stmts, form.inBuffer, valueFloats + stateFloats, 1, k.i32(0));
  const scratch = new Map(values.map(([id, size]) => [id, cells(`v${id}`, size)]));
  const states = stateSizes.map((size, i) => cells(`state${i}`, size));
  const lanes = grid ? scanLanes(a, s.target) : 1;
  const c: ScanLowering = { ...base, scratch, states, t: s.names.variable('t', 'i32'), lane: k.cast('i32', k.localId(0)), lanes };
  const layout = scanLayout(a);
  const out = s.buffers.use(s.table.forNode(node.id), 'write');

  // The initial states, read from their buffers.
  states.forEach((arr, i) => stmts.push(...each(c, arr.size, (sc, f) => [arr.store(f, readOuter(c, sc, node.inputs[i]!, unflatten(stateShape(a, i), f)))])));
  stmts.push(...sync(c));
  const step = s.names.variable('step', 'i32');
  stmts.push(k.for(step, 0, a.length, [k.let(c.t, a.reverse ? k.sub(a.length - 1, step) : step), ...runStep(c)]));
  layout.finals.forEach((piece, i) => stmts.push(...each(c, states[i]!.size, (_sc, f) => [k.store(out, k.add(piece.offset, f), states[i]!.load(f))])));

  const launch = grid ? k.grid([lanes, 1, 1], [1, 1, 1]) : k.serial();
  return finishKernel(s, { ...s.signature, buffers: [], uniforms: [], launch, body: stmts });
}
