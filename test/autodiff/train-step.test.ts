// The train step in IR must equal a hand-written AdamW (PyTorch's update rule)
// with global-norm clipping and the warmup + cosine schedule.
import { describe, expect, it } from 'vitest';
import { GraphBuilder } from '../../compiler/graph/builder.ts';
import { buildTrainStep } from '../../compiler/autodiff/train-step.ts';
import { defaultOptimizer, type OptimizerConfig } from '../../compiler/autodiff/optimizer.ts';
import { verifyGraph } from '../../compiler/graph/verify.ts';
import { runGraph } from '../../runtime/reference/interpreter.ts';

/** loss = mean((x·w + b − y)²) for x [4, 3], w [3, 2], b [2]. */
function regressionLoss() {
  const b = new GraphBuilder();
  const x = b.input('x', [4, 3]);
  const y = b.input('y', [4, 2]);
  const w = b.param('w', [3, 2], { kind: 'normal', std: 1, mean: 0 });
  const bias = b.param('b', [2], { kind: 'zeros' });
  const pred = b.add(b.einsum('nk,km->nm', x, w), bias);
  const d = b.sub(pred, y);
  b.output('loss', b.reshape(b.mean(b.mul(d, d), [0, 1]), []));
  return b.build();
}

function lrAt(step: number, o: OptimizerConfig): number {
  if (step < o.warmupSteps) return (o.lr * (step + 1)) / Math.max(1, o.warmupSteps);
  const p = Math.min(1, Math.max(0, (step - o.warmupSteps) / Math.max(1, o.totalSteps - o.warmupSteps)));
  return o.minLr + 0.5 * (o.lr - o.minLr) * (1 + Math.cos(Math.PI * p));
}

describe('train step', () => {
  const opt: OptimizerConfig = { ...defaultOptimizer, lr: 0.05, minLr: 0.005, warmupSteps: 2, totalSteps: 6, clipNorm: 0.5, weightDecay: 0.1 };
  const loss = regressionLoss();
  const step = buildTrainStep(loss, opt);

  it('is a well-formed graph with loss, grad_norm and lr outputs and an update per weight and slot', () => {
    expect(verifyGraph(step)).toEqual([]);
    expect(step.outputs.map((o) => o.name)).toEqual(['loss', 'grad_norm', 'lr']);
    expect(step.updates.map((u) => u.target).sort()).toEqual(['b', 'optim.m.b', 'optim.m.w', 'optim.v.b', 'optim.v.w', 'w'].sort());
  });

  it('matches a hand-written AdamW with clipping and the schedule, step by step', () => {
    const x = Float64Array.from({ length: 12 }, (_, i) => Math.sin(i + 1));
    const y = Float64Array.from({ length: 8 }, (_, i) => Math.cos(2 * i));
    const w = Float64Array.from([0.3, -0.2, 0.5, 0.1, -0.4, 0.25]);
    const bias = Float64Array.from([0.05, -0.05]);
    const state = new Map<string, Float64Array>([
      ['w', w.slice()], ['b', bias.slice()],
      ['optim.m.w', new Float64Array(6)], ['optim.v.w', new Float64Array(6)],
      ['optim.m.b', new Float64Array(2)], ['optim.v.b', new Float64Array(2)],
    ]);
    // Expected: the same maths in plain float64 JavaScript.
    const ref = { w: w.slice(), b: bias.slice(), mw: new Float64Array(6), vw: new Float64Array(6), mb: new Float64Array(2), vb: new Float64Array(2) };
    for (let s = 0; s < 6; s++) {
      const out = runGraph(step, { inputs: new Map([['x', x], ['y', y], ['step', Float64Array.of(s)]]), params: state }, { float64: true });
      for (const [k, v] of out.updates) state.set(k, v as Float64Array);

      const gw = new Float64Array(6);
      const gb = new Float64Array(2);
      let lossRef = 0;
      for (let n = 0; n < 4; n++) {
        for (let m = 0; m < 2; m++) {
          let p = ref.b[m]!;
          for (let k = 0; k < 3; k++) p += x[n * 3 + k]! * ref.w[k * 2 + m]!;
          const d = p - y[n * 2 + m]!;
          lossRef += (d * d) / 8;
          for (let k = 0; k < 3; k++) gw[k * 2 + m] += (2 * d * x[n * 3 + k]!) / 8;
          gb[m] += (2 * d) / 8;
        }
      }
      const norm = Math.sqrt([...gw, ...gb].reduce((a, g) => a + g * g, 0));
      const scale = Math.min(1, opt.clipNorm / (norm + 1e-6));
      const lr = lrAt(s, opt);
      const t = s + 1;
      const adam = (p: Float64Array, g: Float64Array, m: Float64Array, v: Float64Array, decay: boolean) => {
        for (let i = 0; i < p.length; i++) {
          const gi = g[i]! * scale;
          m[i] = opt.beta1 * m[i]! + (1 - opt.beta1) * gi;
          v[i] = opt.beta2 * v[i]! + (1 - opt.beta2) * gi * gi;
          if (decay) p[i] = p[i]! * (1 - lr * opt.weightDecay);
          const denom = Math.sqrt(v[i]!) / Math.sqrt(1 - opt.beta2 ** t) + opt.eps;
          p[i] = p[i]! - (lr / (1 - opt.beta1 ** t)) * (m[i]! / denom);
        }
      };
      adam(ref.w, gw, ref.mw, ref.vw, true);
      adam(ref.b, gb, ref.mb, ref.vb, false); // biases (rank 1) get no weight decay

      expect(out.outputs.get('loss')![0]).toBeCloseTo(lossRef, 12);
      expect(out.outputs.get('grad_norm')![0]).toBeCloseTo(norm, 12);
      expect(out.outputs.get('lr')![0]).toBeCloseTo(lr, 12);
      for (let i = 0; i < 6; i++) expect(state.get('w')![i]).toBeCloseTo(ref.w[i]!, 12);
      for (let i = 0; i < 2; i++) expect(state.get('b')![i]).toBeCloseTo(ref.b[i]!, 12);
    }
  });
});
