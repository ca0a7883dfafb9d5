// The Hopper wgmma GEMM (compiler/render/cuda-wgmma.ts) without a GPU:
//   - a model of how the hardware addresses a wgmma shared-memory operand,
//     written from the PTX ISA (§9.7.15.5.1.2: the K-major 128B-swizzle
//     canonical layout Swizzle<3,4,3> ∘ ((8,m),(T,2k)):((8T,SBO),(1,T)), and
//     the Matrix Descriptor Format), fed the descriptors the kernel builds,
//     must read every A and B element of every k16 step exactly where the
//     kernel's cp.async copies wrote it (the kernel's own C expressions for
//     the write offsets are evaluated here, not a re-typed copy);
//   - the epilogue's accumulator → C mapping (the kernel's C expressions)
//     agrees with the ISA's m64nNk16 f32 accumulator layout and covers every
//     element of the block tile exactly once;
//   - the kernel body run on the CPU (gemm-emulation.ts: one thread per CUDA
//     thread) with wgmma emulated from the same ISA text — descriptors
//     decoded, operands read through the swizzle, results in the accumulator
//     layout — against a float64 reference, in two orders: copies landing as
//     late as wait_group allows while wgmma reads at issue (a read before the
//     data is there shows), and copies landing at issue while wgmma reads as
//     late as wgmma.wait_group allows (a copy overwriting a stage an
//     unfinished wgmma still reads shows);
//   - tile and shape checks with their messages;
//   - nvcc accepts the kernel for sm_90a: the PTX has the expected wgmma,
//     fence, commit and wait instructions, ptxas reports no spills.
// What this cannot check is that the hardware matches the ISA text; the GPU
// run of bench/cuda-mma.ts (tensorCoreGemmCheck) does.
import { describe, expect, test } from 'vitest';
import {
  accumulatorCol,
  accumulatorRow,
  DEFAULT_WGMMA_TILE,
  renderWgmmaGemm,
  swizzledChunkOffset,
  WGMMA_DESC_HI,
  wgmmaGemmLaunch,
  type WgmmaTileConfig,
} from '../../compiler/render/cuda-wgmma.ts';
import type { MmaDtype } from '../../compiler/render/cuda-mma.ts';
import { runEmulatedGemm, type EmulationOptions } from './gemm-emulation.ts';
import { hasNvcc, nvccPtx } from './harness.ts';
import { ptxasReport } from './ptxas.ts';

// ---- the ISA's addressing, from the documentation ----

interface Descriptor { start: number; lbo: number; sbo: number; baseOffset: number; swizzle: number }

/** PTX ISA "Matrix Descriptor Format": fields are (x & 0x3FFFF) >> 4 encoded; bits 49–51 base offset, 62–63 swizzle mode. */
function decodeDescriptor(desc: bigint): Descriptor {
  const field = (lo: bigint, bits: bigint) => Number((desc >> lo) & ((1n << bits) - 1n));
  return { start: field(0n, 14n) << 4, lbo: field(16n, 14n) << 4, sbo: field(32n, 14n) << 4, baseOffset: field(49n, 3n), swizzle: field(62n, 2n) };
}

/**
 * The shared byte address the hardware reads for element (row, k) of a
 * K-major 16-bit operand (row < 64 for A, < N for B; k < 16 within the k16
 * step) described by `desc`. Canonical layout for 128B swizzle with T = 128/16
 * = 8 elements per 16 bytes: row%8 strides 8T elements (128 bytes), row/8
 * strides SBO, k%T strides 1 element, k/T strides T elements (16 bytes); then
 * Swizzle<3,4,3> on the byte address: bits [4,7) ^= bits [7,10), the pattern
 * repeating from 1024-byte boundaries (base offset 0).
 */
function isaOperandAddress(desc: bigint, row: number, k: number): number {
  const d = decodeDescriptor(desc);
  if (d.swizzle !== 1) throw new Error(`model covers the 128B swizzle (mode 1) only, descriptor has ${d.swizzle}`);
  if (d.baseOffset !== 0) throw new Error('model covers base offset 0 only');
  const T = 8;
  const elements = (row % 8) * 8 * T + (k % T) + Math.floor(k / T) * T;
  const linear = d.start + Math.floor(row / 8) * d.sbo + elements * 2;
  return linear ^ (((linear >> 7) & 7) << 4);
}

/** Evaluates one of the kernel's C integer expressions (same syntax and meaning in JS for these non-negative ints). */
function cExpr(text: string, ...params: string[]): (...args: number[]) => number {
  return new Function(...params, `return ${text};`) as (...args: number[]) => number;
}

/** The kernel's descriptor for shared address `addr`: loom_wgmma_desc in the kernel text. */
const kernelDescriptor = (addr: number) => WGMMA_DESC_HI | BigInt((addr & 0x3ffff) >> 4);

describe('shared-memory layout: the ISA read address of every operand element is where cp.async wrote it', () => {
  const chunkOffset = cExpr(swizzledChunkOffset('r', 'c'), 'r', 'c');
  /** Where the kernel's copy puts tile element (r, k): chunk k/8 of row r lands at chunkOffset, element k%8 of it 2·(k%8) bytes in. */
  const written = (tileBase: number, r: number, k: number) => tileBase + chunkOffset(r, k >> 3) + (k & 7) * 2;

  test('the descriptor constant is the ISA encoding: LBO 1 (unused), SBO 1024 bytes, base offset 0, 128B swizzle', () => {
    expect(decodeDescriptor(kernelDescriptor(0x2400))).toEqual({ start: 0x2400, lbo: 16, sbo: 1024, baseOffset: 0, swizzle: 1 });
    expect(renderWgmmaGemm({ dtype: 'f16' }).code).toContain(`0x${WGMMA_DESC_HI.toString(16)}ull | (unsigned long long)((addr & 0x3FFFF) >> 4)`);
  });

  test.each([
    [{}, 0], [{}, 16], [{}, 1040], [{ bn: 128, stages: 6 }, 528], [{ bm: 64, bn: 64 }, 0],
  ] as [Partial<WgmmaTileConfig>, number][])('%j, dynamic shared memory at %d', (tile, smemBase) => {
    const kernel = renderWgmmaGemm({ dtype: 'f16', tile });
    const { bm, bn, stages } = kernel.tile;
    // The kernel's ring alignment and stage layout (its C text, evaluated).
    const ring = (smemBase + 1023) & ~1023;
    expect(kernel.code).toContain('(loom_smem_addr(loom_smem) + 1023u) & ~1023u');
    const stageBytes = (bm + bn) * 128;
    for (let s = 0; s < stages; s++) {
      const sA = ring + s * stageBytes;
      const sB = sA + bm * 128;
      // Every 16-bit element of the stage is written once, inside the stage.
      const seen = new Set<number>();
      for (const [base, rows] of [[sA, bm], [sB, bn]] as const) {
        for (let r = 0; r < rows; r++) for (let k = 0; k < 64; k++) seen.add(written(base, r, k));
      }
      expect(seen.size).toBe((bm + bn) * 64);
      expect(Math.min(...seen)).toBe(sA);
      expect(Math.max(...seen)).toBe(sA + stageBytes - 2);
      expect(ring + stages * stageBytes).toBeLessThanOrEqual(smemBase + kernel.sharedBytes);
      let mismatches = 0;
      for (let step = 0; step < 4; step++) {
        for (let g = 0; g < bm / 64; g++) {
          const descA = kernelDescriptor(sA + g * 64 * 128) + BigInt(2 * step);
          for (let r = 0; r < 64; r++) for (let k = 0; k < 16; k++) if (isaOperandAddress(descA, r, k) !== written(sA, 64 * g + r, 16 * step + k)) mismatches++;
        }
        const descB = kernelDescriptor(sB) + BigInt(2 * step);
        for (let n = 0; n < bn; n++) for (let k = 0; k < 16; k++) if (isaOperandAddress(descB, n, k) !== written(sB, n, 16 * step + k)) mismatches++;
      }
      expect(mismatches).toBe(0);
    }
  });

  test('the model is sensitive: a ring not aligned to 1024 bytes, or an unswizzled write, reads the wrong elements', () => {
    const misread = (tileBase: number, write: (r: number, k: number) => number) => {
      let n = 0;
      for (let step = 0; step < 4; step++) {
        for (let r = 0; r < 64; r++) for (let k = 0; k < 16; k++) if (isaOperandAddress(kernelDescriptor(tileBase) + BigInt(2 * step), r, k) !== write(r, 16 * step + k)) n++;
      }
      return n;
    };
    expect(misread(1024, (r, k) => written(1024, r, k))).toBe(0);
    expect(misread(1024 + 128, (r, k) => written(1024 + 128, r, k))).toBeGreaterThan(0);
    expect(misread(1024, (r, k) => 1024 + r * 128 + k * 2)).toBeGreaterThan(0);
  });
});

describe('accumulator layout', () => {
  /** PTX ISA, "WGMMA .m64nNk16 register fragment layout for accumulator matrix D": warp w of the warpgroup holds rows 16w..16w+15; lane l, register i: row l/4 (+8 for i%4 ≥ 2), column 8·⌊i/4⌋ + 2·(l%4) + i%2. */
  const isaRow = (w: number, lane: number, i: number) => 16 * w + Math.floor(lane / 4) + (i % 4 >= 2 ? 8 : 0);
  const isaCol = (lane: number, i: number) => 8 * Math.floor(i / 4) + 2 * (lane % 4) + (i % 2);
  const row = cExpr(accumulatorRow('w', 'lane', 'i'), 'w', 'lane', 'i');
  const col = cExpr(accumulatorCol('lane', 'i'), 'lane', 'i');

  test.each([[{}], [{ bn: 128 }], [{ bm: 64, bn: 16 }], [{ bm: 256, bn: 64 }]] as [Partial<WgmmaTileConfig>][])('%j: the epilogue writes every C element of the block once, where the ISA puts it', (tile) => {
    const kernel = renderWgmmaGemm({ dtype: 'bf16', tile });
    const { bm, bn } = kernel.tile;
    expect(kernel.code).toContain(`const int row = ${accumulatorRow('warp', 'lane', 'i')};`);
    expect(kernel.code).toContain(`const int col = ${accumulatorCol('lane', 'i')};`);
    const hits = new Uint8Array(bm * bn);
    for (let tid = 0; tid < kernel.block[0]; tid++) {
      const g = tid >> 7, w = (tid >> 5) & 3, lane = tid & 31;
      for (let i = 0; i < bn / 2; i += 2) {
        // The float2 store: registers i, i+1 at (row, col) and (row, col + 1).
        for (const j of [i, i + 1]) {
          expect([row(w, lane, i), col(lane, i) + (j - i)]).toEqual([isaRow(w, lane, j), isaCol(lane, j)]);
          hits[(64 * g + isaRow(w, lane, j)) * bn + isaCol(lane, j)]!++;
        }
      }
    }
    expect(hits.every((h) => h === 1)).toBe(true);
  });
});

describe('launcher and tiles', () => {
  const kernel = renderWgmmaGemm({ dtype: 'f16' });

  test('geometry of the default 128×256×64 tile', () => {
    expect(kernel.tile).toEqual({ ...DEFAULT_WGMMA_TILE, bk: 64 });
    expect(kernel).toMatchObject({ arch: 'sm_90a', bLayout: 'nk', name: 'loom_wgmma_gemm_f16_128x256x64' });
    expect(wgmmaGemmLaunch(kernel, 4096, 4096, 4096)).toEqual({ grid: [512, 1, 1], block: [256, 1, 1], sharedBytes: 4 * (128 + 256) * 128 + 1024 });
    expect(kernel.sharedBytes).toBe(197632);
  });

  test('shapes that are not multiples of the tile are rejected by name', () => {
    expect(() => wgmmaGemmLaunch(kernel, 256, 384, 640)).toThrow('loom_wgmma_gemm_f16_128x256x64: N = 384 is not a multiple of the tile 256 (requires M % 128 == 0, N % 256 == 0, K % 64 == 0); pad the operands');
    expect(() => wgmmaGemmLaunch(kernel, 100, 256, 64)).toThrow('M = 100 is not a multiple of the tile 128');
    expect(() => wgmmaGemmLaunch(kernel, 128, 256, 96)).toThrow('K = 96 is not a multiple of the K depth 64');
    expect(() => wgmmaGemmLaunch(kernel, 128, 0, 64)).toThrow('N must be a positive integer, got 0');
  });

  test('bad tiles and dtypes are rejected', () => {
    expect(() => renderWgmmaGemm({ dtype: 'f16', tile: { bm: 96 } })).toThrow('bm must be 64, 128, 192 or 256');
    expect(() => renderWgmmaGemm({ dtype: 'f16', tile: { bn: 264 } })).toThrow('bn must be a multiple of 8 from 8 to 256 (the wgmma N of m64nNk16)');
    expect(() => renderWgmmaGemm({ dtype: 'f16', tile: { bm: 256, bn: 8 } })).toThrow("the B tile's 64 16-byte chunks must divide evenly among 512 threads");
    expect(() => renderWgmmaGemm({ dtype: 'f16', tile: { stages: 2 } })).toThrow('stages must be at least 3 with wgmmaPending 1');
    expect(() => renderWgmmaGemm({ dtype: 'f16', tile: { wgmmaPending: 2 } })).toThrow('wgmmaPending must be 0 or 1');
    expect(() => renderWgmmaGemm({ dtype: 'f16', tile: { stages: 5 } })).toThrow('246784 bytes of shared memory exceed the 232448 an sm_90 block may use');
    expect(() => renderWgmmaGemm({ dtype: 'f16', tile: { bn: 128, minBlocks: 2 } })).toThrow("2 blocks of 132096 bytes (+1024 reserved each) exceed an sm_90 SM's 233472 bytes of shared memory");
    expect(() => renderWgmmaGemm({ dtype: 'f32' as MmaDtype })).toThrow("dtype must be 'f16' or 'bf16', got f32");
  });
});

describe.runIf(hasNvcc())('nvcc for sm_90a', () => {
  test.each([
    ['f16', {}], ['bf16', {}], ['f16', { wgmmaPending: 0 }], ['f16', { bn: 128, stages: 6 }], ['bf16', { bn: 128, stages: 3, minBlocks: 2 }], ['f16', { bm: 256, bn: 128 }],
  ] as [MmaDtype, Partial<WgmmaTileConfig>][])('%s %j: wgmma PTX, no stack frame, no spills', async (dtype, tile) => {
    const kernel = renderWgmmaGemm({ dtype, tile });
    const ptx = await nvccPtx(kernel.code, 'sm_90a');
    const count = (s: string) => ptx.split(s).length - 1;
    expect(ptx).toContain('.target sm_90a');
    // One K tile unrolled: 4 k16 steps, each one m64n{bn}k16 per warpgroup.
    expect(count(`wgmma.mma_async.sync.aligned.m64n${kernel.tile.bn}k16.f32.${dtype}.${dtype}`)).toBe(4);
    expect(count('wgmma.fence.sync.aligned')).toBe(1);
    expect(count('wgmma.commit_group.sync.aligned')).toBe(1);
    // In the loop (wgmmaPending) and after it (0).
    expect(count(`wgmma.wait_group.sync.aligned ${kernel.tile.wgmmaPending};`)).toBeGreaterThan(0);
    expect(count('wgmma.wait_group.sync.aligned')).toBe(2);
    expect(count('fence.proxy.async.shared::cta')).toBe(1);
    expect(count('cp.async.cg.shared.global')).toBeGreaterThan(0);
    expect(ptx).not.toContain('.local');
    const report = ptxasReport(kernel.code, 'sm_90a');
    expect(report).toContain(`Compiling entry function '${kernel.name}' for 'sm_90a'`);
    expect(report).toContain('0 bytes stack frame, 0 bytes spill stores, 0 bytes spill loads');
    // ptxas warns when it must serialize wgmma (e.g. accumulators touched while in flight).
    expect(report.split('\n').filter((l) => l.startsWith('ptxas') && /warning/i.test(l))).toEqual([]);
    const registers = Number(/Used (\d+) registers/.exec(report)?.[1]);
    expect(registers).toBeLessThanOrEqual(Math.min(255, 65536 / (kernel.block[0] * kernel.tile.minBlocks)));
  });
});

// ---- the kernel body on the CPU ----

/**
 * wgmma and its fences in C++, from the PTX ISA (§9.7.15): the descriptor
 * decoded per "Matrix Descriptor Format", the operand element (row, k) read at
 * the K-major 128B-swizzle canonical layout's address, each thread's registers
 * in the m64nNk16 f32 accumulator layout. `wgmmaReads`: 'issue' computes at
 * the instruction, 'late' only when wgmma.wait_group forces the group.
 */
const wgmmaEmulation = (wgmmaReads: 'issue' | 'late') => ({
  helpers: `static void loom_fence_proxy_async() {}
static thread_local bool emu_wg_fenced = false;
static void loom_wgmma_fence() { emu_wg_fenced = true; }
struct EmuWgmma { unsigned long long a, b; float* d; int regs; };
static thread_local std::vector<EmuWgmma> emu_wg_open;
static thread_local std::vector<std::vector<EmuWgmma>> emu_wg_groups;
static unsigned emu_operand_addr(unsigned long long desc, int row, int k) {
  if ((desc >> 62) != 1) emu_fail("wgmma: descriptor swizzle mode is not 1 (128B)", (long long)(desc >> 62));
  if (((desc >> 49) & 7) != 0) emu_fail("wgmma: descriptor base offset is not 0", (long long)((desc >> 49) & 7));
  const unsigned start = (unsigned)(desc & 0x3fff) << 4, sbo = (unsigned)((desc >> 32) & 0x3fff) << 4;
  // ((8,m),(T,2k)):((8T,SBO),(1,T)) with T = 8 sixteen-bit elements, in bytes; then Swizzle<3,4,3>.
  const unsigned linear = start + (row / 8) * sbo + (row % 8) * 128 + (k % 8) * 2 + (k / 8) * 16;
  return linear ^ (((linear >> 7) & 7) << 4);
}
static void emu_wgmma_run(const EmuWgmma& op) {
  const int w = (threadIdx.x >> 5) & 3, lane = threadIdx.x & 31;
  for (int i = 0; i < op.regs; ++i) {
    const int row = 16 * w + lane / 4 + 8 * ((i % 4) / 2), col = 8 * (i / 4) + 2 * (lane % 4) + i % 2;
    double s = op.d[i];
    for (int k = 0; k < 16; ++k) s += emu_value(emu_s16(emu_operand_addr(op.a, row, k))) * emu_value(emu_s16(emu_operand_addr(op.b, col, k)));
    op.d[i] = (float)s;
  }
}
template <int R> static void loom_wgmma(float (&d)[R], unsigned long long a, unsigned long long b) {
  if (!emu_wg_fenced) emu_fail("wgmma before any wgmma.fence", threadIdx.x);
  const EmuWgmma op{a, b, d, R};
  ${wgmmaReads === 'issue' ? 'emu_wgmma_run(op);' : 'emu_wg_open.push_back(op);'}
}
static void loom_wgmma_commit() { emu_wg_groups.push_back(std::move(emu_wg_open)); emu_wg_open.clear(); }
template <int N> static void loom_wgmma_wait() {
  while (emu_wg_groups.size() > (size_t)N) {
    for (auto& op : emu_wg_groups.front()) emu_wgmma_run(op);
    emu_wg_groups.erase(emu_wg_groups.begin());
  }
}
`,
  atExit: '      if (!emu_wg_open.empty() || !emu_wg_groups.empty()) emu_fail("wgmma still pending at exit", t);',
});

/** Reads late / copies early, and the reverse: the two orders that expose a missing wait. */
const ORDERS: [string, 'issue' | 'late', EmulationOptions][] = [
  ['copies late, wgmma reads at issue', 'issue', { copies: 'late', smemBase: 16 }],
  ['copies at issue, wgmma reads late', 'late', { copies: 'early', smemBase: 0 }],
];

describe('the kernel body on the CPU, wgmma and cp.async emulated', () => {
  test.each([
    // The default tile: 2×2 blocks, 10 K tiles through the 4-stage ring, one wgmma group in flight.
    ['f16', {}, 256, 512, 640],
    // 3 tile-rows in groups of 2 (the last group cut short), K shorter than the pipeline (empty commit groups).
    ['bf16', { bn: 128, groupM: 2, stages: 3 }, 384, 256, 64],
    // No wgmma in flight, the shallowest ring; 4 warpgroups.
    ['f16', { bm: 256, bn: 64, wgmmaPending: 0, stages: 2 }, 256, 128, 320],
  ] as [MmaDtype, Partial<WgmmaTileConfig>, number, number, number][])('%s %j at %d×%d×%d', async (dtype, tile, M, N, K) => {
    const kernel = renderWgmmaGemm({ dtype, tile });
    wgmmaGemmLaunch(kernel, M, N, K);
    for (const [, reads, opts] of ORDERS) expect(await runEmulatedGemm(kernel, wgmmaEmulation(reads), M, N, K, 7, opts)).toBeLessThan(1e-6);
  }, 300_000);

  // The same kernel with one wait loosened: each order catches its race.
  const kernel = renderWgmmaGemm({ dtype: 'f16', tile: { bn: 128 } });
  const loosen = (from: string, to: string) => {
    expect(kernel.kernelBody.split(from).length).toBe(2);
    return { ...kernel, kernelBody: kernel.kernelBody.replace(from, to) };
  };
  test('a stage overwritten under an unfinished wgmma (two wgmma groups left in flight) is caught', async () => {
    const racy = loosen('    loom_wgmma_wait<1>();\n  }', '    loom_wgmma_wait<2>();\n  }');
    expect(await runEmulatedGemm(racy, wgmmaEmulation(ORDERS[1]![1]), 128, 128, 512, 7, ORDERS[1]![2])).toBeGreaterThan(1e-2);
  }, 300_000);
  test('a stage read before its copies landed (one more cp.async group left pending) is caught', async () => {
    const racy = loosen('loom_cp_async_wait<1>();', 'loom_cp_async_wait<2>();');
    expect(await runEmulatedGemm(racy, wgmmaEmulation(ORDERS[0]![1]), 128, 128, 512, 7, ORDERS[0]![2])).toBe(Infinity);
  }, 300_000);
});
