// loom build: a .loom language model → an npm package directory: the bundle
// of `loom compile` with its module compiled to JavaScript and declarations
// (index.js, index.d.ts), the kernel files, manifest.json, package.json
// (ES module `exports`) and a README. `npm pack` it, or import the directory.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { choiceFlag, inputFile, MAX_SAFETENSORS_BYTES, outputDir, requireFlag, sizeFlag, UsageError, type CliIo, type CommandSpec, type ParsedArgs } from '../args.ts';
import { packageWeights, WEIGHT_DTYPES } from '../../compiler/emit/package-weights.ts';
import { bundleOptions, spec as compileSpec } from './compile.ts';
import { modelFile } from '../args.ts';

export const spec: CommandSpec = {
  name: 'build',
  summary: 'Build an npm package of a language model (ES module, types, kernels, manifest) that Node and bundlers import (docs/emit.md).',
  synopsis: compileSpec.synopsis,
  positionals: compileSpec.positionals,
  options: [
    ...compileSpec.options,
    { name: 'name', type: 'option', value: 'NAME', description: 'the npm package name (default loom-<model>)' },
    { name: 'version', type: 'option', value: 'X.Y.Z', description: 'the package version (default 0.1.0)' },
    { name: 'weights', type: 'option', value: 'FILE', description: "ship these weights in the package (a checkpoint or safetensors file, or a shard index): weights.safetensors, exported as 'loom-<model>/weights'" },
    { name: 'weights-dtype', type: 'option', value: 'DTYPE', description: `how the shipped weights are stored: ${WEIGHT_DTYPES.join(', ')} (default f32; f16/bf16 halve the download, load() widens them)` },
    { name: 'shard-size', type: 'option', value: 'SIZE', description: 'split shipped weights into shards of at most SIZE with a Hugging Face index (default 1GiB)' },
  ],
};

export async function run(args: ParsedArgs, io: CliIo): Promise<number> {
  const options = bundleOptions(args);
  const out = requireFlag(args.str('out'), 'out');
  const file = modelFile(args);
  outputDir(out, 'package directory');
  const weights = args.str('weights') === undefined ? undefined : inputFile(args.str('weights')!, 'weights file', MAX_SAFETENSORS_BYTES);
  const dtype = choiceFlag(args.str('weights-dtype'), 'weights-dtype', WEIGHT_DTYPES, 'f32');
  const shardBytes = sizeFlag(args.str('shard-size'), 'shard-size');
  if (weights === undefined) for (const o of ['weights-dtype', 'shard-size']) if (args.has(o)) throw new UsageError(`--${o} applies to shipped weights; add --weights FILE`);
  const { compileBundle, packageBundle, writeFiles } = await import('../../compiler/emit/index.ts');
  const log = args.flag('quiet') ? undefined : (line: string) => io.stderr.write(`${line}\n`);
  const bundle = compileBundle(file, { ...options, log });
  let files: Map<string, string>;
  try {
    files = packageBundle(bundle, { name: args.str('name'), version: args.str('version') });
  } catch (e) {
    const message = (e as Error).message;
    if (/valid npm package name|semantic version/.test(message)) throw new UsageError(message);
    throw e;
  }
  writeFiles(out, files);
  if (weights !== undefined) {
    const shipped = packageWeights(out, bundle.manifest, { packageJson: files.get('package.json')!, readme: files.get('README.md')! }, { source: weights, dtype, ...(shardBytes !== undefined ? { shardBytes } : {}) });
    // Beside the package's files (writeFiles would first clear the kernels and manifest it rewrites).
    for (const [rel, text] of shipped.files) fs.writeFileSync(path.join(out, rel), text);
    log?.(`${out}: weights ${shipped.written.join(', ')} (${dtype}, ${(shipped.bytes / 2 ** 20).toFixed(2)} MiB of tensors)`);
  }
  log?.(`${out}: npm package ${JSON.parse(files.get('package.json')!).name as string} (${files.size} files)`);
  return 0;
}
