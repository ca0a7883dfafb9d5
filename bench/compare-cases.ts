// The cases of the one-command comparison (bench/compare.ts), loom's side:
// each builds a loom program on the js backend from a .loom source (the
// standard library's blocks, as users write them), random weights and
// inputs, and says what one step is. The peers run the same equations on
// the same weights and inputs (bench/peers/pytorch/cases.py,
// gpt_train_step.py; ONNX Runtime on graphs exported from the PyTorch
// models) and must reproduce loom's outputs of one step before any timing.
import { defaultOptimizer } from '../compiler/autodiff/optimizer.ts';
import { buildLossAndGrads } from '../compiler/autodiff/train-step.ts';
import { loadSource } from '../compiler/elaborate/load.ts';
import { initParams } from '../runtime/reference/interpreter.ts';
import type { Graph } from '../compiler/graph/types.ts';
import { compileLanguageModel, elaborateOrThrow } from '../compiler/model.ts';
import { loadBackend, type Session } from '../runtime/backend.ts';
import { createGenerationSession } from '../runtime/generate.ts';
import { makeRng } from '../runtime/sample.ts';
import { initialState } from '../runtime/train.ts';

export type Tensor = { shape: readonly number[]; data: Float32Array };

export interface LoomCase {
  readonly name: string;
  /** What one step computes, in words (the table's second column). */
  readonly step: string;
  /** Tokens (or sequence positions) one step processes, for a rate; 0 when not a token workload. */
  readonly tokens: number;
  /** The PyTorch peer's case (cases.py), or 'gpt-train' for gpt_train_step.py. */
  readonly torchCase: string;
  readonly spec: Record<string, number | string>;
  /** Weights in loom's names and layouts, and the step's inputs (token ids as f32 integers). */
  readonly weights: Map<string, Tensor>;
  readonly inputs: Map<string, Tensor>;
  /** Exported to ONNX for ONNX Runtime (an inference case). */
  readonly onnx: boolean;
  /** Runs one step; returns the outputs the identity check compares (`loss`, `grad.<w>`, `logits`). */
  run(): Promise<Map<string, Float32Array>>;
  dispose(): void;
}

const GPT = 'dsl-examples/gpt.loom';

function random(shape: readonly number[], seed: number, scale = 1): Tensor {
  const rng = makeRng(seed);
  const n = shape.reduce((a, b) => a * b, 1);
  return { shape, data: Float32Array.from({ length: n }, () => (rng() * 2 - 1) * scale) };
}

function tokenIds(n: number, vocab: number, seed: number): Float32Array {
  const rng = makeRng(seed);
  return Float32Array.from({ length: n }, () => Math.floor(rng() * vocab));
}

/** A block case: `loss(…)` of an inline model, its gradient program on the js backend, weights from the model's own initialisers. */
async function blockCase(o: { name: string; step: string; torchCase: string; spec: Record<string, number | string>; source: string;
  args: Record<string, number[]>; inputs: Map<string, Tensor>; tokens: number; root: string }): Promise<LoomCase> {
  const program = loadSource(o.source, `${o.root}/bench/compare-${o.name}.loom`);
  const args = Object.fromEntries(Object.entries(o.args).map(([k, shape]) => [k, { shape, dtype: 'f32' as const }]));
  const graph: Graph = buildLossAndGrads(elaborateOrThrow(program, 'loss', args, {}).graph);
  const init = initParams(graph, 1);
  const weights = new Map([...init].map(([name, v]) => {
    const node = graph.nodes.find((n) => n.op === 'param' && (n.attrs as { name: string }).name === name)!;
    return [name, { shape: node.type.shape, data: Float32Array.from(v) }] as const;
  }));
  const backend = await loadBackend('js');
  const session = await backend.createSession({ grads: graph }, new Map([...weights].map(([k, t]) => [k, t.data])));
  const feeds = new Map([...o.inputs].map(([k, t]) => [k, t.data]));
  return {
    name: o.name, step: o.step, tokens: o.tokens, torchCase: o.torchCase, spec: o.spec, weights, inputs: o.inputs, onnx: false,
    run: () => session.run('grads', feeds),
    dispose: () => session.dispose(),
  };
}

/** The gpt.loom train step at its default size (batch 16 × 64), as bench/vs-torch.ts times it. */
async function gptTrain(root: string): Promise<LoomCase> {
  const batch = 16;
  const m = compileLanguageModel(`${root}/${GPT}`, { batch, optimizer: defaultOptimizer });
  const n = batch * m.shapes.ctx;
  const vocab = Number(m.config.vocab);
  const state = initialState(m, 1);
  const weights = new Map(m.weights.map((w) => [w.name, { shape: w.shape, data: Float32Array.from(state.get(w.name)!) }]));
  const shape = [batch, m.shapes.ctx];
  const inputs = new Map([['tokens', { shape, data: tokenIds(n, vocab, 1) }], ['targets', { shape, data: tokenIds(n, vocab, 2) }]]);
  const backend = await loadBackend('js');
  const session: Session = await backend.createSession({ train: m.graphs.train }, new Map([...state].map(([k, v]) => [k, Float32Array.from(v)])));
  let step = 0;
  return {
    name: 'gpt train step', step: `loss, gradients and AdamW update, batch ${batch} × ${m.shapes.ctx}`, tokens: n, torchCase: 'gpt-train',
    spec: m.config as Record<string, number>, weights, inputs, onnx: false,
    async run() {
      const out = await session.run('train', new Map([['tokens', inputs.get('tokens')!.data], ['targets', inputs.get('targets')!.data], ['step', Float32Array.of(step++)]]), ['loss']);
      return new Map([['loss', out.get('loss')!], ...[...await session.readState()].filter(([k]) => weights.has(k)).map(([k, v]) => [k, v] as const)]);
    },
    dispose: () => session.dispose(),
  };
}

/** gpt.loom's prefill (a 48-token prompt, batch 1) or one decode step at position 48 through the KV cache. */
async function gptInference(root: string, part: 'prefill' | 'decode'): Promise<LoomCase> {
  const m = compileLanguageModel(`${root}/${GPT}`, { batch: 1, optimizer: defaultOptimizer, inference: {} });
  const p = m.inference!;
  const vocab = Number(m.config.vocab);
  const promptLength = 48;
  const state = initialState(m, 1);
  const weights = new Map(m.weights.map((w) => [w.name, { shape: w.shape, data: Float32Array.from(state.get(w.name)!) }]));
  const prompt = tokenIds(promptLength, vocab, 3);
  const backend = await loadBackend('js');
  const session = await createGenerationSession(backend, p, new Map([...weights].map(([k, t]) => [k, t.data])));
  const padded = new Float32Array(p.prefillLength);
  padded.set(prompt);
  // The prefill and decode programs' logits output (as runtime/generate.ts reads it).
  const prefill = async () => (await session.run('prefill', new Map([['tokens', padded]]), ['output'])).get('output')!;
  const config = m.config as Record<string, number>;
  if (part === 'prefill') {
    return {
      name: 'gpt prefill', step: `logits of a ${promptLength}-token prompt (batch 1; loom's program runs ${p.prefillLength} positions, zero-padded)`,
      tokens: promptLength, torchCase: 'gpt-prefill', spec: config, weights, inputs: new Map([['tokens', { shape: [1, promptLength], data: prompt }]]), onnx: true,
      async run() {
        return new Map([['logits', (await prefill()).subarray(0, promptLength * vocab)]]);
      },
      dispose: () => session.dispose(),
    };
  }
  await prefill(); // the cache holds the prompt
  const token = tokenIds(1, vocab, 4);
  const pos = Float32Array.of(promptLength);
  return {
    name: 'gpt decode', step: `one token through the KV cache at position ${promptLength} (batch 1)`, tokens: 1, torchCase: 'gpt-decode', spec: config, weights,
    inputs: new Map([['prompt', { shape: [1, promptLength], data: prompt }], ['token', { shape: [1, 1], data: token }]]), onnx: true,
    async run() {
      const out = await session.run('decode', new Map([['tokens', token], ['pos', pos]]), ['output']);
      return new Map([['logits', out.get('output')!.subarray(0, vocab)]]);
    },
    dispose: () => session.dispose(),
  };
}

/** Every case, in table order. `root` is the loom repository. */
export async function loomCases(root: string): Promise<LoomCase[]> {
  const [B, H, T, D] = [1, 4, 256, 32];
  const qkv = new Map([['q', random([B, H, T, D], 11)], ['k', random([B, H, T, D], 12)], ['v', random([B, H, T, D], 13)]]);
  const mamba = { B: 2, T: 256, dim: 64, state: 16 };
  // Inputs in [−16, 16) through the Linear's std-0.02 weights: currents of about ±2, so 14% of the neurons fire a step.
  const lif = { B: 8, T: 64, dim: 128, tau: 2.0, alpha: 2.0 };
  return [
    await gptTrain(root),
    await gptInference(root, 'prefill'),
    await gptInference(root, 'decode'),
    await blockCase({
      root, name: 'attention', torchCase: 'attention', tokens: B * T, spec: { B, H, T, D }, inputs: qkv, args: { q: [B, H, T, D], k: [B, H, T, D], v: [B, H, T, D] },
      step: `causal attention, ${H} heads of ${D}, T = ${T}: Σ attention(q ⊙ w, k, v)² and its gradient`,
      source: `import std.functional\nmodel Bench {\n  param w: [${D}] = ones\n  loss(q: [B, H, T, D], k: [B, H, T, D], v: [B, H, T, D]) = sum(attention(q * w, k, v) ** 2)\n}\n`,
    }),
    await blockCase({
      root, name: 'mamba', torchCase: 'mamba', tokens: mamba.B * mamba.T, spec: { dim: mamba.dim, state: mamba.state },
      inputs: new Map([['x', random([mamba.B, mamba.T, mamba.dim], 21)]]), args: { x: [mamba.B, mamba.T, mamba.dim] },
      step: `Mamba block, dim ${mamba.dim}, state ${mamba.state}, batch ${mamba.B} × ${mamba.T}: Σ Mamba(x)² and every weight gradient`,
      source: `import std.ssm\nmodel Bench {\n  m = Mamba(${mamba.dim}, ${mamba.state})\n  loss(x: [B, T, ${mamba.dim}]) = sum(m(x) ** 2)\n}\n`,
    }),
    await blockCase({
      root, name: 'lif', torchCase: 'lif', tokens: lif.B * lif.T, spec: { tau: lif.tau, alpha: lif.alpha },
      inputs: new Map([['x', random([lif.B, lif.T, lif.dim], 31, 16)]]), args: { x: [lif.B, lif.T, lif.dim] },
      step: `Linear + multi-step LIF (hard reset, ATan), ${lif.dim} neurons, batch ${lif.B} × ${lif.T}: Σ spikes² and the weight gradients`,
      source: `import std.nn\nimport std.spiking\nmodel Bench {\n  fc = Linear(${lif.dim}, ${lif.dim})\n  lif = MultiStepLIF(${lif.tau}, 1.0, ${lif.alpha})\n  loss(x: [B, T, ${lif.dim}]) = sum(lif(fc(x)) ** 2)\n}\n`,
    }),
  ];
}
