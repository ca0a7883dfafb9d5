// loom eval: run a model on named inputs with given weights and write named
// outputs (logits; with --grads also the loss and every weight's gradient),
// so anyone can check loom against another implementation.
import { parseArgs } from 'node:util';
import { buildLossAndGrads } from '../../compiler/autodiff/train-step.ts';
import { modelInfo } from '../../compiler/elaborate/elaborate.ts';
import type { DType, Graph, OpAttrs, TensorType } from '../../compiler/graph/types.ts';
import { DEFAULT_BACKEND, loadBackend } from '../../runtime/backend.ts';
import { checkWeights } from '../../runtime/checkpoint.ts';
import { elaborateOrThrow, loadOrThrow } from '../../runtime/model.ts';
import { readSafetensors, writeSafetensors } from '../../runtime/safetensors.ts';
import { parseConfig, requireFlag } from '../args.ts';

const dtypeOf = (st: string): DType => (st === 'I32' || st === 'I64' || st === 'U8' ? 'i32' : st === 'BOOL' ? 'bool' : 'f32');

export async function run(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      weights: { type: 'string' },
      inputs: { type: 'string' },
      out: { type: 'string' },
      grads: { type: 'boolean' },
      backend: { type: 'string' },
      set: { type: 'string', multiple: true },
    },
  });
  const file = positionals[0];
  if (!file) throw new Error('usage: loom eval <file.loom> --weights W --inputs I --out O [--grads]');
  const weightsFile = requireFlag(values.weights, 'weights', 'eval');
  const inputsFile = requireFlag(values.inputs, 'inputs', 'eval');
  const outFile = requireFlag(values.out, 'out', 'eval');
  const program = loadOrThrow(file);
  const config = parseConfig(values.set);
  const inputs = readSafetensors(inputsFile).tensors;
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
  if (values.grads) graphs.grads = buildLossAndGrads(elaborateOrThrow(program, 'loss', argTypes(methodArgs('loss')), config).graph);

  const expected = new Map(
    forward.graph.nodes.filter((n) => n.op === 'param').map((n) => [(n.attrs as OpAttrs['param']).name, [...n.type.shape]] as const),
  );
  const weights = readSafetensors(weightsFile);
  checkWeights(weights.tensors, expected, weightsFile);
  const state = new Map([...weights.tensors].map(([name, t]) => [name, Float32Array.from(t.data as ArrayLike<number>)]));
  const feeds = new Map([...inputs].map(([name, t]) => [name, Float32Array.from(t.data as ArrayLike<number>)]));

  const backend = await loadBackend(values.backend ?? DEFAULT_BACKEND);
  const session = await backend.createSession(graphs, state);
  const results: Record<string, { dtype: 'F32'; shape: number[]; data: Float32Array }> = {};
  const collect = (g: Graph, out: Map<string, Float32Array>) => {
    for (const o of g.outputs) results[o.name] = { dtype: 'F32', shape: [...g.nodes[o.node]!.type.shape], data: out.get(o.name)! };
  };
  collect(graphs.forward, await session.run('forward', feeds));
  if (graphs.grads) collect(graphs.grads, await session.run('grads', feeds));
  writeSafetensors(outFile, results, { model: forward.model, config: JSON.stringify(forward.config) });
  process.stdout.write(`wrote ${Object.keys(results).length} tensors to ${outFile}\n`);
  session.dispose();
  return 0;
}
