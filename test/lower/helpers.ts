// Runs a lowered program of either target on the CPU with the JS backend's
// executor: serial kernels as JS, grid kernels through the renderer's
// workgroup emulation (js-grid), so the GPU lowering's indexing and
// reductions are checked without a GPU.
import { expect } from 'vitest';
import type { Arr } from '../../compiler/graph/op.ts';
import type { Graph } from '../../compiler/graph/types.ts';
import type { LoweredProgram } from '../../compiler/kernel/lower/types.ts';
import { compileGraph } from '../../compiler/program.ts';
import { limitProblems } from '../../compiler/render/limits.ts';
import type { TargetSpec } from '../../compiler/target.ts';
import { JsProgram } from '../../runtime/backends/js/session.ts';
import type { RunResult } from '../../runtime/reference/interpreter.ts';
import { type Feeds, randomFeeds, resultDistance, run } from '../passes/helpers.ts';

export function runLowered(p: LoweredProgram, feeds: Feeds): RunResult {
  const f32 = (m: ReadonlyMap<string, Arr>) => new Map([...m].map(([k, v]) => [k, Float32Array.from(v)]));
  const state = f32(feeds.params);
  const outputs = new JsProgram('test', p.graph, p, state).run(f32(feeds.inputs), state);
  return { outputs, updates: new Map<string, Arr>(p.updates.map((u) => [u.name, state.get(u.name)!])) };
}

/**
 * Compiles `g` for `target`, checks every kernel against the target's limits
 * and the results against the float64 interpreter; returns the program.
 */
export function compileChecked(g: Graph, target: TargetSpec, tolerance = 2e-5, feeds: Feeds = randomFeeds(g)): LoweredProgram {
  const { lowered } = compileGraph(g, { target });
  for (const k of lowered.kernels) expect(limitProblems(k.kernel, target.limits), k.kernel.name).toEqual([]);
  const distance = resultDistance(runLowered(lowered, feeds), run(g, feeds));
  expect(distance, `${target.name}: distance to the interpreter`).toBeLessThan(tolerance);
  return lowered;
}
