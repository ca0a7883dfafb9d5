import { describe, expect, it } from 'vitest';
import { k } from '../../compiler/kernel/build.ts';
import type { KExpr, KStmt, Kernel } from '../../compiler/kernel/ir.ts';
import { KernelError } from '../../compiler/kernel/ir.ts';
import { limitProblems, WEBGPU_LIMITS } from '../../compiler/render/limits.ts';
import { renderWgsl } from '../../compiler/render/wgsl.ts';
import type { WgslKernel } from '../../compiler/render/wgsl.ts';
import { hashKernel, rowStatsKernel, scaleKernel } from './samples.ts';

/** The WGSL of one expression, stored to an f32 (or `type`) buffer. */
function wgslOf(e: KExpr, extra: KStmt[] = []): string {
  const y = k.buffer('y', e.type === 'bool' ? 'u32' : (e.type as 'f32'), 1, 'write');
  const value = e.type === 'bool' ? k.cast('u32', e) : e;
  const kern = k.kernel({ name: 'e', buffers: [y], launch: k.grid([1, 1, 1], [1, 1, 1]), body: [...extra, k.store(y, 0, value)] });
  const line = renderWgsl(kern).code.split('\n').find((l) => l.includes('y[0i] = '))!;
  return line.trim().replace(/^y\[0i\] = (.*);$/, '$1');
}

describe('WGSL renderer: golden text', () => {
  it('renders a serial kernel as one invocation, with the uniform struct after the buffers', () => {
    expect(renderWgsl(scaleKernel()).code).toBe(`// kernel scale (model.loom:4:9)
struct loom_Uniforms {
  n: i32,
  factor: f32,
}
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> y: array<f32>;
@group(0) @binding(2) var<uniform> loom_u: loom_Uniforms;
@compute @workgroup_size(1, 1, 1)
fn scale() {
  for (var i: i32 = 0i; i < loom_u.n; i++) {
    y[i] = x[i] * loom_u.factor + 1.0f;
  }
}
`);
  });

  it('renders u32 bit manipulation with the parentheses WGSL requires', () => {
    expect(renderWgsl(hashKernel(1000)).code).toBe(`// kernel hash
struct loom_Uniforms {
  seed: u32,
}
@group(0) @binding(0) var<storage, read_write> out: array<u32>;
@group(0) @binding(1) var<uniform> loom_u: loom_Uniforms;
@compute @workgroup_size(256, 1, 1)
fn hash(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 1000i) {
    let h0: u32 = (u32(i) ^ loom_u.seed) ^ ((u32(i) ^ loom_u.seed) >> 16u);
    let h1: u32 = h0 * 2146121005u;
    let h2: u32 = h1 ^ (h1 >> 15u);
    let h3: u32 = h2 * 2221713035u;
    let h4: u32 = h3 ^ (h3 >> 16u);
    out[i] = h4;
  }
}
`);
  });

  it('renders a workgroup tree reduction, renaming a buffer that would shadow max()', () => {
    expect(renderWgsl(rowStatsKernel('grid')).code).toBe(`// kernel row_stats
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> sum: array<f32>;
@group(0) @binding(2) var<storage, read_write> max_: array<f32>;
var<workgroup> partial0: array<f32, 8>;
var<workgroup> partial1: array<f32, 8>;
@compute @workgroup_size(8, 1, 1)
fn row_stats(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  var acc0_1: f32 = -0x1.fffffep+127f;
  for (var col: i32 = lid; col < 8i; col += 8i) {
    let v: f32 = x[row * 8i + col];
    acc0_0 += v;
    acc0_1 = max(acc0_1, v);
  }
  partial0[lid] = acc0_0;
  partial1[lid] = acc0_1;
  workgroupBarrier();
  if (lid < 4i) {
    partial0[lid] = partial0[lid] + partial0[lid + 4i];
    partial1[lid] = max(partial1[lid], partial1[lid + 4i]);
  }
  workgroupBarrier();
  if (lid < 2i) {
    partial0[lid] = partial0[lid] + partial0[lid + 2i];
    partial1[lid] = max(partial1[lid], partial1[lid + 2i]);
  }
  workgroupBarrier();
  if (lid < 1i) {
    partial0[lid] = partial0[lid] + partial0[lid + 1i];
    partial1[lid] = max(partial1[lid], partial1[lid + 1i]);
  }
  workgroupBarrier();
  let r0_0: f32 = partial0[0i];
  let r0_1: f32 = partial1[0i];
  if (lid == 0i) {
    sum[row] = r0_0;
    max_[row] = r0_1;
  }
}
`);
  });

  it('describes the kernel the way the WebGPU runtime expects (WgslKernel)', () => {
    const { code, kernel, ...meta } = renderWgsl(scaleKernel());
    const asRuntimeKernel: WgslKernel = { code, ...meta };
    expect(asRuntimeKernel.code).toBe(code);
    expect(kernel.name).toBe('scale');
    expect(meta).toEqual({
      name: 'scale', entryPoint: 'scale', source: 'model.loom:4:9', workgroupSize: [1, 1, 1],
      bindings: [{ name: 'x', access: 'read' }, { name: 'y', access: 'read_write' }],
      uniforms: [{ name: 'n', type: 'i32' }, { name: 'factor', type: 'f32' }],
    });
  });
});

describe('WGSL expressions', () => {
  const a = k.variable('a', 'f32');
  const b = k.variable('b', 'f32');
  const i = k.variable('i', 'i32');
  const decls = [k.let(a, 1), k.let(b, 2), k.let(i, 3)];

  it('puts select arguments in WGSL order: select(false, true, cond)', () => {
    expect(wgslOf(k.select(k.lt(a, b), a, b), decls)).toBe('select(b, a, a < b)');
  });

  it('spells literals with explicit types, and infinities as ±FLT_MAX', () => {
    expect(wgslOf(k.add(a, 0.1), decls)).toBe('a + 0.1f');
    expect(wgslOf(k.mul(a, 3), decls)).toBe('a * 3.0f');
    expect(wgslOf(k.max(a, k.f32(-Infinity)), decls)).toBe('max(a, -0x1.fffffep+127f)');
    expect(wgslOf(k.cast('f32', k.add(i, k.i32(-2147483648))), decls)).toBe('f32(i + i32(-2147483648))');
    expect(wgslOf(k.cast('f32', k.shr(k.u32(4000000000), k.cast('u32', i))), decls)).toBe('f32(4000000000u >> u32(i))');
    expect(wgslOf(k.cast('f32', k.ne(i, 0)), decls)).toBe('f32(i != 0i)');
    expect(() => wgslOf(k.add(a, NaN), decls)).toThrow(/WGSL has no NaN literal/);
  });

  it('parenthesises what WGSL will not let mix', () => {
    // Comparisons do not chain; && and || do not mix; bitwise operands are unary expressions.
    expect(wgslOf(k.eq(k.lt(a, b), k.lt(b, a)), decls)).toBe('u32((a < b) == (b < a))');
    expect(wgslOf(k.or(k.and(k.lt(a, b), k.lt(i, 1)), k.gt(i, 2)), decls)).toBe('u32((a < b && i < 1i) || i > 2i)');
    expect(wgslOf(k.cast('f32', k.shl(k.add(k.cast('u32', i), k.u32(1)), 2)), decls)).toBe('f32((u32(i) + 1u) << 2u)');
    expect(wgslOf(k.sub(a, k.neg(b)), decls)).toBe('a - -b');
  });

  it('maps the math ops to WGSL builtins and erf to a helper', () => {
    expect(wgslOf(k.rsqrt(a), decls)).toBe('inverseSqrt(a)');
    expect(wgslOf(k.recip(k.add(a, b)), decls)).toBe('1.0f / (a + b)');
    expect(wgslOf(k.bitcast('f32', k.cast('u32', i)), decls)).toBe('bitcast<f32>(u32(i))');
    const y = k.buffer('y', 'f32', 1, 'write');
    const code = renderWgsl(k.kernel({ name: 'g', buffers: [y], launch: k.serial(), body: [k.store(y, 0, k.erf(k.f32(0.5)))] })).code;
    expect(code).toContain('fn loom_erf(x: f32) -> f32 {');
    expect(code).toContain('y[0i] = loom_erf(0.5f);');
  });
});

describe('WGSL limits', () => {
  const launch = (size: [number, number, number], count: number) => k.grid(size, [count, 1, 1]);
  const kernelWith = (opts: { buffers?: number; size?: [number, number, number]; count?: number; wgFloats?: number }): Kernel => {
    const buffers = Array.from({ length: opts.buffers ?? 1 }, (_, i) => k.buffer(`b${i}`, 'f32', 1, 'read_write'));
    const body: KStmt[] = opts.wgFloats ? [k.workgroupArray('scratch', 'f32', opts.wgFloats)] : [];
    return k.kernel({ name: 'big', buffers, launch: launch(opts.size ?? [64, 1, 1], opts.count ?? 1), body, loc: 'm.loom:2:1' });
  };

  it('accepts a kernel at every limit', () => {
    expect(limitProblems(kernelWith({ buffers: 8, size: [256, 1, 1], count: 65535, wgFloats: 4096 }), WEBGPU_LIMITS)).toEqual([]);
  });

  it.each([
    [{ buffers: 9 }, '9 storage buffers; WGSL allows at most 8 per shader (split the kernel)'],
    [{ size: [16, 32, 1] as [number, number, number] }, 'workgroup size [16, 32, 1] has 512 invocations; WGSL allows at most 256'],
    [{ size: [1, 1, 128] as [number, number, number] }, 'workgroup size z = 128 exceeds the WGSL limit 64'],
    [{ count: 70000 }, '70000 workgroups in x; WGSL allows at most 65535 per dimension (use a 2-D/3-D grid)'],
    [{ wgFloats: 4097 }, '16388 bytes of workgroup memory; WGSL allows at most 16384'],
  ])('rejects %o with a clear error', (opts, message) => {
    expect(() => renderWgsl(kernelWith(opts))).toThrow(KernelError);
    expect(() => renderWgsl(kernelWith(opts))).toThrow(`kernel "big" (m.loom:2:1): ${message}`);
  });
});
