// Weights for a bundle from a safetensors file — a `loom train` checkpoint or
// any file with the model's tensor names — given as bytes, a URL (fetched in
// a browser, read from disk for file: URLs) or a path under Node. Every
// param must be present with the model's shape; F32, F64, F16 and BF16 are
// widened to f32; other tensors (a checkpoint's optimizer slots, metadata)
// are ignored. Errors name the tensor and what is wrong with it.
//
// This file is inlined into generated modules (compiler/emit/inline.ts): it
// imports only the inlined decoder and Node built-ins, dynamically.
import { decodeSafetensors, parseShardIndex } from '../../../runtime/safetensors-decode.ts';

/** Where weights come from: the file's bytes, a URL, or (under Node) a path. */
export type WeightsSource = Uint8Array | ArrayBuffer | URL | string;

/** Bytes of weights read so far, and the total where it is known (a fetch without Content-Length has none). */
export type WeightBytesProgress = (loaded: number, total: number | undefined) => void;

/** The bytes of `source`; `onBytes` hears of them as they arrive (a fetch's body chunk by chunk, anything else at once). */
export async function readWeightBytes(source: WeightsSource, onBytes?: WeightBytesProgress): Promise<Uint8Array> {
  const done = (bytes: Uint8Array): Uint8Array => {
    onBytes?.(bytes.length, bytes.length);
    return bytes;
  };
  if (source instanceof Uint8Array) return done(source);
  if (source instanceof ArrayBuffer) return done(new Uint8Array(source));
  const url = source instanceof URL ? source : /^[a-z][a-z0-9+.-]*:\/\//i.test(source) ? new URL(source) : undefined;
  if (url === undefined || url.protocol === 'file:') {
    // A non-literal specifier keeps browser bundlers from resolving node:fs.
    const specifier = 'node:fs/promises';
    const fs = (await import(/* @vite-ignore */ specifier)) as { readFile(path: string | URL): Promise<Uint8Array> };
    const bytes = await fs.readFile(url ?? (source as string));
    return done(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  }
  const response = await fetch(url);
  if (!response.ok) throw new Error(`cannot load weights from ${url.href}: HTTP ${response.status}`);
  if (!onBytes || !response.body) return done(new Uint8Array(await response.arrayBuffer()));
  const total = Number(response.headers.get('Content-Length')) || undefined;
  const chunks: Uint8Array[] = [];
  let loaded = 0;
  const reader = response.body.getReader();
  for (let r = await reader.read(); !r.done; r = await reader.read()) {
    chunks.push(r.value);
    loaded += r.value.length;
    onBytes(loaded, total);
  }
  const out = new Uint8Array(loaded);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/**
 * The tensors named in `specs` from the safetensors file at `source`, or from
 * the shards a Hugging Face index (`….safetensors.index.json`: its
 * `weight_map` names each tensor's file beside it) lists; errors name the file.
 */
export async function loadParamsFrom(
  source: WeightsSource,
  specs: Readonly<Record<string, { readonly shape: readonly number[] }>>,
  onBytes?: WeightBytesProgress,
): Promise<Record<string, Float32Array>> {
  const what = typeof source === 'string' ? source : source instanceof URL ? source.href : 'weights';
  if ((typeof source === 'string' || source instanceof URL) && what.endsWith('.index.json')) return loadSharded(source, specs, what, onBytes);
  return weightsFromSafetensors(await readWeightBytes(source, onBytes), specs, what);
}

/** Each shard an index names, read once, with the tensors of `specs` it holds. */
async function loadSharded(
  source: string | URL,
  specs: Readonly<Record<string, { readonly shape: readonly number[] }>>,
  what: string,
  onBytes?: WeightBytesProgress,
): Promise<Record<string, Float32Array>> {
  const map = parseShardIndex(new TextDecoder().decode(await readWeightBytes(source)), what).weight_map;
  const byShard = new Map<string, Record<string, { readonly shape: readonly number[] }>>();
  for (const [name, spec] of Object.entries(specs)) {
    const file = map[name];
    if (file === undefined) throw new Error(`${what}: the index has no tensor "${name}" (the model needs f32[${spec.shape.join(', ')}])`);
    byShard.set(file, { ...byShard.get(file), [name]: spec });
  }
  // A shard's URL or path is the index's with the file name replaced.
  const beside = (file: string): string | URL => (source instanceof URL || /^[a-z][a-z0-9+.-]*:\/\//i.test(source) ? new URL(file, source) : source.replace(/[^/\\]*$/, '') + file);
  // The shards download at once: progress is their sum, with a total once every shard's size is known.
  const loaded = new Map<string, number>();
  const totals = new Map<string, number | undefined>();
  const report = (file: string, n: number, total: number | undefined): void => {
    loaded.set(file, n);
    totals.set(file, total);
    const all = [...totals.values()];
    const sum = (xs: Iterable<number>): number => [...xs].reduce((a, x) => a + x, 0);
    onBytes?.(sum(loaded.values()), all.length === byShard.size && all.every((t) => t !== undefined) ? sum(all as number[]) : undefined);
  };
  const parts = await Promise.all([...byShard].map(async ([file, wanted]) => {
    const at = beside(file);
    return weightsFromSafetensors(await readWeightBytes(at, onBytes && ((n, total) => report(file, n, total))), wanted, at instanceof URL ? at.href : at);
  }));
  return Object.assign({}, ...parts) as Record<string, Float32Array>;
}

/** The tensors named in `specs` from a safetensors file, as f32 arrays of the specified shapes. */
export function weightsFromSafetensors(
  bytes: Uint8Array,
  specs: Readonly<Record<string, { readonly shape: readonly number[] }>>,
  what = 'weights',
): Record<string, Float32Array> {
  const { tensors } = decodeSafetensors(bytes, what);
  const out: Record<string, Float32Array> = {};
  for (const [name, spec] of Object.entries(specs)) {
    const t = tensors.get(name);
    if (!t) throw new Error(`${what}: no tensor "${name}" (the model needs f32[${spec.shape.join(', ')}])`);
    if (t.shape.length !== spec.shape.length || t.shape.some((d, i) => d !== spec.shape[i])) {
      throw new Error(`${what}: tensor "${name}" is [${t.shape.join(', ')}]; the model needs [${spec.shape.join(', ')}]`);
    }
    if (!['F32', 'F64', 'F16', 'BF16'].includes(t.dtype)) throw new Error(`${what}: tensor "${name}" is ${t.dtype}; weights must be floating point`);
    out[name] = t.data instanceof Float32Array ? t.data : Float32Array.from(t.data);
  }
  return out;
}
