// resumeWarnings: what resuming a checkpoint with other settings changes.
import { describe, expect, it } from 'vitest';
import { learningRateAt } from '../../compiler/autodiff/optimizer.ts';
import type { TrainingSettings } from '../../runtime/checkpoint.ts';
import { resumeWarnings } from '../../runtime/resume.ts';

const settings = (over: Partial<TrainingSettings> = {}): TrainingSettings => ({
  totalSteps: 10, warmupSteps: 1, lr: 3e-3, minLr: 3e-4, beta1: 0.9, beta2: 0.95, eps: 1e-8, weightDecay: 0.1, clipNorm: 1, batch: 16, ctx: 64, seed: 1337, ...over,
});
const HINT = 'warning: the given values are used; to pause a run and resume it unchanged, train with --steps N --stop-at 10, then resume with --steps N';

describe('resumeWarnings', () => {
  it("the README's --steps 10, then --steps 20 --resume: says the schedule changes from step 10 on, and how", () => {
    const given = settings({ totalSteps: 20, warmupSteps: 2 });
    const lr = (s: TrainingSettings) => Number(learningRateAt(10, s).toPrecision(4));
    expect(lr(given)).not.toBe(lr(settings()));
    expect(resumeWarnings(settings(), given, 10, 20)).toEqual([
      `warning: resuming with total steps 20 (checkpoint: 10), warmup steps 2 (checkpoint: 1): the learning-rate schedule changes from step 10 on (step 10: lr ${lr(given)} instead of ${lr(settings())})`,
      HINT,
    ]);
  });

  it('says nothing for the same settings, or for a checkpoint that does not record them', () => {
    expect(resumeWarnings(settings(), settings(), 10, 20)).toEqual([]);
    expect(resumeWarnings(undefined, settings({ lr: 1 }), 10, 20)).toEqual([]);
    // Only what the checkpoint records is compared.
    expect(resumeWarnings({ totalSteps: 20 }, settings({ totalSteps: 20, lr: 1 }), 10, 20)).toEqual([]);
  });

  it("names AdamW's settings and the batches when they change", () => {
    expect(resumeWarnings(settings(), settings({ weightDecay: 0.05, beta2: 0.99 }), 10, 20)).toEqual([
      "warning: resuming with beta2 0.99 (checkpoint: 0.95), weight decay 0.05 (checkpoint: 0.1): AdamW's updates change from step 10 on",
      HINT,
    ]);
    expect(resumeWarnings(settings(), settings({ batch: 8, seed: 1 }), 10, 20)).toEqual([
      "warning: resuming with batch 8 (checkpoint: 16), seed 1 (checkpoint: 1337): the training batches differ from an uninterrupted run's from step 10 on",
      HINT,
    ]);
  });

  it('finds the first step whose learning rate differs, within the steps this run takes', () => {
    // minLr changes nothing during the warmup and at the top of the cosine (step 30).
    const w = resumeWarnings(settings({ lr: 1e-2, warmupSteps: 30, totalSteps: 100 }), settings({ lr: 1e-2, warmupSteps: 30, totalSteps: 100, minLr: 1e-4 }), 10, 40);
    expect(w[0]).toBe('warning: resuming with min lr 0.0001 (checkpoint: 0.0003): the learning-rate schedule changes from step 31 on (step 31: lr 0.009995 instead of 0.0099951)');
    expect(resumeWarnings(settings({ warmupSteps: 30, totalSteps: 100 }), settings({ warmupSteps: 30, totalSteps: 100, minLr: 1e-4 }), 10, 20)[0]).toBe(
      'warning: resuming with min lr 0.0001 (checkpoint: 0.0003): the learning rate of steps 10–20 is unchanged, but the checkpoints this run writes record the new values',
    );
  });
});
