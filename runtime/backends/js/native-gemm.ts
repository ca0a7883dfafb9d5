// The CPU matmul through the system's BLAS, under Node.
//
// Every CPU matmul of a generated kernel goes through the `loom_gemm` /
// `loom_gemm_view` helpers (compiler/render/wasm-gemm.ts). Their own core is
// 128-bit WebAssembly SIMD without fused multiply-add: 20–40 GFLOP/s on one
// x86 core as kernels call it, near the instruction set's ceiling. An
// optimised BLAS on the same core (OpenBLAS with AVX2/AVX-512 FMA, what NumPy
// and PyTorch link) runs the train step's shapes 2.5–4× faster (bench/gemm.ts,
// columns view and blas; docs/executors.md). So
// under Node the js backend hands each product whose operands are plain
// row- or column-major (one unit stride, a leading dimension covering the
// other axis — every matmul of the examples, attention's tiles included) to
// `cblas_sgemm` through koffi, the FFI the cuda backend already uses. Typed
// arrays, SharedArrayBuffer-backed ones too, pass as pointers: no copies.
// Products the BLAS cannot express (multi-level strides, broadcast operands)
// stay on the WebAssembly path, and so does everything in a browser.
//
// The helpers find the BLAS through one well-known global
// (`globalThis[Symbol.for('loom.sgemm')]`), so generated modules — kernels
// compiled in-process, a data-parallel worker's kernels, a bundle's kernels
// run by a Node host that installed it — stay free of imports.
//
// Which library: LOOM_BLAS in the environment —
//   unset or "auto"  OpenBLAS (libopenblas.so.0, Debian's libopenblas0-pthread) if it loads, else none;
//   "off"            none: the WebAssembly core everywhere;
//   a path           that library (it must export cblas_sgemm); failing to load it is an error.
// The BLAS runs on the calling thread (openblas_set_num_threads(1) when the
// library has it): loom's own parallelism is its data-parallel worker threads
// (`--threads`), each with its own calls, and two layers of threads on the same
// cores would only contend.
import { createRequire } from 'node:module';

/** The global the generated gemm helpers look up (compiler/render/wasm-gemm.ts). */
export const NATIVE_GEMM_KEY = Symbol.for('loom.sgemm');

/**
 * C[cOff + i·ldc + j] = Σ_k A[aOff + i·aRs + k·aCs] · B[bOff + k·bRs + j·bCs];
 * false (and nothing written) when the strides are not a BLAS layout.
 */
export type NativeGemm = (
  C: Float32Array, cOff: number, ldc: number, M: number, N: number, K: number,
  A: Float32Array, aOff: number, aRs: number | readonly number[], aCs: number | readonly number[],
  B: Float32Array, bOff: number, bRs: number | readonly number[], bCs: number | readonly number[],
) => boolean;

export interface NativeGemmInfo {
  /** The library file that was loaded. */
  readonly library: string;
}

const ROW_MAJOR = 101, NO_TRANS = 111, TRANS = 112;
const OPENBLAS = ['libopenblas.so.0', 'libopenblas.so', 'libopenblas.dylib'];

/**
 * A rows × cols operand with element (r, c) at r·rs + c·cs as a cblas row-major
 * operand: [transposed, leading dimension], or undefined. A dimension of one
 * leaves its stride free, so its leading dimension is the smallest legal one.
 */
export function blasLayout(rows: number, cols: number, rs: number, cs: number): [boolean, number] | undefined {
  if (cs === 1 && (rows === 1 || rs >= cols)) return [false, rows === 1 ? Math.max(1, cols) : rs];
  if (rs === 1 && (cols === 1 || cs >= rows)) return [true, cols === 1 ? Math.max(1, rows) : cs];
  return undefined;
}

type Stride = number | readonly number[];

/**
 * An axis of n indices cut into blocks of its innermost level: `starts[b]` is
 * block b's first element offset (blocks in index order, each `inner` long),
 * `step` the stride inside a block. A plain stride is one block.
 */
interface Blocks { readonly starts: readonly number[]; readonly inner: number; readonly step: number }

/** The sizes of a multi-level stride's levels for n indices (the outermost one's from n), or undefined. */
function levelSizes(n: number, s: readonly number[]): number[] | undefined {
  const sizes = s.filter((_, i) => i % 2 === 0);
  const below = sizes.slice(1).reduce((p, q) => p * q, 1);
  if (n % below !== 0) return undefined;
  sizes[0] = n / below;
  return sizes;
}

/** The offset of index i under `s`: i·s, or Σ digit·stride over its levels (outermost first, the outermost unbounded). */
function offsetAt(s: Stride, i: number): number {
  if (typeof s === 'number') return i * s;
  let o = 0;
  for (let l = s.length - 2; l > 0; l -= 2) {
    o += (i % s[l]!) * s[l + 1]!;
    i = Math.floor(i / s[l]!);
  }
  return o + i * s[1]!;
}

/** `s` over n indices as blocks of `inner` indices (`sizes`: the common level sizes, when s has levels). */
function blocks(n: number, s: Stride, sizes: readonly number[] | undefined): Blocks {
  const inner = sizes === undefined ? n : sizes[sizes.length - 1]!;
  const starts = Array.from({ length: n / inner }, (_, b) => offsetAt(s, b * inner));
  return { starts, inner, step: typeof s === 'number' ? s : s[s.length - 1]! };
}

/** The level sizes both strides of one axis share (undefined: one block), or null when they disagree. */
function commonSizes(n: number, ...strides: Stride[]): readonly number[] | undefined | null {
  let sizes: number[] | undefined;
  for (const s of strides) {
    if (typeof s === 'number') continue;
    const mine = levelSizes(n, s);
    if (!mine || (sizes && (sizes.length !== mine.length || sizes.some((v, i) => v !== mine[i])))) return null;
    sizes = mine;
  }
  return sizes;
}

/** More BLAS calls than this for one product (tiny blocks) and the WebAssembly path is the better one. */
const MAX_CALLS = 1024;

/**
 * Loads the BLAS LOOM_BLAS names (see the header) and wraps its sgemm as the
 * helpers' NativeGemm. Null when `env` says "off" or, for "auto", no OpenBLAS
 * loads; throws when LOOM_BLAS names a library that does not load or lacks
 * cblas_sgemm.
 */
export function loadNativeGemm(env: Readonly<Record<string, string | undefined>> = process.env): { gemm: NativeGemm; info: NativeGemmInfo } | null {
  const choice = env.LOOM_BLAS ?? 'auto';
  if (choice === 'off') return null;
  const explicit = choice !== 'auto';
  let koffi: typeof import('koffi');
  try {
    koffi = createRequire(import.meta.url)('koffi') as typeof import('koffi');
  } catch (e) {
    if (explicit) throw new Error(`LOOM_BLAS=${choice}: the "koffi" package (FFI) could not be loaded: ${(e as Error).message}`);
    return null;
  }
  for (const name of explicit ? [choice] : OPENBLAS) {
    let lib: ReturnType<typeof koffi.load>;
    try {
      lib = koffi.load(name);
    } catch (e) {
      if (explicit) throw new Error(`LOOM_BLAS=${choice}: the library could not be loaded: ${(e as Error).message}`);
      continue;
    }
    let sgemm: (...args: unknown[]) => void;
    try {
      sgemm = lib.func('void cblas_sgemm(int order, int transA, int transB, int M, int N, int K, float alpha, const float *A, int lda, const float *B, int ldb, float beta, float *C, int ldc)') as never;
    } catch {
      if (explicit) throw new Error(`LOOM_BLAS=${choice}: the library has no cblas_sgemm`);
      continue;
    }
    try {
      (lib.func('void openblas_set_num_threads(int n)') as (n: number) => void)(1);
    } catch {
      // not OpenBLAS: its own threading, whatever it is
    }
    const call = (C: Float32Array, cOff: number, ldc: number, M: number, N: number, K: number, beta: number,
      A: Float32Array, aOff: number, aRs: number, aCs: number, B: Float32Array, bOff: number, bRs: number, bCs: number): boolean => {
      const a = blasLayout(M, K, aRs, aCs);
      const b = a && blasLayout(K, N, bRs, bCs);
      if (!a || !b) return false;
      sgemm(ROW_MAJOR, a[0] ? TRANS : NO_TRANS, b[0] ? TRANS : NO_TRANS, M, N, K, 1,
        aOff === 0 ? A : A.subarray(aOff), a[1], bOff === 0 ? B : B.subarray(bOff), b[1], beta,
        cOff === 0 ? C : C.subarray(cOff), Math.max(1, ldc));
      return true;
    };
    const gemm: NativeGemm = (C, cOff, ldc, M, N, K, A, aOff, aRs, aCs, B, bOff, bRs, bCs) => {
      if (typeof aRs === 'number' && typeof aCs === 'number' && typeof bRs === 'number' && typeof bCs === 'number') {
        return call(C, cOff, ldc, M, N, K, 0, A, aOff, aRs, aCs, B, bOff, bRs, bCs);
      }
      // Multi-level strides (an attention output's (batch, time) rows, (head, size) k): one BLAS
      // product per block of the innermost levels, k blocks accumulated into C (beta = 1).
      const mSizes = commonSizes(M, aRs), kSizes = commonSizes(K, aCs, bRs), nSizes = commonSizes(N, bCs);
      if (mSizes === null || kSizes === null || nSizes === null) return false;
      const m = blocks(M, aRs, mSizes), kA = blocks(K, aCs, kSizes), kB = blocks(K, bRs, kSizes), n = blocks(N, bCs, nSizes);
      if (m.starts.length * kA.starts.length * n.starts.length > MAX_CALLS) return false;
      if (!blasLayout(m.inner, kA.inner, m.step, kA.step) || !blasLayout(kB.inner, n.inner, kB.step, n.step)) return false;
      for (let i = 0; i < m.starts.length; i++) {
        for (let j = 0; j < n.starts.length; j++) {
          const c0 = cOff + i * m.inner * ldc + j * n.inner;
          for (let k = 0; k < kA.starts.length; k++) {
            call(C, c0, ldc, m.inner, n.inner, kA.inner, k === 0 ? 0 : 1,
              A, aOff + m.starts[i]! + kA.starts[k]!, m.step, kA.step, B, bOff + kB.starts[k]! + n.starts[j]!, kB.step, n.step);
          }
        }
      }
      return true;
    };
    return { gemm, info: { library: name } };
  }
  return null;
}

let installed: NativeGemmInfo | null | undefined;

/**
 * Installs the system BLAS (loadNativeGemm) for this thread's generated
 * kernels, once: later calls return the first answer.
 */
export function installNativeGemm(): NativeGemmInfo | null {
  if (installed !== undefined) return installed;
  const loaded = loadNativeGemm();
  if (loaded) (globalThis as Record<symbol, unknown>)[NATIVE_GEMM_KEY] = loaded.gemm;
  return (installed = loaded?.info ?? null);
}

/** How this thread's js kernels multiply matrices, for benchmark reports (installs the BLAS first). */
export function gemmDescription(): string {
  const info = installNativeGemm();
  if (info) return `${info.library} (cblas_sgemm through koffi, one thread per call)`;
  return process.env.LOOM_BLAS === 'off' ? 'WebAssembly SIMD (LOOM_BLAS=off)' : 'WebAssembly SIMD (no OpenBLAS found)';
}
