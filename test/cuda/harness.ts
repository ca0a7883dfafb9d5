// Runs a lowered grid program's kernels, rendered as CUDA C++, on the CPU:
// the module and a generated main() are compiled with the system C++
// compiler against emulation.h, fed the inputs and params as raw f32 on
// stdin, and write every output and update back on stdout. So the numerics
// of the CUDA text itself are checked against the interpreter without a GPU.
// nvcc (when installed) compiles the same module to PTX for real GPUs.
import { execFile, execFileSync, spawnSync } from 'node:child_process';
import { promisify } from 'node:util';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Arr } from '../../compiler/graph/op.ts';
import type { Kernel } from '../../compiler/kernel/ir.ts';
import { launchWorkgroups } from '../../compiler/kernel/eval.ts';
import type { LoweredProgram } from '../../compiler/kernel/lower/types.ts';
import { renderCuda, renderCudaModule } from '../../compiler/render/cuda.ts';
import type { RunResult } from '../../runtime/reference/interpreter.ts';
import type { Feeds } from '../passes/helpers.ts';

export { hasNvcc } from '../../compiler/emit/cuda-ptx.ts';

const HEADER = path.join(import.meta.dirname, 'emulation.h');
const WORK = path.join(os.tmpdir(), 'loom-cuda-emulation');

/** main(): one std::vector<float> per buffer, inputs then params read from stdin, every launch, outputs then updates to stdout. */
function harnessSource(p: LoweredProgram): string {
  const lines = ['#include <cstdio>', '#include <vector>', '', 'int main() {'];
  for (const b of p.buffers) lines.push(`  std::vector<float> b${b.id}(${Math.max(1, b.length)});`);
  const read = (id: number) => `  if (std::fread(b${id}.data(), 4, ${p.buffers[id]!.length}, stdin) != ${p.buffers[id]!.length}u) return 2;`;
  for (const b of [...p.inputs, ...p.params]) lines.push(read(b.buffer));
  for (const lk of p.kernels) {
    const k = lk.kernel;
    if (k.launch.kind !== 'grid') throw new Error(`${k.name}: CUDA runs grid launches only`);
    if (k.uniforms.length > 0) throw new Error(`${k.name}: uniforms are not supported by the harness`);
    for (const b of k.buffers) if (b.dtype !== 'f32') throw new Error(`${k.name}: buffer ${b.name} is ${b.dtype}; lowered programs store f32`);
    const [gx, gy, gz] = launchWorkgroups(k);
    const [sx, sy, sz] = k.launch.workgroupSize;
    const args = lk.bindings.map((id) => `b${id}.data()`).join(', ');
    lines.push(`  loom_emu_launch(${renderCuda(k).entryPoint}, dim3(${gx}, ${gy}, ${gz}), dim3(${sx}, ${sy}, ${sz}), ${args});`);
  }
  for (const b of [...p.outputs, ...p.updates]) lines.push(`  std::fwrite(b${b.buffer}.data(), 4, ${p.buffers[b.buffer]!.length}, stdout);`);
  lines.push('  return 0;', '}', '');
  return lines.join('\n');
}

const execFileAsync = promisify(execFile);

/**
 * Compiles (cached by content) and returns the executable's path. With
 * `sanitize`, under AddressSanitizer: a kernel that reads or writes outside
 * its buffers (on a GPU an illegal address that poisons the context) fails
 * the run instead of reading a neighbour's memory. The
 * compiler runs asynchronously: a synchronous compile of a large module
 * would block the test worker's event loop past vitest's RPC timeout.
 */
async function build(p: LoweredProgram, sanitize: boolean): Promise<string> {
  const module = renderCudaModule(p.kernels.map((k) => k.kernel));
  const main = harnessSource(p);
  const header = fs.readFileSync(HEADER, 'utf8');
  const key = createHash('sha256').update(sanitize ? 'asan -O0' : '-O0').update(header).update(module).update(main).digest('hex').slice(0, 20);
  const dir = path.join(WORK, key);
  const exe = path.join(dir, 'program');
  if (fs.existsSync(exe)) return exe;
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'module.cu'), module);
  fs.writeFileSync(path.join(dir, 'main.cpp'), `#include "module.cu"\n${main}`);
  const tmp = `${exe}.${process.pid}.tmp`;
  // -O0: g++ compiling every example's module is most of this harness's time, and an
  // unoptimised build compiles in half the time; the emulated runs are short either way
  // (test/cuda/examples-*.test.ts together: 177 s at -O0, 214 s at -O1, measured alone).
  await execFileAsync('g++', ['-std=c++20', '-O0', ...(sanitize ? ['-g', '-fsanitize=address'] : []), '-pthread', '-Wall', '-Wno-unused-variable', '-Werror', '-include', HEADER, '-x', 'c++',
    path.join(dir, 'main.cpp'), '-o', tmp]);
  fs.renameSync(tmp, exe);
  return exe;
}

export async function runCudaEmulated(p: LoweredProgram, feeds: Feeds, opts: { sanitize?: boolean } = {}): Promise<RunResult> {
  const exe = await build(p, opts.sanitize ?? false);
  const parts: Float32Array[] = [];
  for (const { name } of p.inputs) parts.push(Float32Array.from(feeds.inputs.get(name)!));
  for (const { name } of p.params) parts.push(Float32Array.from(feeds.params.get(name)!));
  const stdin = Buffer.concat(parts.map((a) => Buffer.from(a.buffer, a.byteOffset, a.byteLength)));
  const r = spawnSync(exe, [], { input: stdin, maxBuffer: 1 << 30 });
  if (r.status !== 0) throw new Error(`emulated CUDA program failed (${r.status ?? r.signal}): ${r.stderr.toString()}`);
  const out = new Float32Array(r.stdout.buffer.slice(r.stdout.byteOffset, r.stdout.byteOffset + r.stdout.byteLength));
  let at = 0;
  const take = (buffer: number): Float32Array => {
    const n = p.buffers[buffer]!.length;
    const v = out.slice(at, at + n);
    at += n;
    return v;
  };
  const outputs = new Map<string, Arr>(p.outputs.map((o) => [o.name, take(o.buffer)]));
  const updates = new Map<string, Arr>(p.updates.map((u) => [u.name, take(u.buffer)]));
  if (at !== out.length) throw new Error(`emulated CUDA program wrote ${out.length} values; expected ${at}`);
  return { outputs, updates };
}

/**
 * Compiles a module to PTX with nvcc for `arch` (e.g. sm_80), cached by
 * content; throws with nvcc's diagnostics. Asynchronous, like the C++
 * builds: a test file runs many of these, and a blocked worker misses
 * vitest's RPC deadline.
 */
export async function nvccPtx(module: string, arch: string): Promise<string> {
  const key = createHash('sha256').update(module).update(arch).digest('hex').slice(0, 20);
  const dir = path.join(WORK, `nvcc-${key}`);
  const ptx = path.join(dir, 'module.ptx');
  if (fs.existsSync(ptx)) return fs.readFileSync(ptx, 'utf8');
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'module.cu'), module);
  const tmp = `${ptx}.${process.pid}.tmp`;
  try {
    await execFileAsync('nvcc', ['-std=c++17', `-arch=${arch}`, '-ptx', '-Werror', 'all-warnings', '--diag-suppress', '177,550', path.join(dir, 'module.cu'), '-o', tmp]);
  } catch (e) {
    throw new Error(`nvcc failed:\n${(e as { stderr?: string }).stderr ?? (e as Error).message}`);
  }
  fs.renameSync(tmp, ptx);
  return fs.readFileSync(ptx, 'utf8');
}

const FAKE_DRIVER_SOURCE = path.join(import.meta.dirname, 'fake-driver.c');

/** test/cuda/fake-driver.c built as a shared library (cached by content): a CPU stand-in for libcuda. */
export function fakeDriverLibrary(): string {
  const source = fs.readFileSync(FAKE_DRIVER_SOURCE, 'utf8');
  const key = createHash('sha256').update(source).digest('hex').slice(0, 20);
  const lib = path.join(WORK, `fake-driver-${key}`, 'libcuda-fake.so');
  if (fs.existsSync(lib)) return lib;
  fs.mkdirSync(path.dirname(lib), { recursive: true });
  const tmp = `${lib}.${process.pid}.tmp`;
  execFileSync('cc', ['-shared', '-fPIC', '-O1', '-Wall', '-Werror', '-o', tmp, FAKE_DRIVER_SOURCE, '-ldl'], { stdio: ['ignore', 'pipe', 'pipe'] });
  fs.renameSync(tmp, lib);
  return lib;
}

/**
 * The "module image" the fake driver loads for `kernels`: a shared library of
 * their CUDA C++ compiled against emulation.h, with one
 * `loom_fake_launch_<entry>(grid, block, params)` per kernel that unpacks the
 * kernelParams array (buffers as pointers, then uniforms) and runs the
 * kernel's blocks on CPU threads.
 */
export async function fakeModuleImage(kernels: readonly Kernel[]): Promise<string> {
  const module = renderCudaModule(kernels);
  const wrappers = kernels.map((k) => {
    const entry = renderCuda(k).entryPoint;
    const args = [
      ...k.buffers.map((_, i) => `*(float**)params[${i}]`),
      ...k.uniforms.map((u, i) => `*(${u.type === 'f32' ? 'float' : u.type === 'i32' ? 'int' : 'unsigned int'}*)params[${k.buffers.length + i}]`),
    ];
    return `extern "C" void loom_fake_launch_${entry}(const unsigned int* g, const unsigned int* b, void** params) {\n` +
      `  loom_emu_launch(${entry}, dim3(g[0], g[1], g[2]), dim3(b[0], b[1], b[2])${args.map((a) => `, ${a}`).join('')});\n}`;
  });
  const source = `${module}\n${wrappers.join('\n')}\n`;
  const header = fs.readFileSync(HEADER, 'utf8');
  const key = createHash('sha256').update(header).update(source).digest('hex').slice(0, 20);
  const lib = path.join(WORK, `fake-module-${key}`, 'module.so');
  if (!fs.existsSync(lib)) {
    fs.mkdirSync(path.dirname(lib), { recursive: true });
    fs.writeFileSync(path.join(path.dirname(lib), 'module.cu'), source);
    const tmp = `${lib}.${process.pid}.tmp`;
    await execFileAsync('g++', ['-std=c++20', '-O1', '-pthread', '-shared', '-fPIC', '-Wall', '-Wno-unused-variable', '-Werror', '-include', HEADER, '-x', 'c++',
      path.join(path.dirname(lib), 'module.cu'), '-o', tmp]);
    fs.renameSync(tmp, lib);
  }
  return `loom-fake-module:${lib}`;
}
