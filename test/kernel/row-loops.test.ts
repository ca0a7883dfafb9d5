// How row kernels walk their rows (rows.ts, fusion/templates/reduction*.ts):
// element writes join the first pass that can compute them, values a later
// loop needs again are kept per row instead of recomputed (one exp per
// element in cross-entropy's forward and backward), and column-wise
// reductions run as tiled loops over memory in order on the CPU. Every
// program is also checked against the float64 interpreter on both targets
// (the GPU lowering through the JS workgroup emulation).
import { describe, expect, test } from 'vitest';
import { k } from '../../compiler/kernel/build.ts';
import type { KExpr, KStmt, Kernel } from '../../compiler/kernel/ir.ts';
import { stmtExprs, walkExpr, walkStmts } from '../../compiler/kernel/ir.ts';
import { GraphBuilder, lit } from '../../compiler/graph/builder.ts';
import type { Graph } from '../../compiler/graph/types.ts';
import { ROW_LANES, TILE_ACCUMULATORS, TILE_CHUNK, TILE_UNROLL, rowKernel } from '../../compiler/kernel/templates/rows.ts';
import { innerRowAxes } from '../../compiler/fusion/templates/reduction.ts';
import { compileJsKernel } from '../../compiler/render/js.ts';
import { JS_TARGET, WEBGPU_TARGET } from '../../compiler/target.ts';
import { backward, crossEntropy, layerNorm, softmax } from '../fusion/helpers.ts';
import { compileChecked } from '../lower/helpers.ts';
import { buf, randomArray } from './fixtures.ts';

/** The row kernels of `g` on the CPU and on the GPU, each checked against the interpreter. */
function lowerBoth(g: Graph): { cpu: Kernel[]; gpu: Kernel[] } {
  const kernels = (target: typeof JS_TARGET) => compileChecked(g, target).kernels.map((lk) => lk.kernel);
  return { cpu: kernels(JS_TARGET), gpu: kernels(WEBGPU_TARGET) };
}

/** Expressions in `body` (at any depth) that pass `test`. */
function count(body: readonly KStmt[], test: (e: KExpr) => boolean): number {
  let n = 0;
  walkStmts(body, (s) => { for (const e of stmtExprs(s)) walkExpr(e, (x) => { if (test(x)) n++; }); });
  return n;
}

/** exp sites in a loop. */
const exps = (loop: KStmt) => count([loop], (e) => e.kind === 'unary' && e.op === 'exp');

/** Loops whose trip count is the constant `n` (a row's columns, where no other size equals it). */
function loopsOf(kernel: Kernel, n: number): KStmt[] {
  const loops: KStmt[] = [];
  walkStmts(kernel.body, (s) => { if (s.kind === 'for' && s.end.kind === 'const' && s.end.value === n) loops.push(s); });
  return loops;
}

const declared = (kernel: Kernel) => kernel.body.filter((s) => s.kind === 'wg_decl');

describe('passes over a row', () => {
  test('cross-entropy with its gradient: three loops over a row, one exp per element (CPU)', () => {
    const b = new GraphBuilder();
    const logits = b.input('logits', [4, 6, 40]);
    const loss = crossEntropy(b, logits, b.input('idx40_targets', [4, 6], 'i32'));
    b.output('loss', loss);
    b.output('dlogits', backward(b, loss, [logits])[0]!);
    const { cpu, gpu } = lowerBoth(b.build());
    // The seed's scale, the rows (and the gradient), the mean over positions.
    expect(cpu.map((kk) => kk.name)).toEqual(['k0_ew', 'k1a_reduce', 'k1b_reduce']);
    const [rows, rowsGpu] = [cpu[1]!, gpu.find((kk) => kk.name === 'k1a_reduce')!];
    // max (and the one-hot's sum) | Σ exp(x − max), keeping each exp | Σ picked log-prob, writing the gradient from the kept exps.
    // (Serial row loops take ROW_LANES columns per step: one exp per lane.)
    expect(loopsOf(rows, 40)).toHaveLength(3);
    expect(loopsOf(rows, 40).map(exps)).toEqual([0, ROW_LANES, 0]);
    // The kept exps: as f32 and the rounding's remainder (so JS, computing in doubles, reads back the value it computed).
    expect(declared(rows).map((d) => d.kind === 'wg_decl' && [d.type, d.size])).toEqual([['f32', 40], ['f32', 40]]);
    // The GPU keeps no per-row scratch (a row need not fit in workgroup memory) but folds the gradient into the last pass too.
    expect(loopsOf(rowsGpu, 40).map(exps)).toEqual([0, 1, 1]);
  });

  test('a write that needs no statistic joins the first pass: x + bias written while its row sum runs', () => {
    const b = new GraphBuilder();
    const z = b.add(b.input('x', [7, 30]), b.param('bias', [30], { kind: 'normal', std: 1, mean: 0 }));
    b.output('z', z);
    b.output('s', b.sum(z, [-1]));
    const { cpu, gpu } = lowerBoth(b.build());
    expect(cpu.map((kk) => loopsOf(kk, 30).length)).toEqual([1]);
    expect(gpu.map((kk) => loopsOf(kk, 30).length)).toEqual([1]);
  });

  test('LayerNorm forward and backward in one kernel: the last loop reads the kept gradient term, not the inputs', () => {
    const b = new GraphBuilder();
    const x = b.input('x', [3, 5, 24]);
    const grads = backward(b, layerNorm(b, x, b.param('g', [24], { kind: 'normal', std: 0.5, mean: 0 }), b.param('bias', [24], { kind: 'ones' })), [x]);
    b.output('dx', grads[0]!);
    const { cpu, gpu } = lowerBoth(b.build());
    expect(cpu.map((kk) => kk.name)).toEqual(['k0_reduce']);
    // mean | variance and Σ dy·g·(x − mean) | Σ of the gradient's row term | dx = that term + its mean.
    const loops = loopsOf(cpu[0]!, 24);
    expect(loops).toHaveLength(4);
    const reads = (kind: KExpr['kind']) => count([loops[3]!], (e) => e.kind === kind);
    expect([reads('load'), reads('wg_load')]).toEqual([0, 2]); // the kept value's f32 part and remainder
    expect(loopsOf(gpu[0]!, 24)).toHaveLength(4);
  });

  test('softmax keeps its exps: Σ exp then the normalised write, without a second exp', () => {
    const b = new GraphBuilder();
    b.output('y', softmax(b, b.input('x', [5, 28])));
    const { cpu, gpu } = lowerBoth(b.build());
    expect(loopsOf(cpu[0]!, 28).map(exps)).toEqual([0, ROW_LANES, 0]);
    expect(loopsOf(gpu[0]!, 28).map(exps)).toEqual([0, 1, 1]);
  });
});

describe('column reductions on the CPU', () => {
  test('which layouts tile: kept axes after the reduced run', () => {
    expect(innerRowAxes([1024, 64], [0])).toEqual({ outer: [], inner: [1], innerRows: 64 });
    expect(innerRowAxes([4, 7, 3], [1])).toEqual({ outer: [0], inner: [2], innerRows: 3 });
    expect(innerRowAxes([4, 1, 7, 3, 1], [0, 1, 2])).toEqual({ outer: [], inner: [3], innerRows: 3 });
    expect(innerRowAxes([4, 7, 1], [1])).toBeUndefined(); // innermost: plain rows
    expect(innerRowAxes([4, 7, 3], [0, 2])).toBeUndefined(); // not one run
  });

  test('a bias gradient sums [rows, C] into C accumulators, reading memory in order', () => {
    const b = new GraphBuilder();
    const dy = b.input('dy', [48, 20]);
    b.output('db', b.sum(dy, [0], false));
    b.output('sq', b.sum(b.mul(dy, dy), [0], false));
    const { cpu, gpu } = lowerBoth(b.build());
    expect(cpu.map((kk) => kk.name)).toEqual(['k0_reduce']);
    // Each sum: its total, the total's rounding error (compensated summation) and a chunk's partial, one element per column.
    expect(declared(cpu[0]!).map((d) => d.kind === 'wg_decl' && [d.name, d.size])).toEqual(
      ['acc0_0', 'err0_0', 'part0_0', 'acc0_1', 'err0_1', 'part0_1'].map((name) => [name, 20]));
    // The innermost loop runs over the 20 columns of a row of dy: consecutive addresses.
    const inner = loopsOf(cpu[0]!, 20).find((l) => l.kind === 'for' && l.body.some((s) => s.kind === 'wg_store' && s.value.kind === 'binary'));
    expect(inner).toBeDefined();
    expect(gpu[0]!.launch.kind).toBe('grid');
    expect(declared(gpu[0]!).every((d) => d.kind === 'wg_decl' && d.name.startsWith('partial'))).toBe(true);
  });

  test('a statistic over the middle axis with outer rows, two passes and a normalised write', () => {
    // Batch-norm-like: over T of [B, T, D], mean then variance, then (x − mean)·rsqrt(var + ε).
    const b = new GraphBuilder();
    const x = b.input('x', [3, 17, 6]);
    const xc = b.sub(x, b.mean(x, [1]));
    b.output('y', b.mul(xc, b.unary('rsqrt', b.add(b.mean(b.mul(xc, xc), [1]), lit(1e-5)))));
    b.output('m', b.reduce('max', x, [1], false));
    const { cpu } = lowerBoth(b.build());
    expect(cpu).toHaveLength(1);
    // Pass 0: Σx and max, pass 1: Σ(x − mean)²; each sum with its error and partial arrays.
    expect(declared(cpu[0]!).map((d) => d.kind === 'wg_decl' && [d.name, d.size])).toEqual(
      ['acc0_0', 'err0_0', 'part0_0', 'acc0_1', 'acc1_0', 'err1_0', 'part1_0'].map((name) => [name, 6]));
  });

  test('more inner rows than the accumulators hold: blocks of rows, the last one partial', () => {
    const b = new GraphBuilder();
    const dy = b.input('dy', [5, TILE_ACCUMULATORS + 300]);
    b.output('db', b.sum(dy, [0], false));
    const { cpu } = lowerBoth(b.build());
    expect(declared(cpu[0]!).map((d) => d.kind === 'wg_decl' && d.size)).toEqual([TILE_ACCUMULATORS, TILE_ACCUMULATORS, TILE_ACCUMULATORS]);
  });
});

describe('rowKernel with innerRows', () => {
  test('column sum, max and min of x[outer, cols, inner]: blocks of rows, chunked compensated f32 sums', () => {
    const [outer, cols, inner] = [2, 301, 1500];
    const x = buf('x', outer * cols * inner, 'read');
    const outs = ['s', 'mx', 'mn'].map((n) => buf(n, outer * inner, 'write'));
    const kernel = rowKernel({
      signature: { name: 'col_stats', buffers: [x, ...outs] }, launch: 'serial', rows: outer * inner, cols, innerRows: inner,
      passes: [{
        reductions: [{ op: 'sum' }, { op: 'max' }, { op: 'min' }],
        values: ({ rowParts, col }) => {
          const v = k.load(x, k.add(k.mul(k.add(k.mul(rowParts!.outer, cols), col), inner), rowParts!.inner));
          return { values: [v, v, v] };
        },
      }],
      rowEpilogue: ({ row, results }) => outs.map((o, j) => k.store(o, row, results[j]!)),
    });
    // 3 reductions (the sum with its error and partial arrays) of TILE_ACCUMULATORS / 3 = 1365 rows each: blocks of 1365 and 135 rows.
    const block = Math.floor(TILE_ACCUMULATORS / 3);
    expect(declared(kernel).map((d) => d.kind === 'wg_decl' && d.size)).toEqual([block, block, block, block, block]);
    const input = randomArray(outer * cols * inner, 5);
    const got = { s: new Float32Array(outer * inner), mx: new Float32Array(outer * inner), mn: new Float32Array(outer * inner) };
    compileJsKernel(kernel)({ x: input, ...got }, {});
    let [worst, worstPlain] = [0, 0];
    for (let o = 0; o < outer; o++) {
      for (let i = 0; i < inner; i++) {
        const column = Array.from({ length: cols }, (_, c) => input[(o * cols + c) * inner + i]!);
        const exact = column.reduce((a, v) => a + v, 0);
        const scale = 2 ** -24 * column.reduce((a, v) => a + Math.abs(v), 0);
        worst = Math.max(worst, Math.abs(got.s[o * inner + i]! - exact) / scale);
        worstPlain = Math.max(worstPlain, Math.abs(column.reduce((a, v) => Math.fround(a + v), 0) - exact) / scale);
        expect([got.mx[o * inner + i], got.mn[o * inner + i]]).toEqual([Math.max(...column), Math.min(...column)]);
      }
    }
    // Rounding error in units of 2⁻²⁴·Σ|x|: a chunk's f32 partial (≤ TILE_CHUNK / TILE_UNROLL roundings), the compensated
    // total (2) and the result's rounding (1), against up to cols − 1 for a running f32 sum.
    expect(worst).toBeLessThanOrEqual(TILE_CHUNK / TILE_UNROLL + 3);
    expect(worst).toBeLessThan(worstPlain / 2);
  });
});
