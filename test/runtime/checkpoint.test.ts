import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  CHECKPOINT_FORMAT, CheckpointError, checkCompatible, checkWeights, compatibilityProblems, decodeCheckpoint,
  loadCheckpoint, optimizerStateName, parseOptimizerStateName, saveCheckpoint, type Checkpoint, type ShapedTensor,
} from '../../runtime/checkpoint.ts';
import { encodeSafetensors, readSafetensors } from '../../runtime/safetensors.ts';

const tensor = (shape: number[], start = 0): ShapedTensor => ({
  shape,
  data: Float32Array.from({ length: shape.reduce((a, d) => a * d, 1) }, (_, i) => start + i / 8),
});

function sampleCheckpoint(): Checkpoint {
  return {
    params: new Map([['blocks.0.attn.wq', tensor([4, 8])], ['ln_f.g', tensor([8], 1)]]),
    optimizerState: new Map([
      ['optim.m.blocks.0.attn.wq', tensor([4, 8], 2)],
      ['optim.v.blocks.0.attn.wq', tensor([4, 8], 3)],
      ['optim.m.ln_f.g', tensor([8], 4)],
      ['optim.v.ln_f.g', tensor([8], 5)],
    ]),
    step: 120,
    config: { dim: 8, heads: 2, name: 'tiny' },
    modelFile: 'dsl-examples/gpt.loom',
  };
}

describe('checkpoints', () => {
  let dir: string;
  beforeEach(() => { dir = mkdtempSync(join(tmpdir(), 'loom-ckpt-')); });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('round-trips params, optimizer state, step, config and model file', () => {
    const path = join(dir, 'run.safetensors');
    const ckpt = sampleCheckpoint();
    saveCheckpoint(path, ckpt);
    const loaded = loadCheckpoint(path);
    expect(loaded.source).toBe(path);
    expect(loaded.step).toBe(120);
    expect(loaded.config).toEqual(ckpt.config);
    expect(loaded.modelFile).toBe('dsl-examples/gpt.loom');
    for (const [from, to] of [[ckpt.params, loaded.params], [ckpt.optimizerState, loaded.optimizerState]] as const) {
      expect([...to.keys()].sort()).toEqual([...from.keys()].sort());
      for (const [name, t] of from) {
        expect(to.get(name)!.shape).toEqual(t.shape);
        expect(to.get(name)!.data).toEqual(t.data);
      }
    }
    expect(readdirSync(dir)).toEqual(['run.safetensors']);
  });

  it('is a plain safetensors file with the documented names and metadata', () => {
    const path = join(dir, 'run.safetensors');
    saveCheckpoint(path, sampleCheckpoint());
    const file = readSafetensors(path);
    expect([...file.tensors.keys()].sort()).toEqual([
      'blocks.0.attn.wq', 'ln_f.g', 'optim.m.blocks.0.attn.wq', 'optim.m.ln_f.g', 'optim.v.blocks.0.attn.wq', 'optim.v.ln_f.g',
    ]);
    expect(file.tensors.get('ln_f.g')!.dtype).toBe('F32');
    expect(file.metadata).toEqual({
      format: CHECKPOINT_FORMAT,
      step: '120',
      config: '{"dim":8,"heads":2,"name":"tiny"}',
      model_file: 'dsl-examples/gpt.loom',
    });
  });

  it('loads plain weight files (other dtypes widened to f32) with step 0', () => {
    const bytes = encodeSafetensors({ w: { dtype: 'F64', shape: [2], data: [0.5, 1.5] } });
    const ckpt = decodeCheckpoint(bytes, 'exported.safetensors');
    expect(ckpt.step).toBe(0);
    expect(ckpt.config).toBeUndefined();
    expect(ckpt.params.get('w')!.data).toEqual(Float32Array.from([0.5, 1.5]));
  });

  it('rejects bad metadata and malformed optimizer names when loading', () => {
    const w = { w: { dtype: 'F32' as const, shape: [1], data: [1] } };
    expect(() => decodeCheckpoint(encodeSafetensors(w, { step: '-3' }), 'c.st')).toThrow('checkpoint c.st: metadata "step" must be a non-negative integer, got -3');
    expect(() => decodeCheckpoint(encodeSafetensors(w, { step: 'x' }), 'c.st')).toThrow(/^checkpoint c\.st: metadata "step" is not valid JSON/);
    expect(() => decodeCheckpoint(encodeSafetensors(w, { config: '[1]' }), 'c.st')).toThrow('checkpoint c.st: metadata "config" must be a JSON object');
    expect(() => decodeCheckpoint(encodeSafetensors(w, { format: 'other/9' }), 'c.st')).toThrow(/unsupported format "other\/9"/);
    const bad = { 'optim.m': { dtype: 'F32' as const, shape: [1], data: [1] } };
    expect(() => decodeCheckpoint(encodeSafetensors(bad), 'c.st')).toThrow('checkpoint c.st: tensor "optim.m" is not of the form optim.<slot>.<param>');
  });

  it('rejects what it could not load back', () => {
    const path = join(dir, 'x.safetensors');
    const base = sampleCheckpoint();
    expect(() => saveCheckpoint(path, { ...base, step: 1.5 })).toThrow('checkpoint step must be a non-negative integer, got 1.5');
    expect(() => saveCheckpoint(path, { ...base, params: new Map([['optim.x.y', tensor([1])]]) })).toThrow(/reserved for optimizer state/);
    expect(() => saveCheckpoint(path, { ...base, optimizerState: new Map([['m.w', tensor([1])]]) })).toThrow(
      'optimizer state "m.w": names must have the form optim.<slot>.<param>');
    expect(readdirSync(dir)).toEqual([]);
  });

  it('does not clobber a good checkpoint with a failed save', () => {
    const path = join(dir, 'run.safetensors');
    saveCheckpoint(path, sampleCheckpoint());
    expect(() => saveCheckpoint(path, { ...sampleCheckpoint(), params: new Map([['w', { shape: [3], data: new Float32Array(2) }]]) })).toThrow(
      `checkpoint ${path}: tensor "w": shape [3] has 3 elements but the data has 2`);
    expect(loadCheckpoint(path).step).toBe(120);
  });

  it('stores the training settings in the metadata and reads them back', () => {
    const path = join(dir, 'run.safetensors');
    const training = {
      totalSteps: 20, warmupSteps: 2, lr: 3e-3, minLr: 3e-4, beta1: 0.9, beta2: 0.95, eps: 1e-8, weightDecay: 0.1, clipNorm: 1, batch: 16, ctx: 64, seed: 1337,
    };
    saveCheckpoint(path, { ...sampleCheckpoint(), training });
    expect(JSON.parse(readSafetensors(path).metadata.training!)).toEqual(training);
    expect(loadCheckpoint(path).training).toEqual(training);
  });

  it('loads checkpoints written before the training settings were stored, and ignores keys it does not know', () => {
    const path = join(dir, 'old.safetensors');
    saveCheckpoint(path, sampleCheckpoint());
    expect(readSafetensors(path).metadata.training).toBeUndefined();
    expect(loadCheckpoint(path).training).toBeUndefined();
    const w = { w: { dtype: 'F32' as const, shape: [1], data: [1] } };
    expect(decodeCheckpoint(encodeSafetensors(w, { training: '{"totalSteps":10,"momentum":0.5}' }), 'c.st').training).toEqual({ totalSteps: 10 });
  });

  it('rejects malformed training settings, on load and on save', () => {
    const w = { w: { dtype: 'F32' as const, shape: [1], data: [1] } };
    expect(() => decodeCheckpoint(encodeSafetensors(w, { training: '[10]' }), 'c.st')).toThrow('checkpoint c.st: metadata "training" must be a JSON object');
    expect(() => decodeCheckpoint(encodeSafetensors(w, { training: '{"lr":"big"}' }), 'c.st')).toThrow(
      'checkpoint c.st: metadata "training": "lr" must be a finite number, got "big"');
    expect(() => saveCheckpoint(join(dir, 'x.safetensors'), { ...sampleCheckpoint(), training: { lr: Infinity } })).toThrow(
      'training setting "lr" must be a finite number, got Infinity');
    expect(readdirSync(dir)).toEqual([]);
  });

  it('names and parses optimizer state', () => {
    expect(optimizerStateName('m', 'blocks.0.attn.wq')).toBe('optim.m.blocks.0.attn.wq');
    expect(parseOptimizerStateName('optim.v.blocks.0.attn.wq')).toEqual({ slot: 'v', param: 'blocks.0.attn.wq' });
    expect(parseOptimizerStateName('blocks.0.attn.wq')).toBeUndefined();
    expect(parseOptimizerStateName('optim.m.')).toBeUndefined();
    expect(() => optimizerStateName('a.b', 'w')).toThrow(CheckpointError);
  });
});

describe('compatibility checks', () => {
  const weights = new Map<string, number[]>([['blocks.0.attn.wq', [4, 8]], ['ln_f.g', [8]]]);

  it('accepts a matching model, with or without optimizer state expected', () => {
    const ckpt = { ...sampleCheckpoint(), source: 'run.safetensors' };
    expect(() => checkCompatible(ckpt, weights)).not.toThrow();
    const withState = new Map([...weights, ...[...ckpt.optimizerState].map(([n, t]) => [n, [...t.shape]] as [string, number[]])]);
    expect(() => checkCompatible(ckpt, withState)).not.toThrow();
  });

  it('reports shape mismatches in the documented form', () => {
    const ckpt = { ...sampleCheckpoint(), source: 'run.safetensors' };
    ckpt.params.set('ln_f.g', tensor([32]));
    ckpt.optimizerState.delete('optim.m.ln_f.g');
    ckpt.optimizerState.delete('optim.v.ln_f.g');
    expect(() => checkCompatible(ckpt, new Map([...weights, ['ln_f.g', [64]]]))).toThrow(
      'checkpoint run.safetensors: param "ln_f.g" has shape [32] but the model expects [64]');
  });

  it('lists missing, unexpected and orphaned entries, one per line', () => {
    const ckpt = sampleCheckpoint();
    ckpt.params.set('extra.b', tensor([3]));
    const expected = new Map<string, number[]>([
      ['blocks.0.attn.wq', [4, 8]], ['wte.w', [256, 8]], ['optim.m.wte.w', [256, 8]], ['optim.v.blocks.0.attn.wq', [4, 8]],
    ]);
    expect(compatibilityProblems(ckpt, expected)).toEqual([
      'param "wte.w" [256, 8] is missing',
      'optimizer state "optim.m.wte.w" [256, 8] is missing',
      'param "ln_f.g" [8] is not in the model',
      'param "extra.b" [3] is not in the model',
      'optimizer state "optim.m.ln_f.g" is for param "ln_f.g", which is not in the model',
      'optimizer state "optim.v.ln_f.g" is for param "ln_f.g", which is not in the model',
    ]);
    expect(() => checkCompatible({ ...ckpt, source: 'a.st' }, expected)).toThrow(/^checkpoint a\.st: param "wte\.w" \[256, 8\] is missing\ncheckpoint a\.st: /);
  });

  it('checks optimizer state against its param when only weights are expected', () => {
    const ckpt = sampleCheckpoint();
    ckpt.optimizerState.set('optim.m.ln_f.g', tensor([9]));
    expect(compatibilityProblems(ckpt, weights)).toEqual(['optimizer state "optim.m.ln_f.g" has shape [9] but the model expects [8]']);
  });

  it('caps very long problem lists', () => {
    const expected = new Map(Array.from({ length: 30 }, (_, i) => [`p${i}`, [1]] as [string, number[]]));
    const ckpt: Checkpoint = { params: new Map(), optimizerState: new Map(), step: 0 };
    let message = '';
    try { checkCompatible(ckpt, expected); } catch (err) { message = (err as Error).message; }
    const lines = message.split('\n');
    expect(lines).toHaveLength(21);
    expect(lines[20]).toBe('checkpoint (in memory): ... and 10 more problems');
  });

  it('checks plain weight files, ignoring optimizer state in them', () => {
    const file = new Map([
      ['blocks.0.attn.wq', { shape: [4, 8] }], ['ln_f.g', { shape: [7] }], ['optim.m.ln_f.g', { shape: [8] }],
    ]);
    expect(() => checkWeights(file, weights, 'w.safetensors')).toThrow('w.safetensors: param "ln_f.g" has shape [7] but the model expects [8]');
    file.set('ln_f.g', { shape: [8] });
    expect(() => checkWeights(file, weights, 'w.safetensors')).not.toThrow();
  });

  it('reports an unreadable checkpoint file by name', () => {
    const dir = mkdtempSync(join(tmpdir(), 'loom-ckpt-'));
    try {
      const path = join(dir, 'junk.safetensors');
      writeFileSync(path, new Uint8Array(4));
      expect(() => loadCheckpoint(path)).toThrow(`${path}: file is 4 bytes, too short`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
