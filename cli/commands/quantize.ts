// loom quantize: convert a checkpoint's matmul weights to ggml q4_0
// (compiler/quant/q4_0.ts; which weights: compiler/quant/select.ts). The
// output is safetensors: each quantised weight `name` [in, out] becomes a U8
// tensor [out, in/32, 18] of ggml blocks, and the metadata says so
// (`loom.quant` = "q4_0", `loom.q4_0.<name>` = the f32 shape "[in, out]");
// every other weight is copied as F32, optimizer state is dropped (the file
// is for inference). docs/quantization.md describes the layout.
import { elaborateOrThrow, loadOrThrow } from '../../compiler/model.ts';
import type { TensorType } from '../../compiler/graph/types.ts';
import { dequantizeMatrix, Q4_FORMAT, quantizeMatrix } from '../../compiler/quant/q4_0.ts';
import { matmulWeights } from '../../compiler/quant/select.ts';
import { q4ShapeKey, QUANT_METADATA } from '../../compiler/quant/checkpoint.ts';
import { formatBytes } from '../../compiler/io/files.ts';
import { parseOptimizerStateName } from '../../runtime/checkpoint.ts';
import { readSafetensors, writeSafetensors, type TensorToWrite } from '../../runtime/safetensors.ts';
import {
  inputFile, MAX_SAFETENSORS_BYTES, modelFile, outputFile, requireFlag, UsageError,
  type CliIo, type CommandSpec, type ParsedArgs,
} from '../args.ts';
import { statSync } from 'node:fs';

export const spec: CommandSpec = {
  name: 'quantize',
  summary: "Convert a checkpoint's matmul weights to ggml q4_0 (4.5 bits per weight); embeddings, norms, biases and the head stay f32.",
  synopsis: '<file.loom> --ckpt FILE -o FILE [--format q4_0]',
  positionals: [{ name: '<file.loom>', description: 'the model the checkpoint was trained from' }],
  options: [
    { name: 'ckpt', type: 'option', value: 'FILE', description: 'the checkpoint (safetensors) (required)' },
    { name: 'out', short: 'o', type: 'option', value: 'FILE', description: 'where to write the quantised weights (required)' },
    { name: 'format', type: 'option', value: 'NAME', description: 'the format; only q4_0 (default)' },
    { name: 'dequantized', type: 'option', value: 'FILE', description: 'also write the f32 weights the quantised ones stand for (d·(q − 8)), to measure the quantisation error with f32 tools' },
  ],
};


export async function run(args: ParsedArgs, io: CliIo): Promise<number> {
  const file = modelFile(args);
  const ckptFile = inputFile(requireFlag(args.str('ckpt'), 'ckpt'), 'checkpoint', MAX_SAFETENSORS_BYTES);
  const outFile = outputFile(requireFlag(args.str('out'), 'out'), 'output file');
  const deqFile = args.str('dequantized') === undefined ? undefined : outputFile(args.str('dequantized')!, 'dequantized file');
  const format = args.str('format') ?? Q4_FORMAT;
  if (format !== Q4_FORMAT) throw new UsageError(`--format: unknown format "${format}" (known: ${Q4_FORMAT})`);

  const st = readSafetensors(ckptFile, { what: 'checkpoint', maxBytes: MAX_SAFETENSORS_BYTES });
  const program = loadOrThrow(file);
  let config: Record<string, never> = {};
  if (st.metadata.config !== undefined) config = JSON.parse(st.metadata.config) as Record<string, never>;
  const tokens: TensorType = { shape: [1, 1], dtype: 'i32' };
  const targets = matmulWeights(elaborateOrThrow(program, 'forward', { tokens }, config).graph);

  const out = new Map<string, TensorToWrite>();
  const deq = new Map<string, TensorToWrite>();
  const metadata: Record<string, string> = { ...st.metadata, [QUANT_METADATA]: Q4_FORMAT };
  let weights = 0, bytes = 0;
  for (const [name, t] of st.tensors) {
    if (parseOptimizerStateName(name)) continue;
    const dims = targets.get(name);
    const data = t.data as ArrayLike<number>;
    if (!dims) {
      out.set(name, { dtype: 'F32', shape: t.shape, data });
      deq.set(name, { dtype: 'F32', shape: t.shape, data });
      continue;
    }
    const [K, N] = dims;
    if (t.shape.length !== 2 || t.shape[0] !== K || t.shape[1] !== N) {
      throw new Error(`${ckptFile}: "${name}" is [${t.shape.join(', ')}]; ${file} declares [${K}, ${N}]`);
    }
    const blocks = quantizeMatrix(data, K, N);
    out.set(name, { dtype: 'U8', shape: [N, K / 32, 18], data: blocks });
    deq.set(name, { dtype: 'F32', shape: [K, N], data: dequantizeMatrix(blocks, K, N) });
    metadata[q4ShapeKey(name)] = JSON.stringify([K, N]);
    weights += K * N;
    bytes += blocks.length;
  }
  if (targets.size === 0) throw new Error(`${file}: no matmul weight qualifies for ${Q4_FORMAT} (2-D, contraction axis a multiple of 32)`);
  const missing = [...targets.keys()].filter((n) => !st.tensors.has(n));
  if (missing.length) throw new Error(`${ckptFile}: no tensor for weight${missing.length > 1 ? 's' : ''} ${missing.join(', ')}`);
  writeSafetensors(outFile, out, metadata);
  if (deqFile) writeSafetensors(deqFile, deq, st.metadata);
  io.stdout.write(`${targets.size} matmul weights → ${Q4_FORMAT}: ${weights.toLocaleString('en')} weights in ${formatBytes(bytes)} ` +
    `(${((8 * bytes) / weights).toFixed(2)} bits per weight); ${outFile}: ${formatBytes(statSync(outFile).size)} (checkpoint ${formatBytes(statSync(ckptFile).size)})\n`);
  return 0;
}
