// learningRateAt (plain numbers, for resume messages) is the schedule the
// train-step graph computes.
import { describe, expect, it } from 'vitest';
import { defaultOptimizer, learningRateAt, type OptimizerConfig } from '../../compiler/autodiff/optimizer.ts';
import { buildTrainStep } from '../../compiler/autodiff/train-step.ts';
import { GraphBuilder } from '../../compiler/graph/builder.ts';
import { runGraph } from '../../runtime/reference/interpreter.ts';

describe('learningRateAt', () => {
  const b = new GraphBuilder();
  const w = b.param('w', [2], { kind: 'zeros' });
  b.output('loss', b.reshape(b.sum(b.mul(w, w), [0]), []));
  const loss = b.build();

  for (const o of [
    { lr: 3e-3, minLr: 3e-4, warmupSteps: 2, totalSteps: 10 },
    { lr: 1e-2, minLr: 0, warmupSteps: 0, totalSteps: 5 },
    { lr: 5e-4, minLr: 1e-4, warmupSteps: 7, totalSteps: 7 },
  ]) {
    it(`matches the graph's lr output for ${JSON.stringify(o)}`, () => {
      const opt: OptimizerConfig = { ...defaultOptimizer, ...o };
      const g = buildTrainStep(loss, opt);
      for (let step = 0; step < o.totalSteps + 3; step++) {
        const params = new Map(['w', 'optim.m.w', 'optim.v.w'].map((n) => [n, new Float64Array(2)]));
        const out = runGraph(g, { inputs: new Map([['step', Float64Array.of(step)]]), params }, { float64: true });
        expect(learningRateAt(step, opt)).toBeCloseTo(out.outputs.get('lr')![0]!, 15);
      }
    });
  }
});
