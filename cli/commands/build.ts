// loom build: a .loom language model → an npm package directory: the bundle
// of `loom compile` with its module compiled to JavaScript and declarations
// (index.js, index.d.ts), the kernel files, manifest.json, package.json
// (ES module `exports`) and a README. `npm pack` it, or import the directory.
import { outputDir, requireFlag, UsageError, type CliIo, type CommandSpec, type ParsedArgs } from '../args.ts';
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
  ],
};

export async function run(args: ParsedArgs, io: CliIo): Promise<number> {
  const options = bundleOptions(args);
  const out = requireFlag(args.str('out'), 'out');
  const file = modelFile(args);
  outputDir(out, 'package directory');
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
  log?.(`${out}: npm package ${JSON.parse(files.get('package.json')!).name as string} (${files.size} files)`);
  return 0;
}
