// Paths as a bundle records them. A bundle must be byte-identical whoever
// compiles it and wherever: no absolute paths, no working-directory
// accidents. A file inside the loom repository is named relative to the
// repository root (so `cd dsl-examples && loom compile gpt.loom` and a compile
// from the root agree); any other file relative to the working directory, or
// by its base name when it lies outside that too.
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The loom repository root (this file is compiler/emit/paths.ts). */
export const LOOM_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

export function displayPath(file: string, cwd = process.cwd()): string {
  const abs = path.resolve(cwd, file);
  for (const base of [LOOM_ROOT, cwd]) {
    const rel = path.relative(base, abs);
    if (rel && !rel.startsWith('..') && !path.isAbsolute(rel)) return rel.split(path.sep).join('/');
  }
  return path.basename(abs);
}

/** A `file:line:col` location with its file made a display path. */
export function displayLocation(loc: string | undefined, cwd = process.cwd()): string | undefined {
  if (loc === undefined) return undefined;
  const m = /^(.*):(\d+):(\d+)$/.exec(loc);
  return m ? `${displayPath(m[1]!, cwd)}:${m[2]}:${m[3]}` : loc;
}
