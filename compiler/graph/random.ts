// Counter-based random numbers shared by every backend. Element i of the
// stream (seed, stream) is a pure function of those three integers, so a
// reference run, a WGSL kernel and a CUDA kernel produce the same bits with no
// generator state to carry around.
//
// The algorithm, in u32 arithmetic (all products wrap mod 2^32; `>>` is a
// logical shift; JS uses Math.imul and `>>> 0`):
//
//   mix(x):             // Chris Wellons' "lowbias32" integer hash
//     x ^= x >> 16; x *= 0x7feb352d;
//     x ^= x >> 15; x *= 0x846ca68b;
//     x ^= x >> 16; return x
//
//   key(seed, stream) = mix(mix(seed ^ 0x9e3779b9) ^ stream)
//   bits(key, c)      = mix(mix(c ^ key) + key)
//
//   uniformAt(seed, stream, i) = (bits(key, 2i) >> 8) * 2^-24          in [0, 1)
//   normalAt(seed, stream, i)  = sqrt(-2 ln(1 - u1)) * cos(2π u2)      Box–Muller
//        with u1 = (bits(key, 2i) >> 8) * 2^-24, u2 = (bits(key, 2i + 1) >> 8) * 2^-24
//
// seed and stream are taken mod 2^32 (`>>> 0`); the counter 2i (+1) wraps mod
// 2^32. The uniform is exact in f32 (24 bits), so every backend agrees
// bit-for-bit; the normal goes through log/cos and agrees to the precision of
// the backend's transcendental functions.

const TWO_POW_MINUS_24 = 1 / 16777216;

/** lowbias32: a 32-bit avalanche hash using only multiply, xor and shift. */
export function mix32(x: number): number {
  x = (x ^ (x >>> 16)) >>> 0;
  x = Math.imul(x, 0x7feb352d) >>> 0;
  x = (x ^ (x >>> 15)) >>> 0;
  x = Math.imul(x, 0x846ca68b) >>> 0;
  x = (x ^ (x >>> 16)) >>> 0;
  return x;
}

/** The per-(seed, stream) key: hash once, then reuse for every element. */
export function streamKey(seed: number, stream: number): number {
  return mix32((mix32((seed ^ 0x9e3779b9) >>> 0) ^ stream) >>> 0);
}

/** 32 random bits for counter c under `key`. */
export function randomBits(key: number, counter: number): number {
  return mix32((mix32((counter ^ key) >>> 0) + key) >>> 0);
}

function uniformFromKey(key: number, counter: number): number {
  return (randomBits(key, counter) >>> 8) * TWO_POW_MINUS_24;
}

function normalFromKey(key: number, i: number): number {
  const c = (2 * i) >>> 0;
  const u1 = uniformFromKey(key, c);
  const u2 = uniformFromKey(key, (c + 1) >>> 0);
  return Math.sqrt(-2 * Math.log(1 - u1)) * Math.cos(2 * Math.PI * u2);
}

/** Element i of the uniform [0, 1) stream (seed, stream). */
export function uniformAt(seed: number, stream: number, i: number): number {
  return uniformFromKey(streamKey(seed >>> 0, stream >>> 0), (2 * i) >>> 0);
}

/** Element i of the standard normal stream (seed, stream). */
export function normalAt(seed: number, stream: number, i: number): number {
  return normalFromKey(streamKey(seed >>> 0, stream >>> 0), i);
}

/** Fill `out` with elements 0..out.length-1 of a stream, hashing the key once. */
export function fillRandom(out: Float32Array | Float64Array, seed: number, stream: number, dist: 'uniform' | 'normal'): void {
  const key = streamKey(seed >>> 0, stream >>> 0);
  if (dist === 'uniform') {
    for (let i = 0; i < out.length; i++) out[i] = uniformFromKey(key, (2 * i) >>> 0);
  } else {
    for (let i = 0; i < out.length; i++) out[i] = normalFromKey(key, i);
  }
}

/** A stable 32-bit hash of a string (FNV-1a, then mixed): param names to RNG streams. */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193) >>> 0;
  return mix32(h);
}

/** How a tensor starts: the initialiser written in the .loom source (optimizer slots start at zeros). */
export type InitSpec =
  | { kind: 'zeros' }
  | { kind: 'ones' }
  | { kind: 'const'; value: number }
  | { kind: 'normal'; std: number; mean: number }
  | { kind: 'uniform'; low: number; high: number };

/**
 * Fills `out` (zeros on entry) with initialiser `init` for stream (seed,
 * stream): standard draws first, then scaled in place, so the RNG key is
 * hashed once per tensor. The one definition of loom's initialisation: the
 * interpreter and generated bundles both call it.
 */
export function fillInitial(out: Float32Array | Float64Array, init: InitSpec, seed: number, stream: number): void {
  switch (init.kind) {
    case 'zeros':
      break;
    case 'ones':
      out.fill(1);
      break;
    case 'const':
      out.fill(init.value);
      break;
    case 'normal':
    case 'uniform': {
      fillRandom(out, seed, stream, init.kind);
      const [offset, scale] = init.kind === 'normal' ? [init.mean, init.std] : [init.low, init.high - init.low];
      for (let i = 0; i < out.length; i++) out[i] = offset + scale * out[i]!;
      break;
    }
  }
}
