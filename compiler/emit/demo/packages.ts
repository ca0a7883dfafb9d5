// A directory `loom serve` can show: a model built as inference-only js and
// webgpu packages side by side (DIR/js, DIR/webgpu: the page runs WebGPU
// where there is an adapter and falls back to js) plus seeded weights
// (DIR/weights.safetensors, `initParams(seed)` of the package itself). The
// same as `loom build --inference --target js -o DIR/js` and `--target
// webgpu -o DIR/webgpu`; used by the Chromium test and bench/ttft.ts.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { writeSafetensors } from '../../../runtime/safetensors.ts';
import { compileBundle, type BundleOptions } from '../bundle.ts';
import { packageBundle } from '../package.ts';
import { writeFiles } from '../write.ts';

export const DEMO_TARGETS = ['js', 'webgpu'] as const;
export const WEIGHTS_FILE = 'weights.safetensors';

export interface DemoPackagesOptions {
  readonly file: string;
  readonly config?: BundleOptions['config'];
  /** The weights: a safetensors file (a `loom train` checkpoint: its optimizer slots are ignored), or the package's `initParams(seed)`. */
  readonly weights: { readonly checkpoint: string } | { readonly seed: number };
  /** npm package names are `<name>-<target>`; default `loom-<model>`. */
  readonly name?: string;
}

/** Writes DIR/js, DIR/webgpu and DIR/weights.safetensors; returns the weights' path. */
export async function writeDemoPackages(dir: string, options: DemoPackagesOptions): Promise<string> {
  for (const target of DEMO_TARGETS) {
    const bundle = compileBundle(options.file, { target, config: options.config, inference: true });
    const name = `${options.name ?? `loom-${bundle.manifest.model.toLowerCase()}`}-${target}`;
    writeFiles(path.join(dir, target), packageBundle(bundle, { name }));
  }
  const file = path.join(dir, WEIGHTS_FILE);
  if ('checkpoint' in options.weights) {
    fs.copyFileSync(options.weights.checkpoint, file);
    return file;
  }
  const js = (await import(pathToFileURL(path.join(dir, 'js', 'index.js')).href)) as {
    initParams(seed: number): Record<string, Float32Array>;
    paramSpecs: Record<string, { shape: readonly number[] }>;
  };
  const params = js.initParams(options.weights.seed);
  writeSafetensors(file, new Map(Object.entries(params).map(([name, data]) => [name, { dtype: 'F32' as const, shape: [...js.paramSpecs[name]!.shape], data }])));
  return file;
}
