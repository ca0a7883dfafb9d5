// Training checkpoints as one safetensors file, so weights open in any
// safetensors tool. Layout:
//   <param name>              every parameter (e.g. "blocks.0.attn.wq"), F32
//   optim.<slot>.<param name> optimizer state per slot (e.g. "optim.m.blocks.0.attn.wq")
//   __metadata__              format, step, config and training settings as JSON
//                             strings, model file
// Optimizer state keeps the names the train graph gives its state params
// (compiler/autodiff/optimizer.ts slotName), so a session's state map splits
// into params and optimizer state, and joins back, without renaming.
import { SafetensorsError, decodeSafetensors, readSafetensors, writeSafetensors, type TensorToWrite } from './safetensors.ts';

export interface ShapedTensor {
  shape: readonly number[];
  data: Float32Array;
}

/**
 * The settings that decide a run's sequence of updates: the learning-rate
 * schedule, AdamW's settings and the batches. Stored in the checkpoint
 * (metadata "training") so a resume can say what it changes.
 */
export interface TrainingSettings {
  /** The step the schedule's cosine ends at (`--steps`). */
  totalSteps: number;
  warmupSteps: number;
  lr: number;
  minLr: number;
  beta1: number;
  beta2: number;
  eps: number;
  weightDecay: number;
  clipNorm: number;
  batch: number;
  ctx: number;
  seed: number;
}

export const TRAINING_SETTING_KEYS: readonly (keyof TrainingSettings)[] = [
  'totalSteps', 'warmupSteps', 'lr', 'minLr', 'beta1', 'beta2', 'eps', 'weightDecay', 'clipNorm', 'batch', 'ctx', 'seed',
];

export interface Checkpoint {
  params: Map<string, ShapedTensor>;
  /** Optimizer state by stored name, `optim.<slot>.<param>` (e.g. "optim.m.blocks.0.attn.wq"). */
  optimizerState: Map<string, ShapedTensor>;
  /** Optimizer steps taken so far. */
  step: number;
  /** The model configuration (hyperparameters) the run used. */
  config?: Record<string, unknown>;
  /** The .loom file the model came from. */
  modelFile?: string;
  /** How the run that wrote it trains; absent in checkpoints written before it was stored (or only partly known). */
  training?: Partial<TrainingSettings>;
}

export interface LoadedCheckpoint extends Checkpoint {
  /** Where it was loaded from; prefixes error messages. */
  source: string;
}

export class CheckpointError extends Error {
  override name = 'CheckpointError';
}

export const CHECKPOINT_FORMAT = 'loom-checkpoint/1';
const OPTIM_PREFIX = 'optim.';
// Slots are the second path component, so they cannot contain dots.
const SLOT_NAME = /^[A-Za-z0-9_]+$/;

/** The stored name of optimizer slot `slot` (e.g. "m") for param `param`. */
export function optimizerStateName(slot: string, param: string): string {
  if (!SLOT_NAME.test(slot)) throw new CheckpointError(`optimizer slot "${slot}": slot names must match ${SLOT_NAME}`);
  return `${OPTIM_PREFIX}${slot}.${param}`;
}

/** Splits "optim.m.blocks.0.attn.wq" into slot "m" and param "blocks.0.attn.wq"; undefined for other names. */
export function parseOptimizerStateName(name: string): { slot: string; param: string } | undefined {
  if (!name.startsWith(OPTIM_PREFIX)) return undefined;
  const rest = name.slice(OPTIM_PREFIX.length);
  const dot = rest.indexOf('.');
  if (dot <= 0 || dot === rest.length - 1) return undefined;
  const slot = rest.slice(0, dot);
  return SLOT_NAME.test(slot) ? { slot, param: rest.slice(dot + 1) } : undefined;
}

/** The flat tensor map and metadata a checkpoint is stored as. */
export function checkpointToTensors(ckpt: Checkpoint): { tensors: Map<string, TensorToWrite>; metadata: Record<string, string> } {
  if (!Number.isSafeInteger(ckpt.step) || ckpt.step < 0) {
    throw new CheckpointError(`checkpoint step must be a non-negative integer, got ${ckpt.step}`);
  }
  const tensors = new Map<string, TensorToWrite>();
  for (const [name, t] of ckpt.params) {
    if (name.startsWith(OPTIM_PREFIX)) {
      throw new CheckpointError(`param "${name}": names starting with "${OPTIM_PREFIX}" are reserved for optimizer state`);
    }
    tensors.set(name, { dtype: 'F32', shape: t.shape, data: t.data });
  }
  for (const [name, t] of ckpt.optimizerState) {
    if (parseOptimizerStateName(name) === undefined) {
      throw new CheckpointError(`optimizer state "${name}": names must have the form ${OPTIM_PREFIX}<slot>.<param>`);
    }
    tensors.set(name, { dtype: 'F32', shape: t.shape, data: t.data });
  }
  const metadata: Record<string, string> = { format: CHECKPOINT_FORMAT, step: JSON.stringify(ckpt.step) };
  if (ckpt.config !== undefined) metadata.config = JSON.stringify(ckpt.config);
  if (ckpt.modelFile !== undefined) metadata.model_file = ckpt.modelFile;
  if (ckpt.training !== undefined) {
    const training: Partial<TrainingSettings> = {};
    for (const key of TRAINING_SETTING_KEYS) {
      const v = ckpt.training[key];
      if (v === undefined) continue;
      if (!Number.isFinite(v)) throw new CheckpointError(`training setting "${key}" must be a finite number, got ${v}`);
      training[key] = v;
    }
    metadata.training = JSON.stringify(training);
  }
  return { tensors, metadata };
}

/** Writes atomically: an interrupted save leaves the previous checkpoint intact. */
export function saveCheckpoint(path: string, ckpt: Checkpoint): void {
  const { tensors, metadata } = checkpointToTensors(ckpt);
  try {
    writeSafetensors(path, tensors, metadata);
  } catch (err) {
    // Encoding errors name only the tensor; say which checkpoint it was for.
    if (err instanceof SafetensorsError) throw new CheckpointError(`checkpoint ${path}: ${err.message}`, { cause: err });
    throw err;
  }
}

export function loadCheckpoint(path: string): LoadedCheckpoint {
  const file = readSafetensors(path);
  return checkpointFromTensors(file.tensors, file.metadata, path);
}

export function decodeCheckpoint(bytes: Uint8Array, source: string): LoadedCheckpoint {
  const file = decodeSafetensors(bytes, source);
  return checkpointFromTensors(file.tensors, file.metadata, source);
}

/**
 * Rebuilds a checkpoint from a decoded file. Plain weight files (no loom
 * metadata, e.g. exported elsewhere) load too, with step 0; every tensor is
 * widened to Float32Array because the runtime computes in f32.
 */
export function checkpointFromTensors(
  tensors: ReadonlyMap<string, { shape: readonly number[]; data: ArrayLike<number> }>,
  metadata: Record<string, string>,
  source: string,
): LoadedCheckpoint {
  const fail = (msg: string): never => { throw new CheckpointError(`checkpoint ${source}: ${msg}`); };
  const params = new Map<string, ShapedTensor>();
  const optimizerState = new Map<string, ShapedTensor>();
  for (const [key, t] of tensors) {
    const tensor = { shape: [...t.shape], data: t.data instanceof Float32Array ? t.data : Float32Array.from(t.data) };
    if (!key.startsWith(OPTIM_PREFIX)) params.set(key, tensor);
    else if (parseOptimizerStateName(key) !== undefined) optimizerState.set(key, tensor);
    else fail(`tensor "${key}" is not of the form ${OPTIM_PREFIX}<slot>.<param>`);
  }

  if (metadata.format !== undefined && metadata.format !== CHECKPOINT_FORMAT) {
    fail(`unsupported format "${metadata.format}" (this version reads "${CHECKPOINT_FORMAT}")`);
  }
  let step = 0;
  if (metadata.step !== undefined) {
    const parsed = parseJson(metadata.step, 'step', fail);
    if (typeof parsed !== 'number' || !Number.isSafeInteger(parsed) || parsed < 0) {
      fail(`metadata "step" must be a non-negative integer, got ${metadata.step}`);
    }
    step = parsed as number;
  }
  const ckpt: LoadedCheckpoint = { params, optimizerState, step, source };
  if (metadata.config !== undefined) {
    const config = parseJson(metadata.config, 'config', fail);
    if (typeof config !== 'object' || config === null || Array.isArray(config)) fail('metadata "config" must be a JSON object');
    ckpt.config = config as Record<string, unknown>;
  }
  if (metadata.model_file !== undefined) ckpt.modelFile = metadata.model_file;
  if (metadata.training !== undefined) {
    const training = parseJson(metadata.training, 'training', fail);
    if (typeof training !== 'object' || training === null || Array.isArray(training)) fail('metadata "training" must be a JSON object');
    // Known keys only, each a finite number; keys a later version adds are ignored.
    const known: Partial<TrainingSettings> = {};
    for (const key of TRAINING_SETTING_KEYS) {
      const v = (training as Record<string, unknown>)[key];
      if (v === undefined) continue;
      if (typeof v !== 'number' || !Number.isFinite(v)) fail(`metadata "training": "${key}" must be a finite number, got ${JSON.stringify(v)}`);
      known[key] = v as number;
    }
    ckpt.training = known;
  }
  return ckpt;
}

function parseJson(text: string, key: string, fail: (msg: string) => never): unknown {
  try {
    return JSON.parse(text);
  } catch (err) {
    return fail(`metadata "${key}" is not valid JSON (${(err as Error).message})`);
  }
}

const fmt = (shape: readonly number[]): string => `[${shape.join(', ')}]`;
const sameShape = (a: readonly number[], b: readonly number[]): boolean => a.length === b.length && a.every((d, i) => d === b[i]);

/**
 * Everything that stops `ckpt` from loading into a model whose state has the
 * `expected` shapes. `expected` may list only weights (inference) or weights
 * and optimizer state names (resuming training):
 * - every expected name must be present with its shape;
 * - every checkpoint param must be expected;
 * - optimizer state must be expected by name, or belong to an expected param
 *   and have its shape; otherwise it is reported (it is not silently dropped).
 */
export function compatibilityProblems(ckpt: Checkpoint, expected: ReadonlyMap<string, readonly number[]>): string[] {
  const problems: string[] = [];
  const shapeMismatch = (what: string, got: readonly number[], want: readonly number[]): void => {
    if (!sameShape(got, want)) problems.push(`${what} has shape ${fmt(got)} but the model expects ${fmt(want)}`);
  };
  for (const [name, shape] of expected) {
    const isState = parseOptimizerStateName(name) !== undefined;
    const got = isState ? ckpt.optimizerState.get(name) : ckpt.params.get(name);
    if (got === undefined) problems.push(`${isState ? 'optimizer state' : 'param'} "${name}" ${fmt(shape)} is missing`);
    else shapeMismatch(`${isState ? 'optimizer state' : 'param'} "${name}"`, got.shape, shape);
  }
  for (const [name, t] of ckpt.params) {
    if (!expected.has(name)) problems.push(`param "${name}" ${fmt(t.shape)} is not in the model`);
  }
  for (const [name, t] of ckpt.optimizerState) {
    if (expected.has(name)) continue; // checked above
    const param = parseOptimizerStateName(name)!.param;
    const paramShape = expected.get(param);
    if (paramShape === undefined) problems.push(`optimizer state "${name}" is for param "${param}", which is not in the model`);
    else shapeMismatch(`optimizer state "${name}"`, t.shape, paramShape);
  }
  return problems;
}

/** How many problems to list before summarising; a different model entirely would otherwise print hundreds. */
const MAX_LISTED = 20;

function throwProblems(prefix: string, problems: string[]): void {
  if (problems.length === 0) return;
  const lines = problems.slice(0, MAX_LISTED).map((p) => prefix + p);
  if (problems.length > MAX_LISTED) lines.push(`${prefix}... and ${problems.length - MAX_LISTED} more problems`);
  throw new CheckpointError(lines.join('\n'));
}

/**
 * Throws a CheckpointError listing the problems, one per line:
 * `checkpoint run.safetensors: param "ln_f.g" has shape [32] but the model expects [64]`.
 */
export function checkCompatible(ckpt: Checkpoint & { source?: string }, expected: ReadonlyMap<string, readonly number[]>): void {
  throwProblems(`checkpoint ${ckpt.source ?? '(in memory)'}: `, compatibilityProblems(ckpt, expected));
}

/**
 * The same check for a plain weights file (e.g. `loom eval --weights`): every
 * expected param present with its shape, no unexpected params. Optimizer state
 * in the file is ignored, so training checkpoints work as weight files.
 */
export function checkWeights(
  tensors: ReadonlyMap<string, { shape: readonly number[] }>,
  expected: ReadonlyMap<string, readonly number[]>,
  source: string,
): void {
  const params = new Map<string, ShapedTensor>();
  for (const [name, t] of tensors) {
    if (parseOptimizerStateName(name) === undefined) params.set(name, { shape: t.shape, data: new Float32Array(0) });
  }
  throwProblems(`${source}: `, compatibilityProblems({ params, optimizerState: new Map(), step: 0 }, expected));
}
