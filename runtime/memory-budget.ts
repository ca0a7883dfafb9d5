// The memory check `loom train` (and `loom eval`) run after compiling and
// before allocating any state: what a session of the given graphs will hold,
// from the graphs' params and the fused programs' memory plans
// (compiler/memory), against a budget. A model too large for the machine then
// fails in a fraction of a second with its size, instead of allocating until
// the OS kills it or V8 reports "Invalid typed array length".
//
// What a session holds (the JS backend allocates exactly this; the WebGPU
// backend the same on the device):
//   - weights and optimizer state, once per session (shared by its programs);
//   - per program: its inputs, a result buffer per output and per update (the
//     new weights and slots, copied into the state after the run), and the
//     intermediate pool after best-fit reuse (MemoryPlan.peakBytes).
import * as os from 'node:os';
import { fuse } from '../compiler/fusion/fuse.ts';
import type { FusedProgram } from '../compiler/fusion/types.ts';
import { BYTES_PER_ELEMENT, numel, type Graph, type OpAttrs } from '../compiler/graph/types.ts';
import { formatBytes } from '../compiler/io/files.ts';
import { planFusedMemory } from '../compiler/memory/fused.ts';
import { optimizeGraph } from '../compiler/passes/pipeline.ts';

export interface MemoryEstimate {
  /** Learnable weights (params with role "weight"), counted once. */
  weights: number;
  /** Optimizer slots and other persistent state (params with role "state"), counted once. */
  optimizerState: number;
  /** Result buffers: every program's outputs and updates (a train step writes a new copy of all its state). */
  results: number;
  /** Every program's inputs and intermediate pool after buffer reuse. */
  activations: number;
  total: number;
}

/** The fraction of physical memory used as the budget when none is given. */
export const DEFAULT_MEMORY_BUDGET_FRACTION = 0.75;

/** The budget when none is given: three quarters of physical memory (os.totalmem()). */
export function defaultMemoryBudget(): number {
  return Math.floor(os.totalmem() * DEFAULT_MEMORY_BUDGET_FRACTION);
}

/**
 * The bytes a session of `graphs` needs at most. Pass fused programs when the
 * caller already has them (each graph is otherwise optimized and fused here,
 * as a backend would, which does not allocate any tensor).
 */
export function estimateMemory(graphs: readonly (Graph | FusedProgram)[]): MemoryEstimate {
  const params = new Map<string, { bytes: number; role: 'weight' | 'state' }>();
  let results = 0;
  let activations = 0;
  for (const item of graphs) {
    const program = 'kernels' in item ? item : fuse(optimizeGraph(item));
    const graph = 'kernels' in item ? item.graph : item;
    for (const n of graph.nodes) {
      if (n.op !== 'param') continue;
      const a = n.attrs as OpAttrs['param'];
      params.set(a.name, { bytes: numel(n.type.shape) * BYTES_PER_ELEMENT, role: a.role });
    }
    const plan = planFusedMemory(program);
    results += plan.outputBytes;
    activations += plan.inputBytes + plan.peakBytes;
  }
  let weights = 0;
  let optimizerState = 0;
  for (const p of params.values()) {
    if (p.role === 'weight') weights += p.bytes;
    else optimizerState += p.bytes;
  }
  return { weights, optimizerState, results, activations, total: weights + optimizerState + results + activations };
}

export class MemoryBudgetError extends Error {
  override name = 'MemoryBudgetError';
}

/**
 * Throws a MemoryBudgetError when `estimate` exceeds the budget
 * (`budgetBytes`, or defaultMemoryBudget() when undefined):
 * `the train step needs 580.2 GiB (weights 80.5 GiB, optimizer state 161.0 GiB,
 * results 241.5 GiB, activations 97.2 GiB); the memory budget is 8.0 GiB
 * (--memory-budget); nothing was allocated`.
 */
export function checkMemoryBudget(estimate: MemoryEstimate, budgetBytes: number | undefined, what = 'the train step'): void {
  const given = budgetBytes !== undefined;
  const budget = budgetBytes ?? defaultMemoryBudget();
  if (!(budget > 0)) throw new MemoryBudgetError(`the memory budget must be a positive number of bytes, got ${budgetBytes}`);
  if (estimate.total <= budget) return;
  const parts = [
    `weights ${formatBytes(estimate.weights)}`,
    ...(estimate.optimizerState > 0 ? [`optimizer state ${formatBytes(estimate.optimizerState)}`] : []),
    `results ${formatBytes(estimate.results)}`,
    `activations ${formatBytes(estimate.activations)}`,
  ];
  const limit = given
    ? `the memory budget is ${formatBytes(budget)} (--memory-budget)`
    : `the default memory budget is ${formatBytes(budget)} (${DEFAULT_MEMORY_BUDGET_FRACTION * 100}% of this machine's ${formatBytes(os.totalmem())}; --memory-budget sets another)`;
  throw new MemoryBudgetError(`${what} needs ${formatBytes(estimate.total)} (${parts.join(', ')}); ${limit}; nothing was allocated`);
}
