// A Hopper tensor-core matrix multiply for the CUDA target (issue 12), built
// on the warpgroup MMA `wgmma.mma_async.sync.aligned.m64nNk16.f32.{f16,bf16}`:
// the instruction H100/H200 tensor cores reach full rate with, which the
// Ampere-style mma.sync kernel of cuda-mma.ts cannot (mma.sync runs on Hopper
// at a fraction of wgmma's rate). It needs sm_90a (PTX for compute_90a,
// loadable on compute capability 9.0 only).
//
//   C[M,N] f32 row-major = A[M,K] · Bᵀ, A [M,K] row-major, B stored [N,K]
//   row-major ("TN": the layout of nn.Linear weights), A and B f16 or bf16,
//   products accumulated in f32.
//
// Both operands are K-major, so both use the one K-major 128-byte-swizzle
// shared layout and wgmma needs no transpose flags (imm-trans-a/b = 0).
//
// Structure:
//   - a block of bm/64 warpgroups (128 threads each) computes a bm×bn tile of
//     C; warpgroup g owns rows 64g..64g+63 and all bn columns, one
//     m64n{bn}k16 accumulator (bn/2 f32 registers per thread);
//   - K is walked 64 elements (128 bytes = one swizzle row) at a time through
//     a `stages`-deep ring of shared-memory tiles filled by cp.async (every
//     thread, 16 bytes a copy, consecutive threads along a 128-byte row);
//   - the shared layout of a tile is the 128B-swizzle K-major atom of the PTX
//     ISA (§9.7.15.5.1.2, "Shared Memory Matrix Layout", canonical layout
//     Swizzle<3,4,3> ∘ ((8,m),(T,2k)):((8T,SBO),(1,T))): row r of the tile is
//     the 128 bytes at r·128, its 16-byte chunk c stored at chunk c ^ (r % 8).
//     Each operand stage starts on a 1024-byte boundary (the atom: 8 rows of
//     128 bytes), so the descriptors' base offset is 0 and the hardware's
//     swizzle, which XORs address bits [4,7) with bits [7,10) of the absolute
//     shared address, lines up with the writes;
//   - per K tile each warpgroup issues 4 wgmma (k16 steps): the k-th step's
//     descriptors point 32·k bytes into the stage's first row (the swizzle is
//     applied to the absolute address, so the unswizzled +32 is right);
//   - `wgmmaPending` (0 or 1) wgmma groups stay in flight across the barrier:
//     with 1, tile kt's multiplies overlap tile kt+1's issue, and the loads
//     then run stages − 2 tiles ahead instead of stages − 1, so no load ever
//     overwrites a stage an unfinished wgmma may still read (see the loop);
//   - blocks are numbered in groups of groupM tile-rows (as cuda-mma.ts).
//
// Matrix descriptors (PTX ISA §9.7.15.5.1.2.2, "Matrix Descriptor Format";
// built the same way by CUTLASS cute::GmmaDescriptor for K-major SW128 and by
// the well-known H100 GEMM examples, e.g. fast.cu's make_smem_desc):
// bits 0–13 start address >> 4, 16–29 leading byte offset >> 4 (unused for
// swizzled K-major layouts, "assumed to be 1": encoded 1), 32–45 stride byte
// offset >> 4 (1024: from one 8-row group to the next), 49–51 base offset 0,
// 62–63 swizzle mode 1 (128B).
//
// Ordering (PTX ISA memory consistency model, async proxy): cp.async writes
// shared memory through the generic proxy and wgmma reads it through the
// async proxy, so each thread issues `fence.proxy.async.shared::cta` after its
// copies landed (cp.async.wait_group) and before the barrier that publishes
// them; `wgmma.fence` precedes each tile's first wgmma.
//
// Only shapes that are multiples of the tile (M % bm, N % bn, K % 64 == 0)
// are handled; wgmmaGemmLaunch rejects others. test/cuda/wgmma.test.ts checks
// the layout against a model of the ISA's addressing written from the
// documentation, and the accumulator mapping, without a GPU.
import { blockOrdering, gemmLaunch, ptxHelpers, type MmaDtype } from './cuda-mma.ts';

export interface WgmmaTileConfig {
  /** Block tile rows of C: 64 per consumer warpgroup (1–4 warpgroups). */
  readonly bm: number;
  /** Block tile columns of C = the wgmma N (multiple of 8, at most 256). */
  readonly bn: number;
  /** Shared-memory pipeline depth. */
  readonly stages: number;
  /** Tile-rows per block-ordering group (L2 reuse). */
  readonly groupM: number;
  /** wgmma groups left in flight at the end of a K tile (0 or 1). */
  readonly wgmmaPending: number;
  /** __launch_bounds__'s blocks per SM (caps registers at 65536 / (threads · this)). */
  readonly minBlocks: number;
}

/** K depth of a stage: 64 16-bit elements = 128 bytes, one 128B-swizzle row. */
export const WGMMA_BK = 64;
/** Bytes of one swizzle atom (8 rows × 128 bytes): the descriptor's stride byte offset, and each stage's alignment. */
export const SWIZZLE_ATOM_BYTES = 1024;

// 128×256: two warpgroups of m64n256, 128 f32 accumulators a thread (the most
// that fits 255 registers beside the addressing). 4 stages of 48 KiB fill
// most of the 227 KiB an H200 block may use; with one wgmma group in flight
// the loads run 2 tiles ahead.
export const DEFAULT_WGMMA_TILE: WgmmaTileConfig = { bm: 128, bn: 256, stages: 4, groupM: 8, wgmmaPending: 1, minBlocks: 1 };

/** Dynamic shared memory the sm_90 opt-in allows one block (227 KiB), and an SM's shared memory (228 KiB, 1 KiB of it reserved per resident block). */
const MAX_SHARED_BLOCK = 232448;
const SM_SHARED = 233472;
const RESERVED_PER_BLOCK = 1024;

export interface WgmmaGemm {
  readonly name: string;
  readonly dtype: MmaDtype;
  readonly tile: WgmmaTileConfig & { readonly bk: number };
  /** CUDA C++ source of one `extern "C"` kernel. */
  readonly code: string;
  /** `code` less its inline-PTX helpers (cp.async, wgmma, fences): what the CPU emulation test compiles. */
  readonly kernelBody: string;
  /** The target the PTX must be built for: wgmma exists only in compute_90a. */
  readonly arch: 'sm_90a';
  /** B is stored [N,K] row-major (K-major), not [K,N]. */
  readonly bLayout: 'nk';
  readonly block: readonly [number, number, number];
  grid(M: number, N: number): [number, number, number];
  /** Dynamic shared memory per block, 1024 bytes of alignment slack included (the launcher must raise the function's limit above 48 KiB). */
  readonly sharedBytes: number;
  /** The shape constraints, in words. */
  readonly requires: string;
}

/**
 * The descriptor bits other than the start address, for a K-major 128B-swizzle
 * operand: LBO encoded 1 (unused), SBO = 1024 bytes, base offset 0, swizzle
 * mode 1. The kernel ORs in `(addr & 0x3FFFF) >> 4`.
 */
export const WGMMA_DESC_HI: bigint = (1n << 62n) | (BigInt(SWIZZLE_ATOM_BYTES >> 4) << 32n) | (1n << 16n);

/**
 * C text of the byte offset, inside an operand stage, of 16-byte chunk `c`
 * (k elements 8c..8c+7) of tile row `r`: the 128B swizzle. A function of C
 * expressions so the kernel and test/cuda/wgmma.test.ts use the same text.
 */
export const swizzledChunkOffset = (r: string, c: string): string => `((${r}) * 128 + ((((${c}) ^ ((${r}) & 7))) << 4))`;

/**
 * C text of the C row and column (within a warpgroup's m64 tile) of
 * accumulator register `i` of lane `lane` in warp `w` of the warpgroup: the
 * ISA's m64nNk16 f32 accumulator layout (each warp 16 rows; per n8 column
 * group j registers 4j, 4j+1 on row lane/4 at columns 8j + 2·(lane%4) + {0,1},
 * registers 4j+2, 4j+3 eight rows below).
 */
export const accumulatorRow = (w: string, lane: string, i: string): string => `(16 * (${w}) + ((${lane}) >> 2) + 8 * (((${i}) >> 1) & 1))`;
export const accumulatorCol = (lane: string, i: string): string => `(8 * ((${i}) >> 2) + 2 * ((${lane}) & 3) + ((${i}) & 1))`;

function validateTile(t: WgmmaTileConfig): void {
  const bad = (why: string) => {
    throw new Error(`renderWgmmaGemm: tile ${JSON.stringify(t)}: ${why}`);
  };
  for (const [k, v] of Object.entries(t)) if (!Number.isInteger(v) || v < 0) bad(`${k} must be a non-negative integer, got ${v}`);
  if (t.bm % 64 !== 0 || t.bm < 64 || t.bm > 256) bad('bm must be 64, 128, 192 or 256 (one m64 warpgroup tile per 64 rows, at most 4 warpgroups)');
  if (t.bn % 8 !== 0 || t.bn < 8 || t.bn > 256) bad('bn must be a multiple of 8 from 8 to 256 (the wgmma N of m64nNk16)');
  if (t.wgmmaPending !== 0 && t.wgmmaPending !== 1) bad('wgmmaPending must be 0 or 1');
  if (t.stages < 2 + t.wgmmaPending) bad(`stages must be at least ${2 + t.wgmmaPending} with wgmmaPending ${t.wgmmaPending} (one tile loading, one being read${t.wgmmaPending ? ', one still read by the wgmma in flight' : ''})`);
  if (t.groupM < 1) bad('groupM must be at least 1');
  if (t.minBlocks < 1) bad('minBlocks must be at least 1');
  const threads = 2 * t.bm; // 128 threads per 64 rows
  if ((t.bn * 8) % threads !== 0) bad(`the B tile's ${t.bn * 8} 16-byte chunks must divide evenly among ${threads} threads (bn·4 must be a multiple of bm)`);
  const shared = wgmmaSharedBytes(t);
  if (shared > MAX_SHARED_BLOCK) bad(`${shared} bytes of shared memory exceed the ${MAX_SHARED_BLOCK} an sm_90 block may use (fewer stages or a smaller tile)`);
  if (t.minBlocks * (shared + RESERVED_PER_BLOCK) > SM_SHARED) bad(`${t.minBlocks} blocks of ${shared} bytes (+${RESERVED_PER_BLOCK} reserved each) exceed an sm_90 SM's ${SM_SHARED} bytes of shared memory`);
}

/** Bytes of dynamic shared memory for `t`: stages × (A tile + B tile), plus slack to align the ring to 1024 bytes. */
export function wgmmaSharedBytes(t: WgmmaTileConfig): number {
  return t.stages * (t.bm + t.bn) * WGMMA_BK * 2 + SWIZZLE_ATOM_BYTES;
}

/** The inline-PTX wgmma helpers (fence, commit, wait, and the m64n{bn}k16 multiply). */
function wgmmaHelpers(bn: number, dtype: MmaDtype): string {
  const regs = bn / 2;
  const d = Array.from({ length: regs }, (_, i) => `%${i}`).join(', ');
  const outs = Array.from({ length: regs }, (_, i) => `"+f"(d[${i}])`);
  const outLines: string[] = [];
  for (let i = 0; i < outs.length; i += 8) outLines.push(outs.slice(i, i + 8).join(', '));
  return `// Orders this thread's generic-proxy shared writes (the landed cp.async copies) before async-proxy reads (wgmma).
static __device__ __forceinline__ void loom_fence_proxy_async() {
  asm volatile("fence.proxy.async.shared::cta;" ::: "memory");
}

// Makes prior register and shared accesses visible to the wgmma that follow (required before a tile's first wgmma).
static __device__ __forceinline__ void loom_wgmma_fence() {
  asm volatile("wgmma.fence.sync.aligned;" ::: "memory");
}

// Closes the group of wgmma issued since the last commit.
static __device__ __forceinline__ void loom_wgmma_commit() {
  asm volatile("wgmma.commit_group.sync.aligned;" ::: "memory");
}

// Waits until at most N of this warpgroup's committed wgmma groups are pending (their reads of shared memory done too).
template <int N> static __device__ __forceinline__ void loom_wgmma_wait() {
  asm volatile("wgmma.wait_group.sync.aligned %0;" :: "n"(N) : "memory");
}

// d (m64n${bn} f32, ${regs} registers a thread) += A (m64k16 at descriptor a) · B (k16n${bn} at descriptor b), both K-major.
// scale-d = 1 (accumulate), imm-scale-a = imm-scale-b = 1, imm-trans-a = imm-trans-b = 0.
static __device__ __forceinline__ void loom_wgmma(float (&d)[${regs}], unsigned long long a, unsigned long long b) {
  asm volatile("{\\n.reg .pred p;\\nsetp.ne.b32 p, 1, 0;\\n"
               "wgmma.mma_async.sync.aligned.m64n${bn}k16.f32.${dtype}.${dtype} {${d}}, %${regs}, %${regs + 1}, p, 1, 1, 0, 0;\\n}"
               : ${outLines.join(',\n                 ')}
               : "l"(a), "l"(b));
}
`;
}

export function renderWgmmaGemm(opts: { dtype: MmaDtype; name?: string; tile?: Partial<WgmmaTileConfig> }): WgmmaGemm {
  const { dtype } = opts;
  if (dtype !== 'f16' && dtype !== 'bf16') throw new Error(`renderWgmmaGemm: dtype must be 'f16' or 'bf16', got ${String(dtype)}`);
  const t: WgmmaTileConfig = { ...DEFAULT_WGMMA_TILE, ...opts.tile };
  validateTile(t);
  const name = opts.name ?? `loom_wgmma_gemm_${dtype}_${t.bm}x${t.bn}x${WGMMA_BK}`;
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) throw new Error(`renderWgmmaGemm: kernel name ${JSON.stringify(name)} is not a C identifier`);
  const threads = 2 * t.bm;
  const regs = t.bn / 2;
  const aStageBytes = t.bm * WGMMA_BK * 2;
  const bStageBytes = t.bn * WGMMA_BK * 2;
  const stageBytes = aStageBytes + bStageBytes;
  const aIters = (t.bm * 8) / threads;
  const bIters = (t.bn * 8) / threads;
  const ahead = t.stages - 1 - t.wgmmaPending; // tiles the loads run ahead of the math
  const sharedBytes = wgmmaSharedBytes(t);
  const descHi = `0x${WGMMA_DESC_HI.toString(16)}ull`;

  const kernelBody = `struct alignas(8) loom_float2 { float x, y; };

// The descriptor of a K-major 128B-swizzle operand at shared address addr (see the header comment).
static __device__ __forceinline__ unsigned long long loom_wgmma_desc(unsigned addr) {
  return ${descHi} | (unsigned long long)((addr & 0x3FFFF) >> 4);
}

extern "C" __global__ void __launch_bounds__(${threads}, ${t.minBlocks})
${name}(const unsigned short* __restrict__ A, const unsigned short* __restrict__ B, float* __restrict__ C, int M, int N, int K) {
  extern __shared__ __align__(16) unsigned short loom_smem[];
  // The swizzle is a function of the absolute shared address, so the ring starts on a 1024-byte boundary
  // (${SWIZZLE_ATOM_BYTES} bytes of slack are allocated for this). Stage s: A tile [${t.bm}][64] at ring + s·${stageBytes},
  // B tile [${t.bn}][64] ${aStageBytes} bytes after it; both multiples of 1024 bytes, so every tile is atom-aligned.
  const unsigned ring = (loom_smem_addr(loom_smem) + ${SWIZZLE_ATOM_BYTES - 1}u) & ~${SWIZZLE_ATOM_BYTES - 1}u;

  const int tid = threadIdx.x;
  const int lane = tid & 31;
  const int warpgroup = tid >> 7;
  const int warp = (tid >> 5) & 3; // warp within the warpgroup

  // Block → C tile in groups of GROUP_M tile-rows, for L2 reuse (cuda-mma.ts's blockOrdering).
${blockOrdering(t)}

  const unsigned short* gA = A + (long long)tileM * ${t.bm} * K;
  const unsigned short* gB = B + (long long)tileN * ${t.bn} * K;

  // Stage s ← K tile kt: ${aIters} + ${bIters} 16-byte chunks a thread; 8 consecutive threads copy one 128-byte row.
  auto loadTile = [&](int s, int kt) {
    const unsigned sA = ring + s * ${stageBytes}u;
    const unsigned sB = sA + ${aStageBytes}u;
#pragma unroll
    for (int i = 0; i < ${aIters}; ++i) {
      const int q = tid + i * ${threads};
      const int r = q >> 3, c = q & 7;
      loom_cp_async16(sA + ${swizzledChunkOffset('r', 'c')}, gA + (long long)r * K + kt * 64 + c * 8);
    }
#pragma unroll
    for (int i = 0; i < ${bIters}; ++i) {
      const int q = tid + i * ${threads};
      const int r = q >> 3, c = q & 7;
      loom_cp_async16(sB + ${swizzledChunkOffset('r', 'c')}, gB + (long long)r * K + kt * 64 + c * 8);
    }
  };

  float acc[${regs}];
#pragma unroll
  for (int i = 0; i < ${regs}; ++i) acc[i] = 0.0f;

  const int kTiles = K / 64;
  // Prologue: the first ${ahead} tiles in flight, one commit group per tile (empty groups when K is short).
#pragma unroll
  for (int s = 0; s < ${ahead}; ++s) {
    if (s < kTiles) loadTile(s, s);
    loom_cp_async_commit();
  }

  for (int kt = 0; kt < kTiles; ++kt) {
    // ${ahead} + kt groups are committed; ${ahead - 1} pending means tile kt's copies (this thread's) have landed.
    // The proxy fence hands them to the async proxy; the barrier publishes every thread's copies and also
    // means every warpgroup has passed the wgmma wait of iteration kt - 1, so the wgmma of tile kt - ${1 + t.wgmmaPending}
    // and earlier are complete: the stage the load below overwrites, tile kt + ${ahead}'s = tile kt - ${t.stages - ahead}'s, is free.
    loom_cp_async_wait<${ahead - 1}>();
    loom_fence_proxy_async();
    __syncthreads();
    {
      const int next = kt + ${ahead};
      if (next < kTiles) loadTile(next % ${t.stages}, next);
      loom_cp_async_commit();
    }
    const unsigned sA = ring + (kt % ${t.stages}) * ${stageBytes}u;
    // This warpgroup's 64 rows of A start ${64 * 128} bytes (8 atoms) per warpgroup in; B is shared by all.
    const unsigned long long descA = loom_wgmma_desc(sA + warpgroup * ${64 * 128}u);
    const unsigned long long descB = loom_wgmma_desc(sA + ${aStageBytes}u);
    loom_wgmma_fence();
#pragma unroll
    for (int k = 0; k < 4; ++k) loom_wgmma(acc, descA + 2 * k, descB + 2 * k); // +32 bytes (encoded 2) per k16 step
    loom_wgmma_commit();
    loom_wgmma_wait<${t.wgmmaPending}>();
  }
  loom_wgmma_wait<0>();
  // Drain the (empty) trailing copy groups before the block exits.
  loom_cp_async_wait<0>();

  // Accumulator register i of this thread: row ${accumulatorRow('w', 'lane', 'i')}, column ${accumulatorCol('lane', 'i')}
  // of the warpgroup's m64 tile; registers 2h, 2h+1 are adjacent columns: one float2 store.
  float* cBlock = C + (long long)(tileM * ${t.bm} + warpgroup * 64) * N + tileN * ${t.bn};
#pragma unroll
  for (int i = 0; i < ${regs}; i += 2) {
    const int row = ${accumulatorRow('warp', 'lane', 'i')};
    const int col = ${accumulatorCol('lane', 'i')};
    *reinterpret_cast<loom_float2*>(cBlock + (long long)row * N + col) = loom_float2{acc[i], acc[i + 1]};
  }
}
`;
  const header = `// loom wgmma GEMM (compiler/render/cuda-wgmma.ts): C[M,N] f32 = A[M,K] · B[N,K]ᵀ, A and B ${dtype} row-major (both K-major), for sm_90a.
// Tile ${t.bm}×${t.bn}×${WGMMA_BK}, ${t.bm / 64} warpgroup(s) of m64n${t.bn}k16, ${t.stages}-stage cp.async ring in 128B-swizzled shared memory, ${t.wgmmaPending} wgmma group(s) kept in flight.
// Requires M % ${t.bm} == 0, N % ${t.bn} == 0, K % ${WGMMA_BK} == 0; grid = (M/${t.bm})·(N/${t.bn}) blocks of ${threads} threads, ${sharedBytes} bytes of dynamic shared memory.
`;
  // cuda-mma.ts's helpers bring cp.async and the shared-address conversion; its ldmatrix / mma.sync
  // helpers are unused here (static inline: they generate no code).
  const code = `${header}\n${ptxHelpers(dtype)}\n${wgmmaHelpers(t.bn, dtype)}\n${kernelBody}`;
  return {
    name,
    dtype,
    tile: { ...t, bk: WGMMA_BK },
    code,
    kernelBody,
    arch: 'sm_90a',
    bLayout: 'nk',
    block: [threads, 1, 1],
    grid: (M, N) => [(M / t.bm) * (N / t.bn), 1, 1],
    sharedBytes,
    requires: `M % ${t.bm} == 0, N % ${t.bn} == 0, K % ${WGMMA_BK} == 0`,
  };
}

/**
 * The launch geometry of `kernel` for A [M,K] times B [N,K]ᵀ; throws naming
 * the dimension when the shape is not a multiple of the tile (the kernel has
 * no bounds checks) or too large for its int indexing.
 */
export function wgmmaGemmLaunch(kernel: WgmmaGemm, M: number, N: number, K: number): { grid: [number, number, number]; block: readonly [number, number, number]; sharedBytes: number } {
  return gemmLaunch(kernel, M, N, K);
}
