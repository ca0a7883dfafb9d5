// Writing a bundle to disk. The directory is the bundle's: a previous
// bundle's index.ts, manifest.json and kernels/ are removed first, so no
// stale kernel file survives a recompile; anything else in it is left alone.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Bundle } from './bundle.ts';
import { MANIFEST_FILE, MODULE_FILE } from './bundle.ts';

export function writeBundle(dir: string, bundle: Bundle): void {
  fs.mkdirSync(dir, { recursive: true });
  for (const old of [MODULE_FILE, MANIFEST_FILE, 'kernels']) fs.rmSync(path.join(dir, old), { recursive: true, force: true });
  for (const [rel, text] of bundle.files) {
    const file = path.join(dir, ...rel.split('/'));
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
  }
}
