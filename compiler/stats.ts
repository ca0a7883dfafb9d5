// `loom stats` figures: what a graph costs run op by op ("unfused") and as
// the fused program the compiler produces from it ("fused"): kernel
// launches, bytes moved, FLOPs and the peak of the intermediate buffer pool.
// Both are deterministic functions of the graph. The cost model is described
// in docs/fusion.md.
import { programCost } from './fusion/cost.ts';
import { fuse } from './fusion/fuse.ts';
import type { FusedProgram } from './fusion/types.ts';
import type { Graph } from './graph/types.ts';
import { planFusedMemory } from './memory/fused.ts';
import { planUnfusedMemory, unfusedCost } from './memory/unfused.ts';
import { graphToFuse } from './program.ts';
import type { TargetSpec } from './target.ts';

export interface ProgramFigures {
  kernels: number;
  bytesRead: number;
  bytesWritten: number;
  flops: number;
  /** Bytes of the intermediate buffer pool after best-fit reuse (params, inputs and results not included). */
  peakBytes: number;
}

export interface ProgramStats {
  /** The graph as given, every op its own kernel. */
  unfused: ProgramFigures;
  /** The graph after the pass pipeline, fused. */
  fused: ProgramFigures;
}

export interface StatsOptions {
  /** Run the pass pipeline before fusing (default true); false fuses the graph exactly as given. */
  optimize?: boolean;
  /** Figures of the program compileGraph makes for this target (the CPU's merges attention parts); default: no target's passes. */
  target?: TargetSpec;
}

export function programStats(graph: Graph, opts: StatsOptions = {}): ProgramStats {
  return statsOf(graph, fuse(graphToFuse(graph, opts)));
}

/** The figures of `graph` unfused and of `fused`, the program it already fused into (a bundle's). */
export function statsOf(graph: Graph, fused: FusedProgram): ProgramStats {
  const base = unfusedCost(graph);
  return {
    unfused: {
      kernels: base.kernels,
      bytesRead: base.bytesRead,
      bytesWritten: base.bytesWritten,
      flops: base.flops,
      peakBytes: planUnfusedMemory(graph).peakBytes,
    },
    fused: fusedFigures(fused),
  };
}

export function fusedFigures(program: FusedProgram): ProgramFigures {
  const c = programCost(program);
  return { kernels: c.kernels, bytesRead: c.bytesRead, bytesWritten: c.bytesWritten, flops: c.flops, peakBytes: planFusedMemory(program).peakBytes };
}
