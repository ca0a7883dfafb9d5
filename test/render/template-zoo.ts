// One kernel per template variant (small sizes), each with inputs and a
// plain-JS expectation; shared by the WGSL-on-Dawn test so that every
// template's WGSL is compiled and executed.
import { k } from '../../compiler/kernel/build.ts';
import type { KExpr, Kernel } from '../../compiler/kernel/ir.ts';
import { elementwiseKernel, matmulKernel, rowKernel, rowReduceKernel, softmaxKernel, storeStrided } from '../../compiler/kernel/templates/index.ts';
import { erf } from '../../compiler/graph/ops/erf.ts';
import { mix32 } from '../../compiler/graph/random.ts';
import { buf, randomArray, referenceMatmul } from '../kernel/fixtures.ts';
import { hashKernel, rowStatsKernel, scaleKernel } from './samples.ts';

export type HostArray = Float32Array | Int32Array | Uint32Array;

export interface ZooCase {
  readonly kernel: Kernel;
  readonly inputs: Record<string, HostArray>;
  readonly uniforms?: Record<string, number>;
  /** Expected contents of output buffers, and the tolerance (0: bit-exact). */
  readonly expected: Record<string, ArrayLike<number>>;
  readonly tolerance: number;
}

function matmulCase(launch: 'serial' | 'grid', gpuTile: '16x16' | '64x64', batch: number, M: number, K: number, N: number): ZooCase {
  const a = randomArray(batch * M * K, 21);
  const b = randomArray(K * N * batch, 22);
  const A = buf('A', a.length, 'read');
  const B = buf('B', b.length, 'read');
  const C = buf('C', batch * M * N, 'write');
  // B is read transposed (stored [batch, N, K]), so both stride patterns are exercised.
  // Serial: the register-blocked IR loops (every target renders them), not the CPU-only gemm intrinsic.
  const kernel = matmulKernel({
    signature: { name: `mm_${gpuTile}_${launch}`, buffers: [A, B, C] }, launch, gpuTile, M, N, K, batch, cpuGemm: false,
    a: { kind: 'strided', buffer: A, rowStride: K, colStride: 1, batchStride: M * K },
    b: { kind: 'strided', buffer: B, rowStride: 1, colStride: K, batchStride: N * K },
    epilogue: (acc, i, j, t) => storeStrided({ buffer: C, rowStride: N, colStride: 1, batchStride: M * N })(k.max(acc, 0), i, j, t),
  });
  const ref = referenceMatmul(M, N, K, batch, (t, i, q) => a[(t * M + i) * K + q]!, (t, q, j) => b[(t * N + j) * K + q]!);
  return { kernel, inputs: { A: a, B: b, C: new Float32Array(batch * M * N) }, expected: { C: ref.map((v) => Math.max(v, 0)) }, tolerance: 1e-5 };
}

function softmaxCase(rows: number, cols: number): ZooCase {
  const x = randomArray(rows * cols, 31).map((v) => v * 8);
  const X = buf('x', x.length, 'read');
  const Y = buf('y', x.length, 'write');
  const kernel = softmaxKernel({
    signature: { name: 'softmax', buffers: [X, Y] }, launch: 'grid', rows, cols,
    load: (r, c) => k.load(X, k.add(k.mul(r, cols), c)),
    store: (v, r, c) => [k.store(Y, k.add(k.mul(r, cols), c), v)],
  });
  const expected = new Float64Array(x.length);
  for (let r = 0; r < rows; r++) {
    const row = x.subarray(r * cols, (r + 1) * cols);
    const m = Math.max(...row);
    const z = row.reduce((s, v) => s + Math.exp(v - m), 0);
    row.forEach((v, c) => { expected[r * cols + c] = Math.exp(v - m) / z; });
  }
  return { kernel, inputs: { x, y: new Float32Array(x.length) }, expected: { y: expected }, tolerance: 1e-6 };
}

function layernormCase(rows: number, cols: number): ZooCase {
  const x = randomArray(rows * cols, 41).map((v) => v * 3 + 2);
  const X = buf('x', x.length, 'read');
  const Y = buf('y', x.length, 'write');
  const at = (r: KExpr, c: KExpr) => k.add(k.mul(r, cols), c);
  const kernel = rowKernel({
    signature: { name: 'layernorm', buffers: [X, Y] }, launch: 'grid', rows, cols,
    passes: [
      { reductions: [{ op: 'sum' }], values: ({ row, col }) => ({ values: [k.load(X, at(row, col))] }) },
      { reductions: [{ op: 'sum' }], values: ({ row, col, results }) => {
        const d = k.sub(k.load(X, at(row, col)), k.div(results[0]!, cols));
        return { values: [k.mul(d, d)] };
      } },
    ],
    map: ({ row, col, results }) => [k.store(Y, at(row, col),
      k.mul(k.sub(k.load(X, at(row, col)), k.div(results[0]!, cols)), k.rsqrt(k.add(k.div(results[1]!, cols), 1e-5))))],
  });
  const expected = new Float64Array(x.length);
  for (let r = 0; r < rows; r++) {
    const row = x.subarray(r * cols, (r + 1) * cols);
    const mean = row.reduce((s, v) => s + v, 0) / cols;
    const variance = row.reduce((s, v) => s + (v - mean) ** 2, 0) / cols;
    row.forEach((v, c) => { expected[r * cols + c] = (v - mean) / Math.sqrt(variance + 1e-5); });
  }
  return { kernel, inputs: { x, y: new Float32Array(x.length) }, expected: { y: expected }, tolerance: 1e-4 };
}

function elementwiseCases(): ZooCase[] {
  const n = k.uniformParam('n', 'i32');
  const x = randomArray(1000, 51).map((v) => v * 3);
  const X = k.buffer('x', 'f32', k.uniform(n), 'read');
  const Y = k.buffer('y', 'f32', k.uniform(n), 'write');
  const gelu = elementwiseKernel({
    signature: { name: 'gelu', buffers: [X, Y], uniforms: [n] }, launch: 'grid', shape: [k.uniform(n)],
    body: ({ flat }) => {
      const v = k.load(X, flat);
      return [k.store(Y, flat, k.mul(k.mul(v, 0.5), k.add(1, k.erf(k.mul(v, Math.SQRT1_2)))))];
    },
  });
  const gridStride = elementwiseKernel({
    signature: { name: 'coords', buffers: [buf('c', 3 * 50 * 7, 'write', 'i32')] }, launch: 'grid', shape: [3, 50, 7],
    maxWorkgroups: 2, workgroupSize: 64,
    body: ({ flat, index }) => [k.store(buf('c', 1, 'write', 'i32'), flat, k.add(k.add(k.mul(index[0]!, 10000), k.mul(index[1]!, 100)), index[2]!))],
  });
  const coords: number[] = [];
  for (let a = 0; a < 3; a++) for (let b = 0; b < 50; b++) for (let c = 0; c < 7; c++) coords.push(a * 10000 + b * 100 + c);
  const bits = elementwiseKernel({
    signature: { name: 'bits', buffers: [buf('f', 4, 'read'), buf('u', 4, 'write', 'u32')] }, launch: 'grid', shape: [4],
    body: ({ flat }) => [k.store(buf('u', 4, 'write', 'u32'), flat, k.bitXor(k.bitcast('u32', k.load(buf('f', 4, 'read'), flat)), k.u32(0x80000000)))],
  });
  const big = new Float32Array([-1e30, -1000, -50, -0.5, 0, 0.25, 9, 100, 3e38]);
  const tanh = elementwiseKernel({
    signature: { name: 'tanh_saturates', buffers: [buf('t', big.length, 'read'), buf('th', big.length, 'write')] }, launch: 'grid',
    shape: [big.length], body: ({ flat }) => [k.store(buf('th', 1, 'write'), flat, k.tanh(k.load(buf('t', 1, 'read'), flat)))],
  });
  const floats = new Float32Array([1, -2, 0.5, 0]);
  const floatBits = new Uint32Array(floats.buffer).map((v) => (v ^ 0x80000000) >>> 0);
  return [
    { kernel: gelu, inputs: { x, y: new Float32Array(1000) }, uniforms: { n: 1000 },
      expected: { y: [...x].map((v) => 0.5 * v * (1 + erf(v * Math.SQRT1_2))) }, tolerance: 2e-6 },
    { kernel: gridStride, inputs: { c: new Int32Array(coords.length) }, expected: { c: coords }, tolerance: 0 },
    { kernel: tanh, inputs: { t: big, th: new Float32Array(big.length) }, expected: { th: [...big].map(Math.tanh) }, tolerance: 1e-6 },
    { kernel: bits, inputs: { f: floats, u: new Uint32Array(4) }, expected: { u: floatBits }, tolerance: 0 },
  ];
}

function rowCases(): ZooCase[] {
  const x = randomArray(32, 61);
  const sums: number[] = [];
  const maxes: number[] = [];
  for (let r = 0; r < 4; r++) {
    const row = x.subarray(r * 8, r * 8 + 8);
    sums.push(row.reduce((s, v) => s + v, 0));
    maxes.push(Math.max(...row));
  }
  const rows = k.uniformParam('rows', 'i32');
  const cols = k.uniformParam('cols', 'i32');
  const xi = Int32Array.from({ length: 5 * 700 }, (_, i) => (i % 13) - 6);
  const isum = rowReduceKernel({
    signature: { name: 'isum', buffers: [k.buffer('xi', 'i32', k.mul(k.uniform(rows), k.uniform(cols)), 'read'), k.buffer('yi', 'i32', k.uniform(rows), 'write')], uniforms: [rows, cols] },
    launch: 'grid', rows: k.uniform(rows), cols: k.uniform(cols), reductions: [{ op: 'sum', type: 'i32' }, { op: 'min', type: 'i32' }],
    values: ({ row, col }) => {
      const v = k.load({ name: 'xi', dtype: 'i32' }, k.add(k.mul(row, k.uniform(cols)), col));
      return { values: [v, v] };
    },
    epilogue: ({ row, results }) => [k.store({ name: 'yi', dtype: 'i32' }, row, k.add(k.mul(results[0]!, 100), results[1]!))],
  });
  const isumExpected = Array.from({ length: 5 }, (_, r) => {
    const row = xi.subarray(r * 700, (r + 1) * 700);
    return row.reduce((s, v) => s + v, 0) * 100 + Math.min(...row);
  });
  return [
    { kernel: rowStatsKernel('grid'), inputs: { x, sum: new Float32Array(4), max: new Float32Array(4) }, expected: { sum: sums, max: maxes }, tolerance: 1e-6 },
    { kernel: isum, inputs: { xi, yi: new Int32Array(5) }, uniforms: { rows: 5, cols: 700 }, expected: { yi: isumExpected }, tolerance: 0 },
  ];
}

/** Every template variant, plus the hand-written samples. */
export function templateZoo(): ZooCase[] {
  const hashOut = Array.from({ length: 1000 }, (_, i) => mix32((i ^ 12345) >>> 0));
  const sx = randomArray(10, 71);
  return [
    matmulCase('grid', '16x16', 1, 17, 33, 9),
    matmulCase('grid', '64x64', 2, 70, 45, 67),
    matmulCase('serial', '16x16', 1, 5, 3, 6),
    softmaxCase(6, 300),
    layernormCase(3, 100),
    ...elementwiseCases(),
    ...rowCases(),
    { kernel: hashKernel(1000), inputs: { out: new Uint32Array(1000) }, uniforms: { seed: 12345 }, expected: { out: hashOut }, tolerance: 0 },
    { kernel: scaleKernel(), inputs: { x: sx, y: new Float32Array(10) }, uniforms: { n: 10, factor: 0.5 }, expected: { y: [...sx].map((v) => v * 0.5 + 1) }, tolerance: 1e-7 },
  ];
}
