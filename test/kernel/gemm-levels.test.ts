// Contractions whose operand axes do not merge into one stride (the attention
// output projection reads heads and head size as one K) take the gemm
// intrinsic with multi-level strides, not the scalar register-blocked loops.
// Their numbers are held to the reference by test/backends/js/numerics.test.ts
// and test/parity on every example; this checks the lowering.
import { describe, expect, it } from 'vitest';
import { defaultOptimizer } from '../../compiler/autodiff/optimizer.ts';
import { k } from '../../compiler/kernel/build.ts';
import { evalHost } from '../../compiler/kernel/eval.ts';
import { walkStmts } from '../../compiler/kernel/ir.ts';
import type { KStmt } from '../../compiler/kernel/ir.ts';
import { mergeLevels, strideOffset } from '../../compiler/kernel/templates/common.ts';
import { compileLanguageModel } from '../../compiler/model.ts';
import { compileGraph } from '../../compiler/program.ts';
import { targetSpec } from '../../compiler/target.ts';

type Gemm = Extract<KStmt, { kind: 'gemm' }>;

describe('multi-level strides', () => {
  it('merge neighbours that walk memory as one and drop size-1 levels', () => {
    const L = (...x: number[]) => Array.from({ length: x.length / 2 }, (_, i) => ({ size: x[2 * i]!, stride: x[2 * i + 1]! }));
    expect(mergeLevels(L(4, 16, 16, 1))).toBe(1); // contiguous (h, k): one stride
    expect(mergeLevels(L(2, 1024, 1, 77, 16, 16))).toEqual(L(2, 1024, 16, 16)); // (b, t) of [b, h, t, k]
    expect(mergeLevels(L(3, 0, 5, 0))).toBe(0); // broadcast
    expect(mergeLevels(L(1, 9))).toBe(0);
    expect(mergeLevels(L(3, 8, 2, 4, 4, 1))).toBe(1);
    expect(mergeLevels(L(3, 40, 2, 4, 4, 1))).toEqual(L(3, 40, 8, 1));
  });

  it('address an index by its mixed-radix digits, the outermost unbounded', () => {
    const levels = [{ size: 2, stride: 1024 }, { size: 16, stride: 16 }];
    const i = k.uniform(k.uniformParam('i', 'i32'));
    const at = (n: number) => evalHost(strideOffset(i, levels), { i: n });
    expect([0, 1, 15, 16, 17, 31, 32, 35].map(at)).toEqual([0, 16, 240, 1024, 1040, 1264, 2048, 2096]);
  });
});

describe('gpt on the js target', () => {
  const m = compileLanguageModel('dsl-examples/gpt.loom', { config: {}, batch: 2, ctx: 16, optimizer: defaultOptimizer, forwardBatch: 1 });
  const { lowered } = compileGraph(m.graphs.train, { target: targetSpec('js') });
  const gemms = lowered.kernels.map((lk) => {
    const found: Gemm[] = [];
    walkStmts(lk.kernel.body, (s) => { if (s.kind === 'gemm') found.push(s); });
    return { name: lk.kernel.name, loc: lk.kernel.loc ?? '', found };
  });
  const leveled = gemms.filter((g) => g.found.some((s) => [s.a, s.b].some((o) => Array.isArray(o.rowStride) || Array.isArray(o.colStride))));

  it('runs the output projection and its weight gradient through gemm with two-level operands', () => {
    // Per block (depth 2): y = einsum("b h t k, (h k) d -> b t d", o, wo) and dwo = oᵀ·dy.
    expect(leveled.length).toBe(4);
    expect(leveled.filter((g) => g.loc.endsWith('compiler/std/nn.loom:70:9')).length).toBe(2);
    const proj = leveled.find((g) => g.loc.endsWith('compiler/std/nn.loom:70:9'))!.found[0]!;
    // o[b, h, t, k] of batch 2, 4 heads, 16 steps, head size 16: rows (b, t), k (h, k).
    expect(proj.a.rowStride).toEqual([{ size: 2, stride: 1024 }, { size: 16, stride: 16 }]);
    expect(proj.a.colStride).toEqual([{ size: 4, stride: 256 }, { size: 16, stride: 1 }]);
    expect(proj.ldc).toBe(64);
  });

  it('leaves no einsum on the register-blocked loops', () => {
    const blocked = lowered.kernels.filter((lk) => lk.kernel.name.endsWith('_einsum') && !gemms.find((g) => g.name === lk.kernel.name)!.found.length);
    expect(blocked.map((lk) => lk.kernel.name)).toEqual([]);
  });
});
