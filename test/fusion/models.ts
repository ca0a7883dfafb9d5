// The example GPT (dsl-examples/gpt.loom) as graphs for pass, fusion and
// memory tests: its loss, its train step, and feeds for them.
import { defaultOptimizer } from '../../compiler/autodiff/optimizer.ts';
import { buildTrainStep } from '../../compiler/autodiff/train-step.ts';
import { formatDiagnostics } from '../../compiler/diagnostics.ts';
import { elaborate } from '../../compiler/elaborate/elaborate.ts';
import { loadProgram } from '../../compiler/elaborate/load.ts';
import type { Arr } from '../../compiler/graph/op.ts';
import type { Graph } from '../../compiler/graph/types.ts';
import { initParams } from '../../runtime/reference/interpreter.ts';

export const GPT_BATCH = 2;
export const GPT_T = 16;

export function gptLoss(b = GPT_BATCH, t = GPT_T): Graph {
  const program = loadProgram('dsl-examples/gpt.loom');
  const r = elaborate(program, { method: 'loss', args: { tokens: { shape: [b, t], dtype: 'i32' }, targets: { shape: [b, t], dtype: 'i32' } } });
  if (!r.graph) throw new Error(formatDiagnostics(r.diagnostics, program.sources));
  return r.graph;
}

export function gptTrainStep(b = GPT_BATCH, t = GPT_T): Graph {
  return buildTrainStep(gptLoss(b, t), defaultOptimizer);
}

/** Deterministic tokens, targets, step and initialised params for a GPT graph. */
export function gptFeeds(g: Graph, b = GPT_BATCH, t = GPT_T): { inputs: Map<string, Arr>; params: Map<string, Arr> } {
  const tokens = Float32Array.from({ length: b * t }, (_, i) => (i * 37 + 5) % 256);
  const targets = Float32Array.from({ length: b * t }, (_, i) => (i * 11 + 3) % 256);
  return {
    inputs: new Map<string, Arr>([['tokens', tokens], ['targets', targets], ['step', Float32Array.of(30)]]),
    params: initParams(g, 1),
  };
}
