// dedupeLets (compiler/kernel/lower/dedupe-lets.ts): lets with equal
// initialisers merge when nothing between them can change the value.
import { describe, expect, test } from 'vitest';
import { k } from '../../compiler/kernel/build.ts';
import type { KStmt, KVar } from '../../compiler/kernel/ir.ts';
import { dedupeLets } from '../../compiler/kernel/lower/dedupe-lets.ts';
import { compileJsKernel } from '../../compiler/render/js.ts';
import { buf } from './fixtures.ts';

const x = buf('x', 4, 'read');
const y = buf('y', 4, 'read_write');
const out = buf('out', 4, 'write');
const kernelOf = (body: KStmt[]) => k.kernel({ name: 'dd', buffers: [x, y, out], launch: k.serial(), body });
const lets = (body: readonly KStmt[]) => body.filter((s) => s.kind === 'let').map((s) => s.kind === 'let' && s.name);

describe('dedupeLets', () => {
  test('merges equal pure lets, renaming the later uses, also through a chain', () => {
    const [a, b, c, d] = ['a', 'b', 'c', 'd'].map((n) => k.variable(n, 'f32'));
    const body = [
      k.let(a!, k.log(k.load(x, 0))),
      k.let(b!, k.log(k.load(x, 0))),
      k.let(c!, k.mul(a!, 2)),
      k.let(d!, k.mul(b!, 2)),
      k.store(out, 0, k.add(c!, d!)),
    ];
    const merged = dedupeLets(kernelOf(body));
    expect(lets(merged.body)).toEqual(['a', 'c']);
    const data = { x: Float32Array.of(3, 0, 0, 0), y: new Float32Array(4), out: new Float32Array(4) };
    compileJsKernel(merged)(data, {});
    expect(data.out[0]).toBeCloseTo(4 * Math.log(3), 5);
  });

  test('keeps loads of buffers the kernel stores to, assigned locals, and lets of sibling blocks apart', () => {
    const [a, b, acc, acc2, u, v] = ['a', 'b', 'acc', 'acc2', 'u', 'v'].map((n) => k.variable(n, 'f32')) as [KVar, KVar, KVar, KVar, KVar, KVar];
    const [i, j] = [k.variable('i', 'i32'), k.variable('j', 'i32')];
    const body = [
      k.let(a, k.load(y, 0)),
      k.store(y, 0, 5),
      k.let(b, k.load(y, 0)), // y changed in between: not a
      k.let(acc, 0),
      k.let(acc2, 0), // equal initialiser, but both are assigned
      k.for(i, 0, 4, [k.let(u, k.exp(k.load(x, 1))), k.assign(acc, k.add(acc, u))]),
      k.for(j, 0, 4, [k.let(v, k.exp(k.load(x, 1))), k.assign(acc2, k.add(acc2, v))]), // u is not in scope here
      k.store(out, 0, k.add(k.add(a, b), k.add(acc, acc2))),
    ];
    const merged = dedupeLets(kernelOf(body));
    expect(lets(merged.body)).toEqual(['a', 'b', 'acc', 'acc2']);
    const loops = merged.body.filter((s) => s.kind === 'for');
    expect(loops.map((l) => l.kind === 'for' && lets(l.body))).toEqual([['u'], ['v']]);
  });
});
