// A q4_0 checkpoint (written by `loom quantize`, docs/quantization.md) as a
// model's weights: the metadata says which weights are quantised and their
// f32 shapes; their U8 block tensors [N, K/32, 18] load as the kernel words
// q4_matmul reads ([N, K/32 · 6], q4_0.ts), every other tensor as f32. The
// graphs that read them are rewritten by rewrite.ts.
import { checkpointFromTensors, CheckpointError, type LoadedCheckpoint } from '../../runtime/checkpoint.ts';
import type { DecodedTensor, SafetensorsFile } from '../../runtime/safetensors-decode.ts';
import { readSafetensors } from '../../runtime/safetensors.ts';
import { Q4_BLOCK, Q4_BLOCK_BYTES, Q4_FORMAT, q4Words, q4WordsShape } from './q4_0.ts';

/** Metadata key naming the quantisation format of a checkpoint. */
export const QUANT_METADATA = 'loom.quant';
/** Metadata key of a quantised weight's f32 shape "[in, out]". */
export const q4ShapeKey = (name: string): string => `loom.${Q4_FORMAT}.${name}`;

/** The quantised weights a checkpoint's metadata lists (name → [K, N]); undefined for an f32 checkpoint. */
export function quantizedWeights(metadata: Record<string, string>, source: string): Map<string, [number, number]> | undefined {
  const format = metadata[QUANT_METADATA];
  if (format === undefined) return undefined;
  const fail = (msg: string): never => { throw new CheckpointError(`checkpoint ${source}: ${msg}`); };
  if (format !== Q4_FORMAT) fail(`quantisation "${format}" is not supported (this version reads "${Q4_FORMAT}")`);
  const prefix = q4ShapeKey('');
  const out = new Map<string, [number, number]>();
  for (const [key, value] of Object.entries(metadata)) {
    if (!key.startsWith(prefix)) continue;
    let shape: unknown;
    try {
      shape = JSON.parse(value);
    } catch {
      shape = undefined;
    }
    const ok = Array.isArray(shape) && shape.length === 2 && shape.every((d) => Number.isSafeInteger(d) && d > 0) && (shape[0] as number) % Q4_BLOCK === 0;
    if (!ok) fail(`metadata "${key}" must be the weight's shape [in, out] with in a multiple of ${Q4_BLOCK}, got ${value}`);
    out.set(key.slice(prefix.length), shape as [number, number]);
  }
  if (out.size === 0) fail(`metadata "${QUANT_METADATA}" is "${format}" but no weight is listed (${prefix}<name>)`);
  return out;
}

/** The kernel words of quantised weight `name` from its block tensor, checked against [K, N]. */
function wordsOf(name: string, t: DecodedTensor | undefined, [K, N]: readonly [number, number], source: string): DecodedTensor {
  const want = [N, K / Q4_BLOCK, Q4_BLOCK_BYTES];
  if (!t) throw new CheckpointError(`checkpoint ${source}: quantised weight "${name}" has no tensor`);
  if (t.dtype !== 'U8' || t.shape.length !== 3 || t.shape.some((d, i) => d !== want[i])) {
    throw new CheckpointError(`checkpoint ${source}: quantised weight "${name}" must be U8 [${want.join(', ')}] (q4_0 blocks of [${K}, ${N}]), got ${t.dtype} [${t.shape.join(', ')}]`);
  }
  const bytes = t.data instanceof Uint8Array ? t.data : Uint8Array.from(t.data as ArrayLike<number>);
  return { dtype: 'F32', shape: q4WordsShape(K, N), data: q4Words(bytes) };
}

export interface ModelCheckpoint {
  checkpoint: LoadedCheckpoint;
  /** The q4_0 weights (name → f32 shape [K, N]) whose params hold kernel words; absent for an f32 checkpoint. */
  quantized?: Map<string, [number, number]>;
}

/** A decoded checkpoint file, quantised or not. */
export function modelCheckpoint(file: SafetensorsFile, source: string): ModelCheckpoint {
  const quantized = quantizedWeights(file.metadata, source);
  if (!quantized) return { checkpoint: checkpointFromTensors(file.tensors, file.metadata, source) };
  const tensors = new Map(file.tensors);
  for (const [name, dims] of quantized) tensors.set(name, wordsOf(name, file.tensors.get(name), dims, source));
  return { checkpoint: checkpointFromTensors(tensors, file.metadata, source), quantized };
}

/** Reads a checkpoint file, quantised or not (see modelCheckpoint). */
export function loadModelCheckpoint(path: string, maxBytes?: number): ModelCheckpoint {
  return modelCheckpoint(readSafetensors(path, { what: 'checkpoint', ...(maxBytes !== undefined ? { maxBytes } : {}) }), path);
}
