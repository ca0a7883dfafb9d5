import { describe, expect, it } from 'vitest';
import { k } from '../../compiler/kernel/build.ts';
import { launchWorkgroups } from '../../compiler/kernel/eval.ts';
import type { KExpr, Kernel } from '../../compiler/kernel/ir.ts';
import { invocationsPerWorkgroup, workgroupBytes } from '../../compiler/kernel/ir.ts';
import { reductionLayout, rowKernel, rowReduceKernel, rowWorkgroupSize, softmaxKernel } from '../../compiler/kernel/templates/index.ts';
import { compileJsKernel } from '../../compiler/render/js.ts';
import { buf, maxAbsDiff, randomArray } from './fixtures.ts';

const launches = ['serial', 'grid'] as const;

/** Sum, max and min of each row of x[rows, cols], as one kernel with three outputs. */
function rowStats(launch: 'serial' | 'grid', rows: number, cols: number): Kernel {
  const x = buf('x', rows * cols, 'read');
  const outs = ['s', 'mx', 'mn'].map((n) => buf(n, rows, 'write'));
  return rowReduceKernel({
    signature: { name: 'row_stats', buffers: [x, ...outs] }, launch, rows, cols,
    reductions: [{ op: 'sum' }, { op: 'max' }, { op: 'min' }],
    values: ({ row, col, names }) => {
      const v = names.variable('v', 'f32');
      return { stmts: [k.let(v, k.load(x, k.add(k.mul(row, cols), col)))], values: [v, v, v] };
    },
    epilogue: ({ row, results }) => outs.map((o, j) => k.store(o, row, results[j]!)),
  });
}

function plainRowStats(x: Float32Array, rows: number, cols: number) {
  const s = new Float64Array(rows), mx = new Float64Array(rows).fill(-Infinity), mn = new Float64Array(rows).fill(Infinity);
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const v = x[r * cols + c]!;
      s[r] += v;
      mx[r] = Math.max(mx[r]!, v);
      mn[r] = Math.min(mn[r]!, v);
    }
  }
  return { s, mx, mn };
}

function plainSoftmax(x: Float32Array, rows: number, cols: number): Float64Array {
  const out = new Float64Array(rows * cols);
  for (let r = 0; r < rows; r++) {
    let m = -Infinity;
    for (let c = 0; c < cols; c++) m = Math.max(m, x[r * cols + c]!);
    let z = 0;
    for (let c = 0; c < cols; c++) z += Math.exp(x[r * cols + c]! - m);
    for (let c = 0; c < cols; c++) out[r * cols + c] = Math.exp(x[r * cols + c]! - m) / z;
  }
  return out;
}

describe.each(launches)('row reductions (%s)', (launch) => {
  it.each([[5, 37], [3, 1], [2, 600]])('computes several reductions per row of [%i, %i]', (rows, cols) => {
    const input = randomArray(rows * cols, rows + cols);
    const out = { s: new Float32Array(rows), mx: new Float32Array(rows), mn: new Float32Array(rows) };
    compileJsKernel(rowStats(launch, rows, cols))({ x: input, ...out }, {});
    const ref = plainRowStats(input, rows, cols);
    expect(maxAbsDiff(out.s, ref.s)).toBeLessThan(1e-4);
    expect(maxAbsDiff(out.mx, ref.mx)).toBe(0);
    expect(maxAbsDiff(out.mn, ref.mn)).toBe(0);
  });

  it('reduces dynamic sizes and integer values', () => {
    const rows = k.uniformParam('rows', 'i32');
    const cols = k.uniformParam('cols', 'i32');
    const x = k.buffer('x', 'i32', k.mul(k.uniform(rows), k.uniform(cols)), 'read');
    const y = k.buffer('y', 'i32', k.uniform(rows), 'write');
    const kern = rowReduceKernel({
      signature: { name: 'isum', buffers: [x, y], uniforms: [rows, cols] }, launch,
      rows: k.uniform(rows), cols: k.uniform(cols), reductions: [{ op: 'sum', type: 'i32' }],
      values: ({ row, col }) => ({ values: [k.load(x, k.add(k.mul(row, k.uniform(cols)), col))] }),
      epilogue: ({ row, results }) => [k.store(y, row, results[0]!)],
    });
    const data = Int32Array.from({ length: 3 * 300 }, (_, i) => i);
    const out = new Int32Array(3);
    compileJsKernel(kern)({ x: data, y: out }, { rows: 3, cols: 300 });
    for (let r = 0; r < 3; r++) expect(out[r]).toBe(300 * r * 300 + (299 * 300) / 2);
  });

  it('reduces arbitrary axes through reductionLayout', () => {
    const shape = [3, 4, 5];
    const layout = reductionLayout(shape, [0, 2]);
    expect([layout.rows, layout.cols]).toEqual([4, 15]);
    const x = buf('x', 60, 'read');
    const y = buf('y', 4, 'write');
    const kern = rowReduceKernel({
      signature: { name: 'sum02', buffers: [x, y] }, launch, rows: layout.rows, cols: layout.cols,
      reductions: [{ op: 'sum' }],
      values: ({ row, col }) => ({ values: [k.load(x, layout.inputIndex(row, col))] }),
      epilogue: ({ row, results }) => [k.store(y, row, results[0]!)],
    });
    const input = Float32Array.from({ length: 60 }, (_, i) => i);
    const out = new Float32Array(4);
    compileJsKernel(kern)({ x: input, y: out }, {});
    for (let b = 0; b < 4; b++) {
      let s = 0;
      for (let a = 0; a < 3; a++) for (let c = 0; c < 5; c++) s += input[a * 20 + b * 5 + c]!;
      expect(out[b]).toBe(s);
    }
  });

  it('runs softmax as max, sum of exp and a normalised write in one kernel', () => {
    const rows = 6;
    const cols = 45;
    const input = randomArray(rows * cols, 7).map((v) => v * 10);
    input[3] = -Infinity; // a masked logit
    const x = buf('x', rows * cols, 'read');
    const y = buf('y', rows * cols, 'write');
    const kern = softmaxKernel({
      signature: { name: 'softmax', buffers: [x, y] }, launch, rows, cols,
      load: (r, c) => k.load(x, k.add(k.mul(r, cols), c)),
      store: (v, r, c) => [k.store(y, k.add(k.mul(r, cols), c), v)],
    });
    const out = new Float32Array(rows * cols);
    compileJsKernel(kern)({ x: input, y: out }, {});
    expect(maxAbsDiff(out, plainSoftmax(input, rows, cols))).toBeLessThan(1e-6);
    expect(out[3]).toBe(0);
  });

  it('chains passes that use earlier results (layernorm: mean, variance, affine map)', () => {
    const rows = 4;
    const cols = 33;
    const x = buf('x', rows * cols, 'read');
    const y = buf('y', rows * cols, 'write');
    const at = (r: KExpr, c: KExpr) => k.add(k.mul(r, cols), c);
    const kern = rowKernel({
      signature: { name: 'layernorm', buffers: [x, y] }, launch, rows, cols,
      passes: [
        { reductions: [{ op: 'sum' }], values: ({ row, col }) => ({ values: [k.div(k.load(x, at(row, col)), cols)] }) },
        {
          reductions: [{ op: 'sum' }],
          values: ({ row, col, results, names }) => {
            const d = names.variable('d', 'f32');
            return { stmts: [k.let(d, k.sub(k.load(x, at(row, col)), results[0]!))], values: [k.div(k.mul(d, d), cols)] };
          },
        },
      ],
      map: ({ row, col, results }) => [
        k.store(y, at(row, col), k.mul(k.sub(k.load(x, at(row, col)), results[0]!), k.rsqrt(k.add(results[1]!, 1e-5)))),
      ],
    });
    const input = randomArray(rows * cols, 3).map((v) => v * 4 + 1);
    const out = new Float32Array(rows * cols);
    compileJsKernel(kern)({ x: input, y: out }, {});
    for (let r = 0; r < rows; r++) {
      const row = input.subarray(r * cols, (r + 1) * cols);
      const mean = row.reduce((a, b) => a + b, 0) / cols;
      const variance = row.reduce((a, b) => a + (b - mean) ** 2, 0) / cols;
      for (let c = 0; c < cols; c++) expect(out[r * cols + c]).toBeCloseTo((row[c]! - mean) / Math.sqrt(variance + 1e-5), 5);
    }
  });
});

describe('row reductions on the grid', () => {
  it('sizes workgroups to the row, within 256 invocations and 16 KiB', () => {
    expect(rowWorkgroupSize(37, 1)).toBe(64);
    expect(rowWorkgroupSize(100000, 1)).toBe(256);
    expect(rowWorkgroupSize(k.uniform(k.uniformParam('n', 'i32')), 1)).toBe(256);
    expect(rowWorkgroupSize(100000, 20)).toBe(128); // 20 partial arrays of 128 floats = 10 KiB
    const kern = rowStats('grid', 2, 5000);
    expect(invocationsPerWorkgroup(kern.launch)).toBe(256);
    expect(workgroupBytes(kern)).toBe(3 * 256 * 4);
  });

  it('uses a 2-D grid for more than 65,535 rows', () => {
    const rows = 70000;
    const kern = rowStats('grid', rows, 1);
    expect(launchWorkgroups(kern)).toEqual([35000, 2, 1]);
    const input = randomArray(rows, 5);
    const out = { s: new Float32Array(rows), mx: new Float32Array(rows), mn: new Float32Array(rows) };
    compileJsKernel(kern)({ x: input, ...out }, {});
    expect(maxAbsDiff(out.s, input)).toBe(0);
  });
});
