// `loom build --weights FILE`: the model's weights shipped inside its npm
// package, so `load()` needs no separate download URL. The weights are the
// model's params only (a checkpoint's optimizer slots are left out), checked
// against the manifest's shapes, stored as F32, F16 or BF16 safetensors —
// one `weights.safetensors`, or above the shard size Hugging Face-style
// shards with `weights.safetensors.index.json` (runtime/safetensors-shards.ts;
// bundles load either, compiler/emit/support/weights.ts). A `weights.js`
// entry exports the URL to pass to `load`:
//
//   import { load } from 'loom-gpt';
//   import { weights } from 'loom-gpt/weights';
//   const model = await load({ weights });
import { readSafetensors } from '../../runtime/safetensors.ts';
import { INDEX_SUFFIX, readShardedTensors, writeShardedSafetensors } from '../../runtime/safetensors-shards.ts';
import type { DecodedTensor, TensorToWrite } from '../../runtime/safetensors.ts';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Manifest } from './manifest.ts';

export const WEIGHT_DTYPES = ['f32', 'f16', 'bf16'] as const;
export type WeightDType = (typeof WEIGHT_DTYPES)[number];

/** Default shard size: 1 GiB, below what a browser fetches into one ArrayBuffer comfortably and Node's 2 GiB read limit. */
export const DEFAULT_SHARD_BYTES = 2 ** 30;
const BASE = 'weights';
const STALE = /^weights(-\d+-of-\d+)?\.safetensors(\.index\.json)?$/;

export interface PackageWeightsOptions {
  /** A safetensors file (a `loom train` checkpoint, or its import) or a shard index. */
  readonly source: string;
  readonly dtype?: WeightDType;
  readonly shardBytes?: number;
}

/**
 * Writes the weights into the package directory `dir` and returns the text
 * files to add (weights.js, weights.d.ts) and the package.json to use
 * instead (with the `./weights` export and the files listed).
 */
export function packageWeights(
  dir: string,
  manifest: Pick<Manifest, 'params'>,
  packageFiles: { readonly packageJson: string; readonly readme: string },
  o: PackageWeightsOptions,
): { files: Map<string, string>; written: string[]; bytes: number } {
  const tensors = o.source.endsWith(INDEX_SUFFIX) ? readShardedTensors(o.source) : readSafetensors(o.source, { what: 'weights' }).tensors;
  const dtype = ({ f32: 'F32', f16: 'F16', bf16: 'BF16' } as const)[o.dtype ?? 'f32'];
  const out = new Map<string, TensorToWrite>();
  for (const p of manifest.params) out.set(p.name, { dtype, shape: p.shape, data: checked(tensors, p.name, p.shape, o.source) });
  // A previous build's weights (another shard count) must not linger beside the new ones.
  for (const f of fs.readdirSync(dir)) if (STALE.test(f)) fs.rmSync(path.join(dir, f));
  const written = writeShardedSafetensors(dir, BASE, out, o.shardBytes ?? DEFAULT_SHARD_BYTES);
  const entry = written[written.length - 1]!; // the index when sharded, else the one file
  const pkg = JSON.parse(packageFiles.packageJson) as { name: string; exports: Record<string, unknown>; files: string[] };
  pkg.exports['./weights'] = { types: './weights.d.ts', import: './weights.js' };
  pkg.files = [...pkg.files, 'weights.js', 'weights.d.ts', ...written];
  const files = new Map<string, string>([
    ['weights.js', `// The model's weights, shipped in this package (${written.length === 1 ? entry : `${written.length - 1} shards and their index`}): pass to load({ weights }).\nexport const weights = new URL('./${entry}', import.meta.url);\n`],
    ['weights.d.ts', "/** The URL of this package's weights: `load({ weights })`. */\nexport declare const weights: URL;\n"],
    ['package.json', `${JSON.stringify(pkg, null, 2)}\n`],
    // The usage snippet loads the shipped weights instead of a file of the user's.
    ['README.md', packageFiles.readme.replace(/^const model = await load\(\{ weights: 'weights\.safetensors' \}\);/m, `import { weights } from '${pkg.name}/weights';\nconst model = await load({ weights });`)],
  ]);
  const bytes = [...out.values()].reduce((a, t) => a + t.data.length * (dtype === 'F32' ? 4 : 2), 0);
  return { files, written, bytes };
}

/** The data of `name` in `tensors`, with the model's shape and a floating-point dtype, or an error naming both. */
function checked(tensors: ReadonlyMap<string, DecodedTensor>, name: string, shape: readonly number[], source: string): ArrayLike<number> {
  const t = tensors.get(name);
  if (!t) throw new Error(`${source}: no tensor "${name}" (the model needs [${shape.join(', ')}])`);
  if (t.shape.length !== shape.length || t.shape.some((d, i) => d !== shape[i])) {
    throw new Error(`${source}: tensor "${name}" is [${t.shape.join(', ')}]; the model needs [${shape.join(', ')}]`);
  }
  if (!['F32', 'F64', 'F16', 'BF16'].includes(t.dtype)) throw new Error(`${source}: tensor "${name}" is ${t.dtype}; weights must be floating point`);
  return t.data as ArrayLike<number>;
}
