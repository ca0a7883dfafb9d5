// PTX for a cuda bundle, from nvcc at compile time: one file per program and
// architecture (sm_80: Ampere, sm_90: Hopper), so a bundle loads without a
// CUDA toolkit on the machine that runs it. PTX depends on nvcc's version
// (it is named in the file's header), so scripts/check-generated.sh
// compares committed PTX only when the same nvcc is installed.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

/** The architectures a cuda bundle carries PTX for, as compute capabilities. */
export const PTX_ARCHS = [80, 90] as const;

/** Whether nvcc is on the PATH. */
export function hasNvcc(): boolean {
  return spawnSync('nvcc', ['--version'], { stdio: 'ignore' }).status === 0;
}

/** PTX of `source` for compute capability `cc` (e.g. 90, or '90a' for Hopper's architecture-specific features); throws with nvcc's diagnostics. */
export function nvccPtx(source: string, cc: number | string, name: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'loom-nvcc-'));
  try {
    const cu = path.join(dir, `${name}.cu`);
    const ptx = path.join(dir, `${name}.ptx`);
    fs.writeFileSync(cu, source);
    const r = spawnSync('nvcc', ['-std=c++17', `-arch=sm_${cc}`, '-ptx', cu, '-o', ptx], { encoding: 'utf8' });
    if (r.error) throw new Error(`nvcc could not be run: ${r.error.message}`);
    if (r.status !== 0) throw new Error(`nvcc rejected ${name}.cu for sm_${cc}:\n${r.stderr}`);
    return fs.readFileSync(ptx, 'utf8');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
