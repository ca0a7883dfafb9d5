// Self-speculative decoding (runtime/speculative.ts) against plain cached
// greedy decoding on a trained multi-token model: the heads of
// dsl-examples/mtp.loom draft, one verify run checks the drafts. Train first:
//
//   node bin/loom.js train dsl-examples/mtp.loom --steps 150 --out /tmp/mtp.safetensors
//   node --import tsx bench/speculative.ts [--ckpt /tmp/mtp.safetensors] [--backend js|webgpu] [--budget-ms N] [--name speculative]
//
// One step generates `length` bytes greedily after each of a few prompts
// (slides included: the cache holds ctx positions). The outputs are checked
// equal first; the two are timed interleaved (bench/interleave.ts), medians of
// all steps. Also counted: tokens per model run (prefills and verify runs;
// plain decoding makes one run per token) and drafts accepted per verify run.
// Writes bench/results/<name>.{json,md} (default speculative).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { defaultOptimizer } from '../compiler/autodiff/optimizer.ts';
import { compileLanguageModel, type ConfigValue } from '../compiler/model.ts';
import { loadBackend } from '../runtime/backend.ts';
import { checkCompatible, loadCheckpoint } from '../runtime/checkpoint.ts';
import { cachedModel, generate } from '../runtime/generate.ts';
import { markdownTable } from '../runtime/plot.ts';
import { createSpeculativeSession, generateSpeculative, speculativeModel, speculativePrograms, type SpeculativeStats } from '../runtime/speculative.ts';
import { runInterleaved, speedRatio, summarize } from './interleave.ts';

const { values } = parseArgs({
  options: {
    ckpt: { type: 'string', default: '/tmp/mtp.safetensors' },
    backend: { type: 'string', default: 'js' },
    'budget-ms': { type: 'string', default: '20000' },
    length: { type: 'string', default: '200' },
    name: { type: 'string', default: 'speculative' },
  },
});
const root = join(import.meta.dirname, '..');
const file = join(root, 'dsl-examples', 'mtp.loom');
const ckpt = loadCheckpoint(values.ckpt!);
const m = compileLanguageModel(file, { config: (ckpt.config ?? {}) as Record<string, ConfigValue>, batch: 1, optimizer: defaultOptimizer, inference: {} });
checkCompatible(ckpt, new Map(m.weights.map((w) => [w.name, [...w.shape]])));
const weights = new Map([...ckpt.params].map(([name, t]) => [name, t.data as Float32Array]));
const { programs, heads } = speculativePrograms(m);
const vocab = Number(m.config.vocab ?? 256);
const backend = await loadBackend(values.backend!);
const session = await createSpeculativeSession(backend, programs, weights, { prefill: m.inference!.prefill, decode: m.inference!.decode });

const prompts = ['Call me Ishmael. ', 'The whale ', 'It was a dark and stormy night; '].map((p) => [...Buffer.from(p, 'utf8')]);
const length = Number(values.length);
const options = { length, temperature: 0 };
const plain = cachedModel(m.inference!, vocab);
const spec = speculativeModel(programs, heads, vocab);
const stats: SpeculativeStats = { tokens: 0, prefills: 0, verifies: 0, accepted: 0 };
const samples: string[] = [];
for (const prompt of prompts) {
  const a = await generate(session, plain, prompt, options);
  const b = await generateSpeculative(session, spec, prompt, options, stats);
  if (a.join() !== b.join()) throw new Error(`speculative and plain greedy generations differ:\n${a}\n${b}`);
  samples.push(Buffer.from([...prompt, ...a]).toString('utf8'));
}

const step = (f: (prompt: number[]) => Promise<unknown>) => async () => {
  const t0 = performance.now();
  for (const p of prompts) await f(p);
  return performance.now() - t0;
};
const run = await runInterleaved(
  [
    { name: 'speculative (draft + verify)', step: step((p) => generateSpeculative(session, spec, p, options)) },
    { name: 'plain cached greedy (decode per token)', step: step((p) => generate(session, plain, p, options)) },
  ],
  { budgetMs: Number(values['budget-ms']), warmupSteps: 2, onRound: (r) => process.stderr.write(`round ${r + 1}\r`) },
);
session.dispose();
const tokensPerStep = length * prompts.length;
const summary = summarize(run, tokensPerStep);
const ratio = speedRatio(run, 0, 1);
const runs = stats.prefills + stats.verifies;
const result = {
  model: 'dsl-examples/mtp.loom', checkpoint: values.ckpt, config: m.config, backend: values.backend, heads,
  cacheLength: programs.cacheLength, tokensPerStep, summary, speedup: ratio, rounds: run.rounds.length,
  stats: { ...stats, tokensPerRun: stats.tokens / runs, acceptedPerVerify: stats.accepted / stats.verifies }, samples,
};
const dir = join(root, 'bench', 'results');
mkdirSync(dir, { recursive: true });
writeFileSync(join(dir, `${values.name}.json`), `${JSON.stringify(result, null, 2)}\n`);
const table = markdownTable(
  ['path', 'steps', 'median ms / step', 'p25–p75 ms', 'tokens/s'],
  summary.map((s) => [s.name, String(s.samples), s.medianMs.toFixed(1), `${s.p25Ms.toFixed(1)}–${s.p75Ms.toFixed(1)}`, Math.round(s.tokensPerSecond).toLocaleString('en-US')]),
  ['left', 'right', 'right', 'right', 'right'],
);
const md = `# Self-speculative decoding (${values.backend})\n\n` +
  `dsl-examples/mtp.loom (${heads} heads, ctx ${m.shapes.ctx}, cache ${programs.cacheLength}) from \`${values.ckpt}\`; ` +
  `${prompts.length} prompts × ${length} greedy bytes per step (outputs equal to plain greedy), interleaved over ${run.rounds.length} rounds: ` +
  `\`node --import tsx bench/speculative.ts --ckpt ${values.ckpt} --backend ${values.backend}\`.\n\n` +
  `${table}\n\nspeculative ÷ plain: ${ratio.ofMedians.toFixed(2)}× (of medians), ${ratio.pairedMedian.toFixed(2)}× (paired per round).\n\n` +
  `Tokens per model run: ${(stats.tokens / runs).toFixed(2)} (${stats.tokens} tokens, ${stats.prefills} prefills, ${stats.verifies} verify runs; plain decoding: 1). ` +
  `Drafts accepted per verify run: ${(stats.accepted / stats.verifies).toFixed(2)} of ${heads - 1}.\n\n` +
  `Greedy samples:\n\n${samples.map((s) => `    ${JSON.stringify(s)}`).join('\n')}\n`;
writeFileSync(join(dir, `${values.name}.md`), md);
process.stdout.write(md);
