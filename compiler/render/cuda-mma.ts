// A tensor-core matrix multiply for the CUDA target (issue 12): C = A·B with
// A row-major [M,K] and B row-major [K,N] in f16 or bf16, C row-major f32,
// products accumulated in f32 by `mma.sync.m16n8k16` (sm_80 and later; on
// Hopper it runs on the same tensor cores as wgmma, at a lower rate, but
// needs no sm_90a-only features, so one kernel serves Ampere and Hopper).
//
// Structure (the classic Ampere-style GEMM, chosen because every piece of it
// is a documented fragment layout, not a heuristic):
//   - a block computes a BM×BN tile of C with 8 warps, each warp a WM×WN
//     sub-tile held entirely in registers (WM/16 × WN/8 mma tiles, 4 f32 each);
//   - K is walked BK at a time through a STAGES-deep ring of shared-memory
//     buffers filled by `cp.async` (16 bytes per thread per copy, bypassing
//     registers and L1), so the copies for tile k+STAGES-1 overlap the math
//     of tile k; one __syncthreads per K tile;
//   - fragments come out of shared memory with `ldmatrix` (`.trans` for B,
//     which turns the row-major [k][n] tile into mma's "col" B operand);
//   - each shared-memory row is padded by 16 bytes, so the eight 16-byte row
//     reads of one ldmatrix phase land in eight distinct 16-byte bank groups
//     (row stride in 16-byte units is odd) — conflict-free without swizzle;
//   - blocks are numbered in groups of GROUP_M tile-rows (Triton's ordering)
//     so blocks running at once share A rows and B columns in L2.
//
// The kernel handles only shapes that are multiples of the tile (M % BM,
// N % BN, K % BK == 0; that also makes every 16-byte copy aligned): there is
// no bounds checking inside, and gemmLaunch rejects other shapes.
//
// No header is included: the kernel only moves the 16-bit patterns (typed
// `unsigned short`, ABI-identical to __half / __nv_bfloat16 pointers) and the
// mma instruction interprets them, so it compiles the same under NVRTC (no
// include path) and nvcc.

export type MmaDtype = 'f16' | 'bf16';

export interface TileConfig {
  /** Block tile rows of C (and of A). */
  readonly bm: number;
  /** Block tile columns of C (and of B). */
  readonly bn: number;
  /** K depth of one pipeline stage. */
  readonly bk: number;
  /** Warps along M and along N (8 warps in all by default). */
  readonly warpsM: number;
  readonly warpsN: number;
  /** Shared-memory pipeline depth. */
  readonly stages: number;
  /** Tile-rows per block-ordering group (L2 reuse). */
  readonly groupM: number;
  /**
   * Blocks the kernel is compiled to fit on one SM at once (__launch_bounds__'s
   * second argument: it caps registers per thread at 65536 / (threads · this)).
   * Two smaller blocks per SM let one block's math run through the other's
   * barrier and pipeline refill.
   */
  readonly minBlocks: number;
}

// Each warp owns a 64×64 tile: per 16-deep k step it issues 8 ldmatrix.x4 for
// 32 mma — the best load/math ratio whose 128 f32 accumulators still fit one
// thread's registers. The default is 128×128 with 2×2 warps, BK = 64, 3
// stages (105 KiB) and two blocks per SM: the fastest of the tiles swept at
// 4096³ on an H200 (scripts/gpu-check.ts: 338 TFLOP/s f16, against 294 for
// the best single 8-warp block, 128×256): while one block waits at its
// barrier or for its next stage, the other's mma keep the tensor cores busy.
export const DEFAULT_TILE: TileConfig = { bm: 128, bn: 128, bk: 64, warpsM: 2, warpsN: 2, stages: 3, groupM: 8, minBlocks: 2 };

export interface TensorCoreGemm {
  readonly name: string;
  readonly dtype: MmaDtype;
  readonly tile: TileConfig;
  /** CUDA C++ source of one `extern "C"` kernel. */
  readonly code: string;
  /** `code` less its inline-PTX helpers (loom_cp_async16, loom_ldmatrix_x4, loom_mma, …): what the CPU emulation test compiles. */
  readonly kernelBody: string;
  readonly block: readonly [number, number, number];
  grid(M: number, N: number): [number, number, number];
  /** Dynamic shared memory per block (above 48 KiB the launcher must raise the function's limit). */
  readonly sharedBytes: number;
  /** The shape constraints, in words. */
  readonly requires: string;
}

/**
 * C text declaring `tileM`, `tileN`: block → C tile, GROUP_M tile-rows at a
 * time (column-major within a group): consecutive blocks reuse the same few
 * A rows and sweep B, for L2 hits (Triton's ordering). Both GEMM kernels use it.
 */
export function blockOrdering(t: { readonly bm: number; readonly bn: number; readonly groupM: number }): string {
  return `  const int tilesM = M / ${t.bm};
  const int tilesN = N / ${t.bn};
  const int perGroup = ${t.groupM} * tilesN;
  const int pid = blockIdx.x;
  const int firstM = (pid / perGroup) * ${t.groupM};
  const int groupRows = tilesM - firstM < ${t.groupM} ? tilesM - firstM : ${t.groupM};
  const int tileM = firstM + (pid % perGroup) % groupRows;
  const int tileN = (pid % perGroup) / groupRows;`;
}

/** Shared-memory row padding, in 16-bit elements (16 bytes): see the header comment. */
const PAD = 8;

function validateTile(t: TileConfig): void {
  const bad = (why: string) => {
    throw new Error(`renderTensorCoreGemm: tile ${JSON.stringify(t)}: ${why}`);
  };
  for (const [k, v] of Object.entries(t)) if (!Number.isInteger(v) || v <= 0) bad(`${k} must be a positive integer, got ${v}`);
  const threads = 32 * t.warpsM * t.warpsN;
  if (threads > 1024) bad(`${t.warpsM}×${t.warpsN} warps is ${threads} threads; CUDA allows 1024 a block`);
  if (t.bm % (16 * t.warpsM) !== 0) bad(`bm must be a multiple of 16·warpsM = ${16 * t.warpsM} (warp tiles are whole m16 mma tiles)`);
  if (t.bn % (16 * t.warpsN) !== 0) bad(`bn must be a multiple of 16·warpsN = ${16 * t.warpsN} (B fragments are loaded 16 columns at a time)`);
  if (t.bk % 16 !== 0) bad('bk must be a multiple of 16 (the mma k depth)');
  if ((t.bm * t.bk / 8) % threads !== 0) bad(`the A tile's ${t.bm * t.bk / 8} 16-byte chunks must divide evenly among ${threads} threads`);
  if ((t.bk * t.bn / 8) % threads !== 0) bad(`the B tile's ${t.bk * t.bn / 8} 16-byte chunks must divide evenly among ${threads} threads`);
  if (t.stages < 2) bad('stages must be at least 2 (one tile loading while one is used)');
}

/** Bytes of dynamic shared memory for `t`: STAGES × (A tile + B tile), rows padded. */
export function tileSharedBytes(t: TileConfig): number {
  return t.stages * (t.bm * (t.bk + PAD) + t.bk * (t.bn + PAD)) * 2;
}

export function renderTensorCoreGemm(opts: { dtype: MmaDtype; name?: string; tile?: Partial<TileConfig> }): TensorCoreGemm {
  const { dtype } = opts;
  if (dtype !== 'f16' && dtype !== 'bf16') throw new Error(`renderTensorCoreGemm: dtype must be 'f16' or 'bf16', got ${String(dtype)}`);
  const t: TileConfig = { ...DEFAULT_TILE, ...opts.tile };
  validateTile(t);
  const name = opts.name ?? `loom_mma_gemm_${dtype}_${t.bm}x${t.bn}x${t.bk}`;
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) throw new Error(`renderTensorCoreGemm: kernel name ${JSON.stringify(name)} is not a C identifier`);
  const threads = 32 * t.warpsM * t.warpsN;
  const WM = t.bm / t.warpsM;
  const WN = t.bn / t.warpsN;
  const MI = WM / 16; // m16 tiles per warp
  const NI = WN / 8; // n8 tiles per warp
  const SA = t.bk + PAD; // A row stride in shared memory (elements)
  const SB = t.bn + PAD; // B row stride
  const aChunksPerRow = t.bk / 8;
  const bChunksPerRow = t.bn / 8;
  const aIters = (t.bm * t.bk / 8) / threads;
  const bIters = (t.bk * t.bn / 8) / threads;
  const sharedBytes = tileSharedBytes(t);

  const kernelBody = `struct alignas(8) loom_float2 { float x, y; };

extern "C" __global__ void __launch_bounds__(${threads}, ${t.minBlocks})
${name}(const unsigned short* __restrict__ A, const unsigned short* __restrict__ B, float* __restrict__ C, int M, int N, int K) {
  extern __shared__ __align__(16) unsigned short loom_smem[];
  // [${t.stages}][${t.bm}][${SA}] A tiles, then [${t.stages}][${t.bk}][${SB}] B tiles; rows padded by ${PAD} elements.
  const unsigned sA = loom_smem_addr(loom_smem);
  const unsigned sB = sA + ${t.stages * t.bm * SA * 2}u;

  const int tid = threadIdx.x;
  const int lane = tid & 31;
  const int warp = tid >> 5;
  const int warpM = warp / ${t.warpsN};
  const int warpN = warp % ${t.warpsN};

  // Block → C tile in groups of GROUP_M tile-rows, for L2 reuse (blockOrdering).
${blockOrdering(t)}

  const unsigned short* gA = A + (long long)tileM * ${t.bm} * K;
  const unsigned short* gB = B + (long long)tileN * ${t.bn};

  // Stage s ← K tile kt: every thread copies ${aIters} + ${bIters} 16-byte chunks, consecutive threads consecutive chunks of a row (coalesced).
  auto loadTile = [&](int s, int kt) {
#pragma unroll
    for (int i = 0; i < ${aIters}; ++i) {
      const int c = tid + i * ${threads};
      const int r = c / ${aChunksPerRow};
      const int col = (c % ${aChunksPerRow}) * 8;
      loom_cp_async16(sA + ((s * ${t.bm} + r) * ${SA} + col) * 2, gA + (long long)r * K + kt * ${t.bk} + col);
    }
#pragma unroll
    for (int i = 0; i < ${bIters}; ++i) {
      const int c = tid + i * ${threads};
      const int r = c / ${bChunksPerRow};
      const int col = (c % ${bChunksPerRow}) * 8;
      loom_cp_async16(sB + ((s * ${t.bk} + r) * ${SB} + col) * 2, gB + (long long)(kt * ${t.bk} + r) * N + col);
    }
  };

  float acc[${MI}][${NI}][4];
#pragma unroll
  for (int i = 0; i < ${MI}; ++i)
#pragma unroll
    for (int j = 0; j < ${NI}; ++j)
#pragma unroll
      for (int v = 0; v < 4; ++v) acc[i][j][v] = 0.0f;

  // ldmatrix.x4 row addresses: lane l points at row (l % 16), column 8·(l / 16) of a 16×16 block, so
  // matrices 0..3 are (rows 0-7, k 0-7), (rows 8-15, k 0-7), (rows 0-7, k 8-15), (rows 8-15, k 8-15):
  // for A exactly mma's a0..a3. For B (rows = k) with .trans they are b0, b1 of n-tile 0 then of n-tile 1.
  const int ldRow = lane & 15;
  const int ldCol = (lane >> 4) * 8;

  const int kTiles = K / ${t.bk};
  // Prologue: the first ${t.stages - 1} tiles in flight, one commit group per tile (empty groups when K is short,
  // so group counting stays uniform).
#pragma unroll
  for (int s = 0; s < ${t.stages - 1}; ++s) {
    if (s < kTiles) loadTile(s, s);
    loom_cp_async_commit();
  }

  for (int kt = 0; kt < kTiles; ++kt) {
    // ${t.stages - 1} + kt groups are committed; allowing ${t.stages - 2} pending means tile kt's has landed (for this thread);
    // the barrier makes every thread's copies visible, and also guarantees all warps finished tile kt-1,
    // whose stage the load below overwrites.
    loom_cp_async_wait<${t.stages - 2}>();
    __syncthreads();
    {
      const int next = kt + ${t.stages - 1};
      if (next < kTiles) loadTile(next % ${t.stages}, next);
      loom_cp_async_commit();
    }
    const int s = kt % ${t.stages};
    const unsigned aStage = sA + (s * ${t.bm} + warpM * ${WM} + ldRow) * ${SA * 2} + ldCol * 2;
    const unsigned bStage = sB + (s * ${t.bk} + ldRow) * ${SB * 2} + (warpN * ${WN} + ldCol) * 2;
#pragma unroll
    for (int kk = 0; kk < ${t.bk}; kk += 16) {
      unsigned a[${MI}][4];
      unsigned b[${NI}][2];
#pragma unroll
      for (int i = 0; i < ${MI}; ++i) loom_ldmatrix_x4(a[i], aStage + (i * 16 * ${SA} + kk) * 2);
#pragma unroll
      for (int j = 0; j < ${NI / 2}; ++j)
        loom_ldmatrix_x4_trans(b[2 * j][0], b[2 * j][1], b[2 * j + 1][0], b[2 * j + 1][1], bStage + (kk * ${SB} + j * 16) * 2);
#pragma unroll
      for (int i = 0; i < ${MI}; ++i)
#pragma unroll
        for (int j = 0; j < ${NI}; ++j) loom_mma(acc[i][j], a[i], b[j][0], b[j][1]);
    }
  }
  // Drain the (empty) trailing groups before the block exits.
  loom_cp_async_wait<0>();

  // Accumulator layout of a 16×8 tile: lane l holds rows l/4 and l/4 + 8, columns 2·(l%4) and +1.
  const int row0 = tileM * ${t.bm} + warpM * ${WM} + (lane >> 2);
  const int col0 = tileN * ${t.bn} + warpN * ${WN} + (lane & 3) * 2;
#pragma unroll
  for (int i = 0; i < ${MI}; ++i)
#pragma unroll
    for (int j = 0; j < ${NI}; ++j) {
      float* c = C + (long long)(row0 + i * 16) * N + col0 + j * 8;
      *reinterpret_cast<loom_float2*>(c) = loom_float2{acc[i][j][0], acc[i][j][1]};
      *reinterpret_cast<loom_float2*>(c + 8LL * N) = loom_float2{acc[i][j][2], acc[i][j][3]};
    }
}
`;
  const header = `// loom tensor-core GEMM (compiler/render/cuda-mma.ts): C[M,N] f32 = A[M,K] · B[K,N], A and B ${dtype} row-major.
// Tile ${t.bm}×${t.bn}×${t.bk}, ${t.warpsM}×${t.warpsN} warps (warp tile ${WM}×${WN}), ${t.stages}-stage cp.async pipeline.
// Requires M % ${t.bm} == 0, N % ${t.bn} == 0, K % ${t.bk} == 0; grid = (M/${t.bm})·(N/${t.bn}) blocks of ${threads} threads, ${sharedBytes} bytes of dynamic shared memory.
`;
  const code = `${header}\n${ptxHelpers(dtype)}\n${kernelBody}`;
  return {
    name,
    dtype,
    tile: t,
    code,
    kernelBody,
    block: [threads, 1, 1],
    grid: (M, N) => [(M / t.bm) * (N / t.bn), 1, 1],
    sharedBytes,
    requires: `M % ${t.bm} == 0, N % ${t.bn} == 0, K % ${t.bk} == 0`,
  };
}

/**
 * The device helpers the kernel body calls, as inline PTX (each a single
 * instruction), for `dtype` operands. Kept apart from the body so
 * test/cuda/mma.test.ts can run the same body on the CPU against C++
 * emulations of these instructions. cuda-wgmma.ts uses them too.
 */
export function ptxHelpers(dtype: MmaDtype): string {
  const mmaType = dtype === 'f16' ? 'f32.f16.f16.f32' : 'f32.bf16.bf16.f32';
  return `// The 32-bit shared-window address of a generic pointer to shared memory (what ldmatrix and cp.async take).
static __device__ __forceinline__ unsigned loom_smem_addr(const void* p) {
  unsigned a;
  asm("{ .reg .u64 t; cvta.to.shared.u64 t, %1; cvt.u32.u64 %0, t; }" : "=r"(a) : "l"(p));
  return a;
}

// 16 bytes global → shared, asynchronously; .cg caches in L2 only (each byte is used once per block).
static __device__ __forceinline__ void loom_cp_async16(unsigned dst, const void* src) {
  asm volatile("cp.async.cg.shared.global [%0], [%1], 16;" :: "r"(dst), "l"(src) : "memory");
}

// Four 8×8 16-bit matrices; lanes 8i..8i+7 give the row addresses of matrix i, register i receives it.
// No "memory" clobber: volatile already keeps it after the cp.async wait and the barrier (both
// volatile), and without the clobber the compiler may hoist the next k step's loads above this
// step's mma, which is what hides ldmatrix latency.
static __device__ __forceinline__ void loom_ldmatrix_x4(unsigned (&r)[4], unsigned addr) {
  asm volatile("ldmatrix.sync.aligned.m8n8.x4.shared.b16 {%0, %1, %2, %3}, [%4];"
               : "=r"(r[0]), "=r"(r[1]), "=r"(r[2]), "=r"(r[3]) : "r"(addr));
}

// The same, each matrix transposed: a row-major [k][n] tile becomes mma's column-major B operand.
static __device__ __forceinline__ void loom_ldmatrix_x4_trans(unsigned& r0, unsigned& r1, unsigned& r2, unsigned& r3, unsigned addr) {
  asm volatile("ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {%0, %1, %2, %3}, [%4];"
               : "=r"(r0), "=r"(r1), "=r"(r2), "=r"(r3) : "r"(addr));
}

// d = a·b + d for one 16×8 tile, k = 16, f32 accumulation.
static __device__ __forceinline__ void loom_mma(float (&d)[4], const unsigned (&a)[4], unsigned b0, unsigned b1) {
  asm("mma.sync.aligned.m16n8k16.row.col.${mmaType} {%0, %1, %2, %3}, {%4, %5, %6, %7}, {%8, %9}, {%0, %1, %2, %3};"
      : "+f"(d[0]), "+f"(d[1]), "+f"(d[2]), "+f"(d[3])
      : "r"(a[0]), "r"(a[1]), "r"(a[2]), "r"(a[3]), "r"(b0), "r"(b1));
}

// Closes the group of this thread's cp.async copies issued since the last commit.
static __device__ __forceinline__ void loom_cp_async_commit() {
  asm volatile("cp.async.commit_group;" ::: "memory");
}

// Waits until at most N of this thread's committed groups are still in flight.
template <int N> static __device__ __forceinline__ void loom_cp_async_wait() {
  asm volatile("cp.async.wait_group %0;" :: "n"(N) : "memory");
}
`;
}

/** What gemmLaunch reads of a kernel (cuda-wgmma.ts's kernels have it too). */
export type GemmLaunchable = Pick<TensorCoreGemm, 'name' | 'block' | 'grid' | 'sharedBytes' | 'requires'> & { readonly tile: { readonly bm: number; readonly bn: number; readonly bk: number } };

/**
 * The launch geometry of `kernel` for an M×K by K×N product; throws naming
 * the dimension when the shape is not a multiple of the tile (the kernel
 * has no bounds checks) or does not fit the kernel's int indexing.
 */
export function gemmLaunch(kernel: GemmLaunchable, M: number, N: number, K: number): { grid: [number, number, number]; block: readonly [number, number, number]; sharedBytes: number } {
  const { bm, bn, bk } = kernel.tile;
  for (const [dim, v, tile] of [['M', M, bm], ['N', N, bn], ['K', K, bk]] as const) {
    if (!Number.isInteger(v) || v <= 0) throw new Error(`${kernel.name}: ${dim} must be a positive integer, got ${v}`);
    if (v % tile !== 0) {
      throw new Error(`${kernel.name}: ${dim} = ${v} is not a multiple of the ${dim === 'K' ? 'K depth' : 'tile'} ${tile} (requires ${kernel.requires}); pad the operands`);
    }
  }
  // Row offsets are 64-bit inside; tile counts and in-row offsets are int.
  if (M * N / (bm * bn) > 2 ** 31 - 1 || M > 2 ** 31 - 1 || N > 2 ** 31 - 1 || K > 2 ** 31 - 1) {
    throw new Error(`${kernel.name}: ${M}×${N}×${K} is too large for one launch`);
  }
  return { grid: kernel.grid(M, N), block: kernel.block, sharedBytes: kernel.sharedBytes };
}
