// Generation speed through the KV cache against the uncached path, on
// dsl-examples/gpt.loom at its defaults (ctx 64): one step generates the
// tokens that fill the window after a 16-byte prompt (48 tokens; sampling at
// temperature 0.8, top-k 40, seed 7), cached (prefill once, then one decode
// run per token; docs/decoding.md) or uncached (the 64-token forward program
// rerun per token). The two are timed interleaved in the same run
// (bench/interleave.ts), medians of all steps; the outputs are checked equal
// first. Writes bench/results/decode.json and decode.md.
//
//   node --import tsx bench/decode.ts [--backend js|webgpu] [--budget-ms N]
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { defaultOptimizer } from '../compiler/autodiff/optimizer.ts';
import { compileLanguageModel } from '../compiler/model.ts';
import { loadBackend } from '../runtime/backend.ts';
import { cachedModel, createGenerationSession, generate, type GenerationModel } from '../runtime/generate.ts';
import { markdownTable } from '../runtime/plot.ts';
import { initialState } from '../runtime/train.ts';
import { runInterleaved, speedRatio, summarize } from './interleave.ts';

const { values } = parseArgs({ options: { backend: { type: 'string', default: 'js' }, 'budget-ms': { type: 'string', default: '20000' } } });
const root = join(import.meta.dirname, '..');
const file = join(root, 'dsl-examples', 'gpt.loom');
const m = compileLanguageModel(file, { batch: 1, optimizer: defaultOptimizer, inference: {} });
const ctx = m.shapes.ctx;
const vocab = Number(m.config.vocab ?? 256);
const state = initialState(m, 1);
const weights = new Map(m.weights.map((w) => [w.name, state.get(w.name)!]));
const backend = await loadBackend(values.backend!);
const session = await createGenerationSession(backend, m.inference!, weights, { forward: m.graphs.forward });

const prompt = [...Buffer.from('Call me Ishmael.', 'utf8')];
const length = ctx - prompt.length;
const options = { length, temperature: 0.8, topK: 40, seed: 7 };
const cached = cachedModel(m.inference!, vocab);
const uncached: GenerationModel = { kind: 'window', vocab, graph: 'forward', ctx };
const a = await generate(session, cached, prompt, options);
const b = await generate(session, uncached, prompt, options);
if (a.join() !== b.join()) throw new Error(`cached and uncached generations differ:\n${a}\n${b}`);

const step = (model: GenerationModel) => async () => {
  const t0 = performance.now();
  await generate(session, model, prompt, options);
  return performance.now() - t0;
};
const run = await runInterleaved(
  [{ name: 'cached (prefill + decode)', step: step(cached) }, { name: 'uncached (forward per token)', step: step(uncached) }],
  { budgetMs: Number(values['budget-ms']), warmupSteps: 2, onRound: (r) => process.stderr.write(`round ${r + 1}\r`) },
);
session.dispose();
const summary = summarize(run, length);
const ratio = speedRatio(run, 0, 1);

const result = {
  model: 'dsl-examples/gpt.loom', config: m.config, backend: values.backend, promptTokens: prompt.length, tokensPerStep: length,
  cacheLength: m.inference!.cacheLength, summary, speedup: ratio, rounds: run.rounds.length,
};
const dir = join(root, 'bench', 'results');
mkdirSync(dir, { recursive: true });
writeFileSync(join(dir, 'decode.json'), `${JSON.stringify(result, null, 2)}\n`);
const table = markdownTable(
  ['path', 'steps', 'median ms / step', 'p25–p75 ms', 'tokens/s'],
  summary.map((s) => [s.name, String(s.samples), s.medianMs.toFixed(1), `${s.p25Ms.toFixed(1)}–${s.p75Ms.toFixed(1)}`, Math.round(s.tokensPerSecond).toLocaleString('en-US')]),
  ['left', 'right', 'right', 'right', 'right'],
);
const md = `# Generation through the KV cache (${values.backend})\n\n` +
  `dsl-examples/gpt.loom (defaults, ctx ${ctx}), a ${prompt.length}-byte prompt, ${length} tokens per step (temperature 0.8, top-k 40; ` +
  `cached and uncached outputs equal), interleaved over ${run.rounds.length} rounds: \`node --import tsx bench/decode.ts --backend ${values.backend}\`.\n\n` +
  `${table}\n\ncached ÷ uncached: ${ratio.ofMedians.toFixed(2)}× (of medians), ${ratio.pairedMedian.toFixed(2)}× (paired per round).\n`;
writeFileSync(join(dir, 'decode.md'), md);
process.stdout.write(md);
