// loom quantize: convert a checkpoint's matmul weights to ggml q4_0
// (compiler/quant/q4_0.ts; which weights: compiler/quant/select.ts), or with
// --format binary a binary model's BinaryLinear weights to packed signs
// (compiler/quant/sign1.ts, one bit per weight; binary-rewrite.ts). The
// output is safetensors: each quantised weight `name` [in, out] becomes a U8
// tensor [out, in/32, 18] of ggml blocks, and the metadata says so
// (`loom.quant` = "q4_0", `loom.q4_0.<name>` = the f32 shape "[in, out]");
// every other weight is copied as F32, optimizer state is dropped (the file
// is for inference). docs/quantization.md describes the layout.
import { elaborateOrThrow, loadOrThrow } from '../../compiler/model.ts';
import type { Graph, TensorType } from '../../compiler/graph/types.ts';
import { dequantizeMatrix, Q4_FORMAT, quantizeMatrix } from '../../compiler/quant/q4_0.ts';
import { matmulWeights } from '../../compiler/quant/select.ts';
import { QUANT_FORMATS, quantShapeKey, QUANT_METADATA, type QuantFormat } from '../../compiler/quant/checkpoint.ts';
import { binaryWeights } from '../../compiler/quant/binary-rewrite.ts';
import { packSigns, signKernelWords, unpackSigns } from '../../compiler/quant/sign1.ts';
import { formatBytes } from '../../compiler/io/files.ts';
import { parseOptimizerStateName } from '../../runtime/checkpoint.ts';
import { readSafetensors, writeSafetensors, type TensorToWrite } from '../../runtime/safetensors.ts';
import {
  choiceFlag, inputFile, MAX_SAFETENSORS_BYTES, modelFile, outputFile, requireFlag,
  type CliIo, type CommandSpec, type ParsedArgs,
} from '../args.ts';
import { statSync } from 'node:fs';

export const spec: CommandSpec = {
  name: 'quantize',
  summary: "Convert a checkpoint's matmul weights to ggml q4_0 (4.5 bits per weight); embeddings, norms, biases and the head stay f32.",
  synopsis: '<file.loom> --ckpt FILE -o FILE [--format q4_0|binary]',
  positionals: [{ name: '<file.loom>', description: 'the model the checkpoint was trained from' }],
  options: [
    { name: 'ckpt', type: 'option', value: 'FILE', description: 'the checkpoint (safetensors) (required)' },
    { name: 'out', short: 'o', type: 'option', value: 'FILE', description: 'where to write the quantised weights (required)' },
    { name: 'format', type: 'option', value: 'NAME', description: 'q4_0 (default: the matmul weights, 4.5 bits per weight) or binary (BinaryLinear weights as packed signs, 1 bit per weight)' },
    { name: 'dequantized', type: 'option', value: 'FILE', description: 'also write the f32 weights the quantised ones stand for (d·(q − 8)), to measure the quantisation error with f32 tools' },
  ],
};


/** Per format: which weights of the model it takes, and how a weight W [K, N] is packed (U8 file bytes, and the f32 values they stand for). */
const SCHEMES: Readonly<Record<QuantFormat, {
  select(g: Graph): Map<string, [number, number]>;
  pack(w: ArrayLike<number>, K: number, N: number, what: string): { blocks: Uint8Array; shape: number[]; back: Float32Array };
  qualifies: string;
}>> = {
  q4_0: {
    select: matmulWeights,
    pack: (w, K, N) => {
      const blocks = quantizeMatrix(w, K, N);
      return { blocks, shape: [N, K / 32, 18], back: dequantizeMatrix(blocks, K, N) };
    },
    qualifies: '2-D, contraction axis a multiple of 32',
  },
  // The dequantised file holds sign(W): the model applies α and β itself.
  binary: {
    select: binaryWeights,
    pack: (w, K, N, what) => {
      const blocks = packSigns(w, K, N, what);
      return { blocks, shape: [N, blocks.length / N], back: unpackSigns(signKernelWords(blocks), K, N) };
    },
    qualifies: "BinaryLinear's α ⊙ sign(W) + β",
  },
};

export async function run(args: ParsedArgs, io: CliIo): Promise<number> {
  const file = modelFile(args);
  const ckptFile = inputFile(requireFlag(args.str('ckpt'), 'ckpt'), 'checkpoint', MAX_SAFETENSORS_BYTES);
  const outFile = outputFile(requireFlag(args.str('out'), 'out'), 'output file');
  const deqFile = args.str('dequantized') === undefined ? undefined : outputFile(args.str('dequantized')!, 'dequantized file');
  const format = choiceFlag(args.str('format'), 'format', QUANT_FORMATS, Q4_FORMAT);
  const scheme = SCHEMES[format];

  const st = readSafetensors(ckptFile, { what: 'checkpoint', maxBytes: MAX_SAFETENSORS_BYTES });
  const program = loadOrThrow(file);
  let config: Record<string, never> = {};
  if (st.metadata.config !== undefined) config = JSON.parse(st.metadata.config) as Record<string, never>;
  const tokens: TensorType = { shape: [1, 1], dtype: 'i32' };
  const targets = scheme.select(elaborateOrThrow(program, 'forward', { tokens }, config).graph);

  const out = new Map<string, TensorToWrite>();
  const deq = new Map<string, TensorToWrite>();
  const metadata: Record<string, string> = { ...st.metadata, [QUANT_METADATA]: format };
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
    const { blocks, shape, back } = scheme.pack(data, K, N, `${ckptFile}: "${name}"`);
    out.set(name, { dtype: 'U8', shape, data: blocks });
    deq.set(name, { dtype: 'F32', shape: [K, N], data: back });
    metadata[quantShapeKey(format, name)] = JSON.stringify([K, N]);
    weights += K * N;
    bytes += blocks.length;
  }
  if (targets.size === 0) throw new Error(`${file}: no weight qualifies for ${format} (${scheme.qualifies})`);
  const missing = [...targets.keys()].filter((n) => !st.tensors.has(n));
  if (missing.length) throw new Error(`${ckptFile}: no tensor for weight${missing.length > 1 ? 's' : ''} ${missing.join(', ')}`);
  writeSafetensors(outFile, out, metadata);
  if (deqFile) writeSafetensors(deqFile, deq, st.metadata);
  io.stdout.write(`${targets.size} matmul weights → ${format}: ${weights.toLocaleString('en')} weights in ${formatBytes(bytes)} ` +
    `(${((8 * bytes) / weights).toFixed(2)} bits per weight); ${outFile}: ${formatBytes(statSync(outFile).size)} (checkpoint ${formatBytes(statSync(ckptFile).size)})\n`);
  return 0;
}
