// The WGSL of lowered programs compiles in Dawn with no errors or warnings:
// the shapes the lowering regressions were about (a matmul operand computed
// from the index, a group cut into more than 26 kernels, a concat split to
// the storage-buffer limit) and an unrolled recurrence's train step. The
// numbers are checked on the CPU (test/lower/regressions.test.ts); this is
// about what a real WebGPU implementation accepts.
import { expect, it } from 'vitest';
import { GraphBuilder, lit } from '../../compiler/graph/builder.ts';
import type { Graph, NodeId } from '../../compiler/graph/types.ts';
import { compileGraph } from '../../compiler/program.ts';
import { renderWgsl } from '../../compiler/render/wgsl.ts';
import { WEBGPU_TARGET } from '../../compiler/target.ts';
import { validateWgsl } from '../../runtime/backends/webgpu/shader.ts';
import { recurrenceTrainStep } from '../fusion/recurrence.ts';
import { describeWebGpu } from '../webgpu/require-adapter.ts';

function causalMask(b: GraphBuilder, t: number): NodeId {
  return b.cast(b.binary('ge', b.reshape(b.iota([t], 0), [t, 1]), b.reshape(b.iota([t], 0), [1, t])), 'f32');
}

const graphs: Record<string, () => Graph> = {
  'masked einsum (generated operand, both tile sizes)': () => {
    const b = new GraphBuilder();
    b.output('small', b.einsum('ij,jd->id', causalMask(b, 6), b.input('v', [6, 4])));
    b.output('large', b.einsum('bj,ij->bi', b.input('x', [70, 70]), b.mul(causalMask(b, 70), lit(0.5))));
    return b.build();
  },
  'a chain cut into more than 26 kernels': () => {
    const b = new GraphBuilder();
    let acc = b.input('x0', [4, 8]);
    for (let i = 1; i <= 90; i++) {
      acc = b.add(b.mul(acc, b.input(`x${i}`, [4, 8])), lit(0.25));
      b.output(`y${i}`, acc);
    }
    return b.build();
  },
  'concat of 20 tensors': () => {
    const b = new GraphBuilder();
    b.output('y', b.concat(Array.from({ length: 20 }, (_, i) => b.input(`x${i}`, [2, 1 + (i % 3), 3])), 1));
    return b.build();
  },
  'recurrence train step (rnn, 6 steps)': () => recurrenceTrainStep({ cell: 'rnn', steps: 6 }),
};

describeWebGpu('lowered programs on WebGPU', (gpu) => {
  it.each(Object.keys(graphs))('%s: every kernel compiles with no errors or warnings', async (name) => {
    const { lowered } = compileGraph(graphs[name]!(), { target: WEBGPU_TARGET });
    for (const k of lowered.kernels) {
      const w = renderWgsl(k.kernel);
      expect(await validateWgsl(gpu(), w.code, { entryPoint: w.entryPoint }), k.kernel.name).toEqual({ errors: [], warnings: [] });
    }
  });
});
