// The one contraction kernel every einsum reduces to:
//   C[t, i, j] = Σ_p A[t, i, p] · B[t, j, p]
// with both operands laid out contracted-axis-last ([batch, m, k] and
// [batch, n, k]), so every inner loop reads two contiguous rows. A 4×4 block
// of C is accumulated in 16 locals (float64 registers), so each loaded element
// is used four times; in V8 this measured ~4× faster than an i-k-j loop over
// [batch, k, n] (3.6 vs 0.9 GFLOP/s on 512×128×512 f32) and also sums in
// double precision. Ragged edges fall back to plain dot products.
import type { Arr, EvalContext } from '../op.ts';

export function batchedMatmul(A: Arr, B: Arr, batch: number, m: number, k: number, n: number, ctx: EvalContext): Arr {
  const C = ctx.alloc(batch * m * n);
  const m4 = m - (m % 4);
  const n4 = n - (n % 4);
  for (let t = 0; t < batch; t++) {
    const a = t * m * k;
    const b = t * n * k;
    const c = t * m * n;
    for (let i = 0; i < m4; i += 4) {
      for (let j = 0; j < n4; j += 4) block4x4(A, B, C, a + i * k, b + j * k, c + i * n + j, k, n);
    }
    dots(A, B, C, a, b, c, k, n, m4, m, 0, n); // leftover rows
    dots(A, B, C, a, b, c, k, n, 0, m4, n4, n); // leftover columns
  }
  return C;
}

/** Plain dot products for rows [i0, i1) × columns [j0, j1). */
function dots(A: Arr, B: Arr, C: Arr, a: number, b: number, c: number, k: number, n: number, i0: number, i1: number, j0: number, j1: number): void {
  for (let i = i0; i < i1; i++) {
    const aRow = a + i * k;
    for (let j = j0; j < j1; j++) {
      const bRow = b + j * k;
      let s = 0;
      for (let p = 0; p < k; p++) s += A[aRow + p]! * B[bRow + p]!;
      C[c + i * n + j] = s;
    }
  }
}

function block4x4(A: Arr, B: Arr, C: Arr, a0: number, b0: number, c: number, k: number, n: number): void {
  const a1 = a0 + k, a2 = a1 + k, a3 = a2 + k;
  const b1 = b0 + k, b2 = b1 + k, b3 = b2 + k;
  let s00 = 0, s01 = 0, s02 = 0, s03 = 0, s10 = 0, s11 = 0, s12 = 0, s13 = 0;
  let s20 = 0, s21 = 0, s22 = 0, s23 = 0, s30 = 0, s31 = 0, s32 = 0, s33 = 0;
  for (let p = 0; p < k; p++) {
    const x0 = A[a0 + p]!, x1 = A[a1 + p]!, x2 = A[a2 + p]!, x3 = A[a3 + p]!;
    const y0 = B[b0 + p]!, y1 = B[b1 + p]!, y2 = B[b2 + p]!, y3 = B[b3 + p]!;
    s00 += x0 * y0; s01 += x0 * y1; s02 += x0 * y2; s03 += x0 * y3;
    s10 += x1 * y0; s11 += x1 * y1; s12 += x1 * y2; s13 += x1 * y3;
    s20 += x2 * y0; s21 += x2 * y1; s22 += x2 * y2; s23 += x2 * y3;
    s30 += x3 * y0; s31 += x3 * y1; s32 += x3 * y2; s33 += x3 * y3;
  }
  C[c] = s00; C[c + 1] = s01; C[c + 2] = s02; C[c + 3] = s03;
  c += n;
  C[c] = s10; C[c + 1] = s11; C[c + 2] = s12; C[c + 3] = s13;
  c += n;
  C[c] = s20; C[c + 1] = s21; C[c + 2] = s22; C[c + 3] = s23;
  c += n;
  C[c] = s30; C[c + 1] = s31; C[c + 2] = s32; C[c + 3] = s33;
}
