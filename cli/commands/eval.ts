// loom eval: run a model on named inputs with given weights and write named
// outputs (logits; with --grads also the loss and every weight's gradient),
// so anyone can check loom against another implementation.
import { buildLossAndGrads } from '../../compiler/autodiff/train-step.ts';
import { modelInfo } from '../../compiler/elaborate/elaborate.ts';
import { statOutputs } from '../../compiler/graph/stats.ts';
import type { DType, Graph, OpAttrs, TensorType } from '../../compiler/graph/types.ts';
import { loadBackend } from '../../runtime/backend.ts';
import { checkWeights } from '../../runtime/checkpoint.ts';
import { elaborateOrThrow, loadOrThrow } from '../../compiler/model.ts';
import { readSafetensors, writeSafetensors } from '../../runtime/safetensors.ts';
import {
  inputFile, MAX_SAFETENSORS_BYTES, modelFile, outputFile, parseConfig, requireFlag, sizeFlag,
  type CliIo, type CommandSpec, type ParsedArgs,
} from '../args.ts';
import { checkMemoryBudget, estimateMemory } from '../../runtime/memory-budget.ts';
import { ALLOW_NONFINITE, BACKEND, backendFlag, MEMORY_BUDGET, readWeights, SET } from '../options.ts';

export const spec: CommandSpec = {
  name: 'eval',
  summary: 'Run a model on named inputs with given weights and write its outputs (logits; with --grads also the loss and every gradient) as safetensors.',
  synopsis: '<file.loom> --weights FILE --inputs FILE --out FILE [options]',
  positionals: [{ name: '<file.loom>', description: 'the model' }],
  options: [
    { name: 'weights', type: 'option', value: 'FILE', description: 'the weights, safetensors (a training checkpoint works) (required)' },
    { name: 'inputs', type: 'option', value: 'FILE', description: "the inputs, safetensors, one tensor per argument of forward (and loss) (required)" },
    { name: 'out', type: 'option', value: 'FILE', description: 'where to write the outputs, safetensors (required)' },
    { name: 'grads', type: 'flag', description: 'also run loss and write the loss and every weight gradient' },
    BACKEND,
    MEMORY_BUDGET,
    ALLOW_NONFINITE,
    SET,
  ],
  notes: 'Without --memory-budget the budget is three quarters of physical memory.',
};

const dtypeOf = (st: string): DType => (st === 'I32' || st === 'I64' || st === 'U8' ? 'i32' : st === 'BOOL' ? 'bool' : 'f32');

export async function run(args: ParsedArgs, io: CliIo): Promise<number> {
  // Every argument and path is checked before any work.
  const weightsFile = inputFile(requireFlag(args.str('weights'), 'weights'), 'weights file', MAX_SAFETENSORS_BYTES);
  const inputsFile = inputFile(requireFlag(args.str('inputs'), 'inputs'), 'inputs file', MAX_SAFETENSORS_BYTES);
  const outFile = outputFile(requireFlag(args.str('out'), 'out'), 'output file');
  const backendName = backendFlag(args);
  const budgetFlag = sizeFlag(args.str('memory-budget'), 'memory-budget');
  const config = parseConfig(args.list('set'));
  const file = modelFile(args);

  const program = loadOrThrow(file);
  const inputs = readSafetensors(inputsFile, { what: 'inputs file', maxBytes: MAX_SAFETENSORS_BYTES }).tensors;
  const argTypes = (names: string[]): Record<string, TensorType> => {
    const out: Record<string, TensorType> = {};
    for (const n of names) {
      const t = inputs.get(n);
      if (!t) throw new Error(`${inputsFile}: no tensor named "${n}" (it has: ${[...inputs.keys()].join(', ') || 'nothing'})`);
      out[n] = { shape: t.shape, dtype: dtypeOf(t.dtype) };
    }
    return out;
  };
  const info = modelInfo(program);
  const methodArgs = (method: string): string[] => {
    const m = info.methods.find((x) => x.name === method);
    if (!m) throw new Error(`model ${info.name} has no method "${method}"`);
    return m.params.map((p) => p.name);
  };

  const graphs: Record<string, Graph> = {};
  const forward = elaborateOrThrow(program, 'forward', argTypes(methodArgs('forward')), config);
  graphs.forward = forward.graph;
  if (args.flag('grads')) graphs.grads = buildLossAndGrads(elaborateOrThrow(program, 'loss', argTypes(methodArgs('loss')), config).graph);

  const expected = new Map(
    forward.graph.nodes.filter((n) => n.op === 'param').map((n) => [(n.attrs as OpAttrs['param']).name, [...n.type.shape]] as const),
  );
  // Optimizer state in a checkpoint is not used here; only the weights must be finite.
  const weights = readWeights(weightsFile, 'weights file', args.flag('allow-nonfinite'), (name) => expected.has(name));
  checkWeights(weights.tensors, expected, weightsFile);
  // Before the session allocates anything (undefined: the default budget, a fraction of physical memory).
  checkMemoryBudget(estimateMemory(Object.values(graphs)), budgetFlag, 'evaluation');
  const state = new Map([...weights.tensors].map(([name, t]) => [name, Float32Array.from(t.data as ArrayLike<number>)]));
  const feeds = new Map([...inputs].map(([name, t]) => [name, Float32Array.from(t.data as ArrayLike<number>)]));

  const backend = await loadBackend(backendName);
  const session = await backend.createSession(graphs, state);
  try {
    const results: Record<string, { dtype: 'F32'; shape: number[]; data: Float32Array }> = {};
    const collect = (g: Graph, out: Map<string, Float32Array>) => {
      for (const o of g.outputs) results[o.name] = { dtype: 'F32', shape: [...g.nodes[o.node]!.type.shape], data: out.get(o.name)! };
    };
    collect(graphs.forward, await session.run('forward', feeds));
    if (graphs.grads) collect(graphs.grads, await session.run('grads', feeds));
    writeSafetensors(outFile, results, { model: forward.model, config: JSON.stringify(forward.config) });
    io.stdout.write(`wrote ${Object.keys(results).length} tensors to ${outFile}\n`);
    // Statistics the model marks (stat(x, name): spike rates) are among them; name them too.
    for (const s of statOutputs(graphs.forward)) io.stdout.write(`${s.label}: ${results[s.output]!.data[0]!.toFixed(6)}\n`);
  } finally {
    session.dispose();
  }
  return 0;
}
