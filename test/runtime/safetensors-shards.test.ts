// Half-precision tensors (F16, BF16) written and read back, and weights split
// into Hugging Face-style shards with an index: written by
// runtime/safetensors-shards.ts, read by it and by bundles' loader
// (compiler/emit/support/weights.ts).
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { loadParamsFrom } from '../../compiler/emit/support/weights.ts';
import { bf16Bits, f16Bits } from '../../runtime/half.ts';
import { decodeSafetensors, encodeSafetensors, type TensorToWrite } from '../../runtime/safetensors.ts';
import { readShardedTensors, writeShardedSafetensors } from '../../runtime/safetensors-shards.ts';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'loom-shards-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('half-precision encodings', () => {
  test('f16: nearest, ties to even, subnormals, overflow to infinity, NaN quiet', () => {
    expect(f16Bits(1)).toBe(0x3c00);
    expect(f16Bits(-2)).toBe(0xc000);
    expect(f16Bits(65504)).toBe(0x7bff);
    expect(f16Bits(65519)).toBe(0x7bff);
    expect(f16Bits(65520)).toBe(0x7c00);
    expect(f16Bits(-Infinity)).toBe(0xfc00);
    expect(f16Bits(NaN) & 0x7e00).toBe(0x7e00);
    expect(f16Bits(2 ** -24)).toBe(1);
    expect(f16Bits(1 + 2 ** -11)).toBe(0x3c00);
    expect(f16Bits(1 + 3 * 2 ** -11)).toBe(0x3c02);
  });

  test('bf16: the top half of the f32 bits, rounded to nearest even', () => {
    expect(bf16Bits(1)).toBe(0x3f80);
    expect(bf16Bits(-2)).toBe(0xc000);
    expect(bf16Bits(1 + 2 ** -8)).toBe(0x3f80); // a tie: to even
    expect(bf16Bits(1 + 3 * 2 ** -8)).toBe(0x3f82);
    expect(bf16Bits(Infinity)).toBe(0x7f80);
    expect(bf16Bits(NaN)).toBe(0x7fc0);
  });

  test('F16 and BF16 tensors round-trip through a file; a value beyond f16 is refused, naming it', () => {
    const data = [0, 1 / 3, -1.5, 1000.25, 2 ** -20];
    const bytes = encodeSafetensors({ a: { dtype: 'F16', shape: [5], data }, b: { dtype: 'BF16', shape: [5], data } });
    const { tensors } = decodeSafetensors(bytes, 'half');
    expect(tensors.get('a')!.dtype).toBe('F16');
    const a = [...tensors.get('a')!.data];
    const b = [...tensors.get('b')!.data];
    data.forEach((v, i) => {
      expect(Math.abs(a[i]! - v)).toBeLessThanOrEqual(Math.abs(v) * 2 ** -11 + 2 ** -25);
      expect(Math.abs(b[i]! - v)).toBeLessThanOrEqual(Math.abs(v) * 2 ** -8);
    });
    expect(a[1]).toBe(0.333251953125);
    expect(() => encodeSafetensors({ w: { dtype: 'F16', shape: [2], data: [1, 70000] } })).toThrow(
      'tensor "w": element 1 is 70000, beyond f16\'s range (±65504); write it as F32 or BF16',
    );
  });
});

describe('sharded weights', () => {
  const tensors = new Map<string, TensorToWrite>([
    ['a.w', { dtype: 'F32', shape: [4, 4], data: Float32Array.from({ length: 16 }, (_, i) => i) }],
    ['b.w', { dtype: 'F32', shape: [8], data: Float32Array.from({ length: 8 }, (_, i) => 0 - i) }],
    ['c.w', { dtype: 'F16', shape: [2, 2], data: [0.5, 1.5, 2.5, 3.5] }],
  ]);

  test('one file below the limit; above it, shards in name order of at most the limit, and the index', () => {
    expect(writeShardedSafetensors(dir, 'one', tensors, 1 << 20)).toEqual(['one.safetensors']);
    const files = writeShardedSafetensors(dir, 'model', tensors, 64);
    expect(files).toEqual(['model-00001-of-00002.safetensors', 'model-00002-of-00002.safetensors', 'model.safetensors.index.json']);
    const index = JSON.parse(fs.readFileSync(path.join(dir, files[2]!), 'utf8'));
    expect(index).toEqual({
      metadata: { total_size: 64 + 32 + 8 },
      weight_map: { 'a.w': files[0], 'b.w': files[1], 'c.w': files[1] },
    });
    const back = readShardedTensors(path.join(dir, files[2]!));
    expect([...back.keys()].sort()).toEqual(['a.w', 'b.w', 'c.w']);
    expect([...back.get('b.w')!.data]).toEqual([0, -1, -2, -3, -4, -5, -6, -7]);
  });

  test('a bundle loads the params it needs from the shards the index names', async () => {
    writeShardedSafetensors(dir, 'model', tensors, 64);
    const params = await loadParamsFrom(path.join(dir, 'model.safetensors.index.json'), { 'a.w': { shape: [4, 4] }, 'c.w': { shape: [2, 2] } });
    expect(Object.keys(params).sort()).toEqual(['a.w', 'c.w']);
    expect([...params['c.w']!]).toEqual([0.5, 1.5, 2.5, 3.5]);
    const url = new URL(`file://${path.join(dir, 'model.safetensors.index.json')}`);
    expect([...(await loadParamsFrom(url, { 'b.w': { shape: [8] } }))['b.w']!]).toEqual([0, -1, -2, -3, -4, -5, -6, -7]);
  });

  test('bad indexes: a missing tensor, a path outside the directory, not JSON', async () => {
    const write = (name: string, text: string) => { fs.writeFileSync(path.join(dir, name), text); return path.join(dir, name); };
    const noTensor = write('a.safetensors.index.json', JSON.stringify({ weight_map: { 'a.w': 'model-00001-of-00002.safetensors' } }));
    await expect(loadParamsFrom(noTensor, { 'z.w': { shape: [1] } })).rejects.toThrow(`${noTensor}: the index has no tensor "z.w" (the model needs f32[1])`);
    const escape = write('b.safetensors.index.json', JSON.stringify({ weight_map: { 'a.w': '../secret.safetensors' } }));
    await expect(loadParamsFrom(escape, { 'a.w': { shape: [4, 4] } })).rejects.toThrow('tensor "a.w" maps to "../secret.safetensors", not a file name beside the index');
    expect(() => readShardedTensors(escape)).toThrow('not a file name beside the index');
    const notJson = write('c.safetensors.index.json', '{');
    await expect(loadParamsFrom(notJson, {})).rejects.toThrow(`${notJson}: not a shard index`);
  });
});
