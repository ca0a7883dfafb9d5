// Weights split across several safetensors files, in Hugging Face's layout:
// `<base>-00001-of-00003.safetensors` … and `<base>.safetensors.index.json`
// ({ "metadata": { "total_size": bytes }, "weight_map": { tensor: file } }),
// so a model too large for one file (or one fetch) still loads, and tools
// that read Hugging Face checkpoints read these. Below the limit it writes
// one plain `<base>.safetensors`. Reading is compiler/emit/support/weights.ts
// (bundles) and readShardedTensors below (Node).
import * as path from 'node:path';
import { readFileSync } from 'node:fs';
import { writeFileAtomic } from './atomic.ts';
import { BYTES_PER_ELEMENT, parseShardIndex, type ShardIndex } from './safetensors-decode.ts';
import { encodeSafetensors, readSafetensors, SafetensorsError, type DecodedTensor, type TensorToWrite } from './safetensors.ts';

export { parseShardIndex, type ShardIndex } from './safetensors-decode.ts';

/** The index file's suffix: `<base>.safetensors.index.json`. */
export const INDEX_SUFFIX = '.safetensors.index.json';


/**
 * Writes `tensors` under `dir` as `<base>.safetensors`, or, when their data
 * exceeds `maxShardBytes`, as shards of at most that size (a tensor larger
 * than the limit gets a shard of its own) plus the index. Tensors go to
 * shards in name order. Returns the files written, index last.
 */
export function writeShardedSafetensors(
  dir: string,
  base: string,
  tensors: ReadonlyMap<string, TensorToWrite>,
  maxShardBytes: number,
  metadata?: Record<string, string>,
): string[] {
  if (!(maxShardBytes > 0)) throw new SafetensorsError(`shard size must be positive, got ${maxShardBytes}`);
  const names = [...tensors.keys()].sort();
  const bytes = (name: string) => { const t = tensors.get(name)!; return t.data.length * BYTES_PER_ELEMENT[t.dtype]; };
  const total = names.reduce((a, n) => a + bytes(n), 0);
  if (total <= maxShardBytes) {
    const file = `${base}.safetensors`;
    writeFileAtomic(path.join(dir, file), encodeSafetensors(tensors, metadata));
    return [file];
  }
  const shards: string[][] = [];
  let size = 0;
  for (const n of names) {
    if (shards.length === 0 || (size > 0 && size + bytes(n) > maxShardBytes)) {
      shards.push([]);
      size = 0;
    }
    shards[shards.length - 1]!.push(n);
    size += bytes(n);
  }
  const width = Math.max(5, String(shards.length).length);
  const fileOf = (i: number) => `${base}-${String(i + 1).padStart(width, '0')}-of-${String(shards.length).padStart(width, '0')}.safetensors`;
  const index: ShardIndex = { metadata: { total_size: total }, weight_map: {} };
  const files = shards.map((group, i) => {
    const file = fileOf(i);
    writeFileAtomic(path.join(dir, file), encodeSafetensors(new Map(group.map((n) => [n, tensors.get(n)!])), metadata));
    for (const n of group) index.weight_map[n] = file;
    return file;
  });
  const indexFile = `${base}${INDEX_SUFFIX}`;
  writeFileAtomic(path.join(dir, indexFile), `${JSON.stringify(index, null, 2)}\n`);
  return [...files, indexFile];
}

/** Every tensor of a sharded checkpoint (from its index file), each read from the shard the index names. */
export function readShardedTensors(indexPath: string): Map<string, DecodedTensor> {
  const index = parseShardIndex(readFileSync(indexPath, 'utf8'), indexPath);
  const out = new Map<string, DecodedTensor>();
  for (const file of new Set(Object.values(index.weight_map))) {
    const shard = readSafetensors(path.join(path.dirname(indexPath), file), { what: 'weights shard' });
    for (const [name, t] of shard.tensors) {
      if (index.weight_map[name] !== file) throw new SafetensorsError(`${indexPath}: shard ${file} holds "${name}", which the index puts ${index.weight_map[name] ? `in ${index.weight_map[name]}` : 'nowhere'}`);
      out.set(name, t);
    }
  }
  const missing = Object.keys(index.weight_map).filter((n) => !out.has(n));
  if (missing.length) throw new SafetensorsError(`${indexPath}: ${missing.map((n) => `"${n}"`).join(', ')} not found in ${index.weight_map[missing[0]!]}`);
  return out;
}
