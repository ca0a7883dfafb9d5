// The JS target's WebAssembly SIMD loop nests (compiler/render/wasm-simd.ts):
// which kernels compile to lanes and which stay JS, the lane exp and erf
// against float64 references, reductions and re-rolled loops against the
// kernels' own JS loops, the executor's buffers in the module's memory, and
// the JS fallback where WebAssembly is missing.
import { describe, expect, it } from 'vitest';
import { f32Ulps } from '../../bench/ulps.ts';
import { erf as referenceErf } from '../../compiler/graph/ops/erf.ts';
import { k } from '../../compiler/kernel/build.ts';
import type { Kernel, KExpr, KStmt } from '../../compiler/kernel/ir.ts';
import { MODULE_ALLOCATE, renderJs, renderJsModule } from '../../compiler/render/js.ts';
import { simdKernel } from '../../compiler/render/wasm-simd.ts';
import { planProgram } from '../../compiler/plan.ts';
import { compileGraph } from '../../compiler/program.ts';
import { JS_TARGET } from '../../compiler/target.ts';
import { simdEnabled } from '../../runtime/backends/js/session.ts';
import { JsExecutor, type JsExecutorOptions, type KernelFn } from '../../runtime/exec/js.ts';
import { loadExample } from '../backends/webgpu/examples.ts';

type Fn = (buffers: Record<string, Float32Array>, uniforms: Record<string, number>) => void;

/**
 * The module's kernels, evaluated with `webAssembly` as the WebAssembly global
 * (null: none), counting the SIMD functions' calls.
 */
function load(kernels: readonly Kernel[], webAssembly: unknown = WebAssembly): { fns: Record<string, Fn>; calls: () => number } {
  let calls = 0;
  const counting = webAssembly === null ? undefined : new Proxy(webAssembly as object, {
    get(target, key) {
      if (key !== 'Instance') return Reflect.get(target, key);
      return function Instance(module: WebAssembly.Module, imports: WebAssembly.Imports) {
        const inst = new WebAssembly.Instance(module, imports);
        const run = inst.exports.run as ((...a: number[]) => void) | undefined;
        if (!run) return inst;
        return { exports: { ...inst.exports, run: (...a: number[]) => { calls++; run(...a); } } };
      };
    },
  });
  const fns = new Function('WebAssembly', renderJsModule(kernels))(counting) as Record<string, Fn>;
  return { fns, calls: () => calls };
}

const i = k.variable('i', 'i32');
const n = 1027; // not a multiple of 4: the scalar tail runs too
const x = k.buffer('x', 'f32', n, 'read');
const y = k.buffer('y', 'f32', n, 'write');

/** y[i] = f(x[i]) over n elements. */
function mapKernel(name: string, f: (v: KExpr) => KExpr): Kernel {
  return k.kernel({ name, buffers: [x, y], launch: k.serial(), body: [k.for(i, 0, n, [k.store(y, i, f(k.load(x, i)))])] });
}

function run(kernel: Kernel, xs: Float32Array, webAssembly?: unknown): { out: Float32Array; calls: number } {
  const { fns, calls } = load([kernel], webAssembly);
  const out = new Float32Array(xs.length).fill(7);
  fns[kernel.name]!({ x: xs, y: out }, {});
  return { out, calls: calls() };
}

const sweep = (lo: number, hi: number): Float32Array => Float32Array.from({ length: n }, (_, j) => lo + ((hi - lo) * j) / (n - 1));

describe('wasm-simd: which kernels run on lanes', () => {
  it('compiles an elementwise loop and runs it (four lanes, then the tail)', () => {
    const kernel = mapKernel('scale', (v) => k.add(k.mul(v, 2), 1));
    expect(simdKernel(kernel)).toBeDefined();
    expect(renderJs(kernel).source).toContain('if (loom_simd_run(loom_simdk_scale, [x, y])) return;');
    const xs = sweep(-3, 3);
    const { out, calls } = run(kernel, xs);
    expect(calls).toBe(1);
    expect([...out]).toEqual([...xs].map((v) => Math.fround(Math.fround(v * 2) + 1)));
  });

  it('leaves JS kernels it cannot vectorise: a recurrence, a strided store, uniforms', () => {
    const acc = k.variable('acc', 'f32');
    const recurrence = k.kernel({
      name: 'recurrence', buffers: [x, y], launch: k.serial(),
      body: [k.let(acc, 0), k.for(i, 0, n, [k.assign(acc, k.add(k.mul(acc, 0.5), k.load(x, i))), k.store(y, i, acc)])],
    });
    const strided = k.kernel({
      name: 'strided', buffers: [x, y], launch: k.serial(),
      body: [k.for(i, 0, 500, [k.store(y, k.mul(i, 2), k.load(x, i))])],
    });
    const size = k.uniformParam('size', 'i32');
    const uniform = k.kernel({
      name: 'uniform', buffers: [x, y], uniforms: [size], launch: k.serial(),
      body: [k.for(i, 0, k.uniform(size), [k.store(y, i, k.load(x, i))])],
    });
    for (const kernel of [recurrence, strided, uniform]) {
      expect(simdKernel(kernel)).toBeUndefined();
      expect(renderJs(kernel).source).not.toContain('loom_simd');
    }
  });

  it('vectorises a row sum (lane accumulators, pairwise after the loop) like the JS loop up to rounding', () => {
    const rows = 37;
    const cols = 70;
    const a = k.buffer('a', 'f32', rows * cols, 'read');
    const s = k.buffer('s', 'f32', rows, 'write');
    const row = k.variable('row', 'i32');
    const col = k.variable('col', 'i32');
    const acc = k.variable('acc', 'f32');
    const m = k.variable('m', 'f32');
    const kernel = k.kernel({
      name: 'rowsum', buffers: [a, s], launch: k.serial(),
      body: [k.for(row, 0, rows, [
        k.let(acc, 0), k.let(m, -Infinity),
        k.for(col, 0, cols, [
          k.assign(acc, k.add(acc, k.exp(k.load(a, k.add(k.mul(row, cols), col))))),
          k.assign(m, k.max(m, k.load(a, k.add(k.mul(row, cols), col)))),
        ]),
        k.store(s, row, k.add(acc, m)),
      ])],
    });
    expect(simdKernel(kernel)).toBeDefined();
    const data = Float32Array.from({ length: rows * cols }, (_, j) => Math.sin(j * 0.37) * 3);
    const results = [WebAssembly, null].map((w) => {
      const { fns, calls } = load([kernel], w);
      const out = new Float32Array(rows);
      fns.rowsum!({ a: data, s: out }, {});
      return { out, calls: calls() };
    });
    expect(results[0]!.calls).toBe(1);
    expect(results[1]!.calls).toBe(0);
    for (let r = 0; r < rows; r++) expect(Math.abs(results[0]!.out[r]! - results[1]!.out[r]!)).toBeLessThan(2e-6 * Math.abs(results[1]!.out[r]!));
  });

  it('keeps a partially written output: only the elements stored change', () => {
    const half = k.kernel({ name: 'half', buffers: [x, y], launch: k.serial(), body: [k.for(i, 0, 512, [k.store(y, i, k.sqrt(k.load(x, i)))])] });
    const plan = simdKernel(half)!;
    expect(plan.arrays.find((a) => a.name === 'y')).toMatchObject({ copyIn: true, copyOut: true });
    const { out, calls } = run(half, sweep(0, 4));
    expect(calls).toBe(1);
    expect(out[511]).toBe(Math.fround(Math.sqrt(Math.fround(4 * 511 / (n - 1)))));
    expect([...out.subarray(512)].every((v) => v === 7)).toBe(true);
    // A full write is only copied out.
    expect(simdKernel(mapKernel('full', (v) => v))!.arrays.find((a) => a.name === 'y')).toMatchObject({ copyIn: false, copyOut: true });
  });

  it('falls back to the JS loops without WebAssembly, or when the module does not validate', () => {
    const kernel = mapKernel('fallback', (v) => k.exp(v));
    const xs = sweep(-5, 5);
    const noWasm = run(kernel, xs, null);
    const refusing = run(kernel, xs, new Proxy(WebAssembly, { get: (t, key) => (key === 'validate' ? () => false : Reflect.get(t, key)) }));
    expect(noWasm.calls).toBe(0);
    expect(refusing.calls).toBe(0);
    expect([...noWasm.out]).toEqual([...xs].map((v) => Math.fround(Math.exp(v))));
    expect([...refusing.out]).toEqual([...noWasm.out]);
  });
});

describe('wasm-simd: when the memory cannot grow', () => {
  it('runs the JS loops and allocates nothing', () => {
    const big = 20000; // 160 KB of arrays: more than the memory's first page
    const bx = k.buffer('x', 'f32', big, 'read');
    const by = k.buffer('y', 'f32', big, 'write');
    const kernel = k.kernel({ name: 'big', buffers: [bx, by], launch: k.serial(), body: [k.for(i, 0, big, [k.store(by, i, k.exp(k.load(bx, i)))])] });
    const stuck = new Proxy(WebAssembly, {
      get: (target, key) => (key !== 'Memory' ? Reflect.get(target, key) : function Memory(d: WebAssembly.MemoryDescriptor) {
        const m = new WebAssembly.Memory(d);
        Object.defineProperty(m, 'grow', { value: () => { throw new RangeError('WebAssembly.Memory.grow(): Maximum memory size exceeded'); } });
        return m;
      }),
    });
    const { fns, calls } = load([kernel], stuck);
    const xs = Float32Array.from({ length: big }, (_, j) => (j % 100) / 10 - 5);
    const out = new Float32Array(big);
    fns.big!({ x: xs, y: out }, {});
    expect(calls()).toBe(0);
    expect(out[7]).toBe(Math.fround(Math.exp(xs[7]!)));
    expect((fns as unknown as Record<string, (l: number[]) => unknown>)[MODULE_ALLOCATE]!([big, big])).toBeNull();
  });
});

describe('wasm-simd: lane exp and erf', () => {
  it('exp is within 2 f32 ulp of the correctly rounded result, flushes below 2^-125 and saturates', () => {
    const kernel = mapKernel('lane_exp', (v) => k.exp(v));
    let worst = 0;
    for (const [lo, hi] of [[-86, 88.7], [-1, 1], [-20, 20]] as const) {
      const xs = sweep(lo, hi);
      const { out, calls } = run(kernel, xs);
      expect(calls).toBe(1);
      xs.forEach((v, j) => { worst = Math.max(worst, f32Ulps(out[j]!, Math.exp(v))); });
    }
    expect(worst).toBeLessThanOrEqual(2);
    const edges = Float32Array.of(0, -0, -Infinity, Infinity, NaN, -87, -100, 88.72283, 89, -3e38, 3e38, 1e-30);
    const { out } = run(kernel, edges);
    expect([...out.subarray(0, 11)]).toEqual([1, 1, 0, Infinity, NaN, 0, 0, Math.fround(Math.exp(Math.fround(88.72283))), Infinity, 0, Infinity]);
    expect(out[11]).toBe(1);
  });

  it('erf is within 4e-7 of the float64 erf everywhere and keeps relative digits near 0', () => {
    const kernel = mapKernel('lane_erf', (v) => k.erf(v));
    let absolute = 0;
    let relative = 0;
    for (const [lo, hi] of [[-6, 6], [-1e-3, 1e-3], [-0.5, 0.5]] as const) {
      const xs = sweep(lo, hi);
      const { out } = run(kernel, xs);
      xs.forEach((v, j) => {
        const want = referenceErf(v);
        absolute = Math.max(absolute, Math.abs(out[j]! - want));
        if (Math.abs(v) < 0.5 && v !== 0) relative = Math.max(relative, Math.abs(out[j]! / want - 1));
      });
    }
    expect(absolute).toBeLessThan(4e-7);
    expect(relative).toBeLessThan(4e-7);
    const { out } = run(kernel, Float32Array.of(0, -0, Infinity, -Infinity, NaN, 50, -50, 4, -4));
    expect([...out.subarray(0, 9)]).toEqual([0, -0, 1, -1, NaN, 1, -1, 1, -1]);
  });
});

describe('wasm-simd: re-rolled row loops', () => {
  it('runs a ROW_LANES-unrolled sum (four copies, column col + u into lane u) as one vector step', () => {
    const cols = 64;
    const a = k.buffer('a', 'f32', 3 * cols, 'read');
    const s = k.buffer('s', 'f32', 3, 'write');
    const row = k.variable('row', 'i32');
    const col = k.variable('col', 'i32');
    const lanes = [0, 1, 2, 3].map((u) => k.variable(`acc_${u}`, 'f32'));
    const values = [0, 1, 2, 3].map((u) => k.variable(`v_${u}`, 'f32'));
    const body: KStmt[] = [
      ...values.map((v, u) => k.let(v, k.mul(k.load(a, k.add(k.add(k.mul(row, cols), col), u)), 2))),
      ...lanes.map((acc, u) => k.assign(acc, k.add(acc, values[u]!))),
    ];
    const kernel = k.kernel({
      name: 'unrolled', buffers: [a, s], launch: k.serial(),
      body: [k.for(row, 0, 3, [
        ...lanes.map((acc) => k.let(acc, 0)),
        k.for(col, 0, cols, body, 4),
        k.store(s, row, k.add(k.add(lanes[0]!, lanes[1]!), k.add(lanes[2]!, lanes[3]!))),
      ])],
    });
    expect(simdKernel(kernel)).toBeDefined();
    const data = Float32Array.from({ length: 3 * cols }, (_, j) => (j % 7) - 3 + j / 100);
    const [simd, js] = [WebAssembly, null].map((w) => {
      const { fns, calls } = load([kernel], w);
      const out = new Float32Array(3);
      fns.unrolled!({ a: data, s: out }, {});
      return { out, calls: calls() };
    });
    expect(simd!.calls).toBe(1);
    // Lane u sums what copy u summed, in the same order; f32 operations against JS's f64 ones.
    simd!.out.forEach((v, r) => expect(Math.abs(v - js!.out[r]!)).toBeLessThan(1e-6 * Math.abs(js!.out[r]!)));
  });
});

describe('wasm-simd: the executor\'s buffers in the module\'s memory', () => {
  it('allocates once per module: growing the memory later would detach the arrays', () => {
    const fns = new Function(renderJsModule([mapKernel('alloc', (v) => k.exp(v))]))() as Record<string, unknown>;
    const allocate = fns[MODULE_ALLOCATE] as (lengths: readonly number[]) => Float32Array[] | null;
    const arrays = allocate([5, 9])!;
    expect(arrays.map((a) => a.length)).toEqual([5, 9]);
    expect(arrays[0]!.buffer).toBe(arrays[1]!.buffer);
    expect(allocate([3])).toBeNull();
    // A module without SIMD kernels has no allocator.
    const plain = new Function(renderJsModule([k.kernel({ name: 'copy', buffers: [x, y], launch: k.serial(), body: [k.store(y, 0, k.load(x, 0))] })]))();
    expect((plain as Record<string, unknown>)[MODULE_ALLOCATE]).toBeUndefined();
  });

  it('runs gpt\'s train step on buffers in the module\'s memory exactly as on staged copies', () => {
    const m = loadExample('dsl-examples/gpt.loom');
    const { lowered } = compileGraph(m.graphs.train, { target: JS_TARGET });
    const plan = planProgram(lowered);
    const kernels = lowered.kernels.map((l) => l.kernel);
    expect(kernels.filter((kernel) => simdKernel(kernel)).length).toBeGreaterThan(kernels.length * 0.8);
    const executor = (arena: boolean): JsExecutor => {
      const fns = new Function(renderJsModule(kernels))() as Record<string, unknown>;
      const table = Object.fromEntries(kernels.map((kernel) => [kernel.name, { fn: fns[kernel.name] as KernelFn, buffers: kernel.buffers.map((b) => b.name) }]));
      return new JsExecutor('train', plan, table, arena ? { allocate: fns[MODULE_ALLOCATE] as JsExecutorOptions['allocate'] } : {});
    };
    const n = m.batch * m.ctx;
    const inputs = {
      tokens: Float32Array.from({ length: n }, (_, j) => (j * 37 + 5) % m.vocab),
      targets: Float32Array.from({ length: n }, (_, j) => (j * 11 + 3) % m.vocab),
      step: Float32Array.of(3),
    };
    const [inPlace, staged] = [true, false].map((arena) => {
      const state = new Map([...m.state].map(([name, v]) => [name, v.slice()]));
      const e = executor(arena);
      const out = [e.run(inputs, state), e.run(inputs, state)];
      return { out, state, arrays: (e as unknown as { arrays: Float32Array[] }).arrays };
    });
    // Every intermediate in one memory (the module's) in place; separate arrays when staged.
    const slotted = plan.buffers.flatMap((b, j) => (b.slot === undefined ? [] : [j]));
    expect(new Set(slotted.map((j) => inPlace!.arrays[j]!.buffer)).size).toBe(1);
    expect(new Set(slotted.map((j) => staged!.arrays[j]!.buffer)).size).toBe(plan.slots.length);
    for (const [name, v] of staged!.state) expect([...inPlace!.state.get(name)!], name).toEqual([...v]);
    expect(inPlace!.out[1]!.loss).toEqual(staged!.out[1]!.loss);
  });
});

describe('wasm-simd: LOOM_SIMD', () => {
  it('is on unless set to off, and says what it takes otherwise', () => {
    expect(simdEnabled({})).toBe(true);
    expect(simdEnabled({ LOOM_SIMD: 'on' })).toBe(true);
    expect(simdEnabled({ LOOM_SIMD: 'off' })).toBe(false);
    expect(() => simdEnabled({ LOOM_SIMD: 'fast' })).toThrow('LOOM_SIMD must be "on" or "off", not "fast"');
  });
});
