// loom generate: sample text from a trained checkpoint through the KV cache
// (prefill once, then one decode run per byte; docs/decoding.md), or with
// --speculative through a multi-token model's heads: they draft, one verify
// run checks the drafts (runtime/speculative.ts), the output is the same.
import { defaultOptimizer } from '../../compiler/autodiff/optimizer.ts';
import { loadBackend } from '../../runtime/backend.ts';
import { checkCompatible } from '../../runtime/checkpoint.ts';
import { loadModelCheckpoint } from '../../compiler/quant/checkpoint.ts';
import { quantizedWeightShapes, quantizeInference } from '../../compiler/quant/rewrite.ts';
import { countSkipZeroMatmuls, skipZeroInference } from '../../compiler/passes/skip-zero.ts';
import { measureSparsity } from '../../runtime/sparsity.ts';
import { cachedModel, createGenerationSession, generate } from '../../runtime/generate.ts';
import { byteTokenizer } from '../../runtime/tokenizer.ts';
import { loadTokenizer } from '../../runtime/tokenizer-file.ts';
import { compileLanguageModel, type ConfigValue } from '../../compiler/model.ts';
import { createSpeculativeSession, generateSpeculative, speculativeModel, speculativePrograms, type SpeculativeStats } from '../../runtime/speculative.ts';
import { assertFinite } from '../../runtime/finite.ts';
import {
  inputFile, intFlag, MAX_SAFETENSORS_BYTES, modelFile, numFlag, parseConfig, requireFlag, UsageError,
  type CliIo, type CommandSpec, type OptionSpec, type ParsedArgs,
} from '../args.ts';
import { ALLOW_NONFINITE, BACKEND, backendFlag, NONFINITE_HINT, SET } from '../options.ts';

/** The sampling flags, shared with `loom train --sample`. */
export const SAMPLING: readonly OptionSpec[] = [
  { name: 'temperature', type: 'option', value: 'X', description: 'sampling temperature, 0 = greedy (default 0.8)' },
  { name: 'top-k', type: 'option', value: 'N', description: 'sample among the N most likely bytes (default 40)' },
  { name: 'top-p', type: 'option', value: 'P', description: 'nucleus sampling: among the most likely bytes whose probability reaches P, in (0, 1] (default 1)' },
  { name: 'repetition-penalty', type: 'option', value: 'X', description: 'CTRL repetition penalty on bytes already seen, > 0; 1 = none (default 1)' },
  { name: 'stop', type: 'option', value: 'TEXT', multiple: true, description: 'end generation when TEXT is produced, not printing it (\\n, \\t, \\\\ escapes)' },
];

/** The SAMPLING flags' values, checked. */
export function samplingFlags(args: ParsedArgs) {
  const topP = numFlag(args.str('top-p'), 'top-p', 1, 0, { exclusive: true });
  if (topP > 1) throw new UsageError(`--top-p must be in (0, 1], got ${args.str('top-p')}`);
  return {
    temperature: numFlag(args.str('temperature'), 'temperature', 0.8),
    topK: intFlag(args.str('top-k'), 'top-k', 40),
    topP,
    repetitionPenalty: numFlag(args.str('repetition-penalty'), 'repetition-penalty', 1, 0, { exclusive: true }),
    stop: args.list('stop').map(stopBytes),
  };
}

/** "temperature 0.8, top-k 40" and any other setting that differs from its default. */
export function describeSampling(o: ReturnType<typeof samplingFlags>): string {
  if (o.temperature === 0) return 'greedy';
  const parts = [`temperature ${o.temperature}`, `top-k ${o.topK}`];
  if (o.topP < 1) parts.push(`top-p ${o.topP}`);
  if (o.repetitionPenalty !== 1) parts.push(`repetition penalty ${o.repetitionPenalty}`);
  return parts.join(', ');
}

export const spec: CommandSpec = {
  name: 'generate',
  summary: 'Sample text from a trained checkpoint, byte by byte through a KV cache, streaming it to stdout.',
  synopsis: '<file.loom> --ckpt FILE --prompt TEXT [options]',
  positionals: [{ name: '<file.loom>', description: 'the model the checkpoint was trained from' }],
  options: [
    { name: 'ckpt', type: 'option', value: 'FILE', description: 'the checkpoint (safetensors) (required)' },
    { name: 'prompt', type: 'option', value: 'TEXT', description: 'the text to continue (required; --prompt=--x for text starting with --)' },
    { name: 'length', type: 'option', value: 'N', description: 'how many bytes to generate (default 200)' },
    { name: 'tokenizer', type: 'option', value: 'FILE', description: "a Hugging Face tokenizer.json (BPE, GPT-2 or Llama style) for a model whose ids are its tokens (an imported checkpoint, docs/interop.md); --length and --stop then count tokens. Default: ids are bytes" },
    ...SAMPLING,
    { name: 'cache', type: 'option', value: 'N', description: "positions the KV cache holds (default: the model's ctx); RoPE models may exceed ctx" },
    { name: 'seed', type: 'option', value: 'N', description: 'random seed, 0 to 4294967295 (default 7)' },
    { name: 'dense-ffn', type: 'flag', description: 'run ReLU-sparse matmuls (a dReLU feed-forward\'s W_down) densely instead of skipping zero activations, for comparison (the output is the same)' },
    { name: 'speculative', type: 'flag', description: "self-speculative decoding with the model's multi-token heads (a predict method, e.g. dsl-examples/mtp.loom): the same text, fewer model runs; prints the accepted drafts per run to stderr" },
    BACKEND,
    ALLOW_NONFINITE,
    { ...SET, description: 'override a hyperparameter the checkpoint was trained with' },
  ],
};

/** A --stop value's bytes: UTF-8, with \n, \t and \\ escapes. */
export function stopBytes(text: string): number[] {
  if (text === '') throw new UsageError('--stop must not be empty');
  const unescaped = text.replace(/\\(.)/g, (all, c: string) => {
    if (c === 'n') return '\n';
    if (c === 't') return '\t';
    if (c === '\\') return '\\';
    throw new UsageError(`--stop: unknown escape ${all} in ${JSON.stringify(text)} (use \\n, \\t or \\\\)`);
  });
  return [...Buffer.from(unescaped, 'utf8')];
}

export async function run(args: ParsedArgs, io: CliIo): Promise<number> {
  // Every argument and path is checked before any work.
  const ckptFile = inputFile(requireFlag(args.str('ckpt'), 'ckpt'), 'checkpoint', MAX_SAFETENSORS_BYTES);
  const prompt = args.str('prompt');
  if (prompt === undefined) throw new UsageError('--prompt is required', { hint: true });
  if (prompt === '') throw new UsageError('--prompt must not be empty: generation continues a text of at least one byte');
  const options = {
    length: intFlag(args.str('length'), 'length', 200),
    ...samplingFlags(args),
    seed: intFlag(args.str('seed'), 'seed', 7, 0, 2 ** 32 - 1),
  };
  const cacheLength = args.str('cache') === undefined ? undefined : intFlag(args.str('cache'), 'cache', 2, 2);
  const backendName = backendFlag(args);
  const overrides = parseConfig(args.list('set'));
  const file = modelFile(args);
  const tokenizerFile = args.str('tokenizer') === undefined ? undefined : inputFile(args.str('tokenizer')!, 'tokenizer', 256 * 2 ** 20);

  // A q4_0 checkpoint (loom quantize) runs its matmuls on the blocks: the programs are rewritten to q4_matmul.
  const { checkpoint: ckpt, quantized } = loadModelCheckpoint(ckptFile, MAX_SAFETENSORS_BYTES);
  if (!args.flag('allow-nonfinite')) assertFinite(ckpt.params, ckptFile, { hint: NONFINITE_HINT });
  // The checkpoint remembers the configuration it was trained with; --set overrides it.
  const config: Record<string, ConfigValue> = { ...((ckpt.config as Record<string, ConfigValue>) ?? {}), ...overrides };
  const speculative = args.flag('speculative');
  const inference = cacheLength === undefined ? {} : { cacheLength };
  const m = compileLanguageModel(file, { config, batch: 1, optimizer: defaultOptimizer, ...(speculative ? {} : { inference }) });
  const spec = speculative ? speculativePrograms(m, inference) : undefined;
  const f32Programs = spec ? spec.programs : m.inference!;
  const quantizedPrograms = quantized ? quantizeInference(f32Programs, quantized) : f32Programs;
  // Contractions by ReLU-sparse activations (dReLU) skip the zeros' weight rows (compiler/passes/skip-zero.ts).
  const skipping = args.flag('dense-ffn') ? 0 : countSkipZeroMatmuls(quantizedPrograms.decode);
  const programs = skipping > 0 ? skipZeroInference(quantizedPrograms) : quantizedPrograms;
  checkCompatible(ckpt, quantized ? quantizedWeightShapes(m.weights, quantized) : new Map(m.weights.map((w) => [w.name, [...w.shape]])));
  const weights = new Map([...ckpt.params].map(([name, t]) => [name, t.data]));
  // Token ids are bytes unless a tokenizer.json says otherwise (runtime/tokenizer.ts).
  const tokenizer = tokenizerFile === undefined ? byteTokenizer : loadTokenizer(tokenizerFile);
  if (tokenizer.kind === 'bpe' && tokenizer.vocabSize > Number(m.config.vocab ?? 256)) {
    throw new Error(`tokenizer ${tokenizerFile} has ${tokenizer.vocabSize} tokens, but the model's vocab is ${m.config.vocab}`);
  }
  const promptIds = tokenizer.encode(prompt);
  const backend = await loadBackend(backendName);
  const session = spec ? await createSpeculativeSession(backend, programs, weights) : await createGenerationSession(backend, programs, weights);
  const vocab = Number(m.config.vocab ?? 256);
  // Each token's bytes as it comes: concatenated they are the decoded text (a character may span tokens).
  let position = promptIds.length;
  const text = [...promptIds];
  const o = {
    ...options,
    stop: tokenizer.kind === 'bytes' ? options.stop : options.stop.map((s) => tokenizer.encode(Buffer.from(s).toString('utf8'), { special: false })),
    onToken: (t: number) => {
      text.push(t);
      io.stdout.write(tokenizer.tokenBytes(t, position++));
    },
  };
  try {
    io.stdout.write(prompt);
    if (spec) {
      const stats: SpeculativeStats = { tokens: 0, prefills: 0, verifies: 0, accepted: 0 };
      await generateSpeculative(session, speculativeModel(programs, spec.heads, vocab), promptIds, o, stats);
      io.stdout.write('\n');
      const runs = stats.prefills + stats.verifies;
      io.stderr.write(`speculative: ${stats.tokens} tokens in ${runs} model runs (${(stats.tokens / runs).toFixed(2)} per run); ${stats.accepted} drafted tokens accepted (up to ${spec.heads - 1} per verify run)\n`);
    } else {
      await generate(session, cachedModel(programs, vocab), promptIds, o);
      io.stdout.write('\n');
    }
    if (skipping > 0) {
      // The share of activations skipped, measured on this text (one forward pass) when the model defines it.
      const measured = quantized ? undefined : await measureSparsity(backend, file, m.config as Record<string, ConfigValue>, Number(m.config.ctx ?? text.length), weights, text);
      const share = measured ? `; ${(100 * measured.sparsity).toFixed(1)}% of feed-forward activations were zero over the text's last ${measured.tokens} tokens` : '';
      io.stderr.write(`skip-zero: ${skipping} ReLU-sparse matmuls per decode step skip zero activations (--dense-ffn to turn off)${share}\n`);
    }
  } finally {
    session.dispose();
  }
  return 0;
}
