import { describe, expect, it } from 'vitest';
import { k } from '../../compiler/kernel/build.ts';
import { launchWorkgroups } from '../../compiler/kernel/eval.ts';
import type { KExpr } from '../../compiler/kernel/ir.ts';
import { workgroupBytes } from '../../compiler/kernel/ir.ts';
import { matmulKernel, storeStrided } from '../../compiler/kernel/templates/index.ts';
import type { MatmulOptions } from '../../compiler/kernel/templates/index.ts';
import { compileJsKernel } from '../../compiler/render/js.ts';
import { buf, maxAbsDiff, randomArray, referenceMatmul } from './fixtures.ts';

type Variant = { launch: 'serial' | 'grid'; gpuTile?: '16x16' | '64x64'; cpuBlock?: [number, number]; cpuGemm?: boolean };
const variants: [string, Variant][] = [
  ['serial gemm', { launch: 'serial' }],
  ['serial 4x8', { launch: 'serial', cpuGemm: false }],
  ['serial 1x1', { launch: 'serial', cpuBlock: [1, 1], cpuGemm: false }],
  ['serial 3x5', { launch: 'serial', cpuBlock: [3, 5], cpuGemm: false }],
  ['grid 16x16', { launch: 'grid', gpuTile: '16x16' }],
  ['grid 64x64', { launch: 'grid', gpuTile: '64x64' }],
];

/** Row-major C[b, i, j] output and its epilogue. */
function rowMajorOut(M: number, N: number, batch = 1) {
  const C = buf('C', batch * M * N, 'write');
  return { C, epilogue: (acc: KExpr, i: KExpr, j: KExpr, b: KExpr) => storeStrided({ buffer: C, rowStride: N, colStride: 1, batchStride: M * N })(acc, i, j, b) };
}

function run(opts: MatmulOptions, buffers: Record<string, Float32Array>, uniforms: Record<string, number> = {}) {
  compileJsKernel(matmulKernel(opts))(buffers, uniforms);
}

describe.each(variants)('matmul (%s)', (_, v) => {
  const variant = {
    launch: v.launch, ...(v.gpuTile ? { gpuTile: v.gpuTile } : {}), ...(v.cpuBlock ? { cpuBlock: v.cpuBlock } : {}),
    ...(v.cpuGemm !== undefined ? { cpuGemm: v.cpuGemm } : {}),
  };

  it('multiplies odd sizes (17×33 by 33×9)', () => {
    const [M, K, N] = [17, 33, 9];
    const a = randomArray(M * K, 1);
    const b = randomArray(K * N, 2);
    const A = buf('A', M * K, 'read');
    const B = buf('B', K * N, 'read');
    const { C, epilogue } = rowMajorOut(M, N);
    const out = new Float32Array(M * N);
    run({
      ...variant, signature: { name: 'mm', buffers: [A, B, C] }, M, N, K,
      a: { kind: 'strided', buffer: A, rowStride: K, colStride: 1 },
      b: { kind: 'strided', buffer: B, rowStride: N, colStride: 1 },
      epilogue,
    }, { A: a, B: b, C: out });
    const ref = referenceMatmul(M, N, K, 1, (_, i, q) => a[i * K + q]!, (_, q, j) => b[q * N + j]!);
    expect(maxAbsDiff(out, ref)).toBeLessThan(1e-5);
  });

  it('reads transposed operands through strides (Aᵀ stored K×M, Bᵀ stored N×K)', () => {
    const [M, K, N] = [17, 9, 33];
    const at = randomArray(K * M, 3); // at[q, i] = A[i, q]
    const bt = randomArray(N * K, 4); // bt[j, q] = B[q, j]
    const A = buf('At', K * M, 'read');
    const B = buf('Bt', N * K, 'read');
    const { C, epilogue } = rowMajorOut(M, N);
    const out = new Float32Array(M * N);
    run({
      ...variant, signature: { name: 'mm_tt', buffers: [A, B, C] }, M, N, K,
      a: { kind: 'strided', buffer: A, rowStride: 1, colStride: M },
      b: { kind: 'strided', buffer: B, rowStride: 1, colStride: K },
      epilogue,
    }, { At: at, Bt: bt, C: out });
    const ref = referenceMatmul(M, N, K, 1, (_, i, q) => at[q * M + i]!, (_, q, j) => bt[j * K + q]!);
    expect(maxAbsDiff(out, ref)).toBeLessThan(1e-5);
  });

  it('batches, with a broadcast (batch-stride 0) right operand and an offset', () => {
    const [batch, M, K, N] = [3, 10, 7, 13];
    const a = randomArray(batch * M * K, 5);
    const b = randomArray(5 + K * N, 6); // B starts at offset 5, shared by every batch
    const A = buf('A', a.length, 'read');
    const B = buf('B', b.length, 'read');
    const { C, epilogue } = rowMajorOut(M, N, batch);
    const out = new Float32Array(batch * M * N);
    run({
      ...variant, signature: { name: 'bmm', buffers: [A, B, C] }, M, N, K, batch,
      a: { kind: 'strided', buffer: A, rowStride: K, colStride: 1, batchStride: M * K },
      b: { kind: 'strided', buffer: B, rowStride: N, colStride: 1, batchStride: 0, offset: 5 },
      epilogue,
    }, { A: a, B: b, C: out });
    const ref = referenceMatmul(M, N, K, batch, (t, i, q) => a[(t * M + i) * K + q]!, (_, q, j) => b[5 + q * N + j]!);
    expect(maxAbsDiff(out, ref)).toBeLessThan(1e-5);
  });

  it('reads multi-level operands: heads of an attention output as rows and k, and a two-level batch', () => {
    // o[g, b, h, t, k] · wo[g, (h k), d] per g: rows (b, t), k (h, k) and the batch (g) of o never merge into one stride.
    const [G, nb, nh, T, hk, D] = [2, 2, 3, 5, 4, 7];
    const [M, K, N] = [nb * T, nh * hk, D];
    const o = randomArray(G * nb * nh * T * hk, 7);
    const w = randomArray(G * K * N, 8);
    const A = buf('O', o.length, 'read');
    const B = buf('W', w.length, 'read');
    const { C, epilogue } = rowMajorOut(M, N, G);
    const out = new Float32Array(G * M * N);
    const block = nb * nh * T * hk;
    run({
      ...variant, signature: { name: 'proj', buffers: [A, B, C] }, M, N, K, batch: G,
      a: {
        kind: 'strided', buffer: A, batchStride: [{ size: G, stride: block }],
        rowStride: [{ size: nb, stride: nh * T * hk }, { size: T, stride: hk }],
        colStride: [{ size: nh, stride: T * hk }, { size: hk, stride: 1 }],
      },
      b: { kind: 'strided', buffer: B, rowStride: N, colStride: 1, batchStride: K * N },
      epilogue,
    }, { O: o, W: w, C: out });
    const at = (g: number, i: number, q: number) => g * block + ((Math.floor(i / T) * nh + Math.floor(q / hk)) * T + (i % T)) * hk + (q % hk);
    const ref = referenceMatmul(M, N, K, G, (g, i, q) => o[at(g, i, q)]!, (g, q, j) => w[(g * K + q) * N + j]!);
    expect(maxAbsDiff(out, ref)).toBeLessThan(1e-5);
  });

  it('inlines fused producers and consumers (relu(A)·B + bias, then tanh)', () => {
    const [M, K, N] = [20, 11, 19];
    const a = randomArray(M * K, 7);
    const b = randomArray(K * N, 8);
    const bias = randomArray(N, 9);
    const A = buf('A', M * K, 'read');
    const B = buf('B', K * N, 'read');
    const Bias = buf('bias', N, 'read');
    const C = buf('C', M * N, 'write');
    const out = new Float32Array(M * N);
    run({
      ...variant, signature: { name: 'fused', buffers: [A, B, Bias, C] }, M, N, K,
      a: { kind: 'computed', load: (i, q) => k.max(k.load(A, k.add(k.mul(i, K), q)), 0) },
      b: { kind: 'strided', buffer: B, rowStride: N, colStride: 1 },
      epilogue: (acc, i, j) => [k.store(C, k.add(k.mul(i, N), j), k.tanh(k.add(acc, k.load(Bias, j))))],
    }, { A: a, B: b, bias, C: out });
    const ref = referenceMatmul(M, N, K, 1, (_, i, q) => Math.max(a[i * K + q]!, 0), (_, q, j) => b[q * N + j]!)
      .map((v, idx) => Math.tanh(v + bias[idx % N]!));
    expect(maxAbsDiff(out, ref)).toBeLessThan(1e-5);
  });

  it('takes sizes from uniforms', () => {
    const [M, K, N] = [23, 70, 5];
    const um = k.uniformParam('M', 'i32');
    const un = k.uniformParam('N', 'i32');
    const uk = k.uniformParam('K', 'i32');
    const [m, n, kk] = [k.uniform(um), k.uniform(un), k.uniform(uk)];
    const A = k.buffer('A', 'f32', k.mul(m, kk), 'read');
    const B = k.buffer('B', 'f32', k.mul(kk, n), 'read');
    const C = k.buffer('C', 'f32', k.mul(m, n), 'write');
    const a = randomArray(M * K, 10);
    const b = randomArray(K * N, 11);
    const out = new Float32Array(M * N);
    const kern = matmulKernel({
      ...variant, signature: { name: 'mm_dyn', buffers: [A, B, C], uniforms: [um, un, uk] }, M: m, N: n, K: kk,
      a: { kind: 'strided', buffer: A, rowStride: kk, colStride: 1 },
      b: { kind: 'strided', buffer: B, rowStride: n, colStride: 1 },
      epilogue: (acc, i, j) => [k.store(C, k.add(k.mul(i, n), j), acc)],
    });
    compileJsKernel(kern)({ A: a, B: b, C: out }, { M, N, K });
    const ref = referenceMatmul(M, N, K, 1, (_, i, q) => a[i * K + q]!, (_, q, j) => b[q * N + j]!);
    expect(maxAbsDiff(out, ref)).toBeLessThan(1e-5);
  });
});

describe('GPU matmul layout', () => {
  const A = buf('A', 1, 'read');
  const B = buf('B', 1, 'read');
  const C = buf('C', 1, 'write');
  const base = {
    signature: { name: 'mm', buffers: [A, B, C] }, launch: 'grid' as const,
    a: { kind: 'strided' as const, buffer: A, rowStride: 1, colStride: 1 },
    b: { kind: 'strided' as const, buffer: B, rowStride: 1, colStride: 1 },
    epilogue: () => [],
  };

  it('puts N in x, M in y and the batch in z, and stays within 256 invocations and 16 KiB', () => {
    const simple = matmulKernel({ ...base, M: 100, N: 40, K: 8, batch: 6, gpuTile: '16x16' });
    expect(launchWorkgroups(simple)).toEqual([3, 7, 6]);
    expect(workgroupBytes(simple)).toBe(2048);
    const blocked = matmulKernel({ ...base, M: 100, N: 200, K: 8, batch: 2, gpuTile: '64x64' });
    expect(launchWorkgroups(blocked)).toEqual([4, 2, 2]);
    expect(workgroupBytes(blocked)).toBe(8192);
    for (const kern of [simple, blocked]) expect(kern.launch).toMatchObject({ workgroupSize: [16, 16, 1] });
  });

  it('picks 64×64 tiles unless a constant dimension is below 64 or the workgroup memory is under 8 KiB', () => {
    expect(workgroupBytes(matmulKernel({ ...base, M: 512, N: 512, K: 64 }))).toBe(8192);
    expect(workgroupBytes(matmulKernel({ ...base, M: 512, N: 32, K: 64 }))).toBe(2048);
    const small = { maxWorkgroupsPerDimension: 65535, maxWorkgroupMemoryBytes: 4096 };
    expect(workgroupBytes(matmulKernel({ ...base, M: 512, N: 512, K: 64, limits: small }))).toBe(2048);
  });

  it('spreads more batches than one grid dimension holds over z and y', () => {
    expect(launchWorkgroups(matmulKernel({ ...base, M: 20, N: 40, K: 8, batch: 70000, gpuTile: '16x16' }))).toEqual([3, 4, 35000]);
  });

  it.each(['16x16', '64x64'] as const)('computes every batch of a split grid (%s tiles, 3 workgroups per dimension)', (gpuTile) => {
    const limits = { maxWorkgroupsPerDimension: 3, maxWorkgroupMemoryBytes: 16384 };
    const [batch, M, K, N] = [8, 13, 5, 7]; // one row of tiles: y holds the 3 batches sharing a z
    const a = randomArray(batch * M * K, 11);
    const b = randomArray(batch * K * N, 12);
    const Ab = buf('A', batch * M * K, 'read');
    const Bb = buf('B', batch * K * N, 'read');
    const { C, epilogue } = rowMajorOut(M, N, batch);
    const out = new Float32Array(batch * M * N);
    const kernel = matmulKernel({
      launch: 'grid', gpuTile, limits, signature: { name: 'bmm', buffers: [Ab, Bb, C] }, M, N, K, batch,
      a: { kind: 'strided', buffer: Ab, rowStride: K, colStride: 1, batchStride: M * K },
      b: { kind: 'strided', buffer: Bb, rowStride: N, colStride: 1, batchStride: K * N },
      epilogue,
    });
    expect(Math.max(...launchWorkgroups(kernel))).toBeLessThanOrEqual(3);
    compileJsKernel(kernel)({ A: a, B: b, C: out }, {});
    const ref = referenceMatmul(M, N, K, batch, (t, i, q) => a[(t * M + i) * K + q]!, (t, q, j) => b[(t * K + q) * N + j]!);
    expect(maxAbsDiff(out, ref)).toBeLessThan(1e-5);
  });
});
