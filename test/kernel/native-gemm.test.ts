// The CPU matmul through the system BLAS (runtime/backends/js/native-gemm.ts):
// the stride-to-BLAS-layout rule, the wrapper against a float64 loop for plain,
// transposed, offset and multi-level strides, the generated helpers routing
// through it (and falling back where the BLAS cannot express the strides),
// and LOOM_BLAS's diagnostics. CI installs OpenBLAS (libopenblas0-pthread) and
// sets LOOM_REQUIRE_BLAS=1, so there the BLAS tests cannot skip.
import { describe, expect, it } from 'vitest';
import { gemmHelpers } from '../../compiler/render/wasm-gemm.ts';
import { blasLayout, loadNativeGemm, NATIVE_GEMM_KEY, type NativeGemm } from '../../runtime/backends/js/native-gemm.ts';
import { offsetOf, randomArray } from './fixtures.ts';

type S = number | number[];

const loaded = loadNativeGemm({});
if (!loaded && process.env.LOOM_REQUIRE_BLAS === '1') throw new Error('LOOM_REQUIRE_BLAS=1 but no OpenBLAS loaded (apt-get install libopenblas0-pthread)');
const withBlas = loaded ? it : it.skip;

/** C[i·ldc + j] = Σ_k A[aOff + aRs(i) + aCs(k)] · B[bOff + bRs(k) + bCs(j)] in float64. */
function reference(M: number, N: number, K: number, ldc: number, A: Float32Array, aOff: number, aRs: S, aCs: S, B: Float32Array, bOff: number, bRs: S, bCs: S): Float64Array {
  const C = new Float64Array(M * ldc);
  for (let i = 0; i < M; i++) {
    for (let j = 0; j < N; j++) {
      let c = 0;
      for (let k = 0; k < K; k++) c += A[aOff + offsetOf(aRs, i) + offsetOf(aCs, k)]! * B[bOff + offsetOf(bRs, k) + offsetOf(bCs, j)]!;
      C[i * ldc + j] = c;
    }
  }
  return C;
}

/** The largest |x − y| / (1 + |y|) over the first N columns of M rows at row stride ldc. */
function relErr(x: ArrayLike<number>, y: ArrayLike<number>, M: number, N: number, ldc: number): number {
  let e = 0;
  for (let i = 0; i < M; i++) for (let j = 0; j < N; j++) e = Math.max(e, Math.abs(x[i * ldc + j]! - y[i * ldc + j]!) / (1 + Math.abs(y[i * ldc + j]!)));
  return e;
}

interface Case { name: string; M: number; N: number; K: number; a: [S, S]; b: [S, S]; blas: boolean }

const cases: Case[] = [
  { name: 'row-major', M: 37, N: 29, K: 41, a: [41, 1], b: [29, 1], blas: true },
  { name: 'Aᵀ', M: 37, N: 29, K: 41, a: [1, 37], b: [29, 1], blas: true },
  { name: 'Bᵀ (a tied output head)', M: 37, N: 29, K: 41, a: [41, 1], b: [1, 41], blas: true },
  { name: 'Aᵀ Bᵀ', M: 16, N: 8, K: 5, a: [1, 16], b: [1, 5], blas: true },
  { name: 'padded rows (lda > K)', M: 9, N: 7, K: 6, a: [10, 1], b: [11, 1], blas: true },
  { name: 'one row, any row stride', M: 1, N: 13, K: 8, a: [0, 1], b: [13, 1], blas: true },
  { name: 'one column of k', M: 12, N: 5, K: 1, a: [1, 3], b: [5, 1], blas: true },
  // An attention output o[b, h, t, k] as rows (b, t) × k (h, k) (gpt: 2 × 2 heads of 4, T = 3).
  { name: 'multi-level rows and k', M: 6, N: 7, K: 8, a: [[2, 24, 3, 4], [2, 12, 4, 1]], b: [7, 1], blas: true },
  // Its transpose, a weight gradient oᵀ·dY: k levels on both operands' k axes (A's (b, t), B plain).
  { name: 'multi-level k on A, plain on B', M: 8, N: 5, K: 6, a: [[2, 12, 4, 1], [2, 24, 3, 4]], b: [5, 1], blas: true },
  { name: 'multi-level columns', M: 4, N: 6, K: 5, a: [5, 1], b: [6, [3, 10, 2, 1]], blas: true },
  // Neither stride of A is 1 (a strided view): not a BLAS layout.
  { name: 'no unit stride', M: 5, N: 4, K: 3, a: [6, 2], b: [4, 1], blas: false },
  // A broadcast operand (stride 0 along k) is not a BLAS layout either.
  { name: 'broadcast k', M: 5, N: 4, K: 3, a: [1, 0], b: [4, 1], blas: false },
];

function operands(c: Case): { A: Float32Array; B: Float32Array; aOff: number; bOff: number } {
  const aOff = 3, bOff = 2;
  const span = (n: number, s: S) => Math.max(0, ...Array.from({ length: n }, (_, i) => offsetOf(s, i)));
  const A = randomArray(aOff + span(c.M, c.a[0]) + span(c.K, c.a[1]) + 1, c.M + c.K);
  const B = randomArray(bOff + span(c.K, c.b[0]) + span(c.N, c.b[1]) + 1, c.N * 3 + 1);
  return { A, B, aOff, bOff };
}

describe('native gemm (system BLAS)', () => {
  it('reads a stride pair as a BLAS layout only with a unit stride and a covering leading dimension', () => {
    expect(blasLayout(4, 3, 3, 1)).toEqual([false, 3]);
    expect(blasLayout(4, 3, 1, 4)).toEqual([true, 4]);
    expect(blasLayout(4, 3, 2, 1)).toBeUndefined(); // rows overlap
    expect(blasLayout(1, 3, 0, 1)).toEqual([false, 3]); // one row: its stride is free
    expect(blasLayout(4, 1, 1, 0)).toEqual([true, 4]);
    expect(blasLayout(4, 3, 6, 2)).toBeUndefined();
  });

  for (const c of cases) {
    withBlas(`${c.name}: ${c.blas ? 'the BLAS product matches' : 'refused, C untouched'} a float64 loop`, () => {
      const gemm = loaded!.gemm;
      const { A, B, aOff, bOff } = operands(c);
      const ldc = c.N + 3;
      const C = new Float32Array(2 + c.M * ldc).fill(-7);
      const took = gemm(C, 2, ldc, c.M, c.N, c.K, A, aOff, c.a[0], c.a[1], B, bOff, c.b[0], c.b[1]);
      expect(took).toBe(c.blas);
      if (!c.blas) {
        expect(C.every((v) => v === -7)).toBe(true);
        return;
      }
      const want = reference(c.M, c.N, c.K, ldc, A, aOff, c.a[0], c.a[1], B, bOff, c.b[0], c.b[1]);
      expect(relErr(C.subarray(2), want, c.M, c.N, ldc)).toBeLessThan(1e-6);
      expect(C[0]).toBe(-7); // before cOff
      expect(C[2 + c.N]).toBe(-7); // row padding past N
    });
  }

  withBlas('the generated helpers take the BLAS when installed and fall back when it refuses', () => {
    const calls: boolean[] = [];
    const spy: NativeGemm = (...args) => {
      const took = loaded!.gemm(...args);
      calls.push(took);
      return took;
    };
    const host = { [NATIVE_GEMM_KEY]: spy };
    const h = gemmHelpers(host);
    for (const c of cases) {
      const { A, B, aOff, bOff } = operands(c);
      const want = reference(c.M, c.N, c.K, c.N, A, aOff, c.a[0], c.a[1], B, bOff, c.b[0], c.b[1]);
      const C = new Float32Array(c.M * c.N);
      h.loom_gemm(C, c.M, c.N, c.K, A, aOff, c.a[0], c.a[1], B, bOff, c.b[0], c.b[1]);
      expect(relErr(C, want, c.M, c.N, c.N), c.name).toBeLessThan(1e-6);
      const ldc = Math.ceil(c.N / 8) * 8;
      const view = h.loom_gemm_view(c.M, c.N, c.K, ldc, A, aOff, c.a[0], c.a[1], B, bOff, c.b[0], c.b[1]);
      const wantView = reference(c.M, c.N, c.K, ldc, A, aOff, c.a[0], c.a[1], B, bOff, c.b[0], c.b[1]);
      expect(relErr(view, wantView, c.M, c.N, ldc), `${c.name} (view)`).toBeLessThan(1e-6);
    }
    // Every case asked the BLAS twice (copy, view); the refused ones ran on WebAssembly.
    expect(calls).toEqual(cases.flatMap((c) => [c.blas, c.blas]));
  });

  it('LOOM_BLAS: "off" loads nothing; a library that is missing or lacks cblas_sgemm is an error naming it', () => {
    expect(loadNativeGemm({ LOOM_BLAS: 'off' })).toBeNull();
    expect(() => loadNativeGemm({ LOOM_BLAS: '/nonexistent/libblas.so' })).toThrow(/LOOM_BLAS=\/nonexistent\/libblas\.so: the library could not be loaded/);
    expect(() => loadNativeGemm({ LOOM_BLAS: 'libc.so.6' })).toThrow('LOOM_BLAS=libc.so.6: the library has no cblas_sgemm');
  });
});
