// ptxas's resource report (registers, stack frame, spills) for a CUDA source,
// shared by the tensor-core GEMM tests (mma.test.ts, wgmma.test.ts).
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const WORK = path.join(os.tmpdir(), 'loom-cuda-ptxas');

/**
 * `nvcc -cubin -Xptxas -v` output for `code` on `arch` (sm_80, sm_90, or sm_90a
 * for architecture-specific instructions such as wgmma).
 */
export function ptxasReport(code: string, arch: string): string {
  const dir = path.join(WORK, createHash('sha256').update(code).update(arch).digest('hex').slice(0, 20));
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'gemm.cu'), code);
  const r = spawnSync('nvcc', ['-std=c++17', '-cubin', `-arch=${arch}`, '-Xptxas', '-v', path.join(dir, 'gemm.cu'), '-o', path.join(dir, 'gemm.cubin')], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`nvcc failed:\n${r.stderr}`);
  return r.stderr;
}
