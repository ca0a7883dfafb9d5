// q4_0 (ggml): the quantiser on known values, the block layout, and the
// quantised matmul kernel — one kernel, equal to dequantise-then-matmul on
// the js target (with and without the gemm intrinsic), the WebGPU grid
// lowering (js-grid emulation), and the CUDA rendering (host emulation).
import { describe, expect, test } from 'vitest';
import { GraphBuilder } from '../../compiler/graph/builder.ts';
import type { Graph } from '../../compiler/graph/types.ts';
import { compileGraph } from '../../compiler/program.ts';
import {
  dequantizeMatrix, f16Bits, f16Value, q4Bytes, q4Words, q4WordsShape, quantizeBlock, quantizeMatrix, Q4_BLOCK_BYTES,
} from '../../compiler/quant/q4_0.ts';
import { CUDA_TARGET, JS_TARGET, WEBGPU_TARGET } from '../../compiler/target.ts';
import { runCudaEmulated } from '../cuda/harness.ts';
import { runLowered } from '../lower/helpers.ts';
import { rng, type Feeds } from '../passes/helpers.ts';

/** Quantises one block and returns [d, codes, dequantised]. */
function roundTrip(w: number[]): { d: number; q: number[]; back: number[] } {
  const bytes = new Uint8Array(Q4_BLOCK_BYTES);
  quantizeBlock(w, bytes, 0);
  const q = Array.from({ length: 32 }, (_, j) => (j < 16 ? bytes[2 + j]! & 15 : bytes[2 + j - 16]! >> 4));
  const back = new Float32Array(32);
  const d = f16Value(bytes[0]! | (bytes[1]! << 8));
  for (let j = 0; j < 32; j++) back[j] = d * (q[j]! - 8);
  return { d, q, back: [...back] };
}

const block = (head: number[], fill = 0) => [...head, ...new Array<number>(32 - head.length).fill(fill)];

describe('q4_0 quantiser', () => {
  test('an all-zero block: d = 0, every code 8, dequantises to zeros', () => {
    const { d, q, back } = roundTrip(block([]));
    expect(Math.abs(d)).toBe(0); // 0 / −8 = −0, stored as f16 −0 (as ggml stores it)
    expect(q).toEqual(new Array(32).fill(8));
    expect(back.map(Math.abs)).toEqual(new Array(32).fill(0));
  });

  test('the signed max sets d = m / −8: it gets code 0 and comes back exactly; the opposite extreme clamps to 15', () => {
    // m = −4 (first of the two magnitudes 4): d = 0.5; −4 → 0; +4 → ⌊16.5⌋ = 16 → 15 → 3.5.
    const neg = roundTrip(block([-4, 4, 3, 1]));
    expect(neg.d).toBe(0.5);
    expect(neg.q.slice(0, 4)).toEqual([0, 15, 14, 10]);
    expect(neg.back.slice(0, 4)).toEqual([-4, 3.5, 3, 1]);
    // m = +4: d = −0.5, so +4 → code 0 → −0.5 · (0 − 8) = 4.
    const pos = roundTrip(block([4, -4, -3]));
    expect(pos.d).toBe(-0.5);
    expect(pos.q.slice(0, 3)).toEqual([0, 15, 14]);
    expect(pos.back.slice(0, 3)).toEqual([4, -3.5, -3]);
  });

  test('ties round up in code space (⌊w/d + 8.5⌋)', () => {
    // d = 0.5: w/d = ±0.5 and ±1.5 are ties.
    const { q, back } = roundTrip(block([-4, 0.25, -0.25, 0.75, -0.75]));
    expect(q.slice(1, 5)).toEqual([9, 8, 10, 7]);
    expect(back.slice(1, 5)).toEqual([0.5, 0, 1, -0.5]);
  });

  test('the scale is stored as f16 (rounded to nearest even); codes use the f32 scale, as ggml does', () => {
    expect(f16Bits(1)).toBe(0x3c00);
    expect(f16Bits(-2)).toBe(0xc000);
    expect(f16Bits(65504)).toBe(0x7bff);
    expect(f16Bits(2 ** -24)).toBe(1); // smallest subnormal
    expect(f16Bits(1 + 2 ** -11)).toBe(0x3c00); // a tie: to even
    expect(f16Bits(1 + 3 * 2 ** -11)).toBe(0x3c02);
    expect(() => f16Bits(70000)).toThrow(/overflows f16/);
    const { d } = roundTrip(block([-1 / 3]));
    expect(d).toBe(f16Value(f16Bits(Math.fround(1 / 24))));
    expect(() => roundTrip(block([Number.NaN]))).toThrow(/weight 0 of the block is NaN/);
  });

  test('layout: [out, blocks, 18], byte j holds element j (low nibble) and j + 16 (high); words carry 3 bytes each', () => {
    const K = 64, N = 3;
    const r = rng(3);
    const w = Float32Array.from({ length: K * N }, () => 2 * r() - 1);
    const bytes = quantizeMatrix(w, K, N);
    expect(bytes.length).toBe(N * (K / 32) * 18);
    // 4.5 bits per weight.
    expect((bytes.length * 8) / (K * N)).toBe(4.5);
    // Column 1, block 1 is row 1's second block: its codes are those of w[32…63, 1].
    const at = (1 * 2 + 1) * 18;
    const col = Array.from({ length: 32 }, (_, j) => w[(32 + j) * N + 1]!);
    const alone = new Uint8Array(18);
    quantizeBlock(col, alone, 0);
    expect([...bytes.subarray(at, at + 18)]).toEqual([...alone]);
    const deq = dequantizeMatrix(bytes, K, N);
    // Every weight within one step |d| of its block (half a step, or a whole one where the opposite extreme clamps to 15).
    w.forEach((v, i) => {
      const at = ((i % N) * (K / 32) + Math.floor(i / N / 32)) * 18;
      expect(Math.abs(deq[i]! - v)).toBeLessThanOrEqual(Math.abs(f16Value(bytes[at]! | (bytes[at + 1]! << 8))) * 1.001);
    });
    const words = q4Words(bytes);
    expect(words.length).toBe(q4WordsShape(K, N)[0] * q4WordsShape(K, N)[1]);
    expect(words.every((v) => Number.isInteger(v) && v >= 0 && v < 2 ** 24)).toBe(true);
    expect(q4Bytes(words)).toEqual(bytes);
  });
});

/** y = x · W with W [K, N] quantised; the graph and feeds (the weights spread so scales vary, one block all zeros). */
function q4Case(rows: number[], K: number, N: number): { g: Graph; feeds: Feeds; w: Float32Array } {
  const b = new GraphBuilder();
  const x = b.input('x', [...rows, K]);
  const packed = b.param('w', q4WordsShape(K, N), { kind: 'zeros' });
  b.output('y', b.q4Matmul(x, packed));
  const r = rng(11);
  const w = Float32Array.from({ length: K * N }, (_, i) => (i < 32 * N && i % N === 0 ? 0 : (2 * r() - 1) * (1 + (i % 7))));
  const M = rows.reduce((a, c) => a * c, 1);
  const feeds: Feeds = {
    inputs: new Map([['x', Float64Array.from({ length: M * K }, () => 2 * r() - 1)]]),
    params: new Map([['w', q4Words(quantizeMatrix(w, K, N))]]),
  };
  return { g: b.build(), feeds, w };
}

/** The reference: dequantise W to f32, then a float64 matmul. */
function dequantThenMatmul(feeds: Feeds, K: number, N: number): Float64Array {
  const w = dequantizeMatrix(q4Bytes(feeds.params.get('w')!), K, N);
  const x = feeds.inputs.get('x')!;
  const M = x.length / K;
  const y = new Float64Array(M * N);
  for (let m = 0; m < M; m++) for (let kk = 0; kk < K; kk++) for (let n = 0; n < N; n++) y[m * N + n] += x[m * K + kk]! * w[kk * N + n]!;
  return y;
}

function maxRelative(got: ArrayLike<number>, want: ArrayLike<number>): number {
  let worst = 0;
  for (let i = 0; i < want.length; i++) worst = Math.max(worst, Math.abs(got[i]! - want[i]!) / Math.max(1, Math.abs(want[i]!)));
  return worst;
}

describe('q4_0 matmul kernel', () => {
  const K = 96, N = 20, rows = [3, 5];
  const targets = [['js', JS_TARGET], ['js without gemm', { ...JS_TARGET, gemmIntrinsic: false }], ['webgpu (grid)', WEBGPU_TARGET]] as const;

  test.each(targets)('%s: one kernel, no dequantised weight buffer, equal to dequantise-then-matmul', (_t, target) => {
    const { g, feeds } = q4Case(rows, K, N);
    const { lowered } = compileGraph(g, { target });
    expect(lowered.kernels.map((k) => k.kernel.name)).toEqual([expect.stringMatching(/_q4mm$/)]);
    expect(lowered.buffers.some((b) => b.length === K * N)).toBe(false);
    const y = runLowered(lowered, feeds).outputs.get('y')!;
    expect(maxRelative(y, dequantThenMatmul(feeds, K, N))).toBeLessThan(1e-6);
  });

  test('cuda (host emulation of the rendered kernels): equal to dequantise-then-matmul', async () => {
    const { g, feeds } = q4Case(rows, K, N);
    const { lowered } = compileGraph(g, { target: CUDA_TARGET });
    expect(lowered.kernels).toHaveLength(1);
    const y = (await runCudaEmulated(lowered, feeds)).outputs.get('y')!;
    // CUDA sums in true f32 (the js kernels' JavaScript arithmetic is double until stored): 96 terms of up to ~60.
    expect(maxRelative(y, dequantThenMatmul(feeds, K, N))).toBeLessThan(1e-5);
  }, 60_000);

  test('bad shapes are rejected with the reason', () => {
    const b = new GraphBuilder();
    const x = b.input('x', [2, 48]);
    const w = b.param('w', [4, 6], { kind: 'zeros' });
    expect(() => b.q4Matmul(x, w)).toThrow(/x has 48 features but packed \[4, 6\] holds 32 per output/);
  });
});
