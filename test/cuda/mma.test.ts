// The tensor-core GEMM (compiler/render/cuda-mma.ts) without a GPU:
//   - the host-side f16/bf16 conversions bench/cuda-mma.ts uploads with,
//     exact on known values and exhaustively round-tripped;
//   - the launcher's shape and tile checks, with their messages;
//   - nvcc accepts the kernel for sm_80 and sm_90, the PTX has the tensor-core
//     and async-copy instructions, and ptxas reports no stack frame or spills;
//   - the kernel body itself run on the CPU (g++, one std::thread per CUDA
//     thread) with its five inline-PTX helpers replaced by C++ emulations
//     transcribed from the PTX ISA's fragment tables: ldmatrix (.trans), mma
//     m16n8k16 and cp.async with its groups (copies land only at the latest
//     moment wait_group allows, shared memory starts as NaN), against a
//     float64 reference. This checks the tiling, the pipeline's group
//     counting, the block ordering and the epilogue; not that the hardware
//     matches the ISA tables (the GPU run in scripts/gpu-check.ts does).
import { describe, expect, test } from 'vitest';
import { fromHalfBits, toHalfBits } from '../../bench/cuda-mma.ts';
import { gemmLaunch, renderTensorCoreGemm, type MmaDtype, type TileConfig } from '../../compiler/render/cuda-mma.ts';
import { runEmulatedGemm } from './gemm-emulation.ts';
import { hasNvcc, nvccPtx } from './harness.ts';
import { ptxasReport } from './ptxas.ts';

describe('f16 / bf16 host conversions', () => {
  test.each([
    // [value, f16 bits, bf16 bits]
    [1, 0x3c00, 0x3f80],
    [-2.5, 0xc100, 0xc020],
    [0, 0x0000, 0x0000],
    [-0, 0x8000, 0x8000],
    [65504, 0x7bff, 0x4780], // f16's largest finite; bf16 rounds it up to 65536
    [65519.99, 0x7bff, 0x4780],
    [65520, 0x7c00, 0x4780], // the f16 midpoint to 65536 ties to even: infinity
    [Infinity, 0x7c00, 0x7f80],
    [-Infinity, 0xfc00, 0xff80],
    [NaN, 0x7e00, 0x7fc0],
    [2 ** -14, 0x0400, 0x3880], // f16's smallest normal
    [2 ** -24, 0x0001, 0x3380], // f16's smallest subnormal
    [2 ** -25, 0x0000, 0x3300], // a tie between 0 and 2^-24: to even (0)
    [3 * 2 ** -25, 0x0002, 0x33c0], // a tie between 1 and 2 units: to even (2)
    [2 ** -133, 0x0000, 0x0001], // bf16's smallest subnormal
    [1 + 2 ** -11, 0x3c00, 0x3f80], // ties at f16's last place: to even
    [1 + 3 * 2 ** -11, 0x3c02, 0x3f80],
    [1 + 2 ** -8, 0x3c04, 0x3f80], // ties at bf16's last place: to even
    [1 + 3 * 2 ** -8, 0x3c0c, 0x3f82],
    [3.4e38, 0x7c00, 0x7f80], // rounds past bf16's largest finite (≈ 3.39e38)
  ])('%d', (x, f16, bf16) => {
    expect(toHalfBits(x, 'f16')).toBe(f16);
    expect(toHalfBits(x, 'bf16')).toBe(bf16);
  });

  test.each(['f16', 'bf16'] as const)('%s: every finite pattern round-trips, and midpoints round to the even neighbour', (dtype) => {
    const maxFinite = dtype === 'f16' ? 0x7bff : 0x7f7f;
    for (let bits = 0; bits <= maxFinite; bits++) {
      const v = fromHalfBits(bits, dtype);
      expect(toHalfBits(v, dtype)).toBe(bits);
      expect(toHalfBits(-v, dtype)).toBe(bits | 0x8000);
      if (bits < maxFinite) {
        const mid = (v + fromHalfBits(bits + 1, dtype)) / 2;
        if (toHalfBits(mid, dtype) !== (bits % 2 === 0 ? bits : bits + 1)) throw new Error(`${dtype}: midpoint above ${bits.toString(16)} rounded wrongly`);
      }
    }
  });

  test('bf16 agrees with the f32 bit trick (b + 0x7fff + lsb) >> 16 on random f32 values', () => {
    const f = new Float32Array(1);
    const u = new Uint32Array(f.buffer);
    for (let i = 0; i < 20000; i++) {
      u[0] = (Math.random() * 2 ** 32) >>> 0;
      if (Number.isNaN(f[0]) || (u[0]! & 0x7fffffff) >= 0x7f7f8000) continue; // NaN, or rounds to infinity
      const want = ((u[0]! + 0x7fff + ((u[0]! >>> 16) & 1)) >>> 16) & 0xffff;
      expect(toHalfBits(f[0]!, 'bf16')).toBe(want);
    }
  });
});

describe('launcher', () => {
  const kernel = renderTensorCoreGemm({ dtype: 'f16' });

  test('geometry of the default 128×128×64 tile (two blocks an SM)', () => {
    expect(kernel.tile).toMatchObject({ bm: 128, bn: 128, bk: 64, warpsM: 2, warpsN: 2, stages: 3, minBlocks: 2 });
    expect(gemmLaunch(kernel, 4096, 4096, 4096)).toEqual({ grid: [1024, 1, 1], block: [128, 1, 1], sharedBytes: 3 * (128 * 72 + 64 * 136) * 2 });
    expect(kernel.sharedBytes).toBe(107520);
    expect(kernel.requires).toBe('M % 128 == 0, N % 128 == 0, K % 64 == 0');
    expect(kernel.code).toContain('__launch_bounds__(128, 2)');
  });

  test('shapes that are not multiples of the tile are rejected by name', () => {
    expect(() => gemmLaunch(kernel, 256, 320, 640)).toThrow('loom_mma_gemm_f16_128x128x64: N = 320 is not a multiple of the tile 128 (requires M % 128 == 0, N % 128 == 0, K % 64 == 0); pad the operands');
    expect(() => gemmLaunch(kernel, 100, 256, 64)).toThrow('M = 100 is not a multiple of the tile 128');
    expect(() => gemmLaunch(kernel, 128, 256, 48)).toThrow('K = 48 is not a multiple of the K depth 64');
    expect(() => gemmLaunch(kernel, 0, 256, 64)).toThrow('M must be a positive integer, got 0');
  });

  test('bad tiles and dtypes are rejected', () => {
    expect(() => renderTensorCoreGemm({ dtype: 'f16', tile: { bk: 24 } })).toThrow('bk must be a multiple of 16 (the mma k depth)');
    expect(() => renderTensorCoreGemm({ dtype: 'f16', tile: { bm: 80 } })).toThrow('bm must be a multiple of 16·warpsM = 32');
    expect(() => renderTensorCoreGemm({ dtype: 'f16', tile: { warpsM: 8, warpsN: 8 } })).toThrow('8×8 warps is 2048 threads; CUDA allows 1024 a block');
    expect(() => renderTensorCoreGemm({ dtype: 'f16', tile: { stages: 1 } })).toThrow('stages must be at least 2');
    expect(() => renderTensorCoreGemm({ dtype: 'f32' as MmaDtype })).toThrow("dtype must be 'f16' or 'bf16', got f32");
  });
});


describe.runIf(hasNvcc())('nvcc', () => {
  test.each([
    ['f16', {}, 'sm_80'], ['f16', {}, 'sm_90'], ['bf16', {}, 'sm_80'], ['bf16', {}, 'sm_90'],
    // One 8-warp block an SM (the previous default), and 16 warps of 64×32 (128 registers at most).
    ['f16', { bn: 256, bk: 32, warpsN: 4, stages: 4, minBlocks: 1 }, 'sm_90'], ['bf16', { bn: 256, warpsN: 8, bk: 32, stages: 4, minBlocks: 1 }, 'sm_90'],
  ] as [MmaDtype, Partial<TileConfig>, string][])('%s %j for %s: tensor-core PTX, no stack frame, no spills', async (dtype, tile, arch) => {
    const kernel = renderTensorCoreGemm({ dtype, tile });
    const ptx = await nvccPtx(kernel.code, arch);
    const count = (s: string) => ptx.split(s).length - 1;
    const { bm, bn, bk, warpsM, warpsN } = kernel.tile;
    // One K tile unrolled, per warp: its (bm·bn / warps) / (16·8) mma tiles for each of the bk/16 steps.
    expect(count(`mma.sync.aligned.m16n8k16.row.col.f32.${dtype}.${dtype}.f32`)).toBe((bm * bn) / (warpsM * warpsN * 128) * (bk / 16));
    expect(count('ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16')).toBeGreaterThan(0);
    expect(count('cp.async.cg.shared.global')).toBeGreaterThan(0);
    expect(count('cp.async.wait_group')).toBe(2);
    expect(ptx).not.toContain('.local');
    const report = ptxasReport(kernel.code, arch);
    expect(report).toContain(`Compiling entry function '${kernel.name}' for '${arch}'`);
    expect(report).toContain('0 bytes stack frame, 0 bytes spill stores, 0 bytes spill loads');
    const registers = Number(/Used (\d+) registers/.exec(report)?.[1]);
    expect(registers).toBeLessThanOrEqual(255);
  });
});

// ---- the kernel body on the CPU ----

// ldmatrix and mma.sync, transcribed from the PTX ISA's fragment tables (cp.async and the rest: gemm-emulation.ts).
const MMA_EMULATION = `// Warp collectives: each lane posts its operands, the warp meets, each lane computes its own results.
struct EmuWarp { unsigned addr[32]; unsigned a[32][4]; unsigned b[32][2]; };
static EmuWarp emu_scratch[32];

static void loom_ldmatrix_x4(unsigned (&r)[4], unsigned addr) {
  EmuWarp& w = emu_scratch[emu_warp_id];
  w.addr[emu_lane] = addr;
  emu_warp->arrive_and_wait();
  for (int i = 0; i < 4; ++i) {
    const unsigned row = w.addr[8 * i + emu_lane / 4]; // matrix i, row lane/4, columns 2·(lane%4), +1
    if (row % 16) emu_fail("ldmatrix: row address not 16-byte aligned", row);
    r[i] = emu_s16(row + (emu_lane % 4) * 4) | (unsigned)emu_s16(row + (emu_lane % 4) * 4 + 2) << 16;
  }
  emu_warp->arrive_and_wait();
}
static void loom_ldmatrix_x4_trans(unsigned& r0, unsigned& r1, unsigned& r2, unsigned& r3, unsigned addr) {
  EmuWarp& w = emu_scratch[emu_warp_id];
  w.addr[emu_lane] = addr;
  emu_warp->arrive_and_wait();
  unsigned* r[4] = {&r0, &r1, &r2, &r3};
  for (int i = 0; i < 4; ++i) {
    // transposed: column lane/4 of matrix i, rows 2·(lane%4) and +1
    const unsigned lo = w.addr[8 * i + 2 * (emu_lane % 4)], hi = w.addr[8 * i + 2 * (emu_lane % 4) + 1];
    if (lo % 16 || hi % 16) emu_fail("ldmatrix: row address not 16-byte aligned", lo);
    *r[i] = emu_s16(lo + (emu_lane / 4) * 2) | (unsigned)emu_s16(hi + (emu_lane / 4) * 2) << 16;
  }
  emu_warp->arrive_and_wait();
}
static void loom_mma(float (&d)[4], const unsigned (&a)[4], unsigned b0, unsigned b1) {
  EmuWarp& w = emu_scratch[emu_warp_id];
  for (int q = 0; q < 4; ++q) w.a[emu_lane][q] = a[q];
  w.b[emu_lane][0] = b0;
  w.b[emu_lane][1] = b1;
  emu_warp->arrive_and_wait();
  // PTX ISA, mma.m16n8k16 .f16/.bf16: A element (r, k) is in lane (r%8)·4 + (k%8)/2, register (r≥8) + 2·(k≥8), half k%2;
  // B element (k, n) in lane n·4 + (k%8)/2, register (k≥8), half k%2; C element v of lane l is row l/4 + 8·(v≥2), column 2·(l%4) + v%2.
  auto A = [&](int r, int k) { return emu_value(w.a[(r % 8) * 4 + (k % 8) / 2][(r >= 8) + 2 * (k >= 8)] >> (16 * (k % 2))); };
  auto B = [&](int k, int n) { return emu_value(w.b[n * 4 + (k % 8) / 2][k >= 8] >> (16 * (k % 2))); };
  for (int v = 0; v < 4; ++v) {
    const int r = emu_lane / 4 + 8 * (v >= 2), c = 2 * (emu_lane % 4) + v % 2;
    double s = d[v];
    for (int k = 0; k < 16; ++k) s += A(r, k) * B(k, c);
    d[v] = (float)s;
  }
  emu_warp->arrive_and_wait();
}
`;

describe('the kernel body on the CPU, PTX helpers emulated', () => {
  test.each([
    // The default tile: 2×4 blocks, 5 K tiles through the 3-stage ring.
    ['f16', {}, 256, 512, 320],
    // 3 tile-rows in groups of 2 (the last group cut short), K shorter than the pipeline (empty commit groups).
    ['bf16', { bn: 128, groupM: 2 }, 384, 256, 64],
    // 128×256, BK = 32 with 4 stages and 2×4 warps (one block an SM), one block.
    ['f16', { bn: 256, bk: 32, warpsN: 4, stages: 4, minBlocks: 1 }, 128, 256, 192],
  ] as [MmaDtype, Partial<TileConfig>, number, number, number][])('%s %j at %d×%d×%d', async (dtype, tile, M, N, K) => {
    const kernel = renderTensorCoreGemm({ dtype, tile });
    gemmLaunch(kernel, M, N, K);
    const error = await runEmulatedGemm(kernel, { helpers: MMA_EMULATION }, M, N, K, 7);
    expect(error).toBeLessThan(1e-6);
  }, 300_000);
});
