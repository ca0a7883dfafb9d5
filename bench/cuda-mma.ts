// The tensor-core GEMMs of compiler/render/cuda-mma.ts (mma.sync, B [K,N])
// and compiler/render/cuda-wgmma.ts (Hopper wgmma, B stored [N,K]) on a real
// GPU (issue 12): correctness against a float64 host reference at small
// shapes, then device time at n³ from CUDA events. Called by
// scripts/gpu-check.ts; needs compute capability ≥ 8.0 (mma.sync, cp.async),
// exactly 9.0 for the wgmma kernel (sm_90a).
//
// Inputs are random values rounded to f16/bf16 here on the host (the bit
// conversions below, round-to-nearest-even), and the reference is computed
// from those rounded values in float64, so the only error measured is the
// kernel's f32 accumulation: expect max |C − ref| / max |ref| ≈ 1e-6…1e-5.
import type { CudaDriver, DevicePtr, Handle } from '../runtime/exec/cuda-driver.ts';
import { encodePointer, encodeScalar } from '../runtime/exec/cuda-driver.ts';
import { gemmLaunch, type MmaDtype, type TensorCoreGemm } from '../compiler/render/cuda-mma.ts';
import type { WgmmaGemm } from '../compiler/render/cuda-wgmma.ts';
import { makeRng } from '../runtime/sample.ts';

/** The 16-bit formats: exponent and fraction widths (bias = 2^(exp-1) − 1). */
const FORMATS = { f16: { exp: 5, man: 10 }, bf16: { exp: 8, man: 7 } } as const;

function roundHalfEven(v: number): number {
  const f = Math.floor(v);
  const d = v - f;
  return d > 0.5 || (d === 0.5 && f % 2 !== 0) ? f + 1 : f;
}

/** The f16 or bf16 bit pattern nearest `x` (ties to even; overflow → ±Inf; NaN → the quiet NaN). Rounds from the double, once. */
export function toHalfBits(x: number, dtype: MmaDtype): number {
  const { exp, man } = FORMATS[dtype];
  const bias = 2 ** (exp - 1) - 1;
  const maxExp = 2 ** exp - 1;
  if (Number.isNaN(x)) return (maxExp << man) | (1 << (man - 1));
  const sign = x < 0 || Object.is(x, -0) ? 1 << (exp + man) : 0;
  const a = Math.abs(x);
  const minNormal = 2 ** (1 - bias);
  if (a < minNormal) {
    // Subnormal: a whole number of units 2^(1-bias-man); rounding up to 2^man units gives the smallest normal, whose bits are the same number.
    return sign | roundHalfEven(a * 2 ** (man - 1 + bias));
  }
  let e = Math.floor(Math.log2(a));
  if (2 ** e > a) e--;
  if (2 ** (e + 1) <= a) e++;
  let m = roundHalfEven((a / 2 ** e) * 2 ** man); // in [2^man, 2^(man+1)]
  if (m === 2 ** (man + 1)) {
    m = 2 ** man;
    e++;
  }
  if (e + bias >= maxExp) return sign | (maxExp << man); // ±Inf
  return sign | ((e + bias) << man) | (m - 2 ** man);
}

/** The value of an f16 or bf16 bit pattern. */
export function fromHalfBits(bits: number, dtype: MmaDtype): number {
  const { exp, man } = FORMATS[dtype];
  const bias = 2 ** (exp - 1) - 1;
  const sign = bits >> (exp + man) & 1 ? -1 : 1;
  const e = (bits >> man) & (2 ** exp - 1);
  const m = bits & (2 ** man - 1);
  if (e === 0) return sign * m * 2 ** (1 - bias - man);
  if (e === 2 ** exp - 1) return m === 0 ? sign * Infinity : NaN;
  return sign * (1 + m / 2 ** man) * 2 ** (e - bias);
}

/** `count` random values in [-1, 1) rounded to `dtype`: the bits to upload and their exact values. */
export function randomHalves(count: number, dtype: MmaDtype, seed: number): { bits: Uint16Array; values: Float64Array } {
  const rng = makeRng(seed);
  const bits = new Uint16Array(count);
  const values = new Float64Array(count);
  for (let i = 0; i < count; i++) {
    bits[i] = toHalfBits(rng() * 2 - 1, dtype);
    values[i] = fromHalfBits(bits[i]!, dtype);
  }
  return { bits, values };
}

/** C = A·B in float64, A [M,K] row-major and B [K,N] row-major ('kn'), or C = A·Bᵀ with B stored [N,K] row-major ('nk'). */
export function referenceGemm(a: Float64Array, bStored: Float64Array, M: number, N: number, K: number, bLayout: 'kn' | 'nk' = 'kn'): Float64Array {
  let b = bStored;
  if (bLayout === 'nk') {
    b = new Float64Array(K * N);
    for (let n = 0; n < N; n++) for (let k = 0; k < K; k++) b[k * N + n] = bStored[n * K + k]!;
  }
  const c = new Float64Array(M * N);
  for (let i = 0; i < M; i++) {
    const row = c.subarray(i * N, (i + 1) * N);
    for (let k = 0; k < K; k++) {
      const aik = a[i * K + k]!;
      const bk = k * N;
      for (let j = 0; j < N; j++) row[j]! += aik * b[bk + j]!;
    }
  }
  return c;
}

/** max |got − want| / max |want|; a NaN anywhere (e.g. poison left unwritten) makes it Infinity. */
export function maxRelError(got: Float32Array, want: Float64Array): number {
  let maxRef = 0;
  let maxErr = 0;
  for (let i = 0; i < want.length; i++) {
    maxRef = Math.max(maxRef, Math.abs(want[i]!));
    const d = Math.abs(got[i]! - want[i]!);
    maxErr = Number.isNaN(d) ? Infinity : Math.max(maxErr, d);
  }
  return maxErr / maxRef;
}

const NAN_BITS = 0x7fc00000;

/** Either tensor-core GEMM; `bLayout: 'nk'` marks the wgmma kernel's B [N,K]. */
export type GemmKernel = TensorCoreGemm | WgmmaGemm;
const bLayoutOf = (kernel: GemmKernel): 'kn' | 'nk' => ('bLayout' in kernel ? kernel.bLayout : 'kn');

/** One launch of `kernel` on `fn` for an M×K by K×N product (shape checked by gemmLaunch). */
function launch(driver: CudaDriver, fn: Handle, kernel: GemmKernel, stream: Handle, a: DevicePtr, b: DevicePtr, c: DevicePtr, M: number, N: number, K: number): void {
  const { grid, block, sharedBytes } = gemmLaunch(kernel, M, N, K);
  driver.launch(fn, grid, block, sharedBytes, stream,
    [encodePointer(a), encodePointer(b), encodePointer(c), encodeScalar('i32', M), encodeScalar('i32', N), encodeScalar('i32', K)]);
}

export interface TensorCoreGemmResult {
  /** Worst max |C − ref| / max |ref| over the checked shapes. */
  maxRelError: number;
  /** The checked shapes, M×N×K, and each one's error. */
  checks: { shape: string; maxRelError: number }[];
  /** Median device time of one n³ product, and its rate. */
  ms: number;
  tflops: number;
  n: number;
  dtype: MmaDtype;
  kernel: string;
  sharedBytes: number;
  block: readonly [number, number, number];
}

/**
 * Compiles the tensor-core GEMM with `compilePtx` (NVRTC or nvcc; given the
 * arch suffix 'a' for a kernel that needs sm_90a), checks it at checkN³ and at
 * a non-square shape (2·BM × 3·BN × 20·BK: several blocks, block-ordering
 * groups cut short, more K tiles than pipeline stages), then times `runs` n³
 * products after two warm-up launches. `kernel` is renderTensorCoreGemm's or
 * renderWgmmaGemm's.
 */
export async function tensorCoreGemmCheck(
  driver: CudaDriver,
  compilePtx: (source: string, name: string, archSuffix?: '' | 'a') => string,
  opts: { n: number; checkN?: number; runs?: number; kernel: GemmKernel },
): Promise<TensorCoreGemmResult> {
  const [major, minor] = driver.computeCapability;
  if (major < 8) throw new Error(`the tensor-core GEMM needs compute capability ≥ 8.0 (mma.sync.m16n8k16, cp.async); ${driver.deviceName} is ${major}.${minor}`);
  const { n } = opts;
  const checkN = opts.checkN ?? 512;
  const runs = opts.runs ?? 10;
  const { kernel } = opts;
  const { dtype } = kernel;
  const arch = 'arch' in kernel ? kernel.arch : undefined;
  if (arch === 'sm_90a' && (major !== 9 || minor !== 0)) throw new Error(`${kernel.name} is built for sm_90a (wgmma), which only compute capability 9.0 runs; ${driver.deviceName} is ${major}.${minor}`);
  const bLayout = bLayoutOf(kernel);
  const { bm, bn, bk } = kernel.tile;
  const module = driver.loadModule(compilePtx(kernel.code, `${kernel.name}.cu`, arch === 'sm_90a' ? 'a' : ''));
  const fn = driver.getFunction(module, kernel.name);
  if (kernel.sharedBytes > 48 * 1024) driver.setMaxDynamicShared(fn, kernel.sharedBytes);
  const stream = driver.createStream();
  const owned: DevicePtr[] = [];
  const alloc = (bytes: number) => {
    const p = driver.alloc(bytes);
    owned.push(p);
    return p;
  };
  try {
    const checks: { shape: string; maxRelError: number }[] = [];
    for (const [M, N, K] of [[checkN, checkN, checkN], [2 * bm, 3 * bn, 20 * bk]] as const) {
      gemmLaunch(kernel, M, N, K); // a clear error before any allocation
      const a = randomHalves(M * K, dtype, 1);
      const b = randomHalves(K * N, dtype, 2); // read as [K,N] or [N,K], per bLayout
      const [da, db, dc] = [alloc(a.bits.byteLength), alloc(b.bits.byteLength), alloc(M * N * 4)];
      driver.copyToDevice(da, a.bits, a.bits.byteLength);
      driver.copyToDevice(db, b.bits, b.bits.byteLength);
      driver.fill32(dc, NAN_BITS, M * N, stream); // every element the kernel fails to write stays NaN
      launch(driver, fn, kernel, stream, da, db, dc, M, N, K);
      driver.synchronize(stream);
      const got = new Float32Array(M * N);
      driver.copyFromDevice(got, dc, got.byteLength);
      checks.push({ shape: `${M}×${N}×${K}`, maxRelError: maxRelError(got, referenceGemm(a.values, b.values, M, N, K, bLayout)) });
      for (const p of owned.splice(0)) driver.free(p);
    }

    gemmLaunch(kernel, n, n, n);
    const a = randomHalves(n * n, dtype, 3);
    const b = randomHalves(n * n, dtype, 4);
    const [da, db, dc] = [alloc(n * n * 2), alloc(n * n * 2), alloc(n * n * 4)];
    driver.copyToDevice(da, a.bits, a.bits.byteLength);
    driver.copyToDevice(db, b.bits, b.bits.byteLength);
    const [start, end] = [driver.createEvent(), driver.createEvent()];
    for (let i = 0; i < 2; i++) launch(driver, fn, kernel, stream, da, db, dc, n, n, n);
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      driver.record(start, stream);
      launch(driver, fn, kernel, stream, da, db, dc, n, n, n);
      driver.record(end, stream);
      times.push(driver.elapsedMs(start, end));
    }
    driver.destroyEvent(start);
    driver.destroyEvent(end);
    times.sort((x, y) => x - y);
    const ms = times[Math.floor(times.length / 2)]!;
    return {
      maxRelError: Math.max(...checks.map((c) => c.maxRelError)),
      checks,
      ms,
      tflops: (2 * n ** 3) / (ms * 1e9),
      n,
      dtype,
      kernel: kernel.name,
      sharedBytes: kernel.sharedBytes,
      block: kernel.block,
    };
  } finally {
    driver.synchronize(stream);
    for (const p of owned) driver.free(p);
    driver.destroyStream(stream);
    driver.unloadModule(module);
  }
}
