// The compiler's front half for language models: from a .loom file to the
// graphs the backends and bundles compile — the train step, the loss
// (validation) and the forward pass (generation), for concrete shapes.
import { buildTrainStep } from './autodiff/train-step.ts';
import type { OptimizerConfig } from './autodiff/optimizer.ts';
import { formatDiagnostics, hasErrors, type Diagnostic } from './diagnostics.ts';
import { elaborate, type ConfigValue, type LoadedProgram } from './elaborate/elaborate.ts';
import { loadProgram } from './elaborate/load.ts';
import type { Graph, OpAttrs, Shape, TensorType } from './graph/types.ts';

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
): { graph: Graph; config: Record<string, ConfigValue>; model: string } {
  const r = elaborate(program, { method, args, config });
  if (hasErrors(r.diagnostics) || !r.graph) throw new DiagnosticsError(r.diagnostics, program.sources);
  return { graph: r.graph, config: r.config, model: r.model };
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
  },
): CompiledLanguageModel {
  const program = loadOrThrow(file);
  const config = { ...(opts.config ?? {}) };
  const probe = elaborateOrThrow(program, 'forward', { tokens: tokenType(1, opts.ctx ?? 1) }, config);
  const ctx = opts.ctx ?? (typeof probe.config.ctx === 'number' ? probe.config.ctx : undefined);
  if (ctx === undefined) throw new Error(`${file}: the model has no "ctx" hyperparameter; pass --ctx N`);
  const loss = elaborateOrThrow(program, 'loss', { tokens: tokenType(opts.batch, ctx), targets: tokenType(opts.batch, ctx) }, config);
  const forward = elaborateOrThrow(program, 'forward', { tokens: tokenType(opts.forwardBatch ?? 1, ctx) }, config);
  const train = buildTrainStep(loss.graph, opts.optimizer);
  const weights = loss.graph.nodes
    .filter((n) => n.op === 'param' && (n.attrs as OpAttrs['param']).role === 'weight')
    .map((n) => ({ name: (n.attrs as OpAttrs['param']).name, shape: n.type.shape }));
  return { program, model: loss.model, config: loss.config, shapes: { batch: opts.batch, ctx }, graphs: { train, loss: loss.graph, forward: forward.graph }, weights };
}
