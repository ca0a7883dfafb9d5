// Decoding the safetensors format (https://github.com/huggingface/safetensors):
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
//
// This file is import-free apart from json-keys.ts: `loom compile` bundles
// inline it (compiler/emit/inline.ts) to read weights in a browser too.
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

export interface SafetensorsFile {
  tensors: Map<string, DecodedTensor>;
  metadata: Record<string, string>;
}

/** A malformed file or an unwritable tensor; the message names the file and the tensor. */
export class SafetensorsError extends Error {
  override name = 'SafetensorsError';
}

export const BYTES_PER_ELEMENT: Readonly<Record<SafetensorsDType, number>> = {
  F64: 8, I64: 8, F32: 4, I32: 4, F16: 2, BF16: 2, U8: 1, BOOL: 1,
};
const SUPPORTED = Object.keys(BYTES_PER_ELEMENT) as SafetensorsDType[];
const METADATA_KEY = '__metadata__';
/** The largest header accepted, in bytes: the reference implementation's limit (100 MB). */
export const MAX_HEADER_BYTES = 100_000_000;
const ENTRY_FIELDS = ['dtype', 'shape', 'data_offsets'];
export const LITTLE_ENDIAN_HOST = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
const I64_LIMIT = BigInt(Number.MAX_SAFE_INTEGER);

/** The header length against the cap and the file size (`fileSize`: the whole file, prefix included). */
export function checkHeaderLength(headerLen: bigint, fileSize: number, fail: (msg: string) => never): void {
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
    fail(`data_offsets [${begin}, ${end}] span ${end - begin} bytes but ${dt}[${(dims as number[]).join(', ')}] needs ${need}`);
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

/** A Hugging Face shard index (`….safetensors.index.json`): each tensor's shard file, beside the index. */
export interface ShardIndex {
  metadata: { total_size: number } & Record<string, unknown>;
  weight_map: Record<string, string>;
}

/** A shard index, checked: JSON with a `weight_map` of tensor → a plain file name (no path: shards lie beside the index). */
export function parseShardIndex(text: string, what: string): ShardIndex {
  let index: unknown;
  try {
    index = JSON.parse(text);
  } catch (e) {
    throw new SafetensorsError(`${what}: not a shard index (${(e as Error).message})`);
  }
  const map = (index as { weight_map?: unknown } | null)?.weight_map;
  if (typeof map !== 'object' || map === null || Array.isArray(map)) throw new SafetensorsError(`${what}: no "weight_map" object (tensor name → shard file)`);
  for (const [name, file] of Object.entries(map)) {
    if (typeof file !== 'string' || file === '' || /[/\\]/.test(file) || file === '.' || file === '..') {
      throw new SafetensorsError(`${what}: tensor "${name}" maps to ${JSON.stringify(file)}, not a file name beside the index`);
    }
  }
  return index as ShardIndex;
}
