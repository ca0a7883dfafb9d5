import { describe, expect, it } from 'vitest';
import { k } from '../../compiler/kernel/build.ts';
import type { KExpr, KStorageType, KType } from '../../compiler/kernel/ir.ts';
import { KernelError } from '../../compiler/kernel/ir.ts';
import { erf as referenceErf } from '../../compiler/graph/ops/erf.ts';
import { mix32 } from '../../compiler/graph/random.ts';
import { compileJs, compileJsKernel, renderJs, renderJsModule } from '../../compiler/render/js.ts';
import { hashKernel, scaleKernel } from './samples.ts';

/** Evaluates `f(x)` elementwise through a rendered serial kernel. */
function evalUnary(inType: KStorageType, outType: KStorageType, f: (x: KExpr) => KExpr, input: number[]): number[] {
  const n = input.length;
  const x = k.buffer('x', inType, n, 'read');
  const y = k.buffer('y', outType, n, 'write');
  const i = k.variable('i', 'i32');
  const kern = k.kernel({ name: 'f', buffers: [x, y], launch: k.serial(), body: [k.for(i, 0, n, [k.store(y, i, f(k.load(x, i)))])] });
  const arrays: Record<KType, (v: number[] | number) => Float32Array | Int32Array | Uint32Array> = {
    f32: (v) => new Float32Array(v as never), i32: (v) => new Int32Array(v as never), u32: (v) => new Uint32Array(v as never), bool: () => { throw new Error(); },
  };
  const out = arrays[outType](n);
  // The JavaScript semantics; the same loops as WebAssembly SIMD are test/render/wasm-simd.test.ts's.
  compileJsKernel(kern, { simd: false })({ x: arrays[inType](input), y: out }, {});
  return [...out];
}

describe('JS renderer: golden text', () => {
  it('renders a serial kernel with coerced uniforms', () => {
    expect(renderJs(scaleKernel()).source).toBe(`// scale (model.loom:4:9)
function scale(buffers, uniforms) {
  const x = buffers.x;
  const y = buffers.y;
  const n = uniforms.n | 0;
  const factor = Math.fround(uniforms.factor);
  for (let i = 0; i < n; i++) {
    y[i] = x[i] * factor + 1;
  }
}`);
  });

  it('renders u32 arithmetic with >>> 0 and Math.imul', () => {
    expect(renderJs(hashKernel(1000, 'serial')).source).toBe(`function hash(buffers, uniforms) {
  const out = buffers.out;
  const seed = uniforms.seed >>> 0;
  for (let i = 0; i < 1000; i++) {
    const h0 = ((((i >>> 0) ^ seed) >>> 0) ^ ((((i >>> 0) ^ seed) >>> 0) >>> 16)) >>> 0;
    const h1 = Math.imul(h0, 2146121005) >>> 0;
    const h2 = (h1 ^ (h1 >>> 15)) >>> 0;
    const h3 = Math.imul(h2, 2221713035) >>> 0;
    const h4 = (h3 ^ (h3 >>> 16)) >>> 0;
    out[i] = h4;
  }
}`);
  });

  it('emulates a grid launch: invocation loops split at barriers, per-invocation locals', () => {
    const x = k.buffer('x', 'f32', 8, 'read');
    const y = k.buffer('y', 'f32', 8, 'write');
    const tile = k.workgroupArray('tile', 'f32', 4);
    const lid = k.variable('lid', 'i32');
    const g = k.variable('g', 'i32');
    const kern = k.kernel({
      name: 'reverse4', buffers: [x, y], launch: k.grid([4, 1, 1], [2, 1, 1]),
      body: [
        tile, k.let(lid, k.cast('i32', k.localId(0))), k.let(g, k.cast('i32', k.globalId(0))),
        k.wgStore(tile, lid, k.load(x, g)), k.barrier(), k.store(y, g, k.wgLoad(tile, k.sub(3, lid))),
      ],
    });
    expect(renderJs(kern).source).toBe(`function reverse4(buffers, uniforms) {
  const x = buffers.x;
  const y = buffers.y;
  const loom_nwg_x = 2, loom_nwg_y = 1, loom_nwg_z = 1;
  const tile = new Float32Array(4);
  for (let loom_wid_z = 0; loom_wid_z < loom_nwg_z; loom_wid_z++) {
    for (let loom_wid_y = 0; loom_wid_y < loom_nwg_y; loom_wid_y++) {
      for (let loom_wid_x = 0; loom_wid_x < loom_nwg_x; loom_wid_x++) {
        tile.fill(0);
        const lid = new Int32Array(4);
        const g = new Int32Array(4);
        for (let loom_lx = 0; loom_lx < 4; loom_lx++) {
          const loom_lid = loom_lx;
          lid[loom_lid] = loom_lx | 0;
          g[loom_lid] = (loom_wid_x * 4 + loom_lx) | 0;
          tile[lid[loom_lid]] = x[g[loom_lid]];
        }
        // workgroupBarrier()
        for (let loom_lx = 0; loom_lx < 4; loom_lx++) {
          const loom_lid = loom_lx;
          y[g[loom_lid]] = tile[3 - lid[loom_lid]];
        }
      }
    }
  }
}`);
    const out = new Float32Array(8);
    compileJsKernel(kern)({ x: new Float32Array([0, 1, 2, 3, 4, 5, 6, 7]), y: out }, {});
    expect([...out]).toEqual([3, 2, 1, 0, 7, 6, 5, 4]);
  });

  it('mangles names that are JS keywords or globals', () => {
    const inBuf = k.buffer('in', 'f32', 1, 'read');
    const out = k.buffer('Math', 'f32', 1, 'write');
    const kern = k.kernel({ name: 'delete', buffers: [inBuf, out], launch: k.serial(), body: [k.store(out, 0, k.exp(k.load(inBuf, 0)))] });
    const src = renderJs(kern).source;
    expect(src).toContain('function delete_(buffers, uniforms) {');
    expect(src).toContain('const in_ = buffers.in;');
    expect(src).toContain('Math_[0] = loom_exp(in_[0]);');
    const y = new Float32Array(1);
    compileJs([kern]).delete!({ in: new Float32Array([1]), Math: y }, {});
    expect(y[0]).toBeCloseTo(Math.E, 6);
  });
});

describe('JS renderer: semantics', () => {
  it('matches the reference counter-based RNG hash bit for bit', () => {
    const out = new Uint32Array(1000);
    compileJsKernel(hashKernel(1000, 'serial'))({ out }, { seed: 0xdeadbeef });
    for (let i = 0; i < 1000; i++) expect(out[i]).toBe(mix32((i ^ 0xdeadbeef) >>> 0));
  });

  it('truncates integer division and remainder toward zero', () => {
    expect(evalUnary('i32', 'i32', (x) => k.idiv(x, 4), [7, -7, 8, -1])).toEqual([1, -1, 2, 0]);
    expect(evalUnary('i32', 'i32', (x) => k.mod(x, 4), [7, -7, 8, -1])).toEqual([3, -3, 0, -1]);
    expect(evalUnary('u32', 'u32', (x) => k.idiv(x, k.u32(3)), [4294967295, 10])).toEqual([1431655765, 3]);
    expect(evalUnary('f32', 'f32', (x) => k.mod(x, 2), [5.5, -5.5])).toEqual([1.5, -1.5]);
  });

  it('wraps u32 and keeps i32 shifts arithmetic', () => {
    expect(evalUnary('u32', 'u32', (x) => k.add(x, k.u32(1)), [4294967295])).toEqual([0]);
    expect(evalUnary('u32', 'u32', (x) => k.sub(x, k.u32(1)), [0])).toEqual([4294967295]);
    expect(evalUnary('u32', 'u32', (x) => k.shl(x, 31), [3])).toEqual([0x80000000]);
    expect(evalUnary('u32', 'u32', (x) => k.shr(x, 1), [0x80000000])).toEqual([0x40000000]);
    expect(evalUnary('i32', 'i32', (x) => k.shr(x, k.u32(1)), [-8])).toEqual([-4]);
    expect(evalUnary('u32', 'u32', (x) => k.bitAnd(x, k.u32(0xff00ff00)), [0xffffffff])).toEqual([0xff00ff00]);
  });

  it('converts and reinterprets values', () => {
    expect(evalUnary('f32', 'i32', (x) => k.cast('i32', x), [2.7, -2.7])).toEqual([2, -2]);
    expect(evalUnary('i32', 'u32', (x) => k.cast('u32', x), [-1])).toEqual([4294967295]);
    expect(evalUnary('f32', 'u32', (x) => k.bitcast('u32', x), [1, -2])).toEqual([0x3f800000, 0xc0000000]);
    expect(evalUnary('u32', 'f32', (x) => k.bitcast('f32', x), [0x3f800000])).toEqual([1]);
    expect(evalUnary('f32', 'i32', (x) => k.bitcast('i32', x), [-2])).toEqual([-1073741824]);
    expect(evalUnary('f32', 'f32', (x) => k.cast('f32', k.gt(x, 0)), [3, -3])).toEqual([1, 0]);
    expect(evalUnary('f32', 'f32', (x) => k.select(k.cast('bool', x), k.f32(5), 6), [0, 2])).toEqual([6, 5]);
  });

  it('computes the unary math ops', () => {
    const xs = [0.25, 1.5, 4];
    const cases: [(x: KExpr) => KExpr, (x: number) => number][] = [
      [k.exp, Math.exp], [k.log, Math.log], [k.sqrt, Math.sqrt], [k.rsqrt, (x) => 1 / Math.sqrt(x)],
      [k.recip, (x) => 1 / x], [k.sin, Math.sin], [k.cos, Math.cos], [k.tanh, Math.tanh],
      [k.neg, (x) => -x], [k.abs, Math.abs], [k.sign, Math.sign], [k.floor, Math.floor],
      [(x) => k.pow(x, 1.5), (x) => x ** 1.5],
    ];
    for (const [op, ref] of cases) {
      const got = evalUnary('f32', 'f32', op, xs);
      got.forEach((g, i) => expect(g).toBeCloseTo(Math.fround(ref(xs[i]!)), 6));
    }
  });

  it('evaluates erf to f32 accuracy across its range (checked against the reference erf)', () => {
    const xs = Array.from({ length: 801 }, (_, i) => -8 + i * 0.02);
    const got = evalUnary('f32', 'f32', k.erf, xs);
    let worst = 0;
    xs.forEach((x, i) => { worst = Math.max(worst, Math.abs(got[i]! - referenceErf(Math.fround(x)))); });
    expect(worst).toBeLessThan(2.5e-7);
    // Small arguments keep their relative accuracy (no 1 − erfc cancellation).
    const tiny = evalUnary('f32', 'f32', k.erf, [1e-6, -3e-4]);
    expect(tiny[0]! / referenceErf(Math.fround(1e-6))).toBeCloseTo(1, 6);
    expect(tiny[1]! / referenceErf(Math.fround(-3e-4))).toBeCloseTo(1, 6);
  });

  it('evaluates exp (loom_exp) to within an f32 ulp of Math.exp, including the edges', () => {
    const xs = [...Array.from({ length: 4001 }, (_, i) => -110 + i * 0.05), 1e-7, -1e-7, 0, -0];
    const got = evalUnary('f32', 'f32', k.exp, xs);
    let worst = 0;
    xs.forEach((x, i) => {
      const want = Math.fround(Math.exp(Math.fround(x)));
      if (want === Infinity) expect(got[i]).toBe(Infinity);
      else if (want > 1e-37) worst = Math.max(worst, Math.abs(got[i]! - want) / want);
      else expect(Math.abs(got[i]! - want)).toBeLessThan(1e-44);
    });
    expect(worst).toBeLessThan(1.2e-7);
    expect(evalUnary('f32', 'f32', k.exp, [Infinity, -Infinity, NaN, 100, -800, 709.5])).toEqual([Infinity, 0, NaN, Infinity, 0, Infinity]);
  });

  it('evaluates select lazily, so a guarded out-of-range load never happens', () => {
    const x = k.buffer('x', 'f32', 2, 'read');
    const y = k.buffer('y', 'f32', 4, 'write');
    const i = k.variable('i', 'i32');
    const kern = k.kernel({
      name: 'pad', buffers: [x, y], launch: k.serial(),
      body: [k.for(i, 0, 4, [k.store(y, i, k.select(k.lt(i, 2), k.load(x, i), 0))])],
    });
    const out = new Float32Array(4);
    compileJsKernel(kern)({ x: new Float32Array([7, 8]), y: out }, {});
    expect([...out]).toEqual([7, 8, 0, 0]);
  });
});

describe('JS modules', () => {
  it('emits each helper once and returns every kernel', () => {
    const mk = (name: string) => {
      const y = k.buffer('y', 'f32', 1, 'read_write');
      return k.kernel({ name, buffers: [y], launch: k.serial(), body: [k.store(y, 0, k.erf(k.load(y, 0)))] });
    };
    const src = renderJsModule([mk('a'), mk('b')]);
    expect(src.match(/function loom_erf/g)).toHaveLength(1);
    expect(src.endsWith('return { "a": a, "b": b, loom_allocate: undefined };')).toBe(true);
    const fns = compileJs([mk('a'), mk('b')]);
    const y = new Float32Array([0.5]);
    fns.a!({ y }, {});
    fns.b!({ y }, {});
    expect(y[0]).toBeCloseTo(referenceErf(Math.fround(referenceErf(0.5))), 6);
    expect(() => renderJsModule([mk('a'), mk('a')])).toThrow(/two kernels are named "a"/);
  });

  it('checks buffers and uniforms on every call, naming the kernel', () => {
    const f = compileJsKernel(scaleKernel());
    const ok = { x: new Float32Array(4), y: new Float32Array(4) };
    expect(() => f(ok, { n: 4 })).toThrow('kernel "scale" (model.loom:4:9): uniform "factor" is missing');
    expect(() => f({ x: ok.x }, { n: 4, factor: 1 })).toThrow('buffer "y" is missing');
    expect(() => f({ ...ok, y: new Int32Array(4) }, { n: 4, factor: 1 })).toThrow('buffer "y" must be a Float32Array');
    expect(() => f(ok, { n: 5, factor: 1 })).toThrow('buffer "x" has 4 elements; the kernel uses 5');
    f(ok, { n: 4, factor: 1 });
    compileJsKernel(scaleKernel(), { checked: false })({ x: ok.x, y: ok.y }, { n: 4, factor: 1 });
  });

  it('refuses to render an invalid kernel, naming it', () => {
    const x = k.buffer('x', 'f32', 1, 'read');
    const kern = k.kernel({ name: 'bad', buffers: [x], launch: k.serial(), body: [k.store(x, 0, 1)], loc: 'a.loom:1:1' });
    expect(() => renderJs(kern)).toThrow(KernelError);
    expect(() => renderJs(kern)).toThrow('kernel "bad" (a.loom:1:1): store to read-only buffer "x"');
  });
});
