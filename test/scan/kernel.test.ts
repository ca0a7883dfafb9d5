// The scan kernel template: every scan is exactly one forward kernel, on the
// CPU (serial) and the GPU lowering (one workgroup, run here through the JS
// renderer's workgroup emulation), numerically equal to the interpreter,
// forward and backward.
import { describe, expect, it } from 'vitest';
import { gradients } from '../../compiler/autodiff/grad.ts';
import { GraphBuilder } from '../../compiler/graph/builder.ts';
import type { Graph, NodeId } from '../../compiler/graph/types.ts';
import { JS_TARGET, WEBGPU_TARGET } from '../../compiler/target.ts';
import { compileChecked } from '../lower/helpers.ts';
import { RECURRENCES } from './helpers.ts';

/** Σ output ⊙ r over every output, and the gradient of every f32 leaf. */
function withGrads(g: Graph): Graph {
  const b = GraphBuilder.from({ ...g, outputs: [] });
  let loss: NodeId | undefined;
  g.outputs.forEach((o, j) => {
    const rank = b.shape(o.node).length;
    const term = b.sum(b.mul(o.node, b.random(b.shape(o.node), 5, j, 'normal')), [...Array(rank).keys()], false);
    loss = loss === undefined ? term : b.add(loss, term);
  });
  const leaves = g.nodes.filter((n) => (n.op === 'input' || n.op === 'param') && n.type.dtype === 'f32');
  const grads = gradients(b, loss!, leaves.map((n) => n.id));
  b.output('loss', loss!);
  leaves.forEach((n, j) => b.output(`d${j}`, grads.get(n.id)!));
  return b.build();
}

const scanKernels = (names: readonly string[]) => names.filter((n) => n.endsWith('_scan'));

describe('scan kernel', () => {
  for (const target of [JS_TARGET, WEBGPU_TARGET]) {
    for (const rec of RECURRENCES(6)) {
      it(`${target.name} ${rec.name}: one kernel per scan, equal to the interpreter`, () => {
        const lowered = compileChecked(rec.build(true), target, 1e-5);
        expect(scanKernels(lowered.kernels.map((k) => k.kernel.name))).toHaveLength(1);
      });
      it(`${target.name} ${rec.name}: the backward (stored states, reverse scan) equals the interpreter`, () => {
        const lowered = compileChecked(withGrads(rec.build(true)), target, 1e-4);
        // The forward, the forward that stores its states, the reverse scan.
        expect(scanKernels(lowered.kernels.map((k) => k.kernel.name))).toHaveLength(3);
      });
    }
  }
});
