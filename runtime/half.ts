// Half-precision encodings of f32 values, for writing F16 and BF16 tensors
// (safetensors.ts) and q4_0 block scales (compiler/quant/q4_0.ts). Both
// round to nearest, ties to even, as IEEE conversion and PyTorch's .half() /
// .bfloat16() do. Decoding is in safetensors-decode.ts.

const f32 = new Float32Array(1);
const u32 = new Uint32Array(f32.buffer);

/** The largest finite f16. */
export const F16_MAX = 65504;

/** The f16 bits of x (as f32 first): overflow gives ±Infinity, NaN a quiet NaN. */
export function f16Bits(x: number): number {
  f32[0] = x;
  const u = u32[0]!;
  const sign = (u >>> 16) & 0x8000;
  const exp = (u >>> 23) & 0xff;
  const mant = u & 0x7fffff;
  if (exp === 0xff) return sign | (mant ? 0x7e00 : 0x7c00);
  const e = exp - 127 + 15;
  let half: number;
  if (e <= 0) {
    if (e < -10) return sign; // below half the smallest subnormal: ±0
    const m = mant | 0x800000;
    const shift = 14 - e;
    half = m >>> shift;
    const rem = m & ((1 << shift) - 1);
    const halfway = 1 << (shift - 1);
    if (rem > halfway || (rem === halfway && (half & 1) === 1)) half++;
  } else {
    half = (e << 10) | (mant >>> 13);
    const rem = mant & 0x1fff;
    if (rem > 0x1000 || (rem === 0x1000 && (half & 1) === 1)) half++;
  }
  return sign | Math.min(half, 0x7c00);
}

/** The bf16 bits of x (as f32 first): the top half of its f32 bits, rounded; NaN stays a quiet NaN. */
export function bf16Bits(x: number): number {
  f32[0] = x;
  const u = u32[0]!;
  if ((u & 0x7f800000) === 0x7f800000 && (u & 0x7fffff) !== 0) return ((u >>> 16) & 0x8000) | 0x7fc0;
  return ((u + 0x7fff + ((u >>> 16) & 1)) >>> 16) & 0xffff;
}
