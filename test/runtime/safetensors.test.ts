import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  SafetensorsError, decodeSafetensors, encodeSafetensors, f16ToNumber, readSafetensors, writeSafetensors,
} from '../../runtime/safetensors.ts';

/** A file with an arbitrary header (object → JSON, string → as is) and `dataBytes` zero bytes of data. */
function craft(header: unknown, dataBytes = 0, headerLenOverride?: bigint): Uint8Array {
  const json = new TextEncoder().encode(typeof header === 'string' ? header : JSON.stringify(header));
  const out = new Uint8Array(8 + json.length + dataBytes);
  new DataView(out.buffer).setBigUint64(0, headerLenOverride ?? BigInt(json.length), true);
  out.set(json, 8);
  return out;
}

const decodeError = (bytes: Uint8Array): string => {
  try {
    decodeSafetensors(bytes, 'weights.safetensors');
  } catch (err) {
    expect(err).toBeInstanceOf(SafetensorsError);
    return (err as Error).message;
  }
  throw new Error('expected decoding to fail');
};

// Written by the reference implementation (Python safetensors 0.8.0, safetensors.numpy.save_file).
const PYTHON_FILE = 'SAIAAAAAAAB7Il9fbWV0YWRhdGFfXyI6eyJrIjoidiIsInN0ZXAiOiIxMiJ9LCJkLmk2NCI6eyJkdHlwZSI6Ikk2NCIsInNoYXBlIjpbMl0sImRhdGFfb2Zmc2V0cyI6WzAsMTZdfSwiYi5mNjQiOnsiZHR5cGUiOiJGNjQiLCJzaGFwZSI6WzJdLCJkYXRhX29mZnNldHMiOlsxNiwzMl19LCJhLmYzMiI6eyJkdHlwZSI6IkYzMiIsInNoYXBlIjpbMiwzXSwiZGF0YV9vZmZzZXRzIjpbMzIsNTZdfSwiaC5zY2FsYXIiOnsiZHR5cGUiOiJGMzIiLCJzaGFwZSI6W10sImRhdGFfb2Zmc2V0cyI6WzU2LDYwXX0sImkuZW1wdHkiOnsiZHR5cGUiOiJGMzIiLCJzaGFwZSI6WzAsNF0sImRhdGFfb2Zmc2V0cyI6WzYwLDYwXX0sImMuaTMyIjp7ImR0eXBlIjoiSTMyIiwic2hhcGUiOlsxLDJdLCJkYXRhX29mZnNldHMiOls2MCw2OF19LCJlLmYxNiI6eyJkdHlwZSI6IkYxNiIsInNoYXBlIjpbNl0sImRhdGFfb2Zmc2V0cyI6WzY4LDgwXX0sImYudTgiOnsiZHR5cGUiOiJVOCIsInNoYXBlIjpbM10sImRhdGFfb2Zmc2V0cyI6WzgwLDgzXX0sImcuYm9vbCI6eyJkdHlwZSI6IkJPT0wiLCJzaGFwZSI6WzNdLCJkYXRhX29mZnNldHMiOls4Myw4Nl19fSAgICAgIP///////x8A+/////////+cdQCIPOQ3fgAAAAAAAATAAAAAAKuqqj6rqio/AACAP6uqqj9VVdU/AABQQPn///////9/ADwAwAA4/3sBAAB8AP8HAQAB';

describe('safetensors decoding', () => {
  it('reads a file written by the reference implementation', () => {
    const { tensors, metadata } = decodeSafetensors(Buffer.from(PYTHON_FILE, 'base64'), 'py.safetensors');
    expect(metadata).toEqual({ k: 'v', step: '12' });
    const get = (n: string) => {
      const t = tensors.get(n)!;
      return { dtype: t.dtype, shape: t.shape, data: Array.from(t.data) };
    };
    expect(get('a.f32')).toEqual({ dtype: 'F32', shape: [2, 3], data: Array.from(Float32Array.from([0, 1, 2, 3, 4, 5], (v) => v / 3)) });
    expect(get('b.f64')).toEqual({ dtype: 'F64', shape: [2], data: [1e300, -2.5] });
    expect(get('c.i32')).toEqual({ dtype: 'I32', shape: [1, 2], data: [-7, 2147483647] });
    expect(get('d.i64')).toEqual({ dtype: 'I64', shape: [2], data: [Number.MAX_SAFE_INTEGER, -5] });
    expect(get('e.f16')).toEqual({ dtype: 'F16', shape: [6], data: [1, -2, 0.5, 65504, 2 ** -24, Infinity] });
    expect(get('f.u8')).toEqual({ dtype: 'U8', shape: [3], data: [0, 255, 7] });
    expect(get('g.bool')).toEqual({ dtype: 'BOOL', shape: [3], data: [1, 0, 1] });
    expect(get('h.scalar')).toEqual({ dtype: 'F32', shape: [], data: [3.25] });
    expect(get('i.empty')).toEqual({ dtype: 'F32', shape: [0, 4], data: [] });
    expect(tensors.get('a.f32')!.data).toBeInstanceOf(Float32Array);
    expect(tensors.get('c.i32')!.data).toBeInstanceOf(Int32Array);
    expect(tensors.get('d.i64')!.data).toBeInstanceOf(Float64Array);
    expect(tensors.get('e.f16')!.data).toBeInstanceOf(Float32Array);
    expect(tensors.get('g.bool')!.data).toBeInstanceOf(Uint8Array);
  });

  it('widens BF16 and F16 to f32', () => {
    // bf16 1.0 = 0x3F80, -2.5 = 0xC020; f16 subnormal 0x0001 = 2^-24, NaN 0x7E00.
    const bytes = craft({
      b: { dtype: 'BF16', shape: [2], data_offsets: [0, 4] },
      h: { dtype: 'F16', shape: [2], data_offsets: [4, 8] },
    }, 8);
    const data = new DataView(bytes.buffer, bytes.length - 8);
    [0x3f80, 0xc020, 0x0001, 0x7e00].forEach((v, i) => data.setUint16(2 * i, v, true));
    const { tensors } = decodeSafetensors(bytes, 'x');
    expect(Array.from(tensors.get('b')!.data)).toEqual([1, -2.5]);
    const h = tensors.get('h')!.data;
    expect(h[0]).toBe(2 ** -24);
    expect(Number.isNaN(h[1])).toBe(true);
    expect(f16ToNumber(0x3c00)).toBe(1);
    expect(f16ToNumber(0xfc00)).toBe(-Infinity);
    expect(f16ToNumber(0x8000)).toBe(-0);
  });

  it('accepts a header with space padding and an empty tensor list', () => {
    expect(decodeSafetensors(craft('{}      '), 'x').tensors.size).toBe(0);
  });

  it('does not share memory with the input bytes', () => {
    const bytes = encodeSafetensors({ a: { dtype: 'F32', shape: [2], data: [1, 2] } });
    const t = decodeSafetensors(bytes, 'x').tensors.get('a')!;
    bytes.fill(0);
    expect(Array.from(t.data)).toEqual([1, 2]);
  });
});

describe('safetensors malformed files', () => {
  const f32 = (offsets: number[], shape = [2]) => ({ dtype: 'F32', shape, data_offsets: offsets });

  it('truncated before the header length', () => {
    expect(decodeError(new Uint8Array(5))).toBe(
      'weights.safetensors: file is 5 bytes, too short for the 8-byte header length (truncated?)');
  });

  it('header length beyond the file size', () => {
    expect(decodeError(craft({}, 0, 1000n))).toMatch(/^weights\.safetensors: header length 1000 exceeds the 2 bytes after the length prefix/);
    expect(decodeError(craft({}, 0, 2n ** 63n))).toMatch(/header length 9223372036854775808 exceeds/);
  });

  it('header not JSON, not UTF-8, not an object', () => {
    expect(decodeError(craft('{"a": '))).toMatch(/^weights\.safetensors: header is not valid JSON \(/);
    const bad = craft('{}');
    bad[9] = 0xff;
    expect(decodeError(bad)).toBe('weights.safetensors: header is not valid UTF-8');
    expect(decodeError(craft('[1, 2]'))).toBe('weights.safetensors: header must be a JSON object, got an array');
    expect(decodeError(craft('null'))).toBe('weights.safetensors: header must be a JSON object, got null');
    expect(decodeError(craft('42'))).toBe('weights.safetensors: header must be a JSON object, got number');
  });

  it('bad entries and metadata', () => {
    expect(decodeError(craft({ w: 3 }))).toBe('weights.safetensors: tensor "w": header entry must be an object, got 3');
    expect(decodeError(craft({ __metadata__: { step: 3 } }))).toBe(
      'weights.safetensors: "__metadata__" entry "step" must be a string, got 3');
    expect(decodeError(craft({ __metadata__: [] }))).toMatch(/"__metadata__" must be an object of strings/);
    expect(decodeError(craft({ w: { shape: [1], data_offsets: [0, 4] } }, 4))).toMatch(/tensor "w": missing or non-string "dtype"/);
  });

  it('unknown dtype', () => {
    expect(decodeError(craft({ w: { dtype: 'I16', shape: [2], data_offsets: [0, 4] } }, 4))).toBe(
      'weights.safetensors: tensor "w": unknown or unsupported dtype "I16" (supported: F64, I64, F32, I32, F16, BF16, U8, BOOL)');
  });

  it('shape × dtype size differs from the data_offsets span', () => {
    expect(decodeError(craft({ 'blocks.0.attn.wq': f32([0, 100], [4, 8]) }, 100))).toBe(
      'weights.safetensors: tensor "blocks.0.attn.wq": data_offsets [0, 100] span 100 bytes but F32[4, 8] needs 128');
  });

  it('non-integer, negative or non-numeric dims', () => {
    expect(decodeError(craft({ w: f32([0, 8], [2.5]) }, 8))).toBe(
      'weights.safetensors: tensor "w": shape [2.5] has a dimension 2.5 that is not a non-negative integer');
    expect(decodeError(craft({ w: f32([0, 8], [-2]) }, 8))).toMatch(/dimension -2 that is not/);
    expect(decodeError(craft({ w: f32([0, 8], ['2'] as never) }, 8))).toMatch(/dimension "2" that is not/);
    expect(decodeError(craft({ w: { dtype: 'F32', shape: 2, data_offsets: [0, 8] } }, 8))).toMatch(/"shape" must be an array/);
  });

  it('huge dims do not allocate or hang', () => {
    expect(decodeError(craft({ w: f32([0, 8], [2 ** 40, 2 ** 40]) }, 8))).toMatch(/span 8 bytes but F32\[1099511627776, 1099511627776\] needs/);
  });

  it('offsets malformed, reversed, out of range', () => {
    expect(decodeError(craft({ w: f32([0]) }, 8))).toMatch(/"data_offsets" must be \[begin, end\]/);
    expect(decodeError(craft({ w: f32([0, 1.5]) }, 8))).toMatch(/"data_offsets" must be \[begin, end\]/);
    expect(decodeError(craft({ w: f32([8, 0]) }, 8))).toBe('weights.safetensors: tensor "w": data_offsets [8, 0] end before they begin');
    expect(decodeError(craft({ w: f32([0, 8]) }, 4))).toBe(
      'weights.safetensors: tensor "w": data_offsets [0, 8] run past the end of the data section (4 bytes; truncated file?)');
  });

  it('overlapping tensors, gaps and trailing bytes', () => {
    expect(decodeError(craft({ a: f32([0, 8]), b: f32([4, 12]) }, 12))).toBe(
      'weights.safetensors: tensors "a" [0, 8] and "b" [4, 12] overlap');
    expect(decodeError(craft({ a: f32([0, 8]), b: f32([12, 20]) }, 20))).toBe(
      'weights.safetensors: data bytes [8, 12) are not covered by any tensor');
    expect(decodeError(craft({ a: f32([0, 8]) }, 10))).toBe(
      'weights.safetensors: the data section is 10 bytes but the tensors cover only 8 (trailing bytes [8, 10))');
  });

  it('I64 values beyond the exact range of a number', () => {
    const bytes = craft({ big: { dtype: 'I64', shape: [1], data_offsets: [0, 8] } }, 8);
    new DataView(bytes.buffer).setBigInt64(bytes.length - 8, 2n ** 53n + 1n, true);
    expect(decodeError(bytes)).toBe(
      'weights.safetensors: tensor "big": I64 element 0 is 9007199254740993, outside the range a JS number holds exactly (±9007199254740991)');
  });

  it('any truncation or byte corruption gives a SafetensorsError, never another exception', () => {
    const good = encodeSafetensors({
      'a.w': { dtype: 'F32', shape: [3, 2], data: [1, 2, 3, 4, 5, 6] },
      'b.i': { dtype: 'I64', shape: [2], data: [1, -1] },
      'c.m': { dtype: 'BOOL', shape: [3], data: [1, 0, 1] },
    }, { step: '3' });
    for (let len = 0; len < good.length; len++) expect(decodeError(good.subarray(0, len))).toMatch(/^weights\.safetensors: /);
    let seed = 12345;
    const rand = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
    for (let trial = 0; trial < 2000; trial++) {
      const bytes = good.slice();
      const flips = 1 + Math.floor(rand() * 3);
      for (let k = 0; k < flips; k++) bytes[Math.floor(rand() * bytes.length)] = Math.floor(rand() * 256);
      try {
        decodeSafetensors(bytes, 'weights.safetensors');
      } catch (err) {
        expect(err).toBeInstanceOf(SafetensorsError);
      }
    }
  });
});

describe('safetensors encoding', () => {
  it('produces the exact layout: u64 length, space-padded JSON, data', () => {
    const bytes = encodeSafetensors({ x: { dtype: 'F32', shape: [2], data: [1, -2] } }, { a: 'b' });
    const json = '{"__metadata__":{"a":"b"},"x":{"dtype":"F32","shape":[2],"data_offsets":[0,8]}}';
    const padded = json + ' '.repeat((8 - (json.length % 8)) % 8);
    const view = new DataView(bytes.buffer);
    expect(Number(view.getBigUint64(0, true))).toBe(padded.length);
    expect(new TextDecoder().decode(bytes.subarray(8, 8 + padded.length))).toBe(padded);
    expect(bytes.length).toBe(8 + padded.length + 8);
    expect(view.getFloat32(8 + padded.length, true)).toBe(1);
    expect(view.getFloat32(8 + padded.length + 4, true)).toBe(-2);
  });

  it('round-trips every writable dtype, aligning each tensor to its element size', () => {
    const input = {
      u: { dtype: 'U8', shape: [3], data: [0, 7, 255] },
      b: { dtype: 'BOOL', shape: [2], data: [1, 0] },
      f: { dtype: 'F32', shape: [2, 2], data: new Float32Array([0.1, -1, 3e38, -0]) },
      d: { dtype: 'F64', shape: [1], data: [Math.PI] },
      i: { dtype: 'I32', shape: [2], data: Int32Array.from([-(2 ** 31), 2 ** 31 - 1]) },
      l: { dtype: 'I64', shape: [2], data: [-Number.MAX_SAFE_INTEGER, 12] },
      s: { dtype: 'F32', shape: [], data: [5] },
      e: { dtype: 'F32', shape: [0, 3], data: [] },
    } as const;
    const bytes = encodeSafetensors(input, { note: 'hi' });
    const headerLen = Number(new DataView(bytes.buffer).getBigUint64(0, true));
    expect(headerLen % 8).toBe(0);
    expect(bytes.length).toBe(8 + headerLen + 16 + 8 + 8 + 16 + 4 + 0 + 3 + 2);
    const header = JSON.parse(new TextDecoder().decode(bytes.subarray(8, 8 + headerLen)));
    for (const [name, t] of Object.entries(input)) {
      const size = { U8: 1, BOOL: 1, F32: 4, F64: 8, I32: 4, I64: 8 }[t.dtype];
      expect(header[name].data_offsets[0] % size, name).toBe(0);
    }
    const { tensors, metadata } = decodeSafetensors(bytes, 'x');
    expect(metadata).toEqual({ note: 'hi' });
    for (const [name, t] of Object.entries(input)) {
      const got = tensors.get(name)!;
      expect(got.dtype).toBe(t.dtype);
      expect(got.shape).toEqual(t.shape);
      expect(Array.from(got.data)).toEqual(Array.from(t.data as ArrayLike<number>).map((v) => (t.dtype === 'F32' ? Math.fround(v) : v)));
    }
  });

  it('is deterministic regardless of insertion order', () => {
    const a = encodeSafetensors({ p: { dtype: 'F32', shape: [1], data: [1] }, q: { dtype: 'F64', shape: [1], data: [2] } });
    const b = encodeSafetensors(new Map([
      ['q', { dtype: 'F64' as const, shape: [1], data: [2] }],
      ['p', { dtype: 'F32' as const, shape: [1], data: [1] }],
    ]));
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
  });

  it('rejects tensors it cannot write faithfully', () => {
    const err = (t: object) => () => encodeSafetensors({ w: t as never });
    expect(err({ dtype: 'F32', shape: [2, 2], data: [1, 2, 3] })).toThrow('tensor "w": shape [2, 2] has 4 elements but the data has 3');
    expect(err({ dtype: 'I32', shape: [1], data: [1.5] })).toThrow('tensor "w": element 0 is 1.5, not representable as I32');
    expect(err({ dtype: 'I32', shape: [1], data: [2 ** 31] })).toThrow(/not representable as I32/);
    expect(err({ dtype: 'U8', shape: [1], data: [256] })).toThrow(/not representable as U8/);
    expect(err({ dtype: 'BOOL', shape: [1], data: [2] })).toThrow(/not representable as BOOL/);
    expect(err({ dtype: 'I64', shape: [1], data: [2 ** 60] })).toThrow(/not representable as I64/);
    expect(err({ dtype: 'F8', shape: [1], data: [1] })).toThrow('tensor "w": cannot write dtype "F8" (writable: F32, F64, F16, BF16, I32, I64, U8, BOOL)');
    expect(err({ dtype: 'F16', shape: [1], data: [65520] })).toThrow('tensor "w": element 0 is 65520, beyond f16\'s range (±65504); write it as F32 or BF16');
    expect(err({ dtype: 'F32', shape: [-1], data: [] })).toThrow(/invalid dimension -1/);
    expect(() => encodeSafetensors({ __metadata__: { dtype: 'F32', shape: [], data: [1] } })).toThrow(/invalid tensor name/);
    expect(() => encodeSafetensors({}, { n: 3 as never })).toThrow('metadata "n" must be a string, got number');
  });
});

describe('safetensors files', () => {
  let dir: string;
  beforeEach(() => { dir = mkdtempSync(join(tmpdir(), 'loom-st-')); });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('writes and reads a file', () => {
    const path = join(dir, 'w.safetensors');
    writeSafetensors(path, { w: { dtype: 'F32', shape: [2], data: [3, 4] } }, { k: 'v' });
    const f = readSafetensors(path);
    expect(Array.from(f.tensors.get('w')!.data)).toEqual([3, 4]);
    expect(f.metadata).toEqual({ k: 'v' });
    expect(readFileSync(path).length).toBe(encodeSafetensors({ w: { dtype: 'F32', shape: [2], data: [3, 4] } }, { k: 'v' }).length);
  });

  it('names the file when it is missing or malformed', () => {
    const missing = join(dir, 'nope.safetensors');
    expect(() => readSafetensors(missing)).toThrow(`safetensors file ${missing} does not exist`);
    const bad = join(dir, 'bad.safetensors');
    writeFileSync(bad, 'not a safetensors file at all');
    expect(() => readSafetensors(bad)).toThrow(new RegExp(`^${bad.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: header length \\d+ exceeds`));
  });
});
