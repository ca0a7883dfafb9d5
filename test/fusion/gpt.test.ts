// The example GPT (dsl-examples/gpt.loom, default config, batch 2 × 16
// tokens) through the pass pipeline and fusion: kernel structure of the
// forward pass, the train step's fused/unfused figures, and the fused train
// step run kernel by kernel against the interpreter.
import { describe, expect, test } from 'vitest';
import { fuse } from '../../compiler/fusion/fuse.ts';
import { runFused } from '../../compiler/fusion/reference.ts';
import { validateProgram } from '../../compiler/fusion/validate.ts';
import { optimizeGraph } from '../../compiler/passes/pipeline.ts';
import { programStats, type ProgramFigures } from '../../compiler/stats.ts';
import { runGraph } from '../../runtime/reference/interpreter.ts';
import { resultDistance } from '../passes/helpers.ts';
import { expectPartitionProperties } from './helpers.ts';
import { gptFeeds, gptLoss, gptTrainStep } from './models.ts';

const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(2)} MiB`;

function table(name: string, s: { unfused: ProgramFigures; fused: ProgramFigures }): string {
  const row = (label: string, f: ProgramFigures) =>
    `  ${label.padEnd(8)} ${String(f.kernels).padStart(5)} kernels  read ${mb(f.bytesRead).padStart(10)}  written ${mb(f.bytesWritten).padStart(10)}  ${(f.flops / 1e6).toFixed(2).padStart(7)} MFLOP  peak ${mb(f.peakBytes).padStart(10)}`;
  const ratio = (a: number, b: number) => (a / b).toFixed(3);
  const bytes = (f: ProgramFigures) => f.bytesRead + f.bytesWritten;
  return [
    `${name}:`,
    row('unfused', s.unfused),
    row('fused', s.fused),
    `  fused/unfused: kernels ${ratio(s.fused.kernels, s.unfused.kernels)}, bytes ${ratio(bytes(s.fused), bytes(s.unfused))}, peak ${ratio(s.fused.peakBytes, s.unfused.peakBytes)}`,
  ].join('\n');
}

describe('GPT', () => {
  test('forward + loss: 9 kernels per block and 4 around them', () => {
    // Per block: LayerNorm, q, k, v (each with its bias), attention (one fused kernel:
    // scores, causal mask, softmax and the weighted sum), the output projection reading
    // the heads where attention wrote them + bias + residual, LayerNorm, fc + bias +
    // GELU, projection + bias + residual. Around them: embedding gather + positions,
    // final LayerNorm, logits, cross-entropy to the loss.
    const g = gptLoss();
    const p = fuse(optimizeGraph(g));
    expect(validateProgram(p)).toEqual([]);
    expect(p.kernels).toHaveLength(2 * 9 + 4);
    const stats = programStats(g);
    console.log(table('GPT forward + loss (B=2, T=16)', stats));
  });

  test('train step: fused/unfused kernels ≤ 0.35 and bytes ≤ 0.5', () => {
    const g = gptTrainStep();
    const stats = programStats(g);
    console.log(table('GPT train step (B=2, T=16, AdamW)', stats));
    expect(stats.fused.kernels / stats.unfused.kernels).toBeLessThanOrEqual(0.35);
    const bytes = (f: ProgramFigures) => f.bytesRead + f.bytesWritten;
    expect(bytes(stats.fused) / bytes(stats.unfused)).toBeLessThanOrEqual(0.5);
    // Fusion recomputes nothing expensive; folding removes a few trivial FLOPs.
    expect(stats.fused.flops).toBeLessThanOrEqual(stats.unfused.flops);
    expect(stats.fused.flops).toBeGreaterThan(0.99 * stats.unfused.flops);
    expect(stats.fused.peakBytes).toBeLessThan(stats.unfused.peakBytes);
  });

  test('train step: the fused program is sound and computes what the interpreter computes', () => {
    const g = optimizeGraph(gptTrainStep());
    const p = fuse(g);
    expect(validateProgram(p)).toEqual([]);
    expectPartitionProperties(p);
    const feeds = gptFeeds(g);
    const fused = runFused(p, feeds);
    expect(resultDistance(runGraph(g, feeds), { outputs: fused.outputs, updates: fused.updates })).toBe(0);
    // Every parameter's new value and both AdamW slots come from one kernel.
    const byTarget = new Map(p.updates.map((u) => [u.target, p.kernelOf[u.buffer]]));
    for (const u of p.updates.filter((x) => !x.target.startsWith('optim.'))) {
      expect(byTarget.get(`optim.m.${u.target}`)).toBe(byTarget.get(u.target));
      expect(byTarget.get(`optim.v.${u.target}`)).toBe(byTarget.get(u.target));
    }
  });
});
