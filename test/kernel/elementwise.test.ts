import { describe, expect, it } from 'vitest';
import { erf } from '../../compiler/graph/ops/erf.ts';
import { k } from '../../compiler/kernel/build.ts';
import { launchWorkgroups } from '../../compiler/kernel/eval.ts';
import { elementwiseKernel } from '../../compiler/kernel/templates/index.ts';
import type { ElementwiseOptions } from '../../compiler/kernel/templates/index.ts';
import { compileJsKernel } from '../../compiler/render/js.ts';
import { buf, randomArray } from './fixtures.ts';

const launches = ['serial', 'grid'] as const;

function run(opts: ElementwiseOptions, buffers: Record<string, Float32Array>, uniforms: Record<string, number> = {}) {
  compileJsKernel(elementwiseKernel(opts))(buffers, uniforms);
}

describe.each(launches)('elementwise (%s)', (launch) => {
  it('maps a 1-D buffer of dynamic size', () => {
    const n = k.uniformParam('n', 'i32');
    const x = k.buffer('x', 'f32', k.uniform(n), 'read');
    const y = k.buffer('y', 'f32', k.uniform(n), 'write');
    const input = randomArray(1000);
    const out = new Float32Array(1000);
    run({
      signature: { name: 'gelu_ish', buffers: [x, y], uniforms: [n] }, launch, shape: [k.uniform(n)],
      body: ({ flat }) => [k.store(y, flat, k.mul(k.load(x, flat), k.erf(k.load(x, flat))))],
    }, { x: input, y: out }, { n: 1000 });
    for (let i = 0; i < 1000; i++) expect(out[i]).toBeCloseTo(input[i]! * erf(input[i]!), 6);
  });

  it('hands the body N-d indices over an odd shape', () => {
    const y = buf('y', 105, 'write');
    const out = new Float32Array(105);
    run({
      signature: { name: 'coords', buffers: [y] }, launch, shape: [3, 5, 7],
      body: ({ flat, index }) => [k.store(y, flat, k.cast('f32', k.add(k.add(k.mul(index[0]!, 100), k.mul(index[1]!, 10)), index[2]!)))],
    }, { y: out });
    const expected: number[] = [];
    for (let a = 0; a < 3; a++) for (let b = 0; b < 5; b++) for (let c = 0; c < 7; c++) expected.push(a * 100 + b * 10 + c);
    expect([...out]).toEqual(expected);
  });

  it('reads broadcast operands through strides', () => {
    // out[i, j] = a[i] + b[j]: a broadcast along axis 1, b along axis 0.
    const a = buf('a', 4, 'read');
    const b = buf('b', 6, 'read');
    const y = buf('y', 24, 'write');
    const out = new Float32Array(24);
    run({
      signature: { name: 'outer_add', buffers: [a, b, y] }, launch, shape: [4, 6],
      body: ({ flat, index }) => [k.store(y, flat, k.add(k.load(a, index[0]!), k.load(b, index[1]!)))],
    }, { a: new Float32Array([0, 10, 20, 30]), b: new Float32Array([1, 2, 3, 4, 5, 6]), y: out });
    for (let i = 0; i < 4; i++) for (let j = 0; j < 6; j++) expect(out[i * 6 + j]).toBe(i * 10 + j + 1);
  });
});

describe('elementwise grid launches', () => {
  it('uses a 2-D workgroup grid past 65,535 workgroups and bounds-checks the surplus', () => {
    const y = buf('y', 70001, 'write');
    const kern = elementwiseKernel({
      signature: { name: 'iota', buffers: [y] }, launch: 'grid', shape: [70001], workgroupSize: 1,
      body: ({ flat }) => [k.store(y, flat, k.cast('f32', flat))],
    });
    const [x, gy, z] = launchWorkgroups(kern);
    expect(gy).toBe(2);
    expect(x).toBeLessThanOrEqual(65535);
    expect(x * gy * z).toBeGreaterThanOrEqual(70001);
    const out = new Float32Array(70001).fill(-1);
    compileJsKernel(kern)({ y: out }, {});
    expect(out.every((v, i) => v === i)).toBe(true);
  });

  it('sizes dynamic grids from uniforms', () => {
    const n = k.uniformParam('n', 'i32');
    const y = k.buffer('y', 'f32', k.uniform(n), 'write');
    const kern = elementwiseKernel({
      signature: { name: 'fill', buffers: [y], uniforms: [n] }, launch: 'grid', shape: [k.uniform(n)],
      body: ({ flat }) => [k.store(y, flat, 3)],
    });
    expect(launchWorkgroups(kern, { n: 1000 })).toEqual([4, 1, 1]);
    expect(launchWorkgroups(kern, { n: 256 * 65535 + 1 })).toEqual([65535, 2, 1]);
    const out = new Float32Array(1000);
    compileJsKernel(kern)({ y: out }, { n: 1000 });
    expect(out.every((v) => v === 3)).toBe(true);
  });

  it('grid-strides when the workgroup count is capped', () => {
    const y = buf('y', 1000, 'read_write');
    const kern = elementwiseKernel({
      signature: { name: 'inc', buffers: [y] }, launch: 'grid', shape: [1000], workgroupSize: 64, maxWorkgroups: 3,
      body: ({ flat }) => [k.store(y, flat, k.add(k.load(y, flat), 1))],
    });
    expect(launchWorkgroups(kern)).toEqual([3, 1, 1]);
    const out = new Float32Array(1000);
    compileJsKernel(kern)({ y: out }, {});
    expect(out.every((v) => v === 1)).toBe(true); // every element exactly once
  });

  it('grid-strides exactly once per element when a dynamic cap meets a 2-D grid', () => {
    const n = k.uniformParam('n', 'i32');
    const y = k.buffer('y', 'f32', k.uniform(n), 'read_write');
    const kern = elementwiseKernel({
      signature: { name: 'inc', buffers: [y], uniforms: [n] }, launch: 'grid', shape: [k.uniform(n)],
      workgroupSize: 1, maxWorkgroups: 70000,
      body: ({ flat }) => [k.store(y, flat, k.add(k.load(y, flat), 1))],
    });
    expect(launchWorkgroups(kern, { n: 140001 })).toEqual([65535, 2, 1]); // 131070 launched, 70000 used
    const out = new Float32Array(140001);
    compileJsKernel(kern)({ y: out }, { n: 140001 });
    expect(out.every((v) => v === 1)).toBe(true);
  });

  it('skips the bounds check when the grid covers the space exactly', () => {
    const y = buf('y', 512, 'write');
    const kern = elementwiseKernel({
      signature: { name: 'exact', buffers: [y] }, launch: 'grid', shape: [512],
      body: ({ flat }) => [k.store(y, flat, 1)],
    });
    expect(kern.body.some((s) => s.kind === 'if')).toBe(false);
  });
});

