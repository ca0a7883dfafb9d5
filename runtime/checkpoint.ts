// Training checkpoints as one safetensors file, so weights open in any
// safetensors tool. Layout:
//   <param name>              every parameter (e.g. "blocks.0.attn.wq"), F32
//   optim.<slot>.<param name> optimizer state per slot (e.g. "optim.m.blocks.0.attn.wq")
//   __metadata__              format, step and config as JSON strings, model file
import { decodeSafetensors, readSafetensors, writeSafetensors, type TensorToWrite } from './safetensors.ts';

export interface ShapedTensor {
  shape: readonly number[];
  data: Float32Array;
}

export interface Checkpoint {
  params: Map<string, ShapedTensor>;
  /** Slot name (e.g. "m", "v") → param name → state for that param. */
  optimizerState: Map<string, Map<string, ShapedTensor>>;
  /** Optimizer steps taken so far. */
  step: number;
  /** The model configuration (hyperparameters) the run used. */
  config?: Record<string, unknown>;
  /** The .loom file the model came from. */
  modelFile?: string;
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
  for (const [slot, states] of ckpt.optimizerState) {
    if (!SLOT_NAME.test(slot)) throw new CheckpointError(`optimizer slot "${slot}": slot names must match ${SLOT_NAME}`);
    for (const [name, t] of states) tensors.set(`${OPTIM_PREFIX}${slot}.${name}`, { dtype: 'F32', shape: t.shape, data: t.data });
  }
  const metadata: Record<string, string> = { format: CHECKPOINT_FORMAT, step: JSON.stringify(ckpt.step) };
  if (ckpt.config !== undefined) metadata.config = JSON.stringify(ckpt.config);
  if (ckpt.modelFile !== undefined) metadata.model_file = ckpt.modelFile;
  return { tensors, metadata };
}

/** Writes atomically: an interrupted save leaves the previous checkpoint intact. */
export function saveCheckpoint(path: string, ckpt: Checkpoint): void {
  const { tensors, metadata } = checkpointToTensors(ckpt);
  writeSafetensors(path, tensors, metadata);
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
  const optimizerState = new Map<string, Map<string, ShapedTensor>>();
  for (const [key, t] of tensors) {
    const tensor = { shape: [...t.shape], data: t.data instanceof Float32Array ? t.data : Float32Array.from(t.data) };
    if (!key.startsWith(OPTIM_PREFIX)) {
      params.set(key, tensor);
      continue;
    }
    const rest = key.slice(OPTIM_PREFIX.length);
    const dot = rest.indexOf('.');
    if (dot <= 0 || dot === rest.length - 1) fail(`tensor "${key}" is not of the form optim.<slot>.<param>`);
    const slot = rest.slice(0, dot);
    let states = optimizerState.get(slot);
    if (states === undefined) optimizerState.set(slot, (states = new Map()));
    states.set(rest.slice(dot + 1), tensor);
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
 * Everything that stops `ckpt` from loading into a model with `expected`
 * param shapes: missing params, unexpected params, shape mismatches, and
 * optimizer state that belongs to no param or has the wrong shape. Missing
 * optimizer state is not a problem (the optimizer can start fresh).
 */
export function compatibilityProblems(ckpt: Checkpoint, expected: ReadonlyMap<string, readonly number[]>): string[] {
  const problems: string[] = [];
  for (const [name, shape] of expected) {
    const got = ckpt.params.get(name);
    if (got === undefined) problems.push(`param "${name}" ${fmt(shape)} is missing`);
    else if (!sameShape(got.shape, shape)) problems.push(`param "${name}" has shape ${fmt(got.shape)} but the model expects ${fmt(shape)}`);
  }
  for (const [name, t] of ckpt.params) {
    if (!expected.has(name)) problems.push(`param "${name}" ${fmt(t.shape)} is not in the model`);
  }
  for (const [slot, states] of ckpt.optimizerState) {
    for (const [name, t] of states) {
      const shape = expected.get(name);
      if (shape === undefined) problems.push(`optimizer state "optim.${slot}.${name}" is for a param not in the model`);
      else if (!sameShape(t.shape, shape)) {
        problems.push(`optimizer state "optim.${slot}.${name}" has shape ${fmt(t.shape)} but the model expects ${fmt(shape)}`);
      }
    }
  }
  return problems;
}

/** How many problems to list before summarising; a different model entirely would otherwise print hundreds. */
const MAX_LISTED = 20;

/**
 * Throws a CheckpointError listing the problems, one per line:
 * `checkpoint run.safetensors: param "ln_f.g" has shape [32] but the model expects [64]`.
 */
export function checkCompatible(ckpt: Checkpoint & { source?: string }, expected: ReadonlyMap<string, readonly number[]>): void {
  const problems = compatibilityProblems(ckpt, expected);
  if (problems.length === 0) return;
  const prefix = `checkpoint ${ckpt.source ?? '(in memory)'}: `;
  const lines = problems.slice(0, MAX_LISTED).map((p) => prefix + p);
  if (problems.length > MAX_LISTED) lines.push(`${prefix}... and ${problems.length - MAX_LISTED} more problems`);
  throw new CheckpointError(lines.join('\n'));
}
