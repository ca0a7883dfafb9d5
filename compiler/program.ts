// The compiler's one entry point from a graph to runnable kernels:
//
//   graph → passes (optimizeGraph; on the CPU, the attention merge) → fusion (fuse) → lowering (lowerProgram)
//
// The lowered program is target-shaped (serial CPU loops, or GPU grids
// within WebGPU's default limits) but not yet rendered. planProgram
// (plan.ts) turns it into the ProgramPlan every executor runs
// (runtime/exec/), and the target's renderKernel renders its kernels: the
// sessions do both in-process, `loom compile` writes them out as a bundle.
import { fuse } from './fusion/fuse.ts';
import type { FusedProgram } from './fusion/types.ts';
import type { Graph } from './graph/types.ts';
import { lowerProgram } from './kernel/lower/lower.ts';
import type { LoweredProgram } from './kernel/lower/types.ts';
import { mergeAttentionFor } from './passes/attention-merge.ts';
import { optimizeGraph } from './passes/pipeline.ts';
import type { TargetSpec } from './target.ts';

export interface CompileGraphOptions {
  readonly target: TargetSpec;
  /** Run the pass pipeline before fusing (default true). */
  readonly optimize?: boolean;
  /** Fuse ops into kernels (default true); false gives every op its own kernel, to measure what fusion buys. */
  readonly fuse?: boolean;
}

export interface CompiledGraph {
  readonly fused: FusedProgram;
  readonly lowered: LoweredProgram;
}

export function compileGraph(graph: Graph, opts: CompileGraphOptions): CompiledGraph {
  const fused = fuse(graphToFuse(graph, opts), { merge: opts.fuse !== false });
  return { fused, lowered: lowerProgram(fused, opts.target) };
}

/**
 * The graph compileGraph fuses: `graph` through the pass pipeline (unless
 * `optimize` is false) and then, for a target with the `gemm` intrinsic (the
 * CPU), the attention merge (passes/attention-merge.ts); no target, no merge.
 */
export function graphToFuse(graph: Graph, opts: { readonly optimize?: boolean; readonly target?: Pick<TargetSpec, 'gemmIntrinsic'> }): Graph {
  if (opts.optimize === false) return graph;
  const optimized = optimizeGraph(graph);
  return opts.target ? mergeAttentionFor(optimized, opts.target) : optimized;
}
