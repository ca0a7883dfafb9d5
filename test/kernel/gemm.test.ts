// The CPU gemm intrinsic: the IR statement (builder, verifier, printer), the
// JS helper (WebAssembly SIMD micro-kernel and its plain-JS fallback) against
// a naive loop, the matmul template's use of it, and WGSL's refusal.
import { describe, expect, it } from 'vitest';
import { k } from '../../compiler/kernel/build.ts';
import type { KExpr, KStmt, Kernel } from '../../compiler/kernel/ir.ts';
import { GEMM_VIEW_ALIGN, KernelError } from '../../compiler/kernel/ir.ts';
import { printKernel } from '../../compiler/render/kernel-ir.ts';
import { matmulKernel, storeStrided } from '../../compiler/kernel/templates/index.ts';
import { GEMM_SCRATCH_FLOATS } from '../../compiler/kernel/templates/matmul-cpu.ts';
import { verifyKernel } from '../../compiler/kernel/verify.ts';
import { compileJsKernel, renderJs } from '../../compiler/render/js.ts';
import { GEMM_NV, gemmHelpers, gemmWasmBytes } from '../../compiler/render/wasm-gemm.ts';
import { renderWgsl } from '../../compiler/render/wgsl.ts';
import { buf, maxAbsDiff, offsetOf, randomArray, referenceMatmul } from './fixtures.ts';

/** A stride: a number, or flat multi-level [size, stride, …] (outermost first). */
type S = number | number[];

// A fresh globalThis stand-in: these are the helpers' own paths, never a BLAS a session installed
// (that path: test/kernel/native-gemm.test.ts).
const wasmHelpers = gemmHelpers();
/** The same helpers on a host without WebAssembly: the plain-JS path. */
const plainHelpers = gemmHelpers({}, undefined);
const wasmGemm = wasmHelpers.loom_gemm;
const plainGemm = plainHelpers.loom_gemm;

interface Layout { aOff: number; aRs: number; aCs: number; bOff: number; bRs: number; bCs: number; aLen: number; bLen: number }

/** Row-major or transposed storage of A (M×K) and B (K×N), after a few leading pad elements. */
function layout(M: number, N: number, K: number, transA: boolean, transB: boolean): Layout {
  const aOff = 3;
  const bOff = 5;
  return {
    aOff, bOff,
    aRs: transA ? 1 : K, aCs: transA ? M : 1,
    bRs: transB ? 1 : N, bCs: transB ? K : 1,
    aLen: aOff + M * K, bLen: bOff + K * N,
  };
}

const shapes: [number, number, number][] = [
  [1, 1, 1], [5, 7, 3], [13, 9, 17], [4, 8, 1], [17, 33, 70], [64, 64, 16], [3, 130, 5],
  [261, 19, 530], // cache blocks: two of rows (256 + 5), three of k (256 + 256 + 18) adding to C
];

describe('loom_gemm helper', () => {
  it('assembles a valid WebAssembly SIMD module, whose panel width is the view row-stride alignment', () => {
    expect(WebAssembly.validate(gemmWasmBytes())).toBe(true);
    // Templates round a view's ldc up to GEMM_VIEW_ALIGN; whole B panels then store straight into it.
    expect(GEMM_VIEW_ALIGN).toBe(4 * GEMM_NV);
    for (const [MR, NV] of [[5, 2], [6, 2], [4, 3]]) expect(WebAssembly.validate(gemmWasmBytes(MR, NV))).toBe(true);
  });

  for (const [name, gemm] of [['wasm', wasmGemm], ['plain JS', plainGemm]] as const) {
    it.each(shapes.flatMap(([M, N, K]) => [[M, N, K, false, false], [M, N, K, true, false], [M, N, K, false, true], [M, N, K, true, true]] as const))(
      `${name}: M=%i N=%i K=%i (Aᵀ %s, Bᵀ %s) matches a naive loop`, (M, N, K, transA, transB) => {
        const l = layout(M, N, K, transA, transB);
        const A = randomArray(l.aLen, M * 7 + K);
        const B = randomArray(l.bLen, N * 11 + K);
        const C = new Float32Array(M * N + 4).fill(99);
        gemm(C, M, N, K, A, l.aOff, l.aRs, l.aCs, B, l.bOff, l.bRs, l.bCs);
        const ref = referenceMatmul(M, N, K, 1, (_, i, q) => A[l.aOff + i * l.aRs + q * l.aCs]!, (_, q, j) => B[l.bOff + q * l.bRs + j * l.bCs]!);
        expect(maxAbsDiff(C.subarray(0, M * N), ref)).toBeLessThan(1e-5 * Math.sqrt(K));
        expect([...C.subarray(M * N)]).toEqual([99, 99, 99, 99]); // nothing written past M·N
      },
    );

    it(`${name}: K = 0 gives zeros, and a second, larger call grows the memory`, () => {
      const C = new Float32Array(6).fill(1);
      gemm(C, 2, 3, 0, new Float32Array(0), 0, 0, 1, new Float32Array(0), 0, 3, 1);
      expect([...C]).toEqual([0, 0, 0, 0, 0, 0]);
      const [M, N, K] = [300, 301, 130];
      const A = randomArray(M * K, 1);
      const B = randomArray(K * N, 2);
      const big = new Float32Array(M * N);
      gemm(big, M, N, K, A, 0, K, 1, B, 0, N, 1);
      const ref = referenceMatmul(M, N, K, 1, (_, i, q) => A[i * K + q]!, (_, q, j) => B[q * N + j]!);
      expect(maxAbsDiff(big, ref)).toBeLessThan(1e-4);
    });
  }

  // The attention output projection o[b, h, t, k] · wo[(h k), d] and its weight gradient oᵀ · dY:
  // rows (b, t) and k (h, k) of o are two levels each (nb = 2, nh = 3, T = 5, hk = 4; d = 7).
  const [nb, nh, T, hk, D] = [2, 3, 5, 4, 7];
  const bt: S = [nb, nh * T * hk, T, hk];
  const h: S = [nh, T * hk, hk, 1];
  const levelCases: [string, number, number, number, S, S, S, S][] = [
    ['o·wo (A rows and k in levels)', nb * T, D, nh * hk, bt, h, D, 1],
    ['oᵀ·dY (A rows and k in levels)', nh * hk, D, nb * T, h, bt, D, 1],
    ['dYᵀ·o (B k and columns in levels)', D, nh * hk, nb * T, 1, D, bt, h],
    ['levels with a broadcast (stride 0) outer level and padding-sized N', 6, 13, 10, [2, 0, 3, 10], 1, 13, 1],
  ];
  for (const [name, helpers] of [['wasm', wasmHelpers], ['plain JS', plainHelpers]] as const) {
    it.each(levelCases)(`${name}: %s matches a naive loop, copied and as a view`, (_, M, N, K, aRs, aCs, bRs, bCs) => {
      const A = randomArray(nb * nh * T * hk * 2 + 3, M + K);
      const B = randomArray(nb * nh * T * hk * 2 + 5, N + K);
      const ref = referenceMatmul(M, N, K, 1, (_b, i, q) => A[3 + offsetOf(aRs, i) + offsetOf(aCs, q)]!, (_b, q, j) => B[5 + offsetOf(bRs, q) + offsetOf(bCs, j)]!);
      const C = new Float32Array(M * N);
      helpers.loom_gemm(C, M, N, K, A, 3, aRs, aCs, B, 5, bRs, bCs);
      expect(maxAbsDiff(C, ref)).toBeLessThan(1e-5);
      const ldc = Math.ceil(N / 8) * 8;
      const view = helpers.loom_gemm_view(M, N, K, ldc, A, 3, aRs, aCs, B, 5, bRs, bCs);
      const rows = Array.from({ length: M }, (_r, i) => [...view.subarray(i * ldc, i * ldc + N)]).flat();
      expect(maxAbsDiff(rows, ref)).toBeLessThan(1e-5);
    });

    it(`${name}: a view holds C at any row stride ≥ N (narrower or wider than whole panels), and K = 0 gives zeros`, () => {
      const [M, N, K] = [9, 13, 6];
      const A = randomArray(M * K, 11);
      const B = randomArray(K * N, 12);
      const ref = referenceMatmul(M, N, K, 1, (_b, i, q) => A[i * K + q]!, (_b, q, j) => B[q * N + j]!);
      for (const ldc of [13, 14, 16, 21]) {
        const view = helpers.loom_gemm_view(M, N, K, ldc, A, 0, K, 1, B, 0, N, 1);
        const rows = Array.from({ length: M }, (_r, i) => [...view.subarray(i * ldc, i * ldc + N)]).flat();
        expect(maxAbsDiff(rows, ref)).toBeLessThan(1e-5);
      }
      const zero = helpers.loom_gemm_view(M, N, 0, 16, A, 0, K, 1, B, 0, N, 1);
      expect([...zero.subarray(0, M * 16)].every((v) => v === 0)).toBe(true);
    });
  }

  it('wasm: contiguous operands (copied into the heap as they are) and strided ones (packed) give the same C', () => {
    // Row-major A, k-major A, row-major B are copied; the same data with a row stride one wider is packed.
    const [M, N, K] = [37, 29, 19];
    const A = randomArray((M + 1) * (K + 1), 21);
    const B = randomArray((K + 1) * (N + 1), 22);
    const ref = (aRs: number, aCs: number, bRs: number, bCs: number) =>
      referenceMatmul(M, N, K, 1, (_b, i, q) => A[i * aRs + q * aCs]!, (_b, q, j) => B[q * bRs + j * bCs]!);
    for (const [aRs, aCs, bRs, bCs] of [[K, 1, N, 1], [K + 1, 1, N + 1, 1], [1, M, N, 1], [1, M + 1, 1, K]]) {
      const C = new Float32Array(M * N);
      wasmGemm(C, M, N, K, A, 0, aRs!, aCs!, B, 0, bRs!, bCs!);
      expect(maxAbsDiff(C, ref(aRs!, aCs!, bRs!, bCs!))).toBeLessThan(1e-5);
    }
  });
});

/** A hand-built serial kernel: C = A·B through `gemm`, then an epilogue loop storing 2·C + 1. */
function gemmKernel(M: number, N: number, K: number, l: Layout, scratchSize = M * N): Kernel {
  const A = buf('A', l.aLen, 'read');
  const B = buf('B', l.bLen, 'read');
  const C = buf('C', M * N, 'write');
  const tile = k.workgroupArray('tile', 'f32', scratchSize);
  const i = k.variable('i', 'i32');
  return k.kernel({
    name: 'g', buffers: [A, B, C], launch: k.serial(), loc: 'm.loom:1:1',
    body: [
      tile,
      k.gemm({ out: tile, M, N, K, a: { buffer: A, offset: l.aOff, rowStride: l.aRs, colStride: l.aCs }, b: { buffer: B, offset: l.bOff, rowStride: l.bRs, colStride: l.bCs } }),
      k.for(i, 0, M * N, (iv) => [k.store(C, iv, k.add(k.mul(k.wgLoad(tile, iv), 2), 1))]),
    ],
  });
}

describe('gemm statement', () => {
  it('renders to a loom_gemm call, emitted once per module, and computes the product', () => {
    const [M, N, K] = [11, 19, 23];
    const l = layout(M, N, K, true, false);
    const kern = gemmKernel(M, N, K, l);
    const r = renderJs(kern);
    // The JS loops call the helper; the epilogue's WebAssembly SIMD module calls it through an import.
    expect(r.helpers).toEqual(['gemm', 'scratch', 'simd']);
    expect(r.source).toContain('loom_gemm(tile, 11, 19, 23, A, 3, 1, 11, B, 5, 19, 1);');
    expect(renderJs(kern, { simd: false }).helpers).toEqual(['gemm', 'scratch']);
    const a = randomArray(l.aLen, 3);
    const b = randomArray(l.bLen, 4);
    const out = new Float32Array(M * N);
    compileJsKernel(kern)({ A: a, B: b, C: out }, {});
    const ref = referenceMatmul(M, N, K, 1, (_, i, q) => a[l.aOff + i + q * M]!, (_, q, j) => b[l.bOff + q * N + j]!).map((v) => 2 * v + 1);
    expect(maxAbsDiff(out, ref)).toBeLessThan(1e-5);
  });

  it('keeps serial scratch arrays across calls, zeroed at the start of each', () => {
    const out = buf('out', 2, 'write');
    const tile = k.workgroupArray('acc', 'f32', 2);
    const kern = k.kernel({
      name: 'count', buffers: [out], launch: k.serial(),
      body: [tile, k.wgStore(tile, 1, k.add(k.wgLoad(tile, 1), 1)), k.store(out, 0, k.wgLoad(tile, 0)), k.store(out, 1, k.wgLoad(tile, 1))],
    });
    expect(renderJs(kern).source).toContain('const acc = loom_scratch("count.acc", Float32Array, 2);');
    const fn = compileJsKernel(kern);
    for (let call = 0; call < 3; call++) {
      const o = new Float32Array(2);
      fn({ out: o }, {});
      expect([...o]).toEqual([0, 1]);
    }
  });

  it('prints in the stable text form', () => {
    expect(printKernel(gemmKernel(2, 3, 4, layout(2, 3, 4, false, false)))).toContain(
      '  gemm tile[2, 3] = A[3; 4, 1] * B[5; 3, 1] over k < 4\n',
    );
  });

  it('renders and prints a view with multi-level strides', () => {
    const A = buf('A', 64, 'read');
    const B = buf('B', 64, 'read');
    const C = buf('C', 24, 'write');
    const i = k.variable('i', 'i32');
    const view = { name: 'c', type: 'f32' as const };
    const kern = k.kernel({
      name: 'v', buffers: [A, B, C], launch: k.serial(),
      body: [
        k.gemm({ out: view, ldc: 8, M: 4, N: 6, K: 3, a: { buffer: A, offset: 1, rowStride: [{ size: 2, stride: 20 }, { size: 2, stride: 4 }], colStride: 1 }, b: { buffer: B, rowStride: 6, colStride: 1 } }),
        k.for(i, 0, 24, (iv) => [k.store(C, iv, k.wgLoad(view, k.add(k.mul(k.idiv(iv, 6), 8), k.mod(iv, 6))))]),
      ],
    });
    expect(verifyKernel(kern)).toEqual([]);
    expect(printKernel(kern)).toContain('  gemm view c[4, 6; ldc 8] = A[1; [2:20, 2:4], 1] * B[0; 6, 1] over k < 3\n');
    expect(renderJs(kern).source).toContain('const c = loom_gemm_view(4, 6, 3, 8, A, 1, [2, 20, 2, 4], 1, B, 0, 6, 1);');
    const a = randomArray(64, 31);
    const b = randomArray(64, 32);
    const out = new Float32Array(24);
    compileJsKernel(kern)({ A: a, B: b, C: out }, {});
    const ref = referenceMatmul(4, 6, 3, 1, (_, r, q) => a[1 + (r >> 1) * 20 + (r & 1) * 4 + q]!, (_, q, j) => b[q * 6 + j]!);
    expect(maxAbsDiff(out, ref)).toBeLessThan(1e-5);
  });

  it('verifies views: read-only, gone after the next gemm, never an operand; ldc ≥ N; levels well formed', () => {
    const A = buf('A', 64, 'read');
    const C = buf('C', 16, 'write');
    const view = { name: 'c', type: 'f32' as const };
    const other = { name: 'd', type: 'f32' as const };
    const gemm = (out = view, extra: Partial<Parameters<typeof k.gemm>[0]> = {}) =>
      k.gemm({ out, ldc: 8, M: 2, N: 8, K: 2, a: { buffer: A, rowStride: 2, colStride: 1 }, b: { buffer: A, rowStride: 8, colStride: 1 }, ...extra });
    const kernel = (body: KStmt[]): Kernel => k.kernel({ name: 'v', buffers: [A, C], launch: k.serial(), body });
    expect(verifyKernel(kernel([gemm(), k.store(C, 0, k.wgLoad(view, 0))]))).toEqual([]);
    expect(verifyKernel(kernel([gemm(), k.wgStore(view, 0, 1)]))).toContain('store to "c", a read-only gemm result view');
    expect(verifyKernel(kernel([gemm(), gemm(other), k.store(C, 0, k.wgLoad(view, 0))]))).toContain('load from unknown workgroup array "c"');
    expect(verifyKernel(kernel([gemm(), gemm(other, { a: { buffer: { name: 'c', dtype: 'f32' }, rowStride: 8, colStride: 1 } })]))).toContain(
      'gemm operand a reads "c", a gemm view that this gemm overwrites',
    );
    expect(verifyKernel(kernel([gemm(view, { ldc: 7 })]))).toContain('gemm view "c" has row stride ldc 7 < N 8');
    expect(verifyKernel(kernel([gemm(view, { a: { buffer: A, rowStride: [{ size: 0, stride: 4 }], colStride: 1 } })]))).toContain(
      'gemm operand a rowStride: levels must be non-empty (size ≥ 1, integer stride), got [{"size":0,"stride":4}]',
    );
  });

  it('is rejected in grid kernels, into missing or small scratch, and on non-f32 operands', () => {
    const l = layout(4, 4, 4, false, false);
    const good = gemmKernel(4, 4, 4, l);
    expect(verifyKernel(good)).toEqual([]);
    expect(verifyKernel({ ...good, launch: k.grid([1, 1, 1], [1, 1, 1]) })).toContain(
      'gemm in a grid kernel (the gemm intrinsic is CPU-only: serial launches)',
    );
    expect(verifyKernel(gemmKernel(4, 4, 4, l, 15))).toContain('gemm writes 4×4 elements into "tile", which holds 15');
    const gemm = good.body[1] as Extract<KStmt, { kind: 'gemm' }>;
    expect(verifyKernel({ ...good, body: [gemm] })).toContain('gemm into unknown scratch array "tile"');
    const ints = k.buffer('I', 'i32', 16, 'read');
    expect(verifyKernel({ ...good, buffers: [...good.buffers, ints], body: [good.body[0]!, { ...gemm, b: { ...gemm.b, buffer: 'I' } }] })).toContain(
      'gemm operand b reads "I" (i32); gemm operands must be f32',
    );
  });

  it('is refused by the WGSL renderer with a clear error', () => {
    const kern = gemmKernel(4, 4, 4, layout(4, 4, 4, false, false));
    expect(() => renderWgsl(kern)).toThrow(KernelError);
    expect(() => renderWgsl(kern)).toThrow(
      'kernel "g" (m.loom:1:1): cannot render WGSL: the gemm intrinsic is CPU-only (serial JS kernels); lower matmuls for WebGPU with a grid launch',
    );
  });
});

describe('serial matmul template through gemm', () => {
  const rowMajorOut = (M: number, N: number, batch: number) => {
    const C = buf('C', batch * M * N, 'write');
    return { C, epilogue: (acc: KExpr, i: KExpr, j: KExpr, b: KExpr) => storeStrided({ buffer: C, rowStride: N, colStride: 1, batchStride: M * N })(acc, i, j, b) };
  };

  it('uses gemm for strided operands and for computed ones that are affine in row and column', () => {
    // Batch = (b, h) with strides that do not merge (A[b, i, h, q]): the operand is "computed", but affine in i and q.
    const [nb, nh, M, K, N] = [2, 3, 5, 7, 9];
    const batch = nb * nh;
    const a = randomArray(nb * M * nh * K, 1);
    const b = randomArray(K * N, 2);
    const A = buf('A', a.length, 'read');
    const B = buf('B', b.length, 'read');
    const { C, epilogue } = rowMajorOut(M, N, batch);
    const aAt = (t: number, i: number, q: number) => ((Math.floor(t / nh) * M + i) * nh + (t % nh)) * K + q;
    const kern = matmulKernel({
      signature: { name: 'attn', buffers: [A, B, C] }, launch: 'serial', M, N, K, batch,
      a: {
        kind: 'computed',
        load: (i, q, t) => k.load(A, k.add(k.mul(k.add(k.mul(k.add(k.mul(k.idiv(t, nh), M), i), nh), k.mod(t, nh)), K), q)),
      },
      b: { kind: 'strided', buffer: B, rowStride: N, colStride: 1, batchStride: 0 },
      epilogue,
    });
    expect(renderJs(kern).source).toContain('loom_gemm_view(');
    const out = new Float32Array(batch * M * N);
    compileJsKernel(kern)({ A: a, B: b, C: out }, {});
    const ref = referenceMatmul(M, N, K, batch, (t, i, q) => a[aAt(t, i, q)]!, (_, q, j) => b[q * N + j]!);
    expect(maxAbsDiff(out, ref)).toBeLessThan(1e-5);
  });

  it('runs multi-level operands through gemm, and bands tall ones on whole outer digits', () => {
    // A[r, q] of a [X, 12, 2] tensor read with rows (x, i) = two levels (x outer, i inner, 12 of them),
    // cols q, stride 1; a transposed copy layout makes the levels not merge. N = 1024 forces bands.
    const [X, I, K, N] = [86, 12, 2, 1024];
    const M = X * I;
    const a = randomArray(I * X * K, 41); // stored [i, x, q]
    const b = randomArray(K * N, 42);
    const A = buf('A', a.length, 'read');
    const B = buf('B', b.length, 'read');
    const { C, epilogue } = rowMajorOut(M, N, 1);
    const kern = matmulKernel({
      signature: { name: 'lv', buffers: [A, B, C] }, launch: 'serial', M, N, K, epilogue,
      a: { kind: 'strided', buffer: A, rowStride: [{ size: X, stride: K }, { size: I, stride: X * K }], colStride: 1 },
      b: { kind: 'strided', buffer: B, rowStride: N, colStride: 1 },
    });
    const band = kern.body.find((s) => s.kind === 'for');
    // Bands are a multiple of lcm(4, 12) rows that fit GEMM_SCRATCH_FLOATS: 85 × 12.
    expect(band?.kind === 'for' && band.step.kind === 'const' && band.step.value).toBe(1020);
    expect(renderJs(kern).source).toContain('[86, 2, 12, 172]');
    const out = new Float32Array(M * N);
    compileJsKernel(kern)({ A: a, B: b, C: out }, {});
    const ref = referenceMatmul(M, N, K, 1, (_, r, q) => a[(r % I) * X * K + Math.floor(r / I) * K + q]!, (_, q, j) => b[q * N + j]!);
    expect(maxAbsDiff(out, ref)).toBeLessThan(1e-5);
  });

  it('keeps the register-blocked loops for producers that are not plain loads, and for a dynamic N', () => {
    const A = buf('A', 16, 'read');
    const B = buf('B', 16, 'read');
    const { C, epilogue } = rowMajorOut(4, 4, 1);
    const base = { signature: { name: 'm', buffers: [A, B, C] }, launch: 'serial' as const, M: 4, K: 4, epilogue, b: { kind: 'strided' as const, buffer: B, rowStride: 4, colStride: 1 } };
    const relu = matmulKernel({ ...base, N: 4, a: { kind: 'computed', load: (i, q) => k.max(k.load(A, k.add(k.mul(i, 4), q)), 0) } });
    expect(renderJs(relu).source).not.toContain('loom_gemm');
    const n = k.uniformParam('n', 'i32');
    const dyn = matmulKernel({ ...base, signature: { ...base.signature, uniforms: [n] }, N: k.uniform(n), a: { kind: 'strided', buffer: A, rowStride: 4, colStride: 1 } });
    expect(renderJs(dyn).source).not.toContain('loom_gemm');
  });

  it('runs products larger than the scratch limit in bands of rows, and dynamic M', () => {
    const N = 1024;
    const M = Math.floor(GEMM_SCRATCH_FLOATS / N) + 6;
    const K = 2;
    const a = randomArray(M * K, 5);
    const b = randomArray(K * N, 6);
    const A = buf('A', a.length, 'read');
    const B = buf('B', b.length, 'read');
    const { C, epilogue } = rowMajorOut(M, N, 1);
    const kern = matmulKernel({
      signature: { name: 'tall', buffers: [A, B, C] }, launch: 'serial', M, N, K, epilogue,
      a: { kind: 'strided', buffer: A, rowStride: K, colStride: 1 },
      b: { kind: 'strided', buffer: B, rowStride: N, colStride: 1 },
    });
    // One band of rows per gemm call, each at most GEMM_SCRATCH_FLOATS of C (row stride N = 1024).
    const band = kern.body.find((s) => s.kind === 'for');
    expect(band?.kind === 'for' && band.step.kind === 'const' && band.step.value * N).toBeLessThanOrEqual(GEMM_SCRATCH_FLOATS);
    expect(band?.kind === 'for' && band.step.kind === 'const' && band.step.value).toBe(1024);
    const out = new Float32Array(M * N);
    compileJsKernel(kern)({ A: a, B: b, C: out }, {});
    const ref = referenceMatmul(M, N, K, 1, (_, i, q) => a[i * K + q]!, (_, q, j) => b[q * N + j]!);
    expect(maxAbsDiff(out, ref)).toBeLessThan(1e-5);

    const um = k.uniformParam('M', 'i32');
    const m = k.uniform(um);
    const [Md, Nd, Kd] = [37, 6, 5];
    const Ad = k.buffer('A', 'f32', k.mul(m, Kd), 'read');
    const Bd = buf('B', Kd * Nd, 'read');
    const Cd = k.buffer('C', 'f32', k.mul(m, Nd), 'write');
    const dyn = matmulKernel({
      signature: { name: 'dyn', buffers: [Ad, Bd, Cd], uniforms: [um] }, launch: 'serial', M: m, N: Nd, K: Kd,
      a: { kind: 'strided', buffer: Ad, rowStride: Kd, colStride: 1 },
      b: { kind: 'strided', buffer: Bd, rowStride: Nd, colStride: 1 },
      epilogue: (acc, i, j) => [k.store(Cd, k.add(k.mul(i, Nd), j), acc)],
    });
    expect(renderJs(dyn).source).toContain('loom_gemm_view(');
    const ad = randomArray(Md * Kd, 7);
    const bd = randomArray(Kd * Nd, 8);
    const od = new Float32Array(Md * Nd);
    compileJsKernel(dyn)({ A: ad, B: bd, C: od }, { M: Md });
    const refd = referenceMatmul(Md, Nd, Kd, 1, (_, i, q) => ad[i * Kd + q]!, (_, q, j) => bd[q * Nd + j]!);
    expect(maxAbsDiff(od, refd)).toBeLessThan(1e-5);
  });
});
