// Expert load of a trained mixture-of-experts checkpoint: runs the model's
// `expert_load(tokens)` method ([layers, experts]: the fraction of the N·k
// expert choices each expert received) on validation batches of the corpus
// and prints, per layer, every expert's share, the max/mean ratio and the
// coefficient of variation (0 = perfectly even).
//
//   node --import tsx scripts/moe_load.ts dsl-examples/moe_gpt.loom runs/MoEGPT/checkpoint.safetensors [batches]
import { elaborateOrThrow, loadOrThrow } from '../compiler/model.ts';
import { loadCheckpoint } from '../runtime/checkpoint.ts';
import { fixedBatches, loadMobyDick, splitTrainVal } from '../runtime/data.ts';
import { createJsSession } from '../runtime/backends/js/session.ts';
import type { ConfigValue } from '../compiler/elaborate/elaborate.ts';

async function main(): Promise<void> {
  const [file, ckptPath, batchesArg] = process.argv.slice(2);
  if (!file || !ckptPath) throw new Error('usage: moe_load.ts <model.loom> <checkpoint.safetensors> [batches]');
  const ckpt = loadCheckpoint(ckptPath);
  const config = (ckpt.config ?? {}) as Record<string, ConfigValue>;
  const ctx = Number(config.ctx ?? 64);
  const batch = 16;
  const graph = elaborateOrThrow(loadOrThrow(file), 'expert_load', { tokens: { shape: [batch, ctx], dtype: 'i32' } }, config).graph;
  const state = new Map([...ckpt.params].map(([k, t]) => [k, Float32Array.from(t.data as ArrayLike<number>)]));
  const session = createJsSession({ expert_load: graph }, state);
  const batches = fixedBatches(splitTrainVal(loadMobyDick()).val, batch, ctx, Number(batchesArg ?? 8));
  let sum: Float64Array | undefined;
  for (const b of batches) {
    const out = (await session.run('expert_load', new Map([['tokens', b.tokens]]))).get('expert_load')!;
    sum ??= new Float64Array(out.length);
    out.forEach((v, i) => (sum![i] += v / batches.length));
  }
  const shape = graph.nodes[graph.outputs[0]!.node]!.type.shape;
  const [layers, experts] = [shape[0]!, shape[1]!];
  for (let l = 0; l < layers; l++) {
    const row = [...sum!.subarray(l * experts, (l + 1) * experts)];
    const mean = 1 / experts;
    const cv = Math.sqrt(row.reduce((a, v) => a + (v - mean) ** 2, 0) / experts) / mean;
    console.log(`layer ${l}: load ${row.map((v) => (100 * v).toFixed(1) + '%').join(' ')} · max/mean ${(Math.max(...row) / mean).toFixed(2)} · cv ${cv.toFixed(3)}`);
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
