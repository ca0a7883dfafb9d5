import { describe, expect, it } from 'vitest';
import { k } from '../../compiler/kernel/build.ts';
import { applyBinary, applyBitcast, applyCast, evalHost, launchWorkgroups } from '../../compiler/kernel/eval.ts';
import { Names } from '../../compiler/kernel/names.ts';
import { printExpr } from '../../compiler/render/kernel-ir.ts';

const i = k.variable('i', 'i32');
const x = k.variable('x', 'f32');
const u = k.variable('u', 'u32');

describe('builders', () => {
  it('lift numbers to the other operand type', () => {
    expect(k.add(i, 1)).toMatchObject({ type: 'i32', rhs: { kind: 'const', type: 'i32', value: 1 } });
    expect(k.add(2.5, x)).toMatchObject({ type: 'f32', lhs: { kind: 'const', type: 'f32', value: 2.5 } });
    expect(k.shl(u, 3)).toMatchObject({ type: 'u32', rhs: { type: 'u32' } });
    expect(k.lt(i, 3).type).toBe('bool');
  });

  it('fold constants with the type rounding', () => {
    expect(k.add(k.i32(2147483647), 1)).toEqual(k.i32(-2147483648));
    expect(k.mul(k.u32(0x10000), k.u32(0x10000))).toEqual(k.u32(0));
    expect(k.sub(k.u32(0), k.u32(1))).toEqual(k.u32(4294967295));
    expect(k.idiv(k.i32(-7), 2)).toEqual(k.i32(-3));
    expect(k.mod(k.i32(-7), 2)).toEqual(k.i32(-1));
    expect(k.shr(k.u32(0x80000000), 31)).toEqual(k.u32(1));
    expect(k.shr(k.i32(-8), k.u32(1))).toEqual(k.i32(-4));
    expect(k.f32(0.1).value).toBe(Math.fround(0.1));
    expect(k.lt(k.i32(1), 2)).toEqual(k.bool(true));
  });

  it('drop identities but keep f32 x*0', () => {
    expect(k.mul(i, 1)).toBe(i);
    expect(k.add(0, i)).toBe(i);
    expect(k.sub(i, 0)).toBe(i);
    expect(k.idiv(i, 1)).toBe(i);
    expect(k.mod(i, 1)).toEqual(k.i32(0));
    expect(k.mul(i, 0)).toEqual(k.i32(0));
    expect(k.mul(x, 0).kind).toBe('binary'); // NaN * 0 is NaN
    expect(k.div(x, 1)).toBe(x);
    expect(k.and(true, k.lt(i, 3))).toEqual(k.lt(i, 3));
    expect(k.or(k.lt(i, 3), true)).toEqual(k.bool(true));
    expect(k.neg(k.neg(x))).toBe(x);
    expect(k.cast('i32', i)).toBe(i);
    expect(k.select(true, x, 2)).toBe(x);
  });

  it('gather integer constants so index math stays small', () => {
    expect(printExpr(k.add(k.add(i, 5), 3))).toBe('i + 8');
    expect(printExpr(k.add(k.mul(i, 4), k.add(i, 16)))).toBe('i * 4 + i + 16');
    expect(printExpr(k.ceilDiv(i, 256))).toBe('idiv(i + 255, 256)');
    expect(printExpr(k.add(k.add(x, 1), 2))).toBe('x + 1.0 + 2.0'); // f32 adds do not reassociate
  });

  it('fold casts and bitcasts of constants', () => {
    expect(k.cast('i32', k.f32(-2.7))).toEqual(k.i32(-2));
    expect(k.cast('u32', k.f32(-5))).toEqual(k.u32(0));
    expect(k.cast('bool', k.i32(3))).toEqual(k.bool(true));
    expect(k.bitcast('u32', k.f32(1))).toEqual(k.u32(0x3f800000));
    expect(k.bitcast('f32', k.u32(0x40490fdb))).toMatchObject({ kind: 'const', value: Math.fround(Math.PI) });
  });

  it('do not fold transcendentals (each target has its own)', () => {
    expect(k.exp(k.f32(1)).kind).toBe('unary');
    expect(k.sqrt(k.f32(4))).toEqual(k.f32(2));
  });

  it('reject ill-typed operands at construction', () => {
    expect(() => k.add(i, x)).toThrow(/operands differ: i32 and f32/);
    expect(() => k.div(i, i)).toThrow(/div does not accept i32/);
    expect(() => k.idiv(x, x)).toThrow(/idiv does not accept f32/);
    expect(() => k.shl(i, i)).toThrow(/u32 shift amount/);
    expect(() => k.exp(i)).toThrow(/exp does not accept i32/);
    expect(() => k.select(i, x, x)).toThrow(/condition is i32/);
    expect(() => k.let(x, i)).toThrow(/f32 initialised with i32/);
    expect(() => k.for(x, 0, 1, [])).toThrow(/must be i32 or u32/);
    expect(() => k.bitcast('bool', i)).toThrow(/bool has no bit pattern/);
  });

  it('k.when inlines constant conditions', () => {
    const s = k.store(k.buffer('y', 'f32', 1, 'write'), 0, 1);
    expect(k.when(true, [s])).toEqual([s]);
    expect(k.when(false, [s])).toEqual([]);
    expect(k.when(k.lt(i, 1), [s])[0]!.kind).toBe('if');
  });
});

describe('host evaluation', () => {
  it('evaluates launch expressions over uniforms', () => {
    const n = k.uniformParam('n', 'i32');
    const kernel = k.kernel({
      name: 'f', buffers: [], uniforms: [n], body: [],
      launch: k.grid([256, 1, 1], [k.min(k.ceilDiv(k.uniform(n), 256), 65535), k.ceilDiv(k.ceilDiv(k.uniform(n), 256), 65535), 1]),
    });
    expect(launchWorkgroups(kernel, { n: 1000 })).toEqual([4, 1, 1]);
    expect(launchWorkgroups(kernel, { n: 256 * 70000 })).toEqual([65535, 2, 1]);
    expect(() => launchWorkgroups(kernel, {})).toThrow(/kernel "f".*uniform "n" has no value/);
  });

  it('refuses device-only values', () => {
    expect(() => evalHost(k.globalId(0), {})).toThrow(/global_id/);
    expect(() => evalHost(i, {})).toThrow(/variable "i"/);
  });

  it('applies IR semantics exactly', () => {
    expect(applyBinary('idiv', 'i32', 7, 0)).toBeUndefined();
    expect(applyBinary('shl', 'u32', 1, 31)).toBe(0x80000000);
    expect(applyCast('i32', 'f32', 1e12)).toBe(2147483647);
    expect(applyCast('i32', 'f32', NaN)).toBe(0);
    expect(applyBitcast('i32', 'u32', 0xffffffff)).toBe(-1);
  });
});

describe('Names', () => {
  it('hands out fresh names around reserved ones', () => {
    const names = new Names(['x']);
    expect(names.fresh('x')).toBe('x_1');
    expect(names.fresh('x')).toBe('x_2');
    expect(names.variable('acc', 'f32')).toEqual(k.variable('acc', 'f32'));
    expect(names.has('acc')).toBe(true);
  });
});
