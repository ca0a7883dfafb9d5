// Runs a tensor-core GEMM kernel body (cuda-mma.ts's or cuda-wgmma.ts's) on
// the CPU: g++, one std::thread per CUDA thread, a std::barrier per block
// and per warp, shared memory a static array (starting as NaN), and the
// kernel's inline-PTX helpers replaced by C++ emulations — the common ones
// here (shared addresses, cp.async with its groups), the instruction-specific
// ones (ldmatrix/mma, wgmma) supplied by each test. The result is compared
// with a float64 reference, so the tiling, the pipeline's group counting, the
// block ordering and the epilogue are checked without a GPU.
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { promisify } from 'node:util';
import { maxRelError, randomHalves, referenceGemm } from '../../bench/cuda-mma.ts';
import type { MmaDtype } from '../../compiler/render/cuda-mma.ts';

/** What the emulation needs of a rendered kernel. */
export interface EmulatedGemm {
  readonly name: string;
  readonly dtype: MmaDtype;
  /** The kernel without its inline-PTX helpers. */
  readonly kernelBody: string;
  readonly block: readonly [number, number, number];
  readonly sharedBytes: number;
  readonly tile: { readonly bm: number; readonly bn: number };
  /** 'nk': B is stored [N,K] (the wgmma kernel); default [K,N]. */
  readonly bLayout?: 'kn' | 'nk';
}

export interface EmulationOptions {
  /**
   * When cp.async copies land: 'late' (only when wait_group forces them: a
   * read of a stage before its copies were waited for sees NaN) or 'early'
   * (at issue: a copy that overwrites a stage still being read shows).
   */
  readonly copies?: 'late' | 'early';
  /** The shared-window address of the dynamic shared memory (what the kernel's loom_smem_addr(loom_smem) returns). */
  readonly smemBase?: number;
}

/** The common C++ emulation: CUDA keywords, shared memory, 16-bit values, cp.async. */
function prelude(dtype: MmaDtype, smemBytes: number, opts: EmulationOptions): string {
  const base = opts.smemBase ?? 0;
  return `#include <barrier>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <thread>
#include <vector>
struct uint3 { unsigned x, y, z; };
static thread_local uint3 threadIdx, blockIdx;
static thread_local std::barrier<>* emu_block;
static thread_local std::barrier<>* emu_warp;
static thread_local unsigned emu_lane, emu_warp_id;
#define __global__
#define __device__
#define __forceinline__ inline
#define __launch_bounds__(threads, blocks)
#define __shared__
#define __align__(n) __attribute__((aligned(n)))
#define __syncthreads() emu_block->arrive_and_wait()
alignas(16) unsigned short loom_smem[${smemBytes / 2}];
static const unsigned char* emu_global[2][2]; // [A, B] × [begin, end]
static const unsigned EMU_SMEM_BASE = ${base}u; // shared-window address of loom_smem[0]

static void emu_fail(const char* what, long long v) { std::fprintf(stderr, "%s (%lld)\\n", what, v); std::abort(); }
static unsigned short emu_s16(unsigned addr) {
  if (addr % 2 || addr < EMU_SMEM_BASE || addr - EMU_SMEM_BASE + 2 > sizeof loom_smem) emu_fail("shared read out of bounds or misaligned", addr);
  return loom_smem[(addr - EMU_SMEM_BASE) / 2];
}
static double emu_value(unsigned bits) {
  bits &= 0xffff;
${dtype === 'bf16'
    ? '  uint32_t u = bits << 16; float f; std::memcpy(&f, &u, 4); return f;'
    : `  const int e = (bits >> 10) & 31, m = bits & 1023; const double s = bits & 0x8000 ? -1 : 1;
  if (e == 0) return s * std::ldexp(m, -24);
  if (e == 31) return m ? NAN : s * INFINITY;
  return s * std::ldexp(1024 + m, e - 25);`}
}

static unsigned loom_smem_addr(const void* p) { return EMU_SMEM_BASE + (unsigned)((const unsigned char*)p - (const unsigned char*)loom_smem); }

// cp.async: queued per thread; committed groups land in order, ${opts.copies === 'early' ? 'here at issue (copies: early)' : 'only when wait_group forces them (copies: late)'}.
struct EmuCopy { unsigned dst; const unsigned char* src; };
static thread_local std::vector<EmuCopy> emu_open;
static thread_local std::vector<std::vector<EmuCopy>> emu_groups;
static void emu_land(const EmuCopy& c) { std::memcpy((unsigned char*)loom_smem + (c.dst - EMU_SMEM_BASE), c.src, 16); }
static void loom_cp_async16(unsigned dst, const void* src) {
  const unsigned char* s = (const unsigned char*)src;
  if (dst % 16 || dst < EMU_SMEM_BASE || dst - EMU_SMEM_BASE + 16 > sizeof loom_smem) emu_fail("cp.async: shared destination out of bounds or misaligned", dst);
  if ((uintptr_t)s % 16) emu_fail("cp.async: global source misaligned", (long long)(uintptr_t)s);
  bool inside = false;
  for (auto& g : emu_global) inside = inside || (s >= g[0] && s + 16 <= g[1]);
  if (!inside) emu_fail("cp.async: global source outside A and B", (long long)(uintptr_t)s);
  ${opts.copies === 'early' ? 'emu_land({dst, s});' : 'emu_open.push_back({dst, s});'}
}
static void loom_cp_async_commit() { emu_groups.push_back(std::move(emu_open)); emu_open.clear(); }
template <int N> static void loom_cp_async_wait() {
  while (emu_groups.size() > (size_t)N) {
    for (auto& c : emu_groups.front()) emu_land(c);
    emu_groups.erase(emu_groups.begin());
  }
}

`;
}

const emulationMain = (kernel: EmulatedGemm, atExit: string) => `
int main() {
  int shape[3];
  if (std::fread(shape, 4, 3, stdin) != 3) return 2;
  const int M = shape[0], N = shape[1], K = shape[2];
  std::vector<unsigned short> a((size_t)M * K), b((size_t)K * N);
  if (std::fread(a.data(), 2, a.size(), stdin) != a.size() || std::fread(b.data(), 2, b.size(), stdin) != b.size()) return 2;
  std::vector<float> c((size_t)M * N, NAN);
  emu_global[0][0] = (const unsigned char*)a.data(); emu_global[0][1] = emu_global[0][0] + a.size() * 2;
  emu_global[1][0] = (const unsigned char*)b.data(); emu_global[1][1] = emu_global[1][0] + b.size() * 2;
  const unsigned threads = ${kernel.block[0]}, blocks = (M / ${kernel.tile.bm}) * (N / ${kernel.tile.bn});
  for (unsigned blk = 0; blk < blocks; ++blk) {
    std::memset(loom_smem, 0xff, sizeof loom_smem); // NaN in f16 and bf16: a read before the copy landed shows
    std::barrier<> block(threads);
    std::vector<std::unique_ptr<std::barrier<>>> warps;
    for (unsigned w = 0; w < threads / 32; ++w) warps.push_back(std::make_unique<std::barrier<>>(32));
    std::vector<std::thread> pool;
    for (unsigned t = 0; t < threads; ++t) pool.emplace_back([&, t] {
      threadIdx = uint3{t, 0, 0};
      blockIdx = uint3{blk, 0, 0};
      emu_block = &block;
      emu_warp = warps[t / 32].get();
      emu_lane = t % 32;
      emu_warp_id = t / 32;
      ${kernel.name}(a.data(), b.data(), c.data(), M, N, K);
      if (!emu_open.empty() || !emu_groups.empty()) emu_fail("cp.async copies still pending at exit", t);
${atExit}
    });
    for (auto& th : pool) th.join();
  }
  std::fwrite(c.data(), 4, c.size(), stdout);
  return 0;
}
`;

const WORK = path.join(os.tmpdir(), 'loom-cuda-gemm-emulation');
const execFileAsync = promisify(execFile);

/**
 * Compiles (cached by content) `kernel.kernelBody` against the common
 * emulation plus `helpers` (the kernel's instruction-specific helpers in C++;
 * `atExit`: per-thread checks after the kernel returns), runs it at M×N×K on
 * random f16/bf16 inputs from `seed`, and returns max |C − ref| / max |ref|
 * against the float64 reference.
 */
export async function runEmulatedGemm(
  kernel: EmulatedGemm,
  emulation: { helpers: string; atExit?: string },
  M: number, N: number, K: number, seed: number, opts: EmulationOptions = {},
): Promise<number> {
  const source = prelude(kernel.dtype, kernel.sharedBytes, opts) + emulation.helpers + kernel.kernelBody + emulationMain(kernel, emulation.atExit ?? '');
  const dir = path.join(WORK, createHash('sha256').update(source).digest('hex').slice(0, 20));
  const exe = path.join(dir, 'gemm');
  if (!fs.existsSync(exe)) {
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, 'gemm.cpp'), source);
    await execFileAsync('g++', ['-std=c++20', '-O1', '-pthread', '-Wall', '-Werror', '-Wno-unknown-pragmas', path.join(dir, 'gemm.cpp'), '-o', `${exe}.${process.pid}.tmp`]);
    fs.renameSync(`${exe}.${process.pid}.tmp`, exe);
  }
  const a = randomHalves(M * K, kernel.dtype, seed);
  const b = randomHalves(K * N, kernel.dtype, seed + 1);
  const input = Buffer.concat([Buffer.from(Int32Array.of(M, N, K).buffer), Buffer.from(a.bits.buffer), Buffer.from(b.bits.buffer)]);
  const r = await new Promise<{ stdout: Buffer; stderr: string; code: number | null }>((resolve, reject) => {
    const child = execFile(exe, [], { encoding: 'buffer', maxBuffer: 1 << 28 }, (error, stdout, stderr) => {
      resolve({ stdout, stderr: stderr.toString(), code: error ? (error.code as number | null) ?? -1 : 0 });
    });
    child.on('error', reject);
    child.stdin!.end(input);
  });
  if (r.code !== 0) throw new Error(`emulated GEMM failed (${r.code}): ${r.stderr}`);
  if (r.stdout.byteLength !== M * N * 4) throw new Error(`emulated GEMM wrote ${r.stdout.byteLength} bytes, expected ${M * N * 4}`);
  const got = new Float32Array(r.stdout.buffer.slice(r.stdout.byteOffset, r.stdout.byteOffset + r.stdout.byteLength));
  return maxRelError(got, referenceGemm(a.values, b.values, M, N, K, kernel.bLayout ?? 'kn'));
}
