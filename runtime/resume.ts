// What a resume changes. A checkpoint stores the settings of the run that
// wrote it (TrainingSettings); resuming with other values is allowed (the
// given values win: that is how a finished run is extended, e.g. `--steps 10`
// then `--steps 20 --resume`), but the result then differs from an
// uninterrupted run, so `loom train` warns and says exactly what changes.
// To pause a run and continue it unchanged, train with `--steps N --stop-at K`
// and resume with `--steps N`.
import { learningRateAt } from '../compiler/autodiff/optimizer.ts';
import type { TrainingSettings } from './checkpoint.ts';

const LABELS: Record<keyof TrainingSettings, string> = {
  totalSteps: 'total steps',
  warmupSteps: 'warmup steps',
  lr: 'lr',
  minLr: 'min lr',
  beta1: 'beta1',
  beta2: 'beta2',
  eps: 'eps',
  weightDecay: 'weight decay',
  clipNorm: 'clip norm',
  batch: 'batch',
  ctx: 'ctx',
  seed: 'seed',
};

const SCHEDULE: readonly (keyof TrainingSettings)[] = ['totalSteps', 'warmupSteps', 'lr', 'minLr'];
const UPDATE_RULE: readonly (keyof TrainingSettings)[] = ['beta1', 'beta2', 'eps', 'weightDecay', 'clipNorm'];
const BATCHES: readonly (keyof TrainingSettings)[] = ['batch', 'ctx', 'seed'];

const fmtNumber = (v: number, digits = 4): string => (Number.isInteger(v) ? String(v) : String(Number(v.toPrecision(digits))));

/** Two different numbers with as few digits as tell them apart (4 to 12). */
function fmtPair(a: number, b: number): [string, string] {
  for (let digits = 4; digits < 12; digits++) {
    const pa = fmtNumber(a, digits);
    const pb = fmtNumber(b, digits);
    if (pa !== pb) return [pa, pb];
  }
  return [String(a), String(b)];
}

/**
 * Warning lines (without a trailing newline) for resuming, at `startStep`, a
 * checkpoint written with `stored` settings using `given` ones, for the steps
 * [startStep, endStep). Empty when nothing changes, or when the checkpoint
 * does not record its settings (written before they were stored).
 */
export function resumeWarnings(stored: Partial<TrainingSettings> | undefined, given: TrainingSettings, startStep: number, endStep: number): string[] {
  if (stored === undefined) return [];
  const changed = (keys: readonly (keyof TrainingSettings)[]) =>
    keys.filter((k) => stored[k] !== undefined && stored[k] !== given[k]);
  const describe = (keys: readonly (keyof TrainingSettings)[]) =>
    keys.map((k) => `${LABELS[k]} ${fmtNumber(given[k])} (checkpoint: ${fmtNumber(stored[k]!)})`).join(', ');
  const lines: string[] = [];

  const schedule = changed(SCHEDULE);
  if (schedule.length) {
    const before = { ...given, ...pick(stored, SCHEDULE) };
    let first = -1;
    for (let s = startStep; s < endStep; s++) {
      if (learningRateAt(s, given) !== learningRateAt(s, before)) {
        first = s;
        break;
      }
    }
    const [now, then] = first < 0 ? ['', ''] : fmtPair(learningRateAt(first, given), learningRateAt(first, before));
    lines.push(
      first < 0
        ? `warning: resuming with ${describe(schedule)}: the learning rate of steps ${startStep}–${endStep} is unchanged, but the checkpoints this run writes record the new values`
        : `warning: resuming with ${describe(schedule)}: the learning-rate schedule changes from step ${first} on ` +
            `(step ${first}: lr ${now} instead of ${then})`,
    );
  }
  const rule = changed(UPDATE_RULE);
  if (rule.length) lines.push(`warning: resuming with ${describe(rule)}: AdamW's updates change from step ${startStep} on`);
  const batches = changed(BATCHES);
  if (batches.length) lines.push(`warning: resuming with ${describe(batches)}: the training batches differ from an uninterrupted run's from step ${startStep} on`);
  if (lines.length) {
    lines.push(
      `warning: the given values are used; to pause a run and resume it unchanged, train with --steps N --stop-at ${startStep}, then resume with --steps N`,
    );
  }
  return lines;
}

function pick(s: Partial<TrainingSettings>, keys: readonly (keyof TrainingSettings)[]): Partial<TrainingSettings> {
  const out: Partial<TrainingSettings> = {};
  for (const k of keys) if (s[k] !== undefined) out[k] = s[k];
  return out;
}
