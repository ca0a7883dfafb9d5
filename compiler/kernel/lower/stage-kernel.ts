// What every stage lowering shares: the kernel's name and source location,
// the target it is lowered for, the evaluator at the points a template hands
// out, and the finishing step that fills in the buffers the body actually
// used (first-use order) and, for the CPU, hoists loop-invariant work out
// of the loops.
import type { KExpr, Kernel } from '../ir.ts';
import { Names } from '../names.ts';
import type { GridLimits, KernelSignature, LaunchKind } from '../templates/common.ts';
import type { NodeId } from '../../graph/types.ts';
import type { TargetSpec } from '../../target.ts';
import { Evaluator, type Points, type StageContext } from './evaluator.ts';
import { hoistInvariants } from './hoist.ts';
import { Scope } from './scope.ts';
import type { StageWrite } from './stages.ts';

export interface StageLowering extends StageContext {
  readonly target: TargetSpec;
  /** The target's launch kind (serial CPU loops or GPU grids). */
  readonly launch: LaunchKind;
  /** The target's grid limits, for the kernel templates. */
  readonly limits: GridLimits;
  readonly names: Names;
  /** The template signature: name and source location; buffers are filled in by finishKernel. */
  readonly signature: KernelSignature;
}

/** A stage's lowering context; its kernel is named `k<group><suffix>_<label>`. */
export function stageLowering(ctx: StageContext, target: TargetSpec, label: string): StageLowering {
  const group = ctx.stage.group;
  const g = ctx.p.graph;
  const name = `k${group.id}${ctx.stage.suffix}_${label}`;
  const spanned = group.nodes.map((n) => g.nodes[n.node]!.span).find((s) => s !== undefined);
  const loc = spanned ? `${spanned.file}:${spanned.line}:${spanned.col}` : undefined;
  const limits: GridLimits = {
    maxWorkgroupsPerDimension: target.limits.maxWorkgroupsPerDimension,
    maxWorkgroupMemoryBytes: target.limits.maxWorkgroupMemoryBytes,
  };
  return { ...ctx, target, launch: target.launch, limits, names: new Names(), signature: { name, buffers: [], ...(loc ? { loc } : {}) } };
}

/** Stores the given writes at the points given, in a fresh block; returns its statements. */
export function storeWrites(
  s: StageLowering, points: Points, writes: readonly StageWrite[],
  provided: ReadonlyMap<NodeId, KExpr> = new Map(), scope: Scope = new Scope(s.names),
): Scope {
  const ev = new Evaluator(s, points, provided);
  for (const w of writes) ev.store(scope, w);
  return scope;
}

/** The template's kernel with the buffers its body used, invariants hoisted on the CPU. */
export function finishKernel(s: StageLowering, kernel: Kernel): Kernel {
  const body = kernel.launch.kind === 'serial' ? hoistInvariants(kernel.body) : kernel.body;
  return { ...kernel, buffers: s.buffers.params(), body };
}
