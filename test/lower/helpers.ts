// Runs a lowered program of either target on the CPU with the JS backend's
// executor: serial kernels as JS, grid kernels through the renderer's
// workgroup emulation (js-grid), so the GPU lowering's indexing and
// reductions are checked without a GPU.
import type { Arr } from '../../compiler/graph/op.ts';
import type { LoweredProgram } from '../../compiler/kernel/lower/types.ts';
import { JsProgram } from '../../runtime/backends/js/session.ts';
import type { RunResult } from '../../runtime/reference/interpreter.ts';
import type { Feeds } from '../passes/helpers.ts';

export function runLowered(p: LoweredProgram, feeds: Feeds): RunResult {
  const f32 = (m: ReadonlyMap<string, Arr>) => new Map([...m].map(([k, v]) => [k, Float32Array.from(v)]));
  const state = f32(feeds.params);
  const outputs = new JsProgram('test', p.graph, p, state).run(f32(feeds.inputs), state);
  return { outputs, updates: new Map<string, Arr>(p.updates.map((u) => [u.name, state.get(u.name)!])) };
}
