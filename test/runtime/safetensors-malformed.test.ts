// A corpus of malformed safetensors files, each built in code with its exact
// expected message: the decoder must name the first violation and never read
// garbage, allocate for a bogus length, or accept an ambiguous header.
import { execFileSync } from 'node:child_process';
import { closeSync, mkdirSync, mkdtempSync, openSync, rmSync, writeFileSync, ftruncateSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { assertFinite } from '../../runtime/finite.ts';
import { findDuplicateKey } from '../../runtime/json-keys.ts';
import { MAX_HEADER_BYTES, SafetensorsError, decodeSafetensors, encodeSafetensors, readSafetensors } from '../../runtime/safetensors.ts';

const enc = new TextEncoder();

/** [u64 header length][header bytes][data bytes]; the length defaults to the header's. */
function file(header: string | Uint8Array, data: Uint8Array | number = 0, headerLen?: bigint): Uint8Array {
  const h = typeof header === 'string' ? enc.encode(header) : header;
  const d = typeof data === 'number' ? new Uint8Array(data) : data;
  const out = new Uint8Array(8 + h.length + d.length);
  new DataView(out.buffer).setBigUint64(0, headerLen ?? BigInt(h.length), true);
  out.set(h, 8);
  out.set(d, 8 + h.length);
  return out;
}
const json = (header: unknown, data: Uint8Array | number = 0): Uint8Array => file(JSON.stringify(header), data);
const f32 = (shape: unknown, offsets: unknown) => ({ dtype: 'F32', shape, data_offsets: offsets });
/** V8's own message for a JSON syntax error, so the expectation is exact on every Node version. */
const jsonError = (text: string): string => {
  try {
    JSON.parse(text);
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error(`valid JSON: ${text}`);
};
const withData = (dtype: string, shape: number[], bytes: number[]): Uint8Array =>
  json({ t: { dtype, shape, data_offsets: [0, bytes.length] } }, Uint8Array.from(bytes));
const i64 = (v: bigint): number[] => {
  const b = new Uint8Array(8);
  new DataView(b.buffer).setBigInt64(0, v, true);
  return [...b];
};

const F = 'weights.safetensors';
const cases: [string, Uint8Array, string][] = [
  // the length prefix
  ['an empty file', new Uint8Array(0), 'file is 0 bytes, too short for the 8-byte header length (truncated?)'],
  ['7 bytes', new Uint8Array(7), 'file is 7 bytes, too short for the 8-byte header length (truncated?)'],
  ['header length 0', file('', 0, 0n), 'header length is 0; the header must be a JSON object (at least "{}")'],
  ['header length beyond the file', file('{}', 0, 1000n), 'header length 1000 exceeds the 2 bytes after the length prefix (truncated or not a safetensors file?)'],
  ['header length just beyond the file', file('{}', 0, 3n), 'header length 3 exceeds the 2 bytes after the length prefix (truncated or not a safetensors file?)'],
  ['header length 2^64 - 1', file('{}', 0, 2n ** 64n - 1n), 'header length 18446744073709551615 exceeds the limit of 100000000 bytes (100 MB; not a safetensors file?)'],
  ['header length one over the 100 MB cap', file('{}', 0, BigInt(MAX_HEADER_BYTES) + 1n), 'header length 100000001 exceeds the limit of 100000000 bytes (100 MB; not a safetensors file?)'],
  ['header length at the cap but beyond the file', file('{}', 0, BigInt(MAX_HEADER_BYTES)), 'header length 100000000 exceeds the 2 bytes after the length prefix (truncated or not a safetensors file?)'],
  ['a text file', enc.encode('not a safetensors file at all'), 'header length 7021991845529153390 exceeds the limit of 100000000 bytes (100 MB; not a safetensors file?)'],
  // the header's encoding and JSON
  ['header not UTF-8', file(Uint8Array.from([0x7b, 0xff, 0x7d])), 'header is not valid UTF-8'],
  ['header with an overlong UTF-8 sequence', file(Uint8Array.from([0x7b, 0xc0, 0xaf, 0x7d])), 'header is not valid UTF-8'],
  ['header with a UTF-16 surrogate', file(Uint8Array.from([0x7b, 0xed, 0xa0, 0x80, 0x7d])), 'header is not valid UTF-8'],
  ['header cut short', file('{"a": '), `header is not valid JSON (${jsonError('{"a": ')})`],
  ['header with a trailing comma', file('{"a":1,}'), `header is not valid JSON (${jsonError('{"a":1,}')})`],
  ['header padded with NUL instead of spaces', file('{}\0\0\0\0\0\0'), `header is not valid JSON (${jsonError('{}\0\0\0\0\0\0')})`],
  ['header with a byte-order mark', file('\ufeff{}'), `header is not valid JSON (${jsonError('\ufeff{}')})`],
  ['header with a comment', file('{/* x */}'), `header is not valid JSON (${jsonError('{/* x */}')})`],
  ['header an array', file('[1, 2]'), 'header must be a JSON object, got an array'],
  ['header null', file('null'), 'header must be a JSON object, got null'],
  ['header a number', file('42'), 'header must be a JSON object, got number'],
  ['header a string', file('"x"'), 'header must be a JSON object, got string'],
  ['header a boolean', file('true'), 'header must be a JSON object, got boolean'],
  // duplicate keys: JSON.parse keeps the last, so the file means two things
  ['a tensor named twice', file('{"w":{"dtype":"F32","shape":[1],"data_offsets":[0,4]},"w":{"dtype":"F32","shape":[1],"data_offsets":[4,8]}}', 8),
    'header has the key "w" twice (a JSON reader would silently keep one; refusing the ambiguous file)'],
  ['a tensor named twice, once escaped', file('{"w":{"dtype":"U8","shape":[1],"data_offsets":[0,1]},"\\u0077":{"dtype":"U8","shape":[1],"data_offsets":[0,1]}}', 1),
    'header has the key "w" twice (a JSON reader would silently keep one; refusing the ambiguous file)'],
  ['a dtype given twice', file('{"w":{"dtype":"F32","dtype":"I32","shape":[1],"data_offsets":[0,4]}}', 4),
    'header entry "w" has the key "dtype" twice (a JSON reader would silently keep one; refusing the ambiguous file)'],
  ['data_offsets given twice', file('{"w":{"dtype":"F32","shape":[1],"data_offsets":[0,4],"data_offsets":[0,4]}}', 4),
    'header entry "w" has the key "data_offsets" twice (a JSON reader would silently keep one; refusing the ambiguous file)'],
  ['a metadata key given twice', file('{"__metadata__":{"step":"1","step":"2"}}'),
    'header entry "__metadata__" has the key "step" twice (a JSON reader would silently keep one; refusing the ambiguous file)'],
  ['two metadata objects', file('{"__metadata__":{"a":"1"},"__metadata__":{"b":"2"}}'),
    'header has the key "__metadata__" twice (a JSON reader would silently keep one; refusing the ambiguous file)'],
  // metadata
  ['metadata a string', json({ __metadata__: 'x' }), '"__metadata__" must be an object of strings'],
  ['metadata an array', json({ __metadata__: [] }), '"__metadata__" must be an object of strings'],
  ['metadata null', json({ __metadata__: null }), '"__metadata__" must be an object of strings'],
  ['a metadata value a number', json({ __metadata__: { step: 3 } }), '"__metadata__" entry "step" must be a string, got 3'],
  ['a metadata value null', json({ __metadata__: { step: null } }), '"__metadata__" entry "step" must be a string, got null'],
  ['a metadata value an object', json({ __metadata__: { config: { dim: 8 } } }), '"__metadata__" entry "config" must be a string, got {"dim":8}'],
  // entries
  ['an empty tensor name', json({ '': f32([1], [0, 4]) }, 4), 'a tensor has an empty name'],
  ['an entry a number', json({ w: 3 }), 'tensor "w": header entry must be an object, got 3'],
  ['an entry null', json({ w: null }), 'tensor "w": header entry must be an object, got null'],
  ['an entry an array', json({ w: [1] }), 'tensor "w": header entry must be an object, got [1]'],
  ['an entry with an unknown field', json({ w: { ...f32([1], [0, 4]), offset: 0 } }, 4),
    'tensor "w": unknown field "offset" (an entry has exactly dtype, shape, data_offsets)'],
  ['dtype missing', json({ w: { shape: [1], data_offsets: [0, 4] } }, 4), 'tensor "w": missing or non-string "dtype"'],
  ['dtype a number', json({ w: { dtype: 4, shape: [1], data_offsets: [0, 4] } }, 4), 'tensor "w": missing or non-string "dtype"'],
  ['dtype unknown', json({ w: { dtype: 'I16', shape: [2], data_offsets: [0, 4] } }, 4),
    'tensor "w": unknown or unsupported dtype "I16" (supported: F64, I64, F32, I32, F16, BF16, U8, BOOL)'],
  ['dtype in lower case', json({ w: { dtype: 'f32', shape: [1], data_offsets: [0, 4] } }, 4),
    'tensor "w": unknown or unsupported dtype "f32" (supported: F64, I64, F32, I32, F16, BF16, U8, BOOL)'],
  ['shape missing', json({ w: { dtype: 'F32', data_offsets: [0, 4] } }, 4), 'tensor "w": "shape" must be an array of integers, got undefined'],
  ['shape a number', json({ w: f32(2, [0, 8]) }, 8), 'tensor "w": "shape" must be an array of integers, got 2'],
  ['a fractional dimension', json({ w: f32([2.5], [0, 8]) }, 8), 'tensor "w": shape [2.5] has a dimension 2.5 that is not a non-negative integer'],
  ['a negative dimension', json({ w: f32([-2], [0, 8]) }, 8), 'tensor "w": shape [-2] has a dimension -2 that is not a non-negative integer'],
  ['a dimension as a string', json({ w: f32(['2'], [0, 8]) }, 8), 'tensor "w": shape ["2"] has a dimension "2" that is not a non-negative integer'],
  ['a dimension null', json({ w: f32([null], [0, 8]) }, 8), 'tensor "w": shape [null] has a dimension null that is not a non-negative integer'],
  ['a dimension beyond 2^53', json({ w: f32([2 ** 53], [0, 8]) }, 8),
    'tensor "w": shape [9007199254740992] has a dimension 9007199254740992 that is not a non-negative integer'],
  ['data_offsets missing', json({ w: { dtype: 'F32', shape: [1] } }, 4),
    'tensor "w": "data_offsets" must be [begin, end] with non-negative integers, got undefined'],
  ['data_offsets with one number', json({ w: f32([2], [0]) }, 8), 'tensor "w": "data_offsets" must be [begin, end] with non-negative integers, got [0]'],
  ['data_offsets with three numbers', json({ w: f32([2], [0, 8, 8]) }, 8),
    'tensor "w": "data_offsets" must be [begin, end] with non-negative integers, got [0,8,8]'],
  ['a negative offset', json({ w: f32([2], [-8, 0]) }, 8), 'tensor "w": "data_offsets" must be [begin, end] with non-negative integers, got [-8,0]'],
  ['a fractional offset', json({ w: f32([2], [0, 1.5]) }, 8), 'tensor "w": "data_offsets" must be [begin, end] with non-negative integers, got [0,1.5]'],
  ['offsets as strings', json({ w: f32([2], ['0', '8']) }, 8), 'tensor "w": "data_offsets" must be [begin, end] with non-negative integers, got ["0","8"]'],
  ['reversed offsets', json({ w: f32([2], [8, 0]) }, 8), 'tensor "w": data_offsets [8, 0] end before they begin'],
  ['offsets past the data (truncated file)', json({ w: f32([2], [0, 8]) }, 4),
    'tensor "w": data_offsets [0, 8] run past the end of the data section (4 bytes; truncated file?)'],
  ['shape × dtype larger than the span', json({ 'blocks.0.attn.wq': f32([4, 8], [0, 100]) }, 100),
    'tensor "blocks.0.attn.wq": data_offsets [0, 100] span 100 bytes but F32[4, 8] needs 128'],
  ['shape × dtype smaller than the span', json({ w: { dtype: 'F64', shape: [1], data_offsets: [0, 16] } }, 16),
    'tensor "w": data_offsets [0, 16] span 16 bytes but F64[1] needs 8'],
  ['huge dimensions', json({ w: f32([2 ** 40, 2 ** 40], [0, 8]) }, 8),
    'tensor "w": data_offsets [0, 8] span 8 bytes but F32[1099511627776, 1099511627776] needs 4.835703278458517e+24'],
  // the data section
  ['overlapping tensors', json({ a: f32([2], [0, 8]), b: f32([2], [4, 12]) }, 12), 'tensors "a" [0, 8] and "b" [4, 12] overlap'],
  ['two tensors on the same bytes', json({ a: f32([2], [0, 8]), b: f32([2], [0, 8]) }, 8), 'tensors "a" [0, 8] and "b" [0, 8] overlap'],
  ['a gap between tensors', json({ a: f32([2], [0, 8]), b: f32([2], [12, 20]) }, 20), 'data bytes [8, 12) are not covered by any tensor'],
  ['a gap before the first tensor', json({ a: f32([2], [4, 12]) }, 12), 'data bytes [0, 4) are not covered by any tensor'],
  ['trailing garbage', json({ a: f32([2], [0, 8]) }, 10), 'the data section is 10 bytes but the tensors cover only 8 (trailing bytes [8, 10))'],
  ['data but no tensors', json({}, 3), 'the data section is 3 bytes but the tensors cover only 0 (trailing bytes [0, 3))'],
  ['an I64 beyond 2^53', withData('I64', [1], i64(2n ** 53n + 1n)),
    'tensor "t": I64 element 0 is 9007199254740993, outside the range a JS number holds exactly (±9007199254740991)'],
  ['an I64 below -2^53', withData('I64', [1], i64(-(2n ** 60n))),
    'tensor "t": I64 element 0 is -1152921504606846976, outside the range a JS number holds exactly (±9007199254740991)'],
  ['a BOOL that is 2', withData('BOOL', [3], [1, 0, 2]), 'tensor "t": BOOL element 2 is 2, not 0 or 1'],
];

describe('malformed safetensors: every case fails with its exact message', () => {
  it('the corpus has at least 40 cases with distinct names', () => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
    expect(new Set(cases.map(([name]) => name)).size).toBe(cases.length);
  });

  it.each(cases)('%s', (_name, bytes, message) => {
    let caught: unknown;
    try {
      decodeSafetensors(bytes, F);
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(SafetensorsError);
    expect((caught as Error).message).toBe(`${F}: ${message}`);
  });
});

describe('well-formed headers the checks must not reject', () => {
  it('tensors listed out of offset order, keys that differ only in case, and nested equal keys in different objects', () => {
    const bytes = json({
      __metadata__: { w: 'x', W: 'y' },
      b: f32([2], [8, 16]),
      a: f32([2], [0, 8]),
      B: { dtype: 'U8', shape: [0], data_offsets: [16, 16] },
    }, 16);
    const { tensors, metadata } = decodeSafetensors(bytes, F);
    expect([...tensors.keys()]).toEqual(['b', 'a', 'B']);
    expect(metadata).toEqual({ w: 'x', W: 'y' });
  });

  it('a header padded with spaces, and strings holding braces, quotes and escaped backslashes', () => {
    const text = '{"__metadata__":{"k":"{\\"a\\":1,\\"a\\":2}","p":"C:\\\\dir\\\\"},"x":{"dtype":"U8","shape":[1],"data_offsets":[0,1]}}    ';
    expect(decodeSafetensors(file(text, 1), F).metadata).toEqual({ k: '{"a":1,"a":2}', p: 'C:\\dir\\' });
  });
});

describe('findDuplicateKey', () => {
  it('finds the first repeated key of any object, with the keys leading to it', () => {
    expect(findDuplicateKey('{"a":1,"b":{"c":[{"d":1,"d":2}]}}')).toEqual({ key: 'd', path: ['b', 'c'] });
    expect(findDuplicateKey('{"a":{"x":1},"b":{"x":1}}')).toBeUndefined();
    expect(findDuplicateKey('[{"a":1},{"a":1}]')).toBeUndefined();
    expect(findDuplicateKey('{"a":"a","a":"b"}')).toEqual({ key: 'a', path: [] });
  });

  it('is linear: a 2 MB header with 100,000 keys', () => {
    const entries = Array.from({ length: 100_000 }, (_, i) => `"t${i}":{"dtype":"U8","shape":[0],"data_offsets":[0,0]}`);
    expect(findDuplicateKey(`{${entries.join(',')}}`)).toBeUndefined();
    expect(findDuplicateKey(`{${entries.join(',')},"t5":{}}`)).toEqual({ key: 't5', path: [] });
  });
});

describe('non-finite weights', () => {
  const f32bytes = (vals: number[]) => [...new Uint8Array(Float32Array.from(vals).buffer)];
  const f64bytes = (vals: number[]) => [...new Uint8Array(Float64Array.from(vals).buffer)];
  const u16 = (vals: number[]) => [...new Uint8Array(Uint16Array.from(vals).buffer)];
  const nonFinite: [string, Uint8Array, string][] = [
    ['NaN in F32', withData('F32', [2, 3], f32bytes([0, 1, 2, 3, NaN, 5])), 'tensor "t" holds NaN at index [1, 1] (element 4), the first non-finite value'],
    ['+Infinity in F32', withData('F32', [3], f32bytes([Infinity, 0, NaN])), 'tensor "t" holds Infinity at index [0] (element 0), the first non-finite value'],
    ['-Infinity in F64', withData('F64', [2], f64bytes([1, -Infinity])), 'tensor "t" holds -Infinity at index [1] (element 1), the first non-finite value'],
    ['NaN in F16', withData('F16', [2], u16([0x3c00, 0x7e00])), 'tensor "t" holds NaN at index [1] (element 1), the first non-finite value'],
    ['-Infinity in BF16', withData('BF16', [1, 1, 2], u16([0x3f80, 0xff80])), 'tensor "t" holds -Infinity at index [0, 0, 1] (element 1), the first non-finite value'],
    ['NaN in a scalar', withData('F32', [], f32bytes([NaN])), 'tensor "t" holds NaN at index [] (element 0), the first non-finite value'],
  ];

  it.each(nonFinite)('%s decodes (the format allows it) but assertFinite refuses it', (_name, bytes, message) => {
    const { tensors } = decodeSafetensors(bytes, F);
    expect(() => assertFinite(tensors, F, { hint: '; pass --allow-nonfinite to load it anyway' })).toThrow(
      new SafetensorsError(`${F}: ${message}; pass --allow-nonfinite to load it anyway`),
    );
  });

  it('names the first bad tensor in name order, skips integer tensors and tensors not chosen', () => {
    const bytes = encodeSafetensors({
      'z.w': { dtype: 'F32', shape: [1], data: [NaN] },
      'a.w': { dtype: 'F32', shape: [2], data: [1, Infinity] },
      ids: { dtype: 'I32', shape: [1], data: [5] },
    });
    const { tensors } = decodeSafetensors(bytes, F);
    expect(() => assertFinite(tensors, F)).toThrow(`${F}: tensor "a.w" holds Infinity at index [1] (element 1), the first non-finite value`);
    expect(() => assertFinite(tensors, F, { which: (n) => n !== 'a.w' })).toThrow(`${F}: tensor "z.w" holds NaN at index [0] (element 0)`);
    expect(() => assertFinite(tensors, F, { which: (n) => n === 'ids' })).not.toThrow();
  });
});

describe('readSafetensors on what is not a safetensors file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'loom-st-bad-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('a missing file, a directory, a FIFO, a device', () => {
    const missing = join(dir, 'nope.safetensors');
    expect(() => readSafetensors(missing, { what: 'weights file' })).toThrow(new SafetensorsError(`weights file ${missing} does not exist`));
    const sub = join(dir, 'sub');
    mkdirSync(sub);
    expect(() => readSafetensors(sub)).toThrow(new SafetensorsError(`safetensors file ${sub} is a directory, not a file`));
    const fifo = join(dir, 'fifo');
    execFileSync('mkfifo', [fifo]);
    expect(() => readSafetensors(fifo, { what: 'checkpoint' })).toThrow(
      new SafetensorsError(`checkpoint ${fifo} is not a regular file (a FIFO, socket or device cannot be read as one)`));
    expect(() => readSafetensors('/dev/zero')).toThrow(
      new SafetensorsError('safetensors file /dev/zero is not a regular file (a FIFO, socket or device cannot be read as one)'));
  });

  it('a file over the size cap is refused from its size, before reading', () => {
    const big = join(dir, 'big.safetensors');
    const fd = openSync(big, 'w');
    ftruncateSync(fd, 3 * 2 ** 30); // sparse: no disk, and never read
    closeSync(fd);
    expect(() => readSafetensors(big)).toThrow(new SafetensorsError(`safetensors file ${big} is 3.0 GiB; the limit is 2.0 GiB`));
    expect(() => readSafetensors(big, { maxBytes: 1000 })).toThrow(new SafetensorsError(`safetensors file ${big} is 3.0 GiB; the limit is 1000 bytes`));
  });

  it('a bogus header length in a large file is refused from the first 8 bytes', () => {
    const big = join(dir, 'bogus.safetensors');
    writeFileSync(big, file('{}', 0, 2n ** 62n));
    const fd = openSync(big, 'r+');
    ftruncateSync(fd, 2 ** 30); // 1 GiB, sparse; reading it whole would allocate 1 GiB
    closeSync(fd);
    expect(() => readSafetensors(big)).toThrow(
      new SafetensorsError(`${big}: header length 4611686018427387904 exceeds the limit of 100000000 bytes (100 MB; not a safetensors file?)`));
  });
});
