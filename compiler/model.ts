// The compiler's front half for language models: from a .loom file to the
// graphs the backends and bundles compile — the train step, the loss
// (validation) and the forward pass (generation), for concrete shapes.
import { buildApplyStep, buildLossAndGrads, buildTrainStep, DataParallelError, withoutWeightUpdates } from './autodiff/train-step.ts';
import type { OptimizerConfig } from './autodiff/optimizer.ts';
import { formatDiagnostics, hasErrors, type Diagnostic } from './diagnostics.ts';
import { elaborate, type ConfigValue, type LoadedProgram } from './elaborate/elaborate.ts';
import { loadProgram } from './elaborate/load.ts';
import type { InferenceMode } from './elaborate/decode.ts';
import type { Graph, OpAttrs, Shape, TensorType } from './graph/types.ts';
import { POSITION_INPUT } from './elaborate/decode.ts';
import { PROMPT_LENGTH_INPUT } from './elaborate/recurrent.ts';
import { planInputs } from './plan.ts';
import { type ScanMemoryOptions, chooseScanMemory } from './graph/ops/scan-vjp.ts';

export type { ConfigValue };

/** Compile errors, already formatted with file:line:col and code frames. */
export class DiagnosticsError extends Error {
  constructor(
    readonly diagnostics: readonly Diagnostic[],
    readonly sources: ReadonlyMap<string, string>,
  ) {
    super(formatDiagnostics(diagnostics.filter((d) => d.severity === 'error'), sources));
  }
}

export function loadOrThrow(file: string): LoadedProgram {
  const program = loadProgram(file);
  if (hasErrors(program.diagnostics)) throw new DiagnosticsError(program.diagnostics, program.sources);
  return program;
}

export function elaborateOrThrow(
  program: LoadedProgram,
  method: string,
  args: Record<string, TensorType>,
  config: Record<string, ConfigValue>,
  inference?: InferenceMode,
): { graph: Graph; config: Record<string, ConfigValue>; model: string } {
  const r = elaborate(program, { method, args, config, ...(inference ? { inference } : {}) });
  if (hasErrors(r.diagnostics) || !r.graph) throw new DiagnosticsError(r.diagnostics, program.sources);
  // Weight updates (update_state) are for the train step, built from the loss; no other method applies them.
  return { graph: method === 'loss' ? r.graph : withoutWeightUpdates(r.graph), config: r.config, model: r.model };
}

export interface LanguageModelShapes {
  batch: number;
  ctx: number;
}

export interface CompiledLanguageModel {
  program: LoadedProgram;
  model: string;
  config: Record<string, ConfigValue>;
  shapes: LanguageModelShapes;
  graphs: { train: Graph; loss: Graph; forward: Graph };
  /** Learnable weights with their shapes, in declaration order. */
  weights: { name: string; shape: Shape }[];
  /** The prefill and decode programs, when compileLanguageModel was asked for them (`inference`). */
  inference?: InferencePrograms;
  /** The train step split for data-parallel threads, when asked for (`dataParallel`). */
  dataParallel?: DataParallelPrograms;
}

/**
 * A train step split across `threads` threads (runtime/backends/js/data-parallel.ts):
 * each runs `grads` (loss and every weight's gradient, `grad.<name>`) on
 * batch / threads sequences; `apply` takes their means (inputs `loss`,
 * `grad.<name>`, `step`) and does the optimizer update of `graphs.train`.
 */
export interface DataParallelPrograms {
  threads: number;
  /** Sequences per thread. */
  microBatch: number;
  grads: Graph;
  apply: Graph;
}

/**
 * Generation with a KV cache (docs/decoding.md). `prefill` runs up to
 * `prefillLength` prompt tokens (left-aligned, zero-padded; input `tokens`)
 * and fills the caches; `decode` runs one token at the runtime position
 * `pos` (i32[1]: the positions cached so far), appends its keys and values
 * and attends to positions ≤ pos. Both output the logits of every position
 * they run ([B, T, vocab]); the caches are persistent state, updated in place.
 */
export interface InferencePrograms {
  prefill: Graph;
  decode: Graph;
  /** Positions each cache holds: decode runs positions 0 … cacheLength − 1. */
  cacheLength: number;
  /** Tokens one prefill takes: min(ctx, cacheLength). */
  prefillLength: number;
  /** The cache state tensors (zeros at the start of a generation), in program order; a recurrent model's states and input windows too. */
  caches: { name: string; shape: Shape }[];
  /** A recurrent model's prefill also takes the prompt's length (i32[1]), this input, so its state stops at the prompt's last token. */
  promptLengthInput?: string;
  /** With `verifyLength`: a decode program appending that many positions per run (pos … pos + n − 1; self-speculative decoding). */
  verify?: Graph;
  verifyLength?: number;
}

export interface InferenceOptions {
  /** Positions the caches hold; default the context length. Learned-position models cannot exceed their table. */
  cacheLength?: number;
  /** Batch of both programs; default 1. */
  batch?: number;
  /** The method the programs are elaborated from; default "forward" (an MTP model's "predict" gives every head's logits). */
  method?: string;
  /** Also compile a verify program running this many positions per call (InferencePrograms.verify). */
  verifyLength?: number;
}

const tokenType = (batch: number, ctx: number): TensorType => ({ shape: [batch, ctx], dtype: 'i32' });

/**
 * A language model takes `tokens` (and `targets` for the loss) as i32[B, T].
 * The context length is the `ctx` flag, else the model's `ctx` hyperparameter.
 */
export function compileLanguageModel(
  file: string,
  opts: {
    config?: Record<string, ConfigValue>;
    batch: number;
    ctx?: number;
    optimizer: OptimizerConfig;
    /** Batch of the forward (generation) program; 1 by default. */
    forwardBatch?: number;
    /** Also compile the prefill and decode programs (cached generation). */
    inference?: InferenceOptions;
    /** Also split the train step for this many data-parallel threads (≥ 2; the batch must divide evenly). */
    dataParallel?: number;
    /** Whether scan backprop stores every step's state or recomputes it from checkpoints (default auto, 64 MiB a scan; docs/scan.md). */
    scanMemory?: ScanMemoryOptions;
  },
): CompiledLanguageModel {
  const program = loadOrThrow(file);
  const config = { ...(opts.config ?? {}) };
  const probe = elaborateOrThrow(program, 'forward', { tokens: tokenType(1, opts.ctx ?? 1) }, config);
  const ctx = opts.ctx ?? (typeof probe.config.ctx === 'number' ? probe.config.ctx : undefined);
  if (ctx === undefined) throw new Error(`${file}: the model has no "ctx" hyperparameter; pass --ctx N`);
  const loss = elaborateOrThrow(program, 'loss', { tokens: tokenType(opts.batch, ctx), targets: tokenType(opts.batch, ctx) }, config);
  const forward = elaborateOrThrow(program, 'forward', { tokens: tokenType(opts.forwardBatch ?? 1, ctx) }, config);
  // Only the differentiated programs see the choice: it is how a scan's vjp reads its states back.
  const scanMemory = (g: Graph) => chooseScanMemory(g, opts.scanMemory ?? { mode: 'auto' });
  const train = buildTrainStep(scanMemory(loss.graph), opts.optimizer);
  const weights = loss.graph.nodes
    .filter((n) => n.op === 'param' && (n.attrs as OpAttrs['param']).role === 'weight')
    .map((n) => ({ name: (n.attrs as OpAttrs['param']).name, shape: n.type.shape }));
  const m: CompiledLanguageModel = { program, model: loss.model, config: loss.config, shapes: { batch: opts.batch, ctx }, graphs: { train, loss: withoutWeightUpdates(loss.graph), forward: forward.graph }, weights };
  if (opts.inference) m.inference = compileInference(file, program, config, ctx, opts.inference);
  const threads = opts.dataParallel;
  if (threads !== undefined) {
    if (!Number.isSafeInteger(threads) || threads < 2 || opts.batch % threads !== 0) {
      throw new DataParallelError(`${file}: ${threads} data-parallel threads need a batch that divides evenly among them, got batch ${opts.batch}`);
    }
    const microBatch = opts.batch / threads;
    const micro = elaborateOrThrow(program, 'loss', { tokens: tokenType(microBatch, ctx), targets: tokenType(microBatch, ctx) }, config);
    m.dataParallel = { threads, microBatch, grads: buildLossAndGrads(scanMemory(micro.graph)), apply: buildApplyStep(loss.graph, opts.optimizer) };
  }
  return m;
}

/** The prefill and decode programs of an already compiled model (a trained session's model, for `train --sample`). */
export function inferencePrograms(m: CompiledLanguageModel, o: InferenceOptions = {}): InferencePrograms {
  const plain = o.method === undefined && o.verifyLength === undefined;
  return (plain ? m.inference : undefined) ?? compileInference(m.program.entry, m.program, m.config, m.shapes.ctx, o);
}

const stateParams = (g: Graph): { name: string; shape: Shape }[] =>
  g.nodes
    .filter((n) => n.op === 'param' && (n.attrs as OpAttrs['param']).role === 'state')
    .map((n) => ({ name: (n.attrs as OpAttrs['param']).name, shape: n.type.shape }));

/** The prefill and decode programs of a language model (see InferencePrograms). */
function compileInference(file: string, program: LoadedProgram, config: Record<string, ConfigValue>, ctx: number, o: InferenceOptions): InferencePrograms {
  const batch = o.batch ?? 1;
  const cacheLength = o.cacheLength ?? ctx;
  if (!Number.isSafeInteger(cacheLength) || cacheLength < 1) throw new Error(`${file}: the cache length must be a positive integer, got ${cacheLength}`);
  if (!Number.isSafeInteger(batch) || batch < 1) throw new Error(`${file}: the inference batch must be a positive integer, got ${batch}`);
  const prefillLength = Math.min(ctx, cacheLength);
  const build = (kind: 'prefill' | 'decode', T: number): Graph =>
    elaborateOrThrow(program, o.method ?? 'forward', { tokens: tokenType(batch, T) }, config, { kind, cacheLength, tokens: kind === 'decode' ? T : undefined }).graph;
  const prefill = build('prefill', prefillLength);
  const decode = build('decode', 1);
  const caches = stateParams(decode);
  if (caches.length === 0) {
    throw new Error(`${file}: the model keeps no cache: its attention must pass keys and values through cache(x, name) (the std attention blocks do), or its recurrences be scans (docs/decoding.md)`);
  }
  const lengthInput = prefill.nodes.some((n) => n.op === 'input' && (n.attrs as OpAttrs['input']).name === PROMPT_LENGTH_INPUT);
  // Learned positions index a table: the decode program's position input is bounded by its rows.
  const bound = planInputs(decode).indexInputs.find((x) => x.input === POSITION_INPUT);
  if (bound && cacheLength > bound.size) {
    throw new Error(`${file}: the cache length ${cacheLength} exceeds the ${bound.size} positions the model has (${bound.indexes}); learned positions cannot extrapolate — use a cache length ≤ ${bound.size}`);
  }
  const v = o.verifyLength;
  if (v !== undefined && !(Number.isSafeInteger(v) && v >= 2 && v <= cacheLength)) throw new Error(`${file}: the verify length must be an integer in [2, ${cacheLength}] (the cache length), got ${v}`);
  return { prefill, decode, cacheLength, prefillLength, caches, ...(lengthInput ? { promptLengthInput: PROMPT_LENGTH_INPUT } : {}), ...(v !== undefined ? { verify: build('decode', v), verifyLength: v } : {}) };
}
