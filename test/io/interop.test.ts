// `loom import` against checkpoints written by the projects' own export code
// (scripts/interop_fixtures.py, committed under test/fixtures/interop/):
// nanoGPT's state_dict (safetensors), llama2.c's model.bin v0 and v1 (the
// latter also grouped-query), and the Hugging Face Llama layout (bf16, q/k
// rows permuted for rotate-half). Each is imported into its example, loom's
// forward runs on js (`loom eval`), and the logits must match PyTorch's
// (float64, from the stored weights): max |loom − torch| ≤ 1e-4 · max |torch|.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loom, loomIn, root, tempDir } from '../cli/helpers.ts';
import { readSafetensors, writeSafetensors, type TensorToWrite } from '../../runtime/safetensors.ts';
import { f16ToNumber } from '../../runtime/safetensors.ts';
import { readForeignCheckpoint } from '../../compiler/io/import-readers.ts';
import { applyTransform } from '../../compiler/io/import.ts';
import { encodeF16File } from '../emit/f16-file.ts';
import { loadTokenizer } from '../../runtime/tokenizer-file.ts';

const fixtures = path.join(root, 'test', 'fixtures', 'interop');
const fx = (f: string) => path.join(fixtures, f);
const dir = tempDir();

/** Imports (model: relative to the repository, or absolute), runs loom eval on the expected file's tokens, and returns the relative error and the import's stdout. */
async function importAndEval(model: string, layout: string, checkpoint: string, expectedFile: string, set: string[] = []) {
  const ckpt = path.join(dir, `${path.basename(checkpoint)}-${path.basename(layout)}-${set.join('_')}.safetensors`);
  const imp = await loomIn(['import', path.resolve(root, model), checkpoint, '--from', layout, '-o', ckpt, ...set.flatMap((s) => ['--set', s])]);
  expect(imp.stderr).toBe('');
  expect(imp.status).toBe(0);
  const expected = readSafetensors(fx(expectedFile)).tensors;
  const tokens = expected.get('tokens')!;
  const inputs = path.join(dir, 'inputs.safetensors');
  writeSafetensors(inputs, { tokens: { dtype: 'I32', shape: tokens.shape, data: tokens.data } });
  const config = JSON.parse(readSafetensors(ckpt).metadata.config!) as Record<string, unknown>;
  const out = path.join(dir, 'out.safetensors');
  const ev = await loomIn(['eval', path.resolve(root, model), '--weights', ckpt, '--inputs', inputs, '--out', out, '--backend', 'js',
    ...Object.entries(config).flatMap(([k, v]) => ['--set', `${k}=${v}`])]);
  expect(ev.stderr).toBe('');
  expect(ev.status).toBe(0);
  const got = readSafetensors(out).tensors.get('output')!;
  const want = expected.get('logits')!;
  expect(got.shape).toEqual(want.shape);
  let maxRef = 0, maxErr = 0;
  for (let i = 0; i < want.data.length; i++) {
    maxRef = Math.max(maxRef, Math.abs(want.data[i]!));
    maxErr = Math.max(maxErr, Math.abs(got.data[i]! - want.data[i]!));
  }
  return { rel: maxErr / maxRef, maxRef, stdout: imp.stdout, config };
}

describe('imported checkpoints give PyTorch\'s logits', () => {
  it('nanoGPT state_dict (safetensors) → gpt.loom', async () => {
    const r = await importAndEval('dsl-examples/gpt.loom', 'nanogpt', fx('nanogpt.safetensors'), 'nanogpt.expected.safetensors', ['heads=4']);
    expect(r.rel).toBeLessThan(1e-4);
    expect(r.maxRef).toBeGreaterThan(1); // random weights: the logits are far from uniform, so the comparison means something
    expect(r.stdout).toContain('31 tensors, 1 tied checked, 2 ignored');
    expect(r.stdout).toContain('wrote 36 params (29,056 values) of GPT');
    expect(r.config).toEqual({ vocab: 96, ctx: 16, dim: 32, depth: 2, heads: 4 });
  });

  it('llama2.c model.bin v1 (shared classifier) → llama.loom', async () => {
    const r = await importAndEval('dsl-examples/llama.loom', 'llama2c', fx('llama2c-v1.bin'), 'llama2c-v1.expected.safetensors');
    expect(r.rel).toBeLessThan(1e-4);
    expect(r.stdout).toContain('llama2.c model.bin v1');
    expect(r.config).toEqual({ vocab: 351, ctx: 16, dim: 32, depth: 2, heads: 4, hidden: 96 }); // the vocabulary of tokenizer-llama.json
  });

  it('llama2.c model.bin v0 (legacy, separate classifier, RoPE tables ignored) → llama.loom', async () => {
    const r = await importAndEval('dsl-examples/llama.loom', 'llama2c', fx('llama2c-v0.bin'), 'llama2c-v0.expected.safetensors');
    expect(r.rel).toBeLessThan(1e-4);
    expect(r.stdout).toContain('llama2.c model.bin v0, layout llama2c): 23 tensors, 2 ignored');
  });

  it('llama2.c model.bin v1 with n_kv_heads 2 → gqa.loom (kv_heads from the header)', async () => {
    const r = await importAndEval('dsl-examples/gqa.loom', 'llama2c', fx('llama2c-gqa-v1.bin'), 'llama2c-gqa-v1.expected.safetensors');
    expect(r.rel).toBeLessThan(1e-4);
    expect(r.config.kv_heads).toBe(2);
  });

  it('Hugging Face Llama directory (bf16, rotate-half rows) → gqa.loom with adjacent RoPE: q/k rows permuted back', async () => {
    const r = await importAndEval('dsl-examples/gqa.loom', 'hf-llama', fx('hf-llama'), 'hf-llama.expected.safetensors');
    expect(r.rel).toBeLessThan(1e-4);
    expect(r.stdout).toContain('heads = 4 (config.json num_attention_heads), kv_heads = 2 (config.json num_key_value_heads)');
  });

  it('the same checkpoint → gqa.loom with rope_convention=half: no permutation, same logits', async () => {
    const r = await importAndEval('dsl-examples/gqa.loom', 'hf-llama', fx('hf-llama/model.safetensors'), 'hf-llama.expected.safetensors', ['rope_convention=half']);
    expect(r.rel).toBeLessThan(1e-4);
    expect(r.config.rope_convention).toBe('half');
  });

  it('Hugging Face GPT-2 layout (Conv1D [in, out] weights, no prefix): the nanoGPT weights renamed give the same logits', async () => {
    // What nanoGPT's from_pretrained undoes: GPT-2's Conv1D stores weights [in, out], c_attn's q, k, v side by side.
    const sd = readSafetensors(fx('nanogpt.safetensors')).tensors;
    const conv = /\.(c_attn|c_proj|c_fc)\.weight$/;
    const out = new Map<string, TensorToWrite>();
    for (const [name, t] of sd) {
      if (name === 'lm_head.weight') continue; // a GPT-2 checkpoint stores the tied head once
      const data = Float32Array.from(t.data as Float32Array);
      const tt = conv.test(name) ? applyTransform({ shape: t.shape, data }, { op: 'transpose' }, {}) : { shape: t.shape, data };
      out.set(name.replace(/^transformer\./, ''), { dtype: 'F32', shape: tt.shape, data: tt.data });
    }
    const file = path.join(dir, 'gpt2.safetensors');
    writeSafetensors(file, out);
    const r = await importAndEval('dsl-examples/gpt.loom', 'gpt2', file, 'nanogpt.expected.safetensors', ['heads=4']);
    expect(r.rel).toBeLessThan(1e-4);
  });
});

describe('a layout table of your own (FILE.json)', () => {
  it('the hf-llama table without its RoPE permutation loads, and the logits are wrong: the permutation is what makes them right', async () => {
    const table = JSON.parse(fs.readFileSync(path.join(root, 'compiler', 'io', 'layouts', 'hf-llama.json'), 'utf8')) as { tensors: { transform?: { op: string }[] }[] };
    for (const t of table.tensors) if (t.transform) t.transform = t.transform.filter((s) => s.op !== 'rope_half_to_adjacent');
    const file = path.join(dir, 'no-rope.json');
    fs.writeFileSync(file, JSON.stringify(table));
    const r = await importAndEval('dsl-examples/gqa.loom', file, fx('hf-llama'), 'hf-llama.expected.safetensors');
    expect(r.stdout).toContain('layout hf-llama');
    expect(r.rel).toBeGreaterThan(1e-2);
  });

  it("config.json values the model does not compute with are reported, and the import goes on", async () => {
    const hf = path.join(dir, 'hf-eps');
    fs.mkdirSync(hf, { recursive: true });
    fs.copyFileSync(fx('hf-llama/model.safetensors'), path.join(hf, 'model.safetensors'));
    const cfg = JSON.parse(fs.readFileSync(fx('hf-llama/config.json'), 'utf8')) as Record<string, unknown>;
    fs.writeFileSync(path.join(hf, 'config.json'), JSON.stringify({ ...cfg, rms_norm_eps: 1e-6 }));
    const r = await loomIn(['import', path.join(root, 'dsl-examples', 'gqa.loom'), hf, '--from', 'hf-llama', '-o', path.join(dir, 'eps.safetensors')]);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe(`loom import: warning: ${path.join(hf, 'config.json')}: rms_norm_eps is 0.000001, but the model computes with 0.00001: its logits will differ from the original's\n`);
  });

  it('a table beside the model (<model>.<layout>.json) is found by its layout name', async () => {
    const models = path.join(dir, 'models');
    fs.mkdirSync(models, { recursive: true });
    fs.copyFileSync(path.join(root, 'dsl-examples', 'gpt.loom'), path.join(models, 'mygpt.loom'));
    const table = JSON.parse(fs.readFileSync(path.join(root, 'compiler', 'io', 'layouts', 'nanogpt.json'), 'utf8')) as Record<string, unknown>;
    fs.writeFileSync(path.join(models, 'mygpt.karpathy.json'), JSON.stringify({ ...table, layout: 'karpathy' }));
    const r = await importAndEval(path.join(models, 'mygpt.loom'), 'karpathy', fx('nanogpt.safetensors'), 'nanogpt.expected.safetensors', ['heads=4']);
    expect(r.stdout).toContain('layout karpathy');
    expect(r.rel).toBeLessThan(1e-4);
  });

  it('a malformed table is named with the field', async () => {
    const file = path.join(dir, 'bad-table.json');
    fs.writeFileSync(file, JSON.stringify({ layout: 'x', tensors: [{ loom: 'wte.w', from: 'a', transform: [{ op: 'flip' }] }] }));
    const r = await loomIn(['import', path.join(root, 'dsl-examples', 'gpt.loom'), fx('nanogpt.safetensors'), '--from', file, '-o', path.join(dir, 'x.safetensors')]);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(`loom import: layout table ${file}: tensors[0].transform[0].op: unknown transform "flip" (known: transpose, split, rope_half_to_adjacent)\n`);
  });

  it('loom import --help lists the built-in layouts', async () => {
    const r = await loomIn(['import', '--help']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^usage: loom import <file.loom> <checkpoint> --from LAYOUT -o FILE \[options\]/);
    expect(r.stdout).toContain("the checkpoint's layout: gpt2, hf-llama, llama2c, nanogpt, a table <model>.LAYOUT.json beside the .loom file, or a layout table FILE.json (required)");
  });
});

describe('loom generate --tokenizer on an imported checkpoint', () => {
  const llama = path.join(root, 'dsl-examples', 'llama.loom');

  it("continues the prompt with the tokens llama2.c's own generate() picks (greedy), streamed as the tokenizer's bytes", async () => {
    const g = JSON.parse(fs.readFileSync(fx('llama2c-v1.generate.json'), 'utf8')) as { prompt: string; prompt_ids: number[]; continuation_hex: string };
    expect(loadTokenizer(fx('tokenizer-llama.json')).encode(g.prompt)).toEqual(g.prompt_ids);
    const ckpt = path.join(dir, 'generate.safetensors');
    expect((await loomIn(['import', llama, fx('llama2c-v1.bin'), '--from', 'llama2c', '-o', ckpt])).status).toBe(0);
    const r = loom(['generate', llama, '--ckpt', ckpt, '--tokenizer', fx('tokenizer-llama.json'), '--prompt', g.prompt, '--temperature', '0', '--length', '8']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdoutBytes.toString('hex')).toBe(`${Buffer.from(g.prompt).toString('hex')}${g.continuation_hex}0a`);
  });

  it("refuses a tokenizer with more tokens than the model's vocabulary", async () => {
    const ckpt = path.join(dir, 'nanogpt-gen.safetensors');
    expect((await loomIn(['import', path.join(root, 'dsl-examples', 'gpt.loom'), fx('nanogpt.safetensors'), '--from', 'nanogpt', '-o', ckpt, '--set', 'heads=4'])).status).toBe(0);
    const r = await loomIn(['generate', path.join(root, 'dsl-examples', 'gpt.loom'), '--ckpt', ckpt, '--tokenizer', fx('tokenizer-gpt2.json'), '--prompt', 'Call']);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(`loom generate: tokenizer ${fx('tokenizer-gpt2.json')} has 317 tokens, but the model's vocab is 96\n`);
  });
});

describe('what does not fit is named', () => {
  const gpt = path.join(root, 'dsl-examples', 'gpt.loom');
  const llama = path.join(root, 'dsl-examples', 'llama.loom');
  const out = () => path.join(dir, 'bad.safetensors');

  it('a shape that differs names the param, the foreign tensor and both shapes; nothing is written', async () => {
    const target = path.join(dir, 'never.safetensors');
    const r = await loomIn(['import', gpt, fx('nanogpt.safetensors'), '--from', 'nanogpt', '-o', target, '--set', 'dim=64', '--set', 'heads=4']);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('does not fit GPT (vocab=96 ctx=16 dim=64 depth=2 heads=4)');
    expect(r.stderr).toContain('param "blocks.0.attn.wq.w" ← "transformer.h.0.attn.c_attn.weight": F32[96, 32] is [32, 32] after split, transpose, but the model expects [64, 64]');
    expect(r.stderr).toContain('param "wte.w" ← "transformer.wte.weight": F32[96, 32], but the model expects [96, 64]');
    expect(fs.existsSync(target)).toBe(false);
  });

  it('a head count the checkpoint does not record must be given: no tensor shape would catch a wrong default', async () => {
    const r = await loomIn(['import', gpt, fx('nanogpt.safetensors'), '--from', 'nanogpt', '-o', out()]);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(`loom import: ${fx('nanogpt.safetensors')} does not record "heads", which no tensor shape reveals: pass --set heads=N (nanoGPT's n_head, in ckpt.pt's model_args; GPT-2 small: 12)\n`);
  });

  it('grouped-query weights into a model without kv_heads: the wk shape', async () => {
    const r = await loomIn(['import', llama, fx('llama2c-gqa-v1.bin'), '--from', 'llama2c', '-o', out()]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('param "layers.0.attn.wk.w" ← "layers.0.attention.wk.weight": F32[16, 32] is [32, 16] after transpose, but the model expects [32, 32]');
  });

  it('missing, extra and untied tensors', async () => {
    const sd = readSafetensors(fx('nanogpt.safetensors')).tensors;
    const tensors = new Map<string, TensorToWrite>();
    for (const [name, t] of sd) if (name !== 'transformer.ln_f.bias') tensors.set(name, { dtype: 'F32', shape: t.shape, data: t.data });
    tensors.set('transformer.extra.weight', { dtype: 'F32', shape: [2], data: [1, 2] });
    const head = Float32Array.from(sd.get('lm_head.weight')!.data as Float32Array);
    head[5] = head[5]! + 1;
    tensors.set('lm_head.weight', { dtype: 'F32', shape: [96, 32], data: head });
    const file = path.join(dir, 'broken.safetensors');
    writeSafetensors(file, tensors);
    const r = await loomIn(['import', gpt, file, '--from', 'nanogpt', '-o', out(), '--set', 'heads=4']);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('param "ln_f.b" [32]: the checkpoint has no "transformer.ln_f.bias"');
    expect(r.stderr).toContain('"transformer.extra.weight" F32[2] is in the checkpoint but the model uses no tensor of that name');
    expect(r.stderr).toContain('"lm_head.weight" [96, 32] differs from "transformer.wte.weight" [96, 32]: the model ties them (one tensor), this checkpoint does not');
  });

  it('a PyTorch pickle is refused with the conversion to safetensors', async () => {
    const pt = path.join(dir, 'ckpt.pt');
    fs.writeFileSync(pt, Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0, 0, 0]));
    const r = await loomIn(['import', gpt, pt, '--from', 'nanogpt', '-o', out()]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`loom import: ${pt} is a PyTorch pickle (torch.save); loom cannot unpickle it.`);
    expect(r.stderr).toContain("from safetensors.torch import save_file; sd = torch.load('ckpt.pt', map_location='cpu')");
  });

  it('a truncated llama2.c file: the size its header implies', async () => {
    const bin = path.join(dir, 'cut.bin');
    fs.writeFileSync(bin, fs.readFileSync(fx('llama2c-v1.bin')).subarray(0, 5000));
    const r = await loomIn(['import', llama, bin, '--from', 'llama2c', '-o', out()]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('a llama2.c model.bin v1 with this header (dim 32, hidden_dim 96, n_layers 2, n_heads 4, n_kv_heads 4, vocab_size 351, max_seq_len 16, shared classifier true) is 152320 bytes, but the file has 5000');
  });

  it('usage errors: unknown layout, missing checkpoint', async () => {
    const a = await loomIn(['import', gpt, fx('nanogpt.safetensors'), '--from', 'megatron', '-o', out()]);
    expect(a.status).toBe(2);
    expect(a.stderr).toContain(`--from: unknown layout "megatron" (built in: gpt2, hf-llama, llama2c, nanogpt; no table ${path.join(root, 'dsl-examples', 'gpt.megatron.json')} beside the model; or a layout table FILE.json)`);
    const b = await loomIn(['import', gpt, path.join(dir, 'nope.safetensors'), '--from', 'nanogpt', '-o', out()]);
    expect(b.status).toBe(2);
    expect(b.stderr).toContain('nope.safetensors does not exist');
  });
});

describe('readers and transforms', () => {
  it('a sharded Hugging Face directory (model.safetensors.index.json) imports the same weights as one file', async () => {
    const shards = path.join(dir, 'sharded');
    fs.mkdirSync(shards, { recursive: true });
    fs.copyFileSync(fx('hf-llama/config.json'), path.join(shards, 'config.json'));
    const all = [...readSafetensors(fx('hf-llama/model.safetensors')).tensors];
    const weightMap: Record<string, string> = {};
    [all.slice(0, 10), all.slice(10)].forEach((part, k) => {
      const file = `model-0000${k + 1}-of-00002.safetensors`;
      // bf16 widens to f32 exactly, so f32 shards hold the same values
      writeSafetensors(path.join(shards, file), new Map(part.map(([n, t]) => [n, { dtype: 'F32', shape: t.shape, data: t.data }] as const)));
      for (const [n] of part) weightMap[n] = file;
    });
    fs.writeFileSync(path.join(shards, 'model.safetensors.index.json'), JSON.stringify({ metadata: {}, weight_map: weightMap }));
    const gqa = path.join(root, 'dsl-examples', 'gqa.loom');
    const a = await loomIn(['import', gqa, shards, '--from', 'hf-llama', '-o', path.join(dir, 'sharded.safetensors')]);
    const b = await loomIn(['import', gqa, fx('hf-llama'), '--from', 'hf-llama', '-o', path.join(dir, 'single.safetensors')]);
    expect(a.status).toBe(0);
    expect(b.status).toBe(0);
    expect(a.stdout).toContain('(safetensors, 2 shards, layout hf-llama): 21 tensors');
    const x = readSafetensors(path.join(dir, 'sharded.safetensors')).tensors, y = readSafetensors(path.join(dir, 'single.safetensors')).tensors;
    expect([...x.keys()].sort()).toEqual([...y.keys()].sort());
    for (const [n, t] of x) expect(t.data, n).toEqual(y.get(n)!.data);
  });

  it("torch.compile's _orig_mod. prefix is removed", async () => {
    const sd = readSafetensors(fx('nanogpt.safetensors')).tensors;
    const file = path.join(dir, 'compiled.safetensors');
    writeSafetensors(file, new Map([...sd].map(([n, t]) => [`_orig_mod.${n}`, { dtype: 'F32', shape: t.shape, data: t.data }] as const)));
    const r = await loomIn(['import', path.join(root, 'dsl-examples', 'gpt.loom'), file, '--from', 'nanogpt', '-o', path.join(dir, 'compiled-out.safetensors'), '--set', 'heads=4']);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('wrote 36 params (29,056 values) of GPT');
  });

  it('f16 tensors are widened to f32 on load', () => {
    const file = path.join(dir, 'half.safetensors');
    const bits = Uint16Array.from([0x3c00, 0xc000, 0x3555, 0x0001]); // 1, −2, 0.333…, the smallest subnormal
    fs.writeFileSync(file, encodeF16File('w', [2, 2], bits, new Map()));
    const t = readForeignCheckpoint(file, undefined).tensors.get('w')!;
    expect(t.dtype).toBe('F16');
    expect([...t.data]).toEqual([...bits].map((b) => Math.fround(f16ToNumber(b))));
  });

  it('rope_half_to_adjacent inverts the Hugging Face converter\'s permute', () => {
    // permute(w, n_heads=2, dim1=8): HF row h·4 + a·2 + r holds Meta row h·4 + 2r + a.
    const meta = Float32Array.from({ length: 8 }, (_, i) => i);
    const hf = Float32Array.from([0, 2, 1, 3, 4, 6, 5, 7]);
    const back = applyTransform({ shape: [8, 1], data: hf }, { op: 'rope_half_to_adjacent', head_dim: ['dim', 'heads'] }, { dim: 8, heads: 2 });
    expect([...back.data]).toEqual([...meta]);
  });

  it('split takes one of equal parts along an axis', () => {
    const t = { shape: [2, 6], data: Float32Array.from({ length: 12 }, (_, i) => i) };
    expect([...applyTransform(t, { op: 'split', axis: 1, parts: 3, index: 1 }, {}).data]).toEqual([2, 3, 8, 9]);
    expect(() => applyTransform(t, { op: 'split', axis: 1, parts: 4, index: 0 }, {})).toThrow('split into 4 along axis 1: 6 is not a multiple of 4');
  });
});
