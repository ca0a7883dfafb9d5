// The safetensors format (https://github.com/huggingface/safetensors):
//   [u64 little-endian N][N bytes of JSON header][data section]
// The header maps tensor names to {dtype, shape, data_offsets: [begin, end]}
// (offsets relative to the data section) plus an optional "__metadata__"
// object of string → string. Tensors are contiguous, row-major, little-endian.
//
// Files come from other tools and from interrupted runs, so decoding checks
// every structural claim in the header against the bytes actually present and
// reports the first violation as "<file>: <what>" instead of reading garbage:
// the header is at most MAX_HEADER_BYTES (100 MB, as in the reference
// implementation) and is checked before anything is allocated for it; its
// JSON must not repeat a key (JSON.parse would silently keep the last); every
// tensor's dtype × shape must match its byte span, and the spans must tile
// the data section exactly. Non-finite values are legal in the format;
// `assertFinite` (finite.ts) refuses them where a caller needs weights.
import { closeSync, openSync, readFileSync, readSync } from 'node:fs';
import { fmtShape } from '../compiler/graph/types.ts';
import { checkRegularFile, FileError } from '../compiler/io/files.ts';
import { writeFileAtomic } from './atomic.ts';
import { findDuplicateKey } from './json-keys.ts';

export type SafetensorsDType = 'F32' | 'F64' | 'I32' | 'I64' | 'F16' | 'BF16' | 'U8' | 'BOOL';

/** What decoding produces: F16/BF16 widen to f32; I64 becomes exact doubles (range-checked). */
export type DecodedData = Float32Array | Float64Array | Int32Array | Uint8Array;

export interface DecodedTensor {
  /** The dtype stored in the file (data may be a wider type, see DecodedData). */
  dtype: SafetensorsDType;
  shape: number[];
  data: DecodedData;
}

export interface TensorToWrite {
  /** F16 and BF16 are read-only here. */
  dtype: Exclude<SafetensorsDType, 'F16' | 'BF16'>;
  shape: readonly number[];
  /** Converted to `dtype`; integer dtypes reject non-integers and out-of-range values. */
  data: ArrayLike<number>;
}

export interface SafetensorsFile {
  tensors: Map<string, DecodedTensor>;
  metadata: Record<string, string>;
}

/** A malformed file or an unwritable tensor; the message names the file and the tensor. */
export class SafetensorsError extends Error {
  override name = 'SafetensorsError';
}

const BYTES_PER_ELEMENT: Record<SafetensorsDType, number> = {
  F64: 8, I64: 8, F32: 4, I32: 4, F16: 2, BF16: 2, U8: 1, BOOL: 1,
};
const SUPPORTED = Object.keys(BYTES_PER_ELEMENT) as SafetensorsDType[];
const WRITABLE: TensorToWrite['dtype'][] = ['F32', 'F64', 'I32', 'I64', 'U8', 'BOOL'];
const METADATA_KEY = '__metadata__';
/** The largest header accepted, in bytes: the reference implementation's limit (100 MB). */
export const MAX_HEADER_BYTES = 100_000_000;
/** The largest file `readSafetensors` reads by default: Node reads at most 2 GiB into one buffer. */
export const MAX_FILE_BYTES = 2 ** 31 - 1;
const ENTRY_FIELDS = ['dtype', 'shape', 'data_offsets'];
const LITTLE_ENDIAN_HOST = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
const I64_LIMIT = BigInt(Number.MAX_SAFE_INTEGER);


// ---------------------------------------------------------------- encoding

/** Serialises tensors (in a canonical order, so equal inputs give equal bytes) and string metadata. */
export function encodeSafetensors(
  tensors: Record<string, TensorToWrite> | ReadonlyMap<string, TensorToWrite>,
  metadata?: Record<string, string>,
): Uint8Array {
  const entries: [string, TensorToWrite][] = tensors instanceof Map
    ? [...(tensors as ReadonlyMap<string, TensorToWrite>).entries()]
    : Object.entries(tensors as Record<string, TensorToWrite>);
  for (const [name, t] of entries) validateTensorToWrite(name, t);
  if (metadata !== undefined) {
    for (const [k, v] of Object.entries(metadata)) {
      if (typeof v !== 'string') throw new SafetensorsError(`metadata "${k}" must be a string, got ${typeof v}`);
    }
  }
  // Wider elements first keeps every tensor aligned to its element size
  // (the header is padded to 8 bytes), which zero-copy readers rely on.
  entries.sort(([na, a], [nb, b]) =>
    BYTES_PER_ELEMENT[b.dtype] - BYTES_PER_ELEMENT[a.dtype] || (na < nb ? -1 : na > nb ? 1 : 0));

  const header: Record<string, unknown> = {};
  if (metadata !== undefined && Object.keys(metadata).length > 0) header[METADATA_KEY] = metadata;
  let offset = 0;
  for (const [name, t] of entries) {
    const size = t.data.length * BYTES_PER_ELEMENT[t.dtype];
    header[name] = { dtype: t.dtype, shape: [...t.shape], data_offsets: [offset, offset + size] };
    offset += size;
  }
  const json = new TextEncoder().encode(JSON.stringify(header));
  const headerLen = Math.ceil(json.length / 8) * 8;
  const out = new Uint8Array(8 + headerLen + offset);
  const view = new DataView(out.buffer);
  view.setBigUint64(0, BigInt(headerLen), true);
  out.set(json, 8);
  out.fill(0x20, 8 + json.length, 8 + headerLen); // space padding is part of the spec
  let pos = 8 + headerLen;
  for (const [, t] of entries) {
    writeElements(out, view, pos, t);
    pos += t.data.length * BYTES_PER_ELEMENT[t.dtype];
  }
  return out;
}

/** Encodes and writes atomically (the previous file survives any failure). */
export function writeSafetensors(
  path: string,
  tensors: Record<string, TensorToWrite> | ReadonlyMap<string, TensorToWrite>,
  metadata?: Record<string, string>,
): void {
  writeFileAtomic(path, encodeSafetensors(tensors, metadata));
}

function validateTensorToWrite(name: string, t: TensorToWrite): void {
  const where = `tensor "${name}"`;
  if (name === '' || name === METADATA_KEY) throw new SafetensorsError(`${where}: invalid tensor name`);
  if (!(WRITABLE as string[]).includes(t.dtype)) {
    throw new SafetensorsError(`${where}: cannot write dtype ${JSON.stringify(t.dtype)} (writable: ${WRITABLE.join(', ')})`);
  }
  let n = 1;
  for (const d of t.shape) {
    if (!Number.isInteger(d) || d < 0) throw new SafetensorsError(`${where}: shape ${fmtShape(t.shape)} has invalid dimension ${d}`);
    n *= d;
  }
  if (t.data.length !== n) {
    throw new SafetensorsError(`${where}: shape ${fmtShape(t.shape)} has ${n} elements but the data has ${t.data.length}`);
  }
  const range = integerRange(t.dtype);
  if (range === null) return;
  for (let i = 0; i < t.data.length; i++) {
    const v = t.data[i]!;
    if (!Number.isInteger(v) || v < range[0] || v > range[1]) {
      throw new SafetensorsError(`${where}: element ${i} is ${v}, not representable as ${t.dtype}`);
    }
  }
}

function integerRange(dtype: SafetensorsDType): [number, number] | null {
  switch (dtype) {
    case 'I32': return [-(2 ** 31), 2 ** 31 - 1];
    case 'I64': return [-Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER];
    case 'U8': return [0, 255];
    case 'BOOL': return [0, 1];
    default: return null;
  }
}

function writeElements(out: Uint8Array, view: DataView, pos: number, t: TensorToWrite): void {
  const { data } = t;
  const n = data.length;
  // Fast path: copy the bytes of a typed array already in the file's layout.
  if (LITTLE_ENDIAN_HOST && t.dtype !== 'I64') {
    const Ctor = t.dtype === 'F32' ? Float32Array : t.dtype === 'F64' ? Float64Array : t.dtype === 'I32' ? Int32Array : Uint8Array;
    const typed = data instanceof Ctor ? data : Ctor.from(data);
    out.set(new Uint8Array(typed.buffer, typed.byteOffset, typed.byteLength), pos);
    return;
  }
  for (let i = 0; i < n; i++) {
    const v = data[i]!;
    switch (t.dtype) {
      case 'F32': view.setFloat32(pos + 4 * i, v, true); break;
      case 'F64': view.setFloat64(pos + 8 * i, v, true); break;
      case 'I32': view.setInt32(pos + 4 * i, v, true); break;
      case 'I64': view.setBigInt64(pos + 8 * i, BigInt(v), true); break;
      case 'U8': case 'BOOL': view.setUint8(pos + i, v); break;
    }
  }
}

// ---------------------------------------------------------------- decoding

export interface ReadOptions {
  /** What the file is, for messages about the file itself: "weights file", "checkpoint". Default "safetensors file". */
  what?: string;
  /** The largest accepted file size (default MAX_FILE_BYTES). */
  maxBytes?: number;
}

/**
 * Reads and decodes a file. It must be a regular file (a FIFO or a device
 * would block or never end) within the size cap, and the 8-byte header
 * length is checked against the cap and the file size before the rest is read.
 */
export function readSafetensors(path: string, opts: ReadOptions = {}): SafetensorsFile {
  const what = opts.what ?? 'safetensors file';
  let size: number;
  try {
    size = checkRegularFile(path, { what, maxBytes: opts.maxBytes ?? MAX_FILE_BYTES });
  } catch (err) {
    if (err instanceof FileError) throw new SafetensorsError(err.message, { cause: err });
    throw err;
  }
  const fail = (msg: string): never => { throw new SafetensorsError(`${path}: ${msg}`); };
  let bytes: Uint8Array;
  try {
    if (size >= 8) {
      const prefix = new Uint8Array(8);
      const fd = openSync(path, 'r');
      try {
        readSync(fd, prefix, 0, 8, 0);
      } finally {
        closeSync(fd);
      }
      checkHeaderLength(new DataView(prefix.buffer).getBigUint64(0, true), size, fail);
    }
    const buf = readFileSync(path);
    // A plain Uint8Array view: Buffer#slice does not copy, and decoding relies on copies.
    bytes = new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
  } catch (err) {
    if (err instanceof SafetensorsError) throw err;
    throw new SafetensorsError(`${path}: cannot read file: ${(err as Error).message}`, { cause: err });
  }
  return decodeSafetensors(bytes, path);
}

/** The header length against the cap and the file size (`fileSize`: the whole file, prefix included). */
function checkHeaderLength(headerLen: bigint, fileSize: number, fail: (msg: string) => never): void {
  if (headerLen > BigInt(MAX_HEADER_BYTES)) {
    fail(`header length ${headerLen} exceeds the limit of ${MAX_HEADER_BYTES} bytes (100 MB; not a safetensors file?)`);
  }
  if (headerLen > BigInt(fileSize - 8)) {
    fail(`header length ${headerLen} exceeds the ${fileSize - 8} bytes after the length prefix (truncated or not a safetensors file?)`);
  }
  if (headerLen === 0n) fail('header length is 0; the header must be a JSON object (at least "{}")');
}

interface HeaderEntry {
  name: string;
  dtype: SafetensorsDType;
  shape: number[];
  begin: number;
  end: number;
}

/** Parses and validates `bytes`; `nameForErrors` (usually the path) prefixes every error message. */
export function decodeSafetensors(bytes: Uint8Array, nameForErrors: string): SafetensorsFile {
  const fail = (msg: string): never => { throw new SafetensorsError(`${nameForErrors}: ${msg}`); };
  if (bytes.length < 8) fail(`file is ${bytes.length} bytes, too short for the 8-byte header length (truncated?)`);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const headerLenBig = view.getBigUint64(0, true);
  checkHeaderLength(headerLenBig, bytes.length, fail);
  const headerLen = Number(headerLenBig);
  let text: string;
  try {
    // ignoreBOM keeps a byte-order mark in the text, where JSON.parse rejects it (as the reference implementation does).
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes.subarray(8, 8 + headerLen));
  } catch {
    return fail('header is not valid UTF-8');
  }
  let header: unknown;
  try {
    header = JSON.parse(text);
  } catch (err) {
    return fail(`header is not valid JSON (${(err as Error).message})`);
  }
  const duplicate = findDuplicateKey(text);
  if (duplicate) {
    const where = duplicate.path.length === 0 ? 'header' : `header entry ${duplicate.path.map((k) => JSON.stringify(k)).join('.')}`;
    fail(`${where} has the key ${JSON.stringify(duplicate.key)} twice (a JSON reader would silently keep one; refusing the ambiguous file)`);
  }
  if (typeof header !== 'object' || header === null || Array.isArray(header)) {
    fail(`header must be a JSON object, got ${Array.isArray(header) ? 'an array' : header === null ? 'null' : typeof header}`);
  }
  const dataStart = 8 + headerLen;
  const dataLen = bytes.length - dataStart;
  const metadata: Record<string, string> = {};
  const entries: HeaderEntry[] = [];
  for (const [name, raw] of Object.entries(header as Record<string, unknown>)) {
    if (name === '') fail('a tensor has an empty name');
    if (name === METADATA_KEY) {
      Object.assign(metadata, parseMetadata(raw, fail));
    } else {
      entries.push(parseEntry(name, raw, dataLen, (msg) => fail(`tensor "${name}": ${msg}`)));
    }
  }
  checkCoverage(entries, dataLen, fail);

  const tensors = new Map<string, DecodedTensor>();
  for (const e of entries) {
    const data = decodeData(bytes, view, dataStart + e.begin, dataStart + e.end, e.dtype, (msg) => fail(`tensor "${e.name}": ${msg}`));
    tensors.set(e.name, { dtype: e.dtype, shape: e.shape, data });
  }
  return { tensors, metadata };
}

function parseMetadata(raw: unknown, fail: (msg: string) => never): Record<string, string> {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) fail(`"${METADATA_KEY}" must be an object of strings`);
  for (const [k, v] of Object.entries(raw as Record<string, unknown>)) {
    if (typeof v !== 'string') fail(`"${METADATA_KEY}" entry "${k}" must be a string, got ${JSON.stringify(v)}`);
  }
  return raw as Record<string, string>;
}

function parseEntry(name: string, raw: unknown, dataLen: number, fail: (msg: string) => never): HeaderEntry {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) fail(`header entry must be an object, got ${JSON.stringify(raw)}`);
  const unknown = Object.keys(raw as object).find((k) => !ENTRY_FIELDS.includes(k));
  if (unknown !== undefined) fail(`unknown field ${JSON.stringify(unknown)} (an entry has exactly ${ENTRY_FIELDS.join(', ')})`);
  const { dtype, shape, data_offsets: offsets } = raw as Record<string, unknown>;
  if (typeof dtype !== 'string') fail(`missing or non-string "dtype"`);
  if (!(SUPPORTED as string[]).includes(dtype as string)) {
    fail(`unknown or unsupported dtype ${JSON.stringify(dtype)} (supported: ${SUPPORTED.join(', ')})`);
  }
  const dt = dtype as SafetensorsDType;
  if (!Array.isArray(shape)) fail(`"shape" must be an array of integers, got ${JSON.stringify(shape)}`);
  const dims = shape as unknown[];
  for (const d of dims) {
    if (typeof d !== 'number' || !Number.isSafeInteger(d) || d < 0) {
      fail(`shape ${JSON.stringify(shape)} has a dimension ${JSON.stringify(d)} that is not a non-negative integer`);
    }
  }
  if (!Array.isArray(offsets) || offsets.length !== 2 ||
      !offsets.every((o) => typeof o === 'number' && Number.isSafeInteger(o) && o >= 0)) {
    fail(`"data_offsets" must be [begin, end] with non-negative integers, got ${JSON.stringify(offsets)}`);
  }
  const [begin, end] = offsets as [number, number];
  if (begin > end) fail(`data_offsets [${begin}, ${end}] end before they begin`);
  if (end > dataLen) fail(`data_offsets [${begin}, ${end}] run past the end of the data section (${dataLen} bytes; truncated file?)`);
  const numel = (dims as number[]).reduce((a, d) => a * d, 1);
  const need = numel * BYTES_PER_ELEMENT[dt];
  if (need !== end - begin) {
    fail(`data_offsets [${begin}, ${end}] span ${end - begin} bytes but ${dt}${fmtShape(dims as number[])} needs ${need}`);
  }
  return { name, dtype: dt, shape: dims as number[], begin, end };
}

/** The tensors must tile the data section exactly: no overlap, no gap, nothing trailing. */
function checkCoverage(entries: HeaderEntry[], dataLen: number, fail: (msg: string) => never): void {
  const sorted = [...entries].sort((a, b) => a.begin - b.begin || a.end - b.end);
  let covered = 0;
  let prev: HeaderEntry | undefined;
  for (const e of sorted) {
    if (e.begin < covered) {
      fail(`tensors "${prev!.name}" [${prev!.begin}, ${prev!.end}] and "${e.name}" [${e.begin}, ${e.end}] overlap`);
    }
    if (e.begin > covered) fail(`data bytes [${covered}, ${e.begin}) are not covered by any tensor`);
    covered = e.end;
    prev = e;
  }
  if (covered !== dataLen) {
    fail(`the data section is ${dataLen} bytes but the tensors cover only ${covered} (trailing bytes [${covered}, ${dataLen}))`);
  }
}

function decodeData(
  bytes: Uint8Array, view: DataView, start: number, end: number, dtype: SafetensorsDType, fail: (msg: string) => never,
): DecodedData {
  const n = (end - start) / BYTES_PER_ELEMENT[dtype];
  // Copying into a fresh buffer aligns the data and keeps the result from pinning the file's bytes.
  // (Uint8Array's slice, not Buffer's, which would return a shared view.)
  const copy = (): ArrayBuffer => Uint8Array.prototype.slice.call(bytes, start, end).buffer;
  if (LITTLE_ENDIAN_HOST) {
    switch (dtype) {
      case 'F32': return new Float32Array(copy());
      case 'F64': return new Float64Array(copy());
      case 'I32': return new Int32Array(copy());
      default: break;
    }
  }
  switch (dtype) {
    case 'U8': return new Uint8Array(copy());
    case 'BOOL': {
      const out = new Uint8Array(copy());
      const bad = out.findIndex((v) => v > 1);
      if (bad !== -1) fail(`BOOL element ${bad} is ${out[bad]}, not 0 or 1`);
      return out;
    }
    case 'F32': return Float32Array.from({ length: n }, (_, i) => view.getFloat32(start + 4 * i, true));
    case 'F64': return Float64Array.from({ length: n }, (_, i) => view.getFloat64(start + 8 * i, true));
    case 'I32': return Int32Array.from({ length: n }, (_, i) => view.getInt32(start + 4 * i, true));
    case 'F16': {
      const out = new Float32Array(n);
      for (let i = 0; i < n; i++) out[i] = f16ToNumber(view.getUint16(start + 2 * i, true));
      return out;
    }
    case 'BF16': {
      // bf16 is the top half of an f32, so widening is a shift into the bit pattern.
      const out = new Float32Array(n);
      const bits = new Uint32Array(out.buffer);
      for (let i = 0; i < n; i++) bits[i] = view.getUint16(start + 2 * i, true) << 16;
      return out;
    }
    case 'I64': {
      const out = new Float64Array(n);
      for (let i = 0; i < n; i++) {
        const v = view.getBigInt64(start + 8 * i, true);
        if (v > I64_LIMIT || v < -I64_LIMIT) {
          fail(`I64 element ${i} is ${v}, outside the range a JS number holds exactly (±${Number.MAX_SAFE_INTEGER})`);
        }
        out[i] = Number(v);
      }
      return out;
    }
  }
}

/** IEEE 754 binary16 → number (exact: every f16 value is representable in f32). */
export function f16ToNumber(h: number): number {
  const sign = h & 0x8000 ? -1 : 1;
  const exp = (h >> 10) & 0x1f;
  const frac = h & 0x3ff;
  if (exp === 0) return sign * frac * 2 ** -24; // zero and subnormals
  if (exp === 0x1f) return frac === 0 ? sign * Infinity : NaN;
  return sign * (1 + frac / 1024) * 2 ** (exp - 15);
}
