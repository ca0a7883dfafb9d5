// ggml's q4_0 weight format (REFERENCES.md, "Low-bit and sparse"): blocks of
// 32 weights along the contraction axis, each 18 bytes — an f16 scale d
// (little-endian) and 16 bytes of 4-bit codes q, two per byte — so 4.5 bits
// per weight; w ≈ d·(q − 8). The quantiser follows current ggml
// (quantize_row_q4_0_ref): m is the block's signed value of largest
// magnitude, d = m / −8 in f32, q = min(15, trunc(w · (1/d) + 8.5)) with the
// f32 d (the stored scale is d rounded to f16). Byte j of the codes holds
// element j in its low nibble and element j + 16 in its high nibble.
//
// Kernels read the blocks from f32 buffers (every plan buffer holds f32), so
// raw bits cannot be carried: a JS engine quiets signalling-NaN patterns when
// it reads one. Instead each f32 word holds three of the block's bytes as an
// exact integer below 2^24 (b0 + 256·b1 + 65536·b2): 18 bytes are exactly 6
// words, the file's bytes verbatim, 6 bits per weight in memory (f32 weights
// take 32). Kernels convert a word to u32 by value (exact on every target).

import { f16Bits as halfBits } from '../../runtime/half.ts';

/** Weights per block. */
export const Q4_BLOCK = 32;
/** Bytes per block in the file: the f16 scale and 16 bytes of codes. */
export const Q4_BLOCK_BYTES = 18;
/** f32 words per block in a kernel's buffer (3 bytes each). */
export const Q4_BLOCK_WORDS = 6;
/** The metadata value naming the format. */
export const Q4_FORMAT = 'q4_0';

/** The f16 bits of a block scale x, rounded to nearest even; throws past f16's range (a scale must stay finite). */
export function f16Bits(x: number): number {
  if (!Number.isFinite(x)) throw new Error(`q4_0: scale ${x} is not finite`);
  const bits = halfBits(x);
  if ((bits & 0x7fff) === 0x7c00) throw new Error(`q4_0: scale ${x} overflows f16 (largest 65504): a weight of magnitude ${Math.abs(x * 8)} cannot be quantised`);
  return bits;
}

/** The value of f16 bits h. */
export function f16Value(h: number): number {
  const sign = h & 0x8000 ? -1 : 1;
  const e = (h >>> 10) & 31;
  const m = h & 1023;
  if (e === 0) return sign * m * 2 ** -24;
  if (e === 31) return m === 0 ? sign * Infinity : NaN;
  return sign * (1024 + m) * 2 ** (e - 25);
}

/** One block: 32 weights → 18 bytes written at `out[at…]`. */
export function quantizeBlock(w: ArrayLike<number>, out: Uint8Array, at: number): void {
  if (w.length !== Q4_BLOCK) throw new Error(`q4_0: a block has ${Q4_BLOCK} weights, got ${w.length}`);
  let amax = 0;
  let max = 0;
  for (let j = 0; j < Q4_BLOCK; j++) {
    const v = w[j]!;
    if (!Number.isFinite(v)) throw new Error(`q4_0: weight ${j} of the block is ${v}`);
    if (Math.abs(v) > amax) { amax = Math.abs(v); max = v; }
  }
  const d = Math.fround(max / -8);
  const id = d !== 0 ? Math.fround(1 / d) : 0;
  const h = f16Bits(d);
  out[at] = h & 0xff;
  out[at + 1] = h >>> 8;
  const code = (v: number) => Math.min(15, Math.trunc(Math.fround(Math.fround(v * id) + 8.5)));
  for (let j = 0; j < 16; j++) out[at + 2 + j] = code(w[j]!) | (code(w[j + 16]!) << 4);
}

/** The 32 weights of the block at `bytes[at…]`: d·(q − 8). */
export function dequantizeBlock(bytes: Uint8Array, at: number, out: Float32Array | Float64Array, outAt: number, stride = 1): void {
  const d = f16Value(bytes[at]! | (bytes[at + 1]! << 8));
  for (let j = 0; j < 16; j++) {
    const b = bytes[at + 2 + j]!;
    out[outAt + j * stride] = d * ((b & 15) - 8);
    out[outAt + (j + 16) * stride] = d * ((b >>> 4) - 8);
  }
}

/** Checks a weight matrix [K, N] (contraction axis first) can be quantised; returns [K, N]. */
export function q4Dims(shape: readonly number[], what: string): [number, number] {
  if (shape.length !== 2) throw new Error(`${what}: q4_0 quantises 2-D weights [in, out], got shape [${shape.join(', ')}]`);
  const [K, N] = shape as [number, number];
  if (K % Q4_BLOCK !== 0) throw new Error(`${what}: the contraction axis (${K}) must be a multiple of ${Q4_BLOCK} for q4_0 blocks`);
  return [K, N];
}

/**
 * Quantises W [K, N] (row-major, contraction axis first) into ggml layout:
 * N rows (one per output column, as ggml stores [out, in]) of K/32 blocks,
 * bytes [N, K/32, 18].
 */
export function quantizeMatrix(w: ArrayLike<number>, K: number, N: number): Uint8Array {
  if (w.length !== K * N) throw new Error(`q4_0: expected ${K}×${N} = ${K * N} weights, got ${w.length}`);
  const blocks = K / Q4_BLOCK;
  const out = new Uint8Array(N * blocks * Q4_BLOCK_BYTES);
  const block = new Float64Array(Q4_BLOCK);
  for (let n = 0; n < N; n++) {
    for (let b = 0; b < blocks; b++) {
      for (let j = 0; j < Q4_BLOCK; j++) block[j] = w[(b * Q4_BLOCK + j) * N + n]!;
      quantizeBlock(block, out, (n * blocks + b) * Q4_BLOCK_BYTES);
    }
  }
  return out;
}

/** W [K, N] (row-major) from its blocks [N, K/32, 18]: the f32 matrix the q4_0 matmul multiplies by. */
export function dequantizeMatrix(bytes: Uint8Array, K: number, N: number): Float32Array {
  const blocks = K / Q4_BLOCK;
  if (bytes.length !== N * blocks * Q4_BLOCK_BYTES) throw new Error(`q4_0: ${K}×${N} weights take ${N * blocks * Q4_BLOCK_BYTES} bytes, got ${bytes.length}`);
  const out = new Float32Array(K * N);
  for (let n = 0; n < N; n++) {
    for (let b = 0; b < blocks; b++) dequantizeBlock(bytes, (n * blocks + b) * Q4_BLOCK_BYTES, out, b * Q4_BLOCK * N + n, N);
  }
  return out;
}

/** The kernel buffer of blocks: three bytes per f32 word as an exact integer, [N, K/32 · 6]. */
export function q4Words(bytes: Uint8Array): Float32Array {
  if (bytes.length % Q4_BLOCK_BYTES !== 0) throw new Error(`q4_0: ${bytes.length} bytes is not a whole number of ${Q4_BLOCK_BYTES}-byte blocks`);
  return bytesToWords(bytes);
}

/** Three bytes per f32 word as the exact integer b0 + 256·b1 + 65536·b2 (the carrier of packed weights in plan buffers). */
export function bytesToWords(bytes: Uint8Array): Float32Array {
  if (bytes.length % 3 !== 0) throw new Error(`${bytes.length} bytes is not a whole number of 3-byte words`);
  const out = new Float32Array(bytes.length / 3);
  for (let i = 0; i < out.length; i++) out[i] = bytes[3 * i]! + 256 * bytes[3 * i + 1]! + 65536 * bytes[3 * i + 2]!;
  return out;
}

/** The kernel buffer's shape for W [K, N]. */
export function q4WordsShape(K: number, N: number): [number, number] {
  return [N, (K / Q4_BLOCK) * Q4_BLOCK_WORDS];
}

/** The block bytes back from a kernel buffer (the inverse of q4Words). */
export function q4Bytes(words: ArrayLike<number>): Uint8Array {
  const out = new Uint8Array(words.length * 3);
  for (let i = 0; i < words.length; i++) {
    const v = words[i]!;
    out[3 * i] = v & 0xff;
    out[3 * i + 1] = (v >>> 8) & 0xff;
    out[3 * i + 2] = (v >>> 16) & 0xff;
  }
  return out;
}
