// The example models (dsl-examples/*.loom): param names and shapes, outputs,
// `loom check`, the CLI helpers, and a numeric sanity check of the loss.
import { describe, expect, test } from 'vitest';
import { buildLossAndGrads } from '../../compiler/autodiff/train-step.ts';
import { formatDiagnostics } from '../../compiler/diagnostics.ts';
import { checkProgram, elaborate, methodArgTypes, modelInfo } from '../../compiler/elaborate/elaborate.ts';
import { loadProgram } from '../../compiler/elaborate/load.ts';
import type { OpAttrs, TensorType } from '../../compiler/graph/types.ts';
import { verifyGraph } from '../../compiler/graph/verify.ts';
import { i32, params, run } from './helpers.ts';

const gpt = loadProgram('dsl-examples/gpt.loom');
const llama = loadProgram('dsl-examples/llama.loom');
const tokens = (b: number, t: number): Record<string, TensorType> => ({ tokens: i32(b, t) });
const lossArgs = (b: number, t: number): Record<string, TensorType> => ({ tokens: i32(b, t), targets: i32(b, t) });

function build(program: typeof gpt, method: string, args: Record<string, TensorType>, config: Record<string, number> = {}) {
  const r = elaborate(program, { method, args, config });
  if (!r.graph) throw new Error(formatDiagnostics(r.diagnostics, program.sources));
  return r;
}

const GPT_BLOCK = (i: number): [string, number[]][] => [
  [`blocks.${i}.ln1.g`, [64]],
  [`blocks.${i}.ln1.b`, [64]],
  [`blocks.${i}.attn.wq.w`, [64, 64]],
  [`blocks.${i}.attn.wq.b`, [64]],
  [`blocks.${i}.attn.wk.w`, [64, 64]],
  [`blocks.${i}.attn.wk.b`, [64]],
  [`blocks.${i}.attn.wv.w`, [64, 64]],
  [`blocks.${i}.attn.wv.b`, [64]],
  [`blocks.${i}.attn.wo.w`, [64, 64]],
  [`blocks.${i}.attn.wo.b`, [64]],
  [`blocks.${i}.ln2.g`, [64]],
  [`blocks.${i}.ln2.b`, [64]],
  [`blocks.${i}.mlp.fc.w`, [64, 256]],
  [`blocks.${i}.mlp.fc.b`, [256]],
  [`blocks.${i}.mlp.proj.w`, [256, 64]],
  [`blocks.${i}.mlp.proj.b`, [64]],
];

describe('gpt.loom', () => {
  test('loads without diagnostics and is at most 60 lines', () => {
    expect(gpt.diagnostics).toEqual([]);
    expect(gpt.sources.get(gpt.entry)!.trimEnd().split('\n').length).toBeLessThanOrEqual(60);
  });

  test('params: names and shapes for the default config, in declaration order', () => {
    const r = build(gpt, 'loss', lossArgs(2, 8));
    expect(params(r.graph!).map((p) => [p.name, p.shape])).toEqual([
      ['wte.w', [256, 64]],
      ['wpe', [64, 64]],
      ...GPT_BLOCK(0),
      ...GPT_BLOCK(1),
      ['ln_f.g', [64]],
      ['ln_f.b', [64]],
    ]);
    expect(r.config).toEqual({ vocab: 256, ctx: 64, dim: 64, depth: 2, heads: 4 });
    expect(r.model).toBe('GPT');
  });

  test('inits: GPT-2 style', () => {
    const r = build(gpt, 'forward', tokens(1, 4));
    const init = (name: string) => (r.graph!.nodes.find((n) => n.op === 'param' && (n.attrs as OpAttrs['param']).name === name)!.attrs as OpAttrs['param']).init;
    expect(init('wte.w')).toEqual({ kind: 'normal', std: 0.02, mean: 0 });
    expect(init('blocks.1.attn.wq.b')).toEqual({ kind: 'zeros' });
    expect(init('ln_f.g')).toEqual({ kind: 'ones' });
  });

  test('outputs: forward gives [B, T, vocab] logits named output; loss a scalar named loss', () => {
    const f = build(gpt, 'forward', tokens(3, 5)).graph!;
    expect(f.outputs.map((o) => o.name)).toEqual(['output']);
    expect(f.nodes[f.outputs[0]!.node]!.type).toEqual({ shape: [3, 5, 256], dtype: 'f32' });
    expect(f.nodes.filter((n) => n.op === 'input').map((n) => (n.attrs as OpAttrs['input']).name)).toEqual(['tokens']);
    const l = build(gpt, 'loss', lossArgs(2, 8)).graph!;
    expect(l.outputs.map((o) => o.name)).toEqual(['loss']);
    expect(l.nodes[l.outputs[0]!.node]!.type).toEqual({ shape: [], dtype: 'f32' });
    expect(l.nodes.filter((n) => n.op === 'input').map((n) => (n.attrs as OpAttrs['input']).name)).toEqual(['tokens', 'targets']);
  });

  test('the graphs pass the IR verifier', () => {
    expect(verifyGraph(build(gpt, 'forward', tokens(2, 7)).graph!)).toEqual([]);
    expect(verifyGraph(build(gpt, 'loss', lossArgs(2, 7)).graph!)).toEqual([]);
    expect(verifyGraph(build(llama, 'loss', lossArgs(2, 7)).graph!)).toEqual([]);
  });

  test('config overrides change the architecture', () => {
    const r = build(gpt, 'forward', tokens(1, 4), { depth: 3, dim: 32, heads: 2, vocab: 16 });
    const ps = params(r.graph!);
    expect(ps.filter((p) => p.name.endsWith('attn.wq.w')).length).toBe(3);
    expect(ps.find((p) => p.name === 'wte.w')!.shape).toEqual([16, 32]);
  });

  test('the initial loss is close to ln(vocab) and tied logits use wte', () => {
    const r = build(gpt, 'loss', lossArgs(2, 8), { dim: 32, heads: 2 });
    const ids = Array.from({ length: 16 }, (_, i) => (i * 37) % 256);
    const loss = run(r.graph!, { tokens: ids, targets: ids.map((t) => (t + 1) % 256) }).get('loss')![0]!;
    expect(Math.abs(loss - Math.log(256))).toBeLessThan(0.1);
    const f = build(gpt, 'forward', tokens(1, 2)).graph!;
    const head = f.nodes.filter((n) => n.op === 'einsum').at(-1)!;
    expect(head.span!.line).toBe(28);
  });

  test('loom check finds nothing', () => {
    expect(formatDiagnostics(checkProgram(gpt), gpt.sources)).toBe('');
  });

  test('gradients of the elaborated loss match finite differences', () => {
    const config = { vocab: 11, ctx: 4, dim: 8, depth: 1, heads: 2 };
    const loss = build(gpt, 'loss', lossArgs(2, 3), config).graph!;
    const grads = buildLossAndGrads(loss);
    const feeds = { tokens: [1, 5, 10, 3, 3, 0], targets: [5, 10, 3, 3, 0, 7] };
    // Perturb every weight a little so zero-init biases and unit gains are not special points.
    const values: Record<string, number[]> = {};
    for (const p of params(loss)) values[p.name] = Array.from({ length: p.shape.reduce((a, b) => a * b, 1) }, (_, i) => Math.sin(i * 1.7 + p.name.length) * 0.3);
    const g = run(grads, feeds, values);
    const eps = 1e-6;
    for (const [name, i] of [['wte.w', 13], ['wpe', 5], ['blocks.0.attn.wq.w', 9], ['blocks.0.attn.wv.b', 2], ['blocks.0.mlp.fc.w', 40], ['blocks.0.ln1.g', 3], ['ln_f.b', 1]] as const) {
      const at = (d: number) => run(loss, feeds, { ...values, [name]: values[name]!.map((v, j) => (j === i ? v + d : v)) }).get('loss')![0]!;
      const numeric = (at(eps) - at(-eps)) / (2 * eps);
      expect(Math.abs(g.get(`grad.${name}`)![i]! - numeric), name).toBeLessThan(1e-6);
    }
  });

  test('modelInfo and methodArgTypes serve the CLI', () => {
    const info = modelInfo(gpt);
    expect(info.name).toBe('GPT');
    expect(info.hyper).toEqual([
      { name: 'vocab', type: 'int', default: 256 },
      { name: 'ctx', type: 'int', default: 64 },
      { name: 'dim', type: 'int', default: 64 },
      { name: 'depth', type: 'int', default: 2 },
      { name: 'heads', type: 'int', default: 4 },
    ]);
    expect(info.methods.map((m) => [m.name, m.params.map((p) => `${p.name}: ${p.text}`)])).toEqual([
      ['forward', ['tokens: i32[B, T]']],
      ['loss', ['tokens: i32[B, T]', 'targets: i32[B, T]']],
    ]);
    expect(methodArgTypes(gpt, { method: 'loss', dims: { B: 4, T: 16 } }).args).toEqual(lossArgs(4, 16));
    const missing = methodArgTypes(gpt, { method: 'forward', dims: { B: 4 } });
    expect(missing.args).toBeUndefined();
    expect(formatDiagnostics(missing.diagnostics, gpt.sources)).toBe(
      'dsl-examples/gpt.loom:25:26: error: forward: give a size for dimension T of tokens\n25 |   forward(tokens: i32[B, T]) -> [B, T, vocab] {\n   |                          ^',
    );
  });
});

describe('llama.loom', () => {
  test('loads, checks, and is at most 60 lines', () => {
    expect(llama.diagnostics).toEqual([]);
    expect(llama.sources.get(llama.entry)!.trimEnd().split('\n').length).toBeLessThanOrEqual(60);
    expect(formatDiagnostics(checkProgram(llama), llama.sources)).toBe('');
  });

  test('params: no biases, RMSNorm gains, SwiGLU with hidden = 176, untied head', () => {
    const r = build(llama, 'loss', lossArgs(2, 8));
    const ps = params(r.graph!).map((p) => [p.name, p.shape]);
    expect(ps.slice(0, 11)).toEqual([
      ['tok.w', [256, 64]],
      ['layers.0.attn_norm.g', [64]],
      ['layers.0.attn.wq.w', [64, 64]],
      ['layers.0.attn.wk.w', [64, 64]],
      ['layers.0.attn.wv.w', [64, 64]],
      ['layers.0.attn.wo.w', [64, 64]],
      ['layers.0.mlp_norm.g', [64]],
      ['layers.0.mlp.w1.w', [64, 176]],
      ['layers.0.mlp.w2.w', [176, 64]],
      ['layers.0.mlp.w3.w', [64, 176]],
      ['layers.1.attn_norm.g', [64]],
    ]);
    expect(ps.slice(-2)).toEqual([
      ['norm.g', [64]],
      ['head.w', [64, 256]],
    ]);
    expect(ps.some(([n]) => String(n).endsWith('.b'))).toBe(false);
  });

  test('the initial loss is close to ln(vocab)', () => {
    const r = build(llama, 'loss', lossArgs(1, 6), { dim: 16, heads: 2 });
    const ids = [1, 2, 3, 4, 5, 6];
    const loss = run(r.graph!, { tokens: ids, targets: ids }).get('loss')![0]!;
    expect(Math.abs(loss - Math.log(256))).toBeLessThan(0.1);
  });
});
