// Time to first token and tokens/s of a js bundle's `model.generate`, cached
// (prefill once, then one decode run per token; the default where the bundle
// carries prefill and decode) against recompute (`{ cache: false }`: the
// forward pass rerun over the window for every token, what every bundle did
// before), on dsl-examples/gpt.loom at its defaults (ctx 64). The bundle is
// built into a temporary directory (`--inference`), loaded once, and both
// paths are timed interleaved in this process (bench/interleave.ts), so load
// on the shared machine falls on both alike. One step: a 16-byte prompt and
// `--tokens` greedy tokens (default 112: past the 64-position cache, so the
// cached path slides twice); the step's time, its first token's time and the
// rate after it are recorded. Writes bench/results/bundle-generate.md.
//
//   node --import tsx bench/bundle-generate.ts [--tokens N] [--budget-ms N]
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { compileBundle, writeBundle } from '../compiler/emit/index.ts';
import { markdownTable } from '../runtime/plot.ts';
import { median, runInterleaved, speedRatio, summarize } from './interleave.ts';

const { values } = parseArgs({ options: { tokens: { type: 'string', default: '112' }, 'budget-ms': { type: 'string', default: '20000' } } });
const root = join(import.meta.dirname, '..');
const dir = mkdtempSync(join(tmpdir(), 'loom-bench-bundle-'));
const bundle = compileBundle(join(root, 'dsl-examples', 'gpt.loom'), { target: 'js', inference: true });
writeBundle(dir, bundle);

interface Model { generate(prompt: number[], o: { maxTokens: number; temperature: number; cache?: boolean }): AsyncGenerator<number> }
const mod = (await import(join(dir, 'index.ts'))) as { initParams(seed: number): unknown; load(o: { weights: unknown }): Promise<Model> };
const model = await mod.load({ weights: mod.initParams(1) });
const prompt = [...Buffer.from('Call me Ishmael.', 'utf8')];
const maxTokens = Number(values.tokens);

interface Sample { ttftMs: number; restTokensPerSecond: number }
const paths = [{ name: 'cached (prefill + decode)', cache: true }, { name: 'recompute (forward per token)', cache: false }];
const samples: Sample[][] = paths.map(() => []);
const outputs: number[][] = [];
const step = (i: number) => async () => {
  const t0 = performance.now();
  let first = 0;
  const out: number[] = [];
  for await (const t of model.generate(prompt, { maxTokens, temperature: 0, cache: paths[i]!.cache })) {
    if (out.length === 0) first = performance.now();
    out.push(t);
  }
  const end = performance.now();
  samples[i]!.push({ ttftMs: first - t0, restTokensPerSecond: ((out.length - 1) * 1000) / (end - first) });
  outputs[i] = out;
  return end - t0;
};
const run = await runInterleaved(paths.map((p, i) => ({ name: p.name, step: step(i) })), {
  budgetMs: Number(values['budget-ms']), warmupSteps: 2, onRound: (r) => process.stderr.write(`round ${r + 1}\r`),
});
// Both paths see the same window until the cache is full; past it the cache slides by half a prefill, the window by one token.
const cacheLength = bundle.manifest.generation.path === 'cached' ? bundle.manifest.generation.cacheLength : 0;
const agree = outputs[0]!.slice(0, cacheLength - prompt.length).join() === outputs[1]!.slice(0, cacheLength - prompt.length).join();
if (!agree) throw new Error('cached and recompute generations differ before the cache is full');

const timed = (i: number) => samples[i]!.slice(2); // the warm-up steps, which runInterleaved does not count either
const summary = summarize(run, maxTokens);
const rows = paths.map((p, i) => {
  const s = timed(i);
  return [p.name, String(s.length), median(s.map((x) => x.ttftMs)).toFixed(1), Math.round(median(s.map((x) => x.restTokensPerSecond))).toLocaleString('en-US'),
    summary[i]!.medianMs.toFixed(0), Math.round(summary[i]!.tokensPerSecond).toLocaleString('en-US')];
});
const ratio = speedRatio(run, 0, 1);
const table = markdownTable(
  ['path', 'steps', 'median time to first token, ms', 'median tokens/s after it', `median ms / step (${maxTokens} tokens)`, 'tokens/s overall'],
  rows, ['left', 'right', 'right', 'right', 'right', 'right'],
);
const md = `# Bundle generation: cached vs recompute (js)\n\n` +
  `\`loom compile dsl-examples/gpt.loom --target js --inference\` (defaults, ctx ${bundle.manifest.shapes.ctx}), \`model.generate\` from a ${prompt.length}-byte prompt, ` +
  `${maxTokens} greedy tokens per step (cache ${cacheLength}: the cached path slides), interleaved over ${run.rounds.length} rounds: ` +
  `\`node --import tsx bench/bundle-generate.ts --tokens ${maxTokens}\`. The outputs agree while the cache holds every token.\n\n` +
  `${table}\n\ncached ÷ recompute speed: ${ratio.ofMedians.toFixed(2)}× (of medians), ${ratio.pairedMedian.toFixed(2)}× (paired per round).\n`;
mkdirSync(join(root, 'bench', 'results'), { recursive: true });
writeFileSync(join(root, 'bench', 'results', 'bundle-generate.md'), md);
process.stdout.write(md);
