import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { compileBundle, writeBundle, type Bundle, type BundleOptions } from '../../compiler/emit/index.ts';

export const root = path.join(import.meta.dirname, '..', '..');
export const gptFile = path.join(root, 'dsl-examples', 'gpt.loom');
/** A GPT small enough that its bundle compiles in a second and a train step runs in milliseconds. */
export const tinyConfig = { dim: 16, depth: 1, heads: 2, ctx: 16 };
export const tinyOptions = (target: BundleOptions['target']): BundleOptions => ({ target, config: tinyConfig, batch: 2 });

export function tempDir(prefix = 'loom-emit-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** Writes `bundle` to a fresh temporary directory; returns it. */
export function writeTemp(bundle: Bundle): string {
  const dir = tempDir();
  writeBundle(dir, bundle);
  return dir;
}

export function tinyBundle(target: BundleOptions['target']): Bundle {
  return compileBundle(gptFile, tinyOptions(target));
}
