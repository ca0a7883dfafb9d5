// A quantised checkpoint (written by `loom quantize`, docs/quantization.md)
// as a model's weights: the metadata says the format and which weights are
// quantised with their f32 shapes; their U8 file tensors load as the kernel
// words the format's matmul reads — q4_0 blocks [N, K/32, 18] as
// [N, K/32 · 6] (q4_0.ts), packed signs [N, 3·⌈K/24⌉] as [N, ⌈K/24⌉]
// (sign1.ts) — every other tensor as f32. The graphs that read them are
// rewritten by rewrite.ts.
import { checkpointFromTensors, CheckpointError, type LoadedCheckpoint } from '../../runtime/checkpoint.ts';
import type { DecodedTensor, SafetensorsFile } from '../../runtime/safetensors-decode.ts';
import { readSafetensors } from '../../runtime/safetensors.ts';
import { Q4_BLOCK, Q4_BLOCK_BYTES, Q4_FORMAT, q4Words, q4WordsShape } from './q4_0.ts';
import { SIGN1_FORMAT, signKernelWords, signWords } from './sign1.ts';

/** Metadata key naming the quantisation format of a checkpoint. */
export const QUANT_METADATA = 'loom.quant';

/** How each format stores a weight W [K, N]: its metadata key, its U8 file tensor, and the kernel words. */
const FORMATS = {
  [Q4_FORMAT]: {
    fileShape: (K: number, N: number) => [N, K / Q4_BLOCK, Q4_BLOCK_BYTES],
    words: (bytes: Uint8Array, K: number, N: number): DecodedTensor => ({ dtype: 'F32', shape: q4WordsShape(K, N), data: q4Words(bytes) }),
    validK: (K: number) => K % Q4_BLOCK === 0,
    describe: `in a multiple of ${Q4_BLOCK}`,
  },
  [SIGN1_FORMAT]: {
    fileShape: (K: number, N: number) => [N, 3 * signWords(K)],
    words: (bytes: Uint8Array, K: number, N: number): DecodedTensor => ({ dtype: 'F32', shape: [N, signWords(K)], data: signKernelWords(bytes) }),
    validK: (_K: number) => true,
    describe: 'positive sizes',
  },
} as const;

export type QuantFormat = keyof typeof FORMATS;
export const QUANT_FORMATS = Object.keys(FORMATS) as QuantFormat[];

/** Metadata key of a quantised weight's f32 shape "[in, out]". */
export const quantShapeKey = (format: QuantFormat, name: string): string => `loom.${format}.${name}`;
/** q4_0's shape key (loom quantize's default format). */
export const q4ShapeKey = (name: string): string => quantShapeKey(Q4_FORMAT, name);

/** A checkpoint's quantised weights: the format and each weight's f32 shape [K, N]. */
export interface QuantizedWeights {
  readonly format: QuantFormat;
  readonly weights: Map<string, [number, number]>;
}

/** The quantised weights a checkpoint's metadata lists; undefined for an f32 checkpoint. */
export function quantizedWeights(metadata: Record<string, string>, source: string): QuantizedWeights | undefined {
  const format = metadata[QUANT_METADATA];
  if (format === undefined) return undefined;
  const fail = (msg: string): never => { throw new CheckpointError(`checkpoint ${source}: ${msg}`); };
  if (!(format in FORMATS)) fail(`quantisation "${format}" is not supported (this version reads ${QUANT_FORMATS.map((f) => `"${f}"`).join(', ')})`);
  const f = FORMATS[format as QuantFormat];
  const prefix = quantShapeKey(format as QuantFormat, '');
  const out = new Map<string, [number, number]>();
  for (const [key, value] of Object.entries(metadata)) {
    if (!key.startsWith(prefix)) continue;
    let shape: unknown;
    try {
      shape = JSON.parse(value);
    } catch {
      shape = undefined;
    }
    const ok = Array.isArray(shape) && shape.length === 2 && shape.every((d) => Number.isSafeInteger(d) && d > 0) && f.validK(shape[0] as number);
    if (!ok) fail(`metadata "${key}" must be the weight's shape [in, out] with ${f.describe}, got ${value}`);
    out.set(key.slice(prefix.length), shape as [number, number]);
  }
  if (out.size === 0) fail(`metadata "${QUANT_METADATA}" is "${format}" but no weight is listed (${prefix}<name>)`);
  return { format: format as QuantFormat, weights: out };
}

/** The kernel words of quantised weight `name` from its U8 file tensor, checked against [K, N]. */
function wordsOf(format: QuantFormat, name: string, t: DecodedTensor | undefined, [K, N]: readonly [number, number], source: string): DecodedTensor {
  const want = FORMATS[format].fileShape(K, N);
  if (!t) throw new CheckpointError(`checkpoint ${source}: quantised weight "${name}" has no tensor`);
  if (t.dtype !== 'U8' || t.shape.length !== want.length || t.shape.some((d, i) => d !== want[i])) {
    throw new CheckpointError(`checkpoint ${source}: quantised weight "${name}" must be U8 [${want.join(', ')}] (${format} of [${K}, ${N}]), got ${t.dtype} [${t.shape.join(', ')}]`);
  }
  const bytes = t.data instanceof Uint8Array ? t.data : Uint8Array.from(t.data as ArrayLike<number>);
  return FORMATS[format].words(bytes, K, N);
}

export interface ModelCheckpoint {
  checkpoint: LoadedCheckpoint;
  /** The quantised weights (format, name → f32 shape [K, N]) whose params hold kernel words; absent for an f32 checkpoint. */
  quantized?: QuantizedWeights;
}

/** A decoded checkpoint file, quantised or not. */
export function modelCheckpoint(file: SafetensorsFile, source: string): ModelCheckpoint {
  const quantized = quantizedWeights(file.metadata, source);
  if (!quantized) return { checkpoint: checkpointFromTensors(file.tensors, file.metadata, source) };
  const tensors = new Map(file.tensors);
  for (const [name, dims] of quantized.weights) tensors.set(name, wordsOf(quantized.format, name, file.tensors.get(name), dims, source));
  return { checkpoint: checkpointFromTensors(tensors, file.metadata, source), quantized };
}

/** Reads a checkpoint file, quantised or not (see modelCheckpoint). */
export function loadModelCheckpoint(path: string, maxBytes?: number): ModelCheckpoint {
  return modelCheckpoint(readSafetensors(path, { what: 'checkpoint', ...(maxBytes !== undefined ? { maxBytes } : {}) }), path);
}
