// Writing a bundle to disk. The directory is the bundle's: a previous
// bundle's index.ts, manifest.json and kernels/ are removed first, so no
// stale kernel file survives a recompile; anything else in it is left alone.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Bundle } from './bundle.ts';
import { MANIFEST_FILE, MODULE_FILE } from './bundle.ts';

export function writeBundle(dir: string, bundle: Bundle): void {
  writeFiles(dir, bundle.files, [MODULE_FILE]);
}

/**
 * Writes `files` (relative path → content) under `dir`, after removing the
 * files a previous bundle or package wrote there: `generated` (its module
 * files), manifest.json and kernels/, and any of `files` themselves.
 */
export function writeFiles(dir: string, files: ReadonlyMap<string, string>, generated: readonly string[] = []): void {
  fs.mkdirSync(dir, { recursive: true });
  const top = new Set([...generated, MANIFEST_FILE, 'kernels', ...[...files.keys()].map((rel) => rel.split('/')[0]!)]);
  for (const old of top) fs.rmSync(path.join(dir, old), { recursive: true, force: true });
  for (const [rel, text] of files) {
    const file = path.join(dir, ...rel.split('/'));
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
  }
}
