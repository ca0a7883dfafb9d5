// Reading another project's checkpoint for `loom import`: safetensors (one
// file, or a Hugging Face directory with config.json and one or several
// shards), and llama2.c's model.bin (export.py's version 1 with the "ak42"
// magic, and the legacy version 0). Every tensor comes back as f32 (F16,
// BF16 and F64 widened) under the name the project's own PyTorch state_dict
// uses, so one layout table covers a project's binary and safetensors forms.
//
// PyTorch pickles (torch.save: .pt/.pth/.ckpt) cannot be read without a
// Python unpickler; they are recognised and refused with the one-line
// conversion to safetensors.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { readSafetensors, MAX_FILE_BYTES } from '../../runtime/safetensors.ts';
import { parseShardIndex } from '../../runtime/safetensors-shards.ts';
import { LITTLE_ENDIAN_HOST } from '../../runtime/safetensors-decode.ts';
import { checkRegularFile } from './files.ts';

export interface ForeignTensor {
  shape: number[];
  /** The dtype stored in the file (F32, F16, BF16, …); data is always f32. */
  dtype: string;
  data: Float32Array;
}

export interface ForeignCheckpoint {
  tensors: Map<string, ForeignTensor>;
  /** What was read, for the report: "safetensors", "llama2.c model.bin v1", … */
  format: string;
  /** A binary format's header fields (llama2.c: dim, hidden_dim, n_layers, n_heads, n_kv_heads, vocab_size, max_seq_len, shared_classifier). */
  header?: Record<string, number>;
  /** config.json beside the checkpoint (Hugging Face), when there is one. */
  json?: Record<string, unknown>;
  /** Where config.json was read from. */
  jsonFile?: string;
}

export const LLAMA2C_MAGIC = 0x616b3432; // "ak42" as a little-endian u32

const PICKLE_HINT = (file: string): string =>
  `${file} is a PyTorch pickle (torch.save); loom cannot unpickle it. Convert its state_dict to safetensors with Python first:\n` +
  `  python -c "import torch; from safetensors.torch import save_file; sd = torch.load('${path.basename(file)}', map_location='cpu'); sd = sd.get('model', sd); ` +
  `save_file({k: v.contiguous().clone() for k, v in sd.items()}, 'model.safetensors')"\n` +
  `(nanoGPT and llama2.c keep the weights under checkpoint['model']; .clone() unshares tied tensors, which save_file refuses)`;

/** Reads `file` (a file or a Hugging Face model directory); `binary` is the layout's non-safetensors format. */
export function readForeignCheckpoint(file: string, binary: 'llama2c' | undefined): ForeignCheckpoint {
  let st: fs.Stats;
  try {
    st = fs.statSync(file);
  } catch {
    throw new Error(`checkpoint ${file} does not exist`);
  }
  if (st.isDirectory()) return readDirectory(file);
  const size = checkRegularFile(file, { what: 'checkpoint', maxBytes: MAX_FILE_BYTES });
  const head = new Uint8Array(Math.min(size, 16));
  const fd = fs.openSync(file, 'r');
  try {
    fs.readSync(fd, head, 0, head.length, 0);
  } finally {
    fs.closeSync(fd);
  }
  const view = new DataView(head.buffer);
  const json = besideJson(path.dirname(file));
  // torch.save writes a zip archive (PK\3\4) since PyTorch 1.6, a bare pickle (protocol 2+: 0x80 0x02…) before.
  if ((head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04) || (head[0] === 0x80 && head[1]! >= 2 && head[1]! <= 5)) {
    throw new Error(PICKLE_HINT(file));
  }
  if (size >= 4 && view.getUint32(0, true) === LLAMA2C_MAGIC) {
    if (binary !== 'llama2c') throw new Error(`${file} is a llama2.c model.bin; import it with --from llama2c`);
    return readLlama2c(file);
  }
  if (size >= 9 && head[8] === 0x7b /* '{' */ && view.getBigUint64(0, true) <= BigInt(size - 8)) {
    return { tensors: safetensorsTensors(file), format: 'safetensors', ...json };
  }
  if (binary === 'llama2c') return readLlama2c(file);
  throw new Error(`${file} is not a safetensors file (nor a PyTorch pickle); this layout reads safetensors`);
}

function besideJson(dir: string): Pick<ForeignCheckpoint, 'json' | 'jsonFile'> {
  const jsonFile = path.join(dir, 'config.json');
  if (!fs.existsSync(jsonFile)) return {};
  let json: unknown;
  try {
    json = JSON.parse(fs.readFileSync(jsonFile, 'utf8'));
  } catch (e) {
    throw new Error(`${jsonFile} is not valid JSON: ${(e as Error).message}`);
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) throw new Error(`${jsonFile} must hold a JSON object`);
  return { json: json as Record<string, unknown>, jsonFile };
}

function safetensorsTensors(file: string, into = new Map<string, ForeignTensor>()): Map<string, ForeignTensor> {
  for (const [name, t] of readSafetensors(file, { what: 'checkpoint' }).tensors) {
    if (into.has(name)) throw new Error(`${file}: tensor "${name}" is also in another shard`);
    // Integer tensors (step counters, position ids) are kept too: a layout must load or ignore every tensor by name.
    into.set(name, { shape: t.shape, dtype: t.dtype, data: t.data instanceof Float32Array ? t.data : Float32Array.from(t.data as ArrayLike<number>) });
  }
  return into;
}

/** A Hugging Face model directory: model.safetensors, or the shards model.safetensors.index.json lists. */
function readDirectory(dir: string): ForeignCheckpoint {
  const json = besideJson(dir);
  const index = path.join(dir, 'model.safetensors.index.json');
  if (fs.existsSync(index)) {
    // Checked as every shard index is: file names beside the index only (runtime/safetensors-shards.ts).
    const map = parseShardIndex(fs.readFileSync(index, 'utf8'), index).weight_map;
    const shards = [...new Set(Object.values(map))].sort();
    const tensors = new Map<string, ForeignTensor>();
    for (const shard of shards) safetensorsTensors(path.join(dir, shard), tensors);
    return { tensors, format: `safetensors, ${shards.length} shards`, ...json };
  }
  const single = path.join(dir, 'model.safetensors');
  if (fs.existsSync(single)) return { tensors: safetensorsTensors(single), format: 'safetensors', ...json };
  throw new Error(`${dir} has neither model.safetensors nor model.safetensors.index.json`);
}

const HEADER_FIELDS = ['dim', 'hidden_dim', 'n_layers', 'n_heads', 'n_kv_heads', 'vocab_size', 'max_seq_len'] as const;

/**
 * llama2.c's model.bin, as export.py writes it: version 1 is a 256-byte header (magic, version, the seven
 * ModelArgs ints, the shared-classifier byte) then f32 tensors; version 0 (legacy_export) is the seven ints,
 * vocab_size negative when the classifier is not shared, then f32 tensors in another order with the RoPE
 * tables between the final norm and the classifier.
 */
export function readLlama2c(file: string): ForeignCheckpoint {
  const buf = fs.readFileSync(file);
  const bytes = new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const v1 = bytes.length >= 8 && view.getUint32(0, true) === LLAMA2C_MAGIC;
  if (v1) {
    const version = view.getInt32(4, true);
    if (version !== 1) throw new Error(`${file}: llama2.c model.bin version ${version} is not supported (only the f32 versions 0 and 1; export with --version 1)`);
  }
  const at = v1 ? 8 : 0;
  if (bytes.length < at + 28) throw new Error(`${file}: too short for a llama2.c header (${bytes.length} bytes)`);
  const h: Record<string, number> = {};
  HEADER_FIELDS.forEach((f, k) => { h[f] = view.getInt32(at + 4 * k, true); });
  const shared = v1 ? bytes[36] !== 0 : h.vocab_size! > 0;
  h.vocab_size = Math.abs(h.vocab_size!);
  h.shared_classifier = shared ? 1 : 0;
  for (const f of HEADER_FIELDS) {
    if (!(h[f]! > 0)) throw new Error(`${file}: header field ${f} is ${h[f]} (not a llama2.c model.bin of version 0 or 1?)`);
  }
  const { dim, hidden_dim: hidden, n_layers: L, n_heads: H, n_kv_heads: KV, vocab_size: V, max_seq_len: S } = h as Record<(typeof HEADER_FIELDS)[number], number>;
  if (dim % H !== 0) throw new Error(`${file}: header dim ${dim} is not a multiple of n_heads ${H}`);
  const hd = dim / H;
  const layers = (name: string, shape: number[]): [string, number[]][] => Array.from({ length: L }, (_, i) => [`layers.${i}.${name}`, shape]);
  const norms = { attn: layers('attention_norm.weight', [dim]), ffn: layers('ffn_norm.weight', [dim]) };
  const attn = [...layers('attention.wq.weight', [H * hd, dim]), ...layers('attention.wk.weight', [KV * hd, dim]), ...layers('attention.wv.weight', [KV * hd, dim]), ...layers('attention.wo.weight', [dim, H * hd])];
  const ffn = [...layers('feed_forward.w1.weight', [hidden, dim]), ...layers('feed_forward.w2.weight', [dim, hidden]), ...layers('feed_forward.w3.weight', [hidden, dim])];
  const tok: [string, number[]] = ['tok_embeddings.weight', [V, dim]];
  const norm: [string, number[]] = ['norm.weight', [dim]];
  const output: [string, number[]][] = shared ? [] : [['output.weight', [V, dim]]];
  // The order of export.py's version1_export and legacy_export.
  const order: [string, number[]][] = v1
    ? [...norms.attn, ...norms.ffn, norm, tok, ...attn, ...ffn, ...output]
    : [tok, ...norms.attn, ...attn.slice(0, L), ...attn.slice(L, 2 * L), ...attn.slice(2 * L, 3 * L), ...attn.slice(3 * L), ...norms.ffn, ...ffn, norm,
      ['freqs_cos', [S, hd / 2]], ['freqs_sin', [S, hd / 2]], ...output];
  let pos = v1 ? 256 : 28;
  const expected = pos + 4 * order.reduce((n, [, s]) => n + s.reduce((a, b) => a * b, 1), 0);
  if (bytes.length !== expected) {
    throw new Error(`${file}: a llama2.c model.bin v${v1 ? 1 : 0} with this header (${HEADER_FIELDS.map((f) => `${f} ${h[f]}`).join(', ')}, shared classifier ${shared}) is ${expected} bytes, but the file has ${bytes.length}`);
  }
  const tensors = new Map<string, ForeignTensor>();
  for (const [name, shape] of order) {
    const n = shape.reduce((a, b) => a * b, 1);
    const data = new Float32Array(n);
    if (LITTLE_ENDIAN_HOST) data.set(new Float32Array(bytes.slice(pos, pos + 4 * n).buffer));
    else for (let k = 0; k < n; k++) data[k] = view.getFloat32(pos + 4 * k, true);
    tensors.set(name, { shape, dtype: 'F32', data });
    pos += 4 * n;
  }
  return { tensors, format: `llama2.c model.bin v${v1 ? 1 : 0}`, header: h, ...besideJson(path.dirname(file)) };
}
