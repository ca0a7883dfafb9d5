import { describe, expect, it } from 'vitest';
import { k } from '../../compiler/kernel/build.ts';
import { printExpr, printKernel } from '../../compiler/render/kernel-ir.ts';
import { elementwiseKernel } from '../../compiler/kernel/templates/index.ts';
import { hashKernel, rowStatsKernel, scaleKernel } from '../render/samples.ts';

describe('printKernel', () => {
  it('prints a serial kernel with its source location, parameters and types', () => {
    expect(printKernel(scaleKernel())).toBe(`kernel scale (model.loom:4:9)
  buffer x: f32[n] read
  buffer y: f32[n] write
  uniform n: i32
  uniform factor: f32
  launch serial
{
  for i: i32 in 0..n {
    y[i] = x[i] * factor + 1.0
  }
}
`);
  });

  it('prints grid launches, builtins, u32 literals and parenthesised bit operations', () => {
    expect(printKernel(hashKernel(1000))).toBe(`kernel hash
  buffer out: u32[1000] write
  uniform seed: u32
  launch grid workgroup_size(256, 1, 1) workgroups(4, 1, 1)
{
  let i: i32 = i32(workgroup_id.x) * 256 + i32(local_id.x)
  if (i < 1000) {
    let h0: u32 = (u32(i) ^ seed) ^ ((u32(i) ^ seed) >> 16u)
    let h1: u32 = h0 * 2146121005u
    let h2: u32 = h1 ^ (h1 >> 15u)
    let h3: u32 = h2 * 2221713035u
    let h4: u32 = h3 ^ (h3 >> 16u)
    out[i] = h4
  }
}
`);
  });

  it('prints workgroup arrays, barriers, var/let and infinities', () => {
    const text = printKernel(rowStatsKernel('grid'));
    expect(text).toContain('  workgroup partial0: f32[8]\n  workgroup partial1: f32[8]\n');
    expect(text).toContain('  var acc0_1: f32 = -inf\n  for col: i32 in lid..8 step 8 {\n');
    expect(text).toContain('  barrier\n  if (lid < 4) {\n');
    expect(text).toContain('  let r0_1: f32 = partial1[0]\n  if (lid == 0) {\n    sum[row] = r0_0\n');
  });

  it('prints N-d elementwise kernels as nested loops when the body uses the axes', () => {
    const y = k.buffer('y', 'f32', 24, 'write');
    const kern = elementwiseKernel({
      signature: { name: 'iota3', buffers: [y] }, launch: 'serial', shape: [2, 3, 4],
      body: ({ index, flat }) => [k.store(y, flat, k.cast('f32', k.add(k.mul(index[0]!, 100), index[2]!)))],
    });
    expect(printKernel(kern)).toBe(`kernel iota3
  buffer y: f32[24] write
  launch serial
{
  for i0: i32 in 0..2 {
    for i1: i32 in 0..3 {
      for i2: i32 in 0..4 {
        let i: i32 = i0 * 12 + i1 * 4 + i2
        y[i] = f32(i0 * 100 + i2)
      }
    }
  }
}
`);
  });

  it('prints expressions with minimal parentheses', () => {
    const a = k.variable('a', 'f32');
    const b = k.variable('b', 'f32');
    const i = k.variable('i', 'i32');
    expect(printExpr(k.mul(k.add(a, b), k.sub(a, b)))).toBe('(a + b) * (a - b)');
    expect(printExpr(k.sub(a, k.sub(b, a)))).toBe('a - (b - a)');
    expect(printExpr(k.sub(k.sub(a, b), a))).toBe('a - b - a');
    expect(printExpr(k.neg(k.neg(k.exp(a))))).toBe('exp(a)');
    expect(printExpr(k.neg(k.add(a, b)))).toBe('-(a + b)');
    expect(printExpr(k.neg(a))).toBe('-a');
    expect(printExpr(k.select(k.lt(i, 3), a, b))).toBe('i < 3 ? a : b');
    expect(printExpr(k.and(k.lt(i, 3), k.or(k.gt(i, 0), k.eq(i, -1))))).toBe('i < 3 && (i > 0 || i == -1)');
    expect(printExpr(k.mul(a, k.f32(-2)))).toBe('a * -2.0');
    expect(printExpr(k.bitcast('u32', a))).toBe('bitcast<u32>(a)');
  });
});
