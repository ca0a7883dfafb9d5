import { describe, expect, it } from 'vitest';
import { k } from '../../compiler/kernel/build.ts';
import type { KExpr, KStmt, Kernel, Launch } from '../../compiler/kernel/ir.ts';
import { KernelError } from '../../compiler/kernel/ir.ts';
import { assertValidKernel, verifyKernel } from '../../compiler/kernel/verify.ts';

const x = k.buffer('x', 'f32', 16, 'read');
const y = k.buffer('y', 'f32', 16, 'write');
const n = k.uniformParam('n', 'i32');
const i = k.variable('i', 'i32');
const grid: Launch = k.grid([64, 1, 1], [1, 1, 1]);

function kernel(body: KStmt[], launch: Launch = k.serial(), extra: Partial<Kernel> = {}): Kernel {
  return k.kernel({ name: 'kern', buffers: [x, y], uniforms: [n], launch, body, ...extra });
}

const ok = kernel([k.for(i, 0, k.uniform(n), [k.store(y, i, k.load(x, i))])]);

describe('verifyKernel', () => {
  it('accepts a well-formed kernel', () => {
    expect(verifyKernel(ok)).toEqual([]);
  });

  it('requires variables to be declared before use, within their scope', () => {
    expect(verifyKernel(kernel([k.store(y, 0, k.variable('t', 'f32'))]))).toEqual(['use of undeclared variable "t"']);
    const loopThenUse = kernel([k.for(i, 0, 4, []), k.store(y, i, 0)]);
    expect(verifyKernel(loopThenUse)).toEqual(['use of undeclared variable "i"']);
    expect(verifyKernel(kernel([k.assign(k.variable('t', 'f32'), 1)]))).toEqual(['assignment to undeclared local "t"']);
  });

  it('rejects redeclaration, shadowing and reserved names', () => {
    const t = k.variable('t', 'f32');
    expect(verifyKernel(kernel([k.let(t, 0), k.let(t, 1)]))).toEqual(['local "t" is already declared in this scope']);
    expect(verifyKernel(kernel([k.let(k.variable('x', 'f32'), 0)]))).toEqual(['local "x" is already declared in this scope']);
    expect(verifyKernel(kernel([k.let(k.variable('kern', 'f32'), 0)]))).toEqual(['local "kern" is already declared in this scope']);
    expect(verifyKernel(kernel([k.let(k.variable('loom_t', 'f32'), 0)]))[0]).toMatch(/not a valid identifier/);
    // Sibling scopes may reuse a name.
    expect(verifyKernel(kernel([k.for(i, 0, 2, []), k.for(i, 0, 2, [])]))).toEqual([]);
  });

  it('checks that recorded types agree', () => {
    const bad: KExpr = { kind: 'binary', type: 'f32', op: 'add', lhs: i, rhs: k.f32(1) };
    const problems = verifyKernel(kernel([k.for(i, 0, 1, [k.store(y, i, bad)])]));
    expect(problems).toEqual(['add: add operands differ: i32 and f32']);
    const wrongResult: KExpr = { kind: 'binary', type: 'f32', op: 'lt', lhs: i, rhs: k.i32(1) };
    expect(verifyKernel(kernel([k.for(i, 0, 1, [k.store(y, i, wrongResult)])]))).toEqual([
      'lt is recorded as f32 but computes bool',
    ]);
    expect(verifyKernel(kernel([{ kind: 'store', buffer: 'y', index: k.f32(0), value: k.f32(0) }]))).toEqual([
      'index into "y" must be i32 or u32, not f32',
    ]);
    expect(verifyKernel(kernel([{ kind: 'let', name: 'b', type: 'i32', init: { kind: 'const', type: 'i32', value: 1.5 } }]))).toEqual([
      'constant 1.5 is not a valid i32',
    ]);
  });

  it('checks buffers exist and respect their access', () => {
    expect(verifyKernel(kernel([k.store(x, 0, 1)]))).toEqual(['store to read-only buffer "x"']);
    expect(verifyKernel(kernel([k.store(y, 0, k.load(y, 0))]))).toEqual(['load from write-only buffer "y"']);
    expect(verifyKernel(kernel([k.store(k.buffer('z', 'f32', 1, 'write'), 0, 1)]))).toEqual(['store to unknown buffer "z"']);
    const boolBuffer = kernel([], k.serial(), { buffers: [{ name: 'b', dtype: 'bool' as never, count: k.i32(1), access: 'read' }] });
    expect(verifyKernel(boolBuffer)).toEqual(['buffer "b" has dtype bool; store bools as u32']);
  });

  it('rejects barriers in serial kernels and in divergent control flow', () => {
    expect(verifyKernel(kernel([k.barrier()]))).toEqual(['barrier in a serial kernel (barriers need a grid launch)']);
    const lid = k.cast('i32', k.localId(0));
    const divergentIf = kernel([k.if(k.lt(lid, 4), [k.barrier()])], grid);
    expect(verifyKernel(divergentIf)[0]).toMatch(/barrier inside divergent control flow/);
    const divergentLoop = kernel([k.for(i, 0, lid, [k.barrier()])], grid);
    expect(verifyKernel(divergentLoop)[0]).toMatch(/divergent/);
    // A variable assigned a varying value makes conditions on it varying too.
    const t = k.variable('t', 'i32');
    const viaVariable = kernel([k.let(t, 0), k.assign(t, lid), k.if(k.lt(t, 1), [k.barrier()])], grid);
    expect(verifyKernel(viaVariable)[0]).toMatch(/divergent/);
    // Loads are varying (WGSL treats memory as non-uniform).
    const viaLoad = kernel([k.if(k.lt(k.load(x, 0), 1), [k.barrier()])], grid);
    expect(verifyKernel(viaLoad)[0]).toMatch(/divergent/);
    // workgroup_id, uniforms and uniform loop variables are fine.
    const wid = k.cast('i32', k.workgroupId(0));
    const uniform = kernel([k.if(k.lt(wid, k.uniform(n)), [k.for(i, 0, k.uniform(n), [k.barrier()])])], grid);
    expect(verifyKernel(uniform)).toEqual([]);
  });

  it('rejects builtins in serial kernels and checks launch expressions', () => {
    expect(verifyKernel(kernel([k.store(y, k.cast('i32', k.globalId(0)), 1)]))).toEqual([
      'global_id used in a serial kernel (builtins need a grid launch)',
    ]);
    const readsVariable = kernel([], k.grid([64, 1, 1], [i, 1, 1]));
    expect(verifyKernel(readsVariable)).toContain('workgroup count x must use only constants and uniforms (it reads variable "i")');
    expect(verifyKernel(kernel([], k.grid([0, 1, 1], [1, 1, 1])))).toEqual(['workgroup size [0, 1, 1] must be positive integers']);
  });

  it('requires workgroup arrays at top level', () => {
    const arr = k.workgroupArray('tile', 'f32', 16);
    expect(verifyKernel(kernel([arr, k.wgStore(arr, 0, 1)], grid))).toEqual([]);
    expect(verifyKernel(kernel([k.if(true as never, [arr])], grid))[0]).toMatch(/must be declared at the top level/);
    expect(verifyKernel(kernel([k.wgStore(arr, 0, 1)], grid))).toEqual(['store to unknown workgroup array "tile"']);
  });

  it('forbids assigning loop variables', () => {
    expect(verifyKernel(kernel([k.for(i, 0, 4, [k.assign(i, 2)])]))).toEqual(['assignment to loop variable "i"']);
  });

  it('assertValidKernel names the kernel and its loom source', () => {
    const bad = kernel([k.store(x, 0, 1)], k.serial(), { loc: 'model.loom:12:3' });
    expect(() => assertValidKernel(bad)).toThrow(KernelError);
    expect(() => assertValidKernel(bad)).toThrow('kernel "kern" (model.loom:12:3): store to read-only buffer "x"');
  });
});
