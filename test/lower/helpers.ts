// Runs a lowered program of either target on the CPU: serial kernels through
// the JS renderer, grid kernels through its workgroup emulation (js-grid), so
// the GPU lowering's indexing and reductions are checked without a GPU.
import type { Arr } from '../../compiler/graph/op.ts';
import type { LoweredProgram } from '../../compiler/kernel/lower/types.ts';
import { compileJs } from '../../compiler/render/js.ts';
import type { RunResult } from '../../runtime/reference/interpreter.ts';
import type { Feeds } from '../passes/helpers.ts';

export function runLowered(p: LoweredProgram, feeds: Feeds): RunResult {
  const slots = p.slots.map((n) => new Float32Array(n));
  const arrays = p.buffers.map((b) => {
    if (b.slot !== undefined) return slots[b.slot]!.subarray(0, b.length);
    const fed = b.kind === 'input' ? feeds.inputs.get(b.source!) : b.kind === 'param' ? feeds.params.get(b.source!) : undefined;
    return fed ? Float32Array.from(fed) : new Float32Array(b.length);
  });
  const fns = compileJs(p.kernels.map((k) => k.kernel));
  for (const lk of p.kernels) {
    fns[lk.kernel.name]!(Object.fromEntries(lk.kernel.buffers.map((b, i) => [b.name, arrays[lk.bindings[i]!]!])), {});
  }
  const read = (items: LoweredProgram['outputs']) => new Map<string, Arr>(items.map((o) => [o.name, arrays[o.buffer]!.slice()]));
  return { outputs: read(p.outputs), updates: read(p.updates) };
}
