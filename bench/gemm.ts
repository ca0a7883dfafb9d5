// Microbenchmark of the CPU gemm intrinsic (compiler/render/wasm-gemm.ts) at
// the gpt train step's shapes, as the generated kernels use it: the product,
// then an epilogue loop storing C (+ 1) into an output array.
//
//   node --import tsx bench/gemm.ts [--baseline path/to/old/wasm-gemm.ts] [--rounds N] [--cpu] [--large]
//
// --cpu times with the process's CPU time instead of the wall clock: on a
// shared, overloaded machine the wall clock also counts the time other
// processes hold the core (the helper is single-threaded, so CPU time is its own).
//
// Contestants, interleaved in one process (each round times every contestant
// once per shape, in rotating order, so load changes hit all alike):
//   kernel    the WASM micro-kernel alone, one call over all of K, on operands already packed in its memory
//   view      loom_gemm_view: packing (or copying) the operands, the kernel; C stays in the heap
//   base      --baseline's loom_gemm (the helper before a change): C copied out
//   view+epi  view, then the epilogue reads C straight from the WASM heap
//   copy+epi  as kernels did before: zero the scratch C (serial kernels' scratch
//             is zeroed per call), loom_gemm into it (--baseline's if given),
//             then the epilogue reads the scratch
//   blas      view on the system BLAS (OpenBLAS), when one loads: what the js backend runs under Node
//   blas+epi  view+epi on it
//   blocked   the matmul template's register-blocked JS loops (cpuGemm: false)
//             with the same epilogue: where operands that did not merge into
//             one stride ran before multi-level strides
// The table is GFLOP/s (2·M·N·K per call) of the median call per contestant.
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import { k } from '../compiler/kernel/build.ts';
import type { GemmLevel } from '../compiler/kernel/ir.ts';
import { matmulKernel } from '../compiler/kernel/templates/index.ts';
import type { Stride } from '../compiler/kernel/templates/index.ts';
import { compileJsKernel } from '../compiler/render/js.ts';
import { GEMM_MR, GEMM_NV, gemmHelpers, gemmWasmBytes } from '../compiler/render/wasm-gemm.ts';
import { loadNativeGemm, NATIVE_GEMM_KEY } from '../runtime/backends/js/native-gemm.ts';

interface Shape {
  readonly name: string;
  readonly M: number;
  readonly N: number;
  readonly K: number;
  /** Strides of A (rows, k) and B (k, columns); numbers or flat [size, stride, …] levels. */
  readonly a: readonly [number | number[], number | number[]];
  readonly b: readonly [number | number[], number | number[]];
}

const rowMajor = (M: number, N: number, K: number, name: string): Shape => ({ name, M, N, K, a: [K, 1], b: [N, 1] });
// gpt (dim 64, 4 heads of 16, batch 16 × ctx 64): tokens M = 1024.
const small: Shape[] = [
  rowMajor(1024, 192, 64, 'qkv   x·W'),
  rowMajor(1024, 256, 64, 'mlp   x·W1'),
  rowMajor(1024, 64, 256, 'mlp   h·W2'),
  // The tied output head reads the embedding [vocab, dim] transposed: B(d, v) = wte[v, d].
  { name: 'head  h·Wteᵀ', M: 1024, N: 256, K: 64, a: [64, 1], b: [1, 64] },
  { name: 'dX    dY·Wᵀ', M: 1024, N: 64, K: 256, a: [256, 1], b: [1, 256] },
  { name: 'dW    Xᵀ·dY', M: 64, N: 256, K: 1024, a: [1, 64], b: [256, 1] },
  // The attention output projection o[b, h, t, k] · wo[(h k), d]: rows (b, t) and k (h, k) are two levels each.
  { name: 'proj  o·Wo', M: 1024, N: 64, K: 64, a: [[16, 4096, 64, 16], [4, 1024, 16, 1]], b: [64, 1] },
  { name: 'dWo   oᵀ·dY', M: 64, N: 64, K: 1024, a: [[4, 1024, 16, 1], [16, 4096, 64, 16]], b: [64, 1] },
];
// --large: gpt with dim 256 (4 heads of 64), batch 16 × ctx 128: tokens M = 2048.
const large: Shape[] = [
  rowMajor(2048, 768, 256, 'qkv   x·W'),
  rowMajor(2048, 1024, 256, 'mlp   x·W1'),
  rowMajor(2048, 256, 1024, 'mlp   h·W2'),
  { name: 'dW1   xᵀ·dH', M: 256, N: 1024, K: 2048, a: [1, 256], b: [1024, 1] },
  { name: 'dW2   hᵀ·dY', M: 1024, N: 256, K: 2048, a: [1, 1024], b: [256, 1] },
  { name: 'proj  o·Wo', M: 2048, N: 256, K: 256, a: [[16, 32768, 128, 64], [4, 8192, 64, 1]], b: [256, 1] },
  { name: 'dWo   oᵀ·dY', M: 256, N: 256, K: 2048, a: [[4, 8192, 64, 1], [16, 32768, 128, 64]], b: [256, 1] },
];

function option(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

// The helpers' own WebAssembly path (a globalThis of their own: never a BLAS), and, when the system has
// one, the same helpers on it.
const helpers = gemmHelpers();
const blas = loadNativeGemm();
const blasHelpers = blas ? gemmHelpers({ [NATIVE_GEMM_KEY]: blas.gemm }) : undefined;
const baselinePath = option('--baseline');
const baseline = baselinePath
  ? gemmHelpers({}, WebAssembly, (await import(pathToFileURL(resolve(baselinePath)).href)).gemmHelperSource()).loom_gemm
  : undefined;
const rounds = Number(option('--rounds') ?? 7);
const shapes = process.argv.includes('--large') ? large : small;
const cpu = process.argv.includes('--cpu');
/** Milliseconds, of CPU time (user + system) with --cpu, else of the wall clock. */
const clock = cpu ? () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; } : () => performance.now();

const wasm = new WebAssembly.Instance(new WebAssembly.Module(gemmWasmBytes()), {}).exports as unknown as {
  mem: WebAssembly.Memory;
  gemm(...args: number[]): void;
};

const levelsOk = (s: Shape) => [...s.a, ...s.b].every((x) => typeof x === 'number');
const random = (n: number, seed: number) => Float32Array.from({ length: n }, (_, i) => Math.sin(i * 12.9898 + seed) * 0.5);
const median = (xs: number[]) => [...xs].sort((p, q) => p - q)[xs.length >> 1]!;

interface Contestant { readonly name: string; run(s: Shape, d: Data): void }
interface Data { A: Float32Array; B: Float32Array; C: Float32Array; out: Float32Array }

/** The epilogue of a generated kernel, reduced to a store: out[i, j] = C[i·ld + j] + 1. */
function epilogue(C: Float32Array, ld: number, out: Float32Array, M: number, N: number): void {
  for (let i = 0; i < M; i++) {
    const ci = i * ld;
    for (let j = 0; j < N; j++) out[i * N + j] = C[ci + j]! + 1;
  }
}

const MR = GEMM_MR;
const NR = 4 * GEMM_NV;
const contestants: Contestant[] = [
  {
    name: 'kernel',
    run: (s) => {
      const mb = Math.ceil(s.M / MR), nb = Math.ceil(s.N / NR);
      const ap = mb * MR * nb * NR, bp = ap + mb * MR * s.K;
      if (wasm.mem.buffer.byteLength < (bp + nb * NR * s.K) * 4) wasm.mem.grow(Math.ceil(((bp + nb * NR * s.K) * 4 - wasm.mem.buffer.byteLength) / 65536));
      wasm.gemm(ap * 4, MR * 4, s.K * MR * 4, 4, bp * 4, NR * 4, s.K * NR * 4, 0, mb, nb, s.K, nb * NR * 4);
    },
  },
  {
    name: 'view',
    run: (s, d) => { helpers.loom_gemm_view(s.M, s.N, s.K, Math.ceil(s.N / NR) * NR, d.A, 0, s.a[0], s.a[1], d.B, 0, s.b[0], s.b[1]); },
  },
  ...(baseline ? [{
    name: 'base',
    run: (s: Shape, d: Data) => { if (levelsOk(s)) baseline(d.C, s.M, s.N, s.K, d.A, 0, s.a[0], s.a[1], d.B, 0, s.b[0], s.b[1]); },
  }] : []),
  {
    name: 'view+epi',
    run: (s, d) => {
      const ldc = Math.ceil(s.N / NR) * NR;
      epilogue(helpers.loom_gemm_view(s.M, s.N, s.K, ldc, d.A, 0, s.a[0], s.a[1], d.B, 0, s.b[0], s.b[1]), ldc, d.out, s.M, s.N);
    },
  },
  {
    name: 'blocked',
    run: (s, d) => { blocked.get(s)!({ A: d.A, B: d.B, out: d.out }, {}); },
  },
  // The system BLAS the js backend uses under Node (runtime/backends/js/native-gemm.ts), through the
  // helper exactly as kernels call it (multi-level strides: one BLAS product per block), when one loads.
  ...(blasHelpers ? [{
    name: 'blas',
    run: (s: Shape, d: Data) => { blasHelpers.loom_gemm_view(s.M, s.N, s.K, Math.ceil(s.N / NR) * NR, d.A, 0, s.a[0], s.a[1], d.B, 0, s.b[0], s.b[1]); },
  }, {
    name: 'blas+epi',
    run: (s: Shape, d: Data) => {
      const ldc = Math.ceil(s.N / NR) * NR;
      epilogue(blasHelpers.loom_gemm_view(s.M, s.N, s.K, ldc, d.A, 0, s.a[0], s.a[1], d.B, 0, s.b[0], s.b[1]), ldc, d.out, s.M, s.N);
    },
  }] : []),
  {
    name: 'copy+epi',
    run: (s, d) => {
      if (baseline && !levelsOk(s)) return;
      d.C.fill(0);
      (baseline ?? helpers.loom_gemm)(d.C, s.M, s.N, s.K, d.A, 0, s.a[0], s.a[1], d.B, 0, s.b[0], s.b[1]);
      epilogue(d.C, s.N, d.out, s.M, s.N);
    },
  },
];

/** The template's register-blocked loops for each shape, storing C + 1 like `epilogue`. */
const stride = (x: number | number[]): Stride =>
  (typeof x === 'number' ? x : Array.from({ length: x.length / 2 }, (_, l): GemmLevel => ({ size: x[2 * l]!, stride: x[2 * l + 1]! })));
const blocked = new Map(shapes.map((s) => {
  const A = k.buffer('A', 'f32', s.M * s.K, 'read');
  const B = k.buffer('B', 'f32', s.K * s.N, 'read');
  const out = k.buffer('out', 'f32', s.M * s.N, 'write');
  const kernel = matmulKernel({
    signature: { name: 'mm', buffers: [A, B, out] }, launch: 'serial', cpuGemm: false, M: s.M, N: s.N, K: s.K,
    a: { kind: 'strided', buffer: A, rowStride: stride(s.a[0]), colStride: stride(s.a[1]) },
    b: { kind: 'strided', buffer: B, rowStride: stride(s.b[0]), colStride: stride(s.b[1]) },
    epilogue: (acc, i, j) => [k.store(out, k.add(k.mul(i, s.N), j), k.add(acc, 1))],
  });
  return [s, compileJsKernel(kernel)] as const;
}));

const data = shapes.map((s, i): Data => ({
  A: random(s.M * s.K, i), B: random(s.K * s.N, i + 100), C: new Float32Array(s.M * s.N), out: new Float32Array(s.M * s.N),
}));
const times = shapes.map(() => contestants.map((): number[] => []));
for (let round = -1; round < rounds; round++) { // round -1 warms up
  shapes.forEach((s, si) => {
    const reps = Math.max(1, Math.round((cpu ? 2e8 : 3e7) / (2 * s.M * s.N * s.K)));
    contestants.forEach((_, r) => {
      const c = contestants[(r + round + 1) % contestants.length]!;
      const t0 = clock();
      for (let rep = 0; rep < reps; rep++) c.run(s, data[si]!);
      if (round >= 0) times[si]![contestants.indexOf(c)]!.push((clock() - t0) / reps);
    });
  });
}

const { loadavg } = await import('node:os');
console.log(`GFLOP/s of the median call (${cpu ? 'CPU time' : 'wall clock'}), ${rounds} interleaved rounds (load average ${loadavg().map((x) => x.toFixed(2)).join(', ')})\n`);
console.log(`| shape | M | N | K | ${contestants.map((c) => c.name).join(' | ')} |`);
console.log(`| :-- | --: | --: | --: | ${contestants.map(() => '--:').join(' | ')} |`);
shapes.forEach((s, si) => {
  const gf = (ci: number) => {
    if ((contestants[ci]!.name === 'base' || (baseline && contestants[ci]!.name === 'copy+epi')) && !levelsOk(s)) return 'n/a';
    return (2 * s.M * s.N * s.K / median(times[si]![ci]!) / 1e6).toFixed(1);
  };
  console.log(`| ${s.name} | ${s.M} | ${s.N} | ${s.K} | ${contestants.map((_, ci) => gf(ci)).join(' | ')} |`);
});
