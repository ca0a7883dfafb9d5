// The safetensors format (https://github.com/huggingface/safetensors):
// writing files (atomically), and reading them from disk with the checks a
// file from another tool or an interrupted run needs before it is decoded
// (a regular file, within the size cap, the header length against the file
// size). Decoding itself, which checks every claim of the header against
// the bytes, is safetensors-decode.ts, which bundles inline too.
import { closeSync, openSync, readFileSync, readSync } from 'node:fs';
import { fmtShape } from '../compiler/graph/types.ts';
import { checkRegularFile, FileError } from '../compiler/io/files.ts';
import { writeFileAtomic } from './atomic.ts';
import { bf16Bits, F16_MAX, f16Bits } from './half.ts';
import {
  BYTES_PER_ELEMENT, checkHeaderLength, decodeSafetensors, LITTLE_ENDIAN_HOST, SafetensorsError, type SafetensorsDType, type SafetensorsFile,
} from './safetensors-decode.ts';

export { decodeSafetensors, f16ToNumber, MAX_HEADER_BYTES, SafetensorsError } from './safetensors-decode.ts';
export type { DecodedData, DecodedTensor, SafetensorsDType, SafetensorsFile } from './safetensors-decode.ts';

export interface TensorToWrite {
  dtype: SafetensorsDType;
  shape: readonly number[];
  /**
   * Converted to `dtype`: F16 and BF16 round to nearest even (a finite value
   * beyond f16's range is refused, not written as infinity); integer dtypes
   * reject non-integers and out-of-range values.
   */
  data: ArrayLike<number>;
}

const WRITABLE: TensorToWrite['dtype'][] = ['F32', 'F64', 'F16', 'BF16', 'I32', 'I64', 'U8', 'BOOL'];
const METADATA_KEY = '__metadata__';
/** The smallest magnitude that rounds to infinity in f16 (halfway between 65504 and 2^16). */
const F16_OVERFLOW = 65520;
/** The largest file `readSafetensors` reads by default: Node reads at most 2 GiB into one buffer. */
export const MAX_FILE_BYTES = 2 ** 31 - 1;



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
  if (t.dtype === 'F16') {
    for (let i = 0; i < t.data.length; i++) {
      const v = t.data[i]!;
      if (Number.isFinite(v) && Math.abs(v) >= F16_OVERFLOW) {
        throw new SafetensorsError(`${where}: element ${i} is ${v}, beyond f16's range (±${F16_MAX}); write it as F32 or BF16`);
      }
    }
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
  if (t.dtype === 'F16' || t.dtype === 'BF16') {
    const bits = t.dtype === 'F16' ? f16Bits : bf16Bits;
    for (let i = 0; i < n; i++) view.setUint16(pos + 2 * i, bits(data[i]!), true);
    return;
  }
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

