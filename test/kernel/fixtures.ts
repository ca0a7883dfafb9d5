// Shared test data and plain-JS references for kernel tests.
import type { BufferParam, KStorageType } from '../../compiler/kernel/ir.ts';
import { k } from '../../compiler/kernel/build.ts';

/** Deterministic pseudo-random floats in [-1, 1) (a tiny LCG; tests must not flake). */
export function randomArray(n: number, seed = 1): Float32Array {
  const out = new Float32Array(n);
  let s = seed >>> 0;
  for (let i = 0; i < n; i++) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    out[i] = (s / 2 ** 32) * 2 - 1;
  }
  return out;
}

export function buf(name: string, count: number, access: BufferParam['access'], dtype: KStorageType = 'f32'): BufferParam {
  return k.buffer(name, dtype, count, access);
}

/** Largest |a[i] - b[i]| (NaN if lengths differ or any value is NaN). */
export function maxAbsDiff(a: ArrayLike<number>, b: ArrayLike<number>): number {
  if (a.length !== b.length) return NaN;
  let m = 0;
  for (let i = 0; i < a.length; i++) {
    const d = Math.abs(a[i]! - b[i]!);
    if (!(d <= m)) m = d;
  }
  return m;
}

/** C[b][i][j] = Σ_k A(b, i, k) · B(b, k, j) with accessor functions, in f64. */
export function referenceMatmul(
  M: number, N: number, K: number, batch: number,
  a: (b: number, i: number, k: number) => number,
  b: (b: number, k: number, j: number) => number,
): Float64Array {
  const out = new Float64Array(batch * M * N);
  for (let t = 0; t < batch; t++) {
    for (let i = 0; i < M; i++) {
      for (let j = 0; j < N; j++) {
        let s = 0;
        for (let q = 0; q < K; q++) s += a(t, i, q) * b(t, q, j);
        out[(t * M + i) * N + j] = s;
      }
    }
  }
  return out;
}

/** The offset of index i under a stride (number or flat levels, outermost first), as the gemm helper defines it. */
export function offsetOf(s: number | readonly number[], i: number): number {
  if (typeof s === 'number') return i * s;
  let o = 0;
  let r = i;
  for (let l = s.length - 2; l > 0; l -= 2) {
    o += (r % s[l]!) * s[l + 1]!;
    r = Math.floor(r / s[l]!);
  }
  return o + r * s[1]!;
}
