// Matrix multiplication C[b, i, j] = Σ_k A[b, i, k] · B[b, k, j], batched.
// Operands are either strided views of a buffer (transposes and broadcast
// batches are just strides: no copies) or computed by a callback (a fused
// producer); the epilogue receives each finished accumulator (bias, an
// activation, a store — a fused consumer).
//
//  serial (CPU): see matmul-cpu.ts — register-blocked micro-kernel.
//  grid (GPU):   see matmul-gpu.ts — tiles staged in workgroup memory.
import type { KExpr, KStmt, Kernel } from '../ir.ts';
import type { Names } from '../names.ts';
import { k } from '../build.ts';
import type { Dim, GridLimits, KernelSignature, LaunchKind, MatrixOperand } from './common.ts';
import { namesFor } from './common.ts';
import { cpuMatmulBody } from './matmul-cpu.ts';
import { gpuMatmul } from './matmul-gpu.ts';

export type GpuMatmulTile = '16x16' | '64x64';

export interface MatmulOptions {
  readonly signature: KernelSignature;
  readonly launch: LaunchKind;
  readonly M: Dim;
  readonly N: Dim;
  readonly K: Dim;
  /** Number of independent products; default 1. */
  readonly batch?: Dim;
  /** A[b, i, k]: rows are i, columns k. */
  readonly a: MatrixOperand;
  /** B[b, k, j]: rows are k, columns j. */
  readonly b: MatrixOperand;
  /** Consumes C[b, i, j] = acc (f32). */
  readonly epilogue: (acc: KExpr, i: KExpr, j: KExpr, batch: KExpr) => readonly KStmt[];
  /** GPU tiling: 16×16 (one output per invocation) or 64×64 (4×4 per invocation); default by size. */
  readonly gpuTile?: GpuMatmulTile;
  /**
   * CPU: use the `gemm` intrinsic when both operands are strided and N is
   * constant (default true); false keeps the register-blocked IR loops.
   */
  readonly cpuGemm?: boolean;
  /** CPU register block (rows × cols of C held in locals); default 4 × 8. Used when the gemm intrinsic is not. */
  readonly cpuBlock?: readonly [number, number];
  /** The target's grid limits (default: WebGPU's): the 64×64 tiles need 8 KiB of workgroup memory. */
  readonly limits?: GridLimits;
  readonly names?: Names;
}

export function matmulKernel(opts: MatmulOptions): Kernel {
  const names = namesFor(opts.signature, opts.names);
  const sig = opts.signature;
  const common = { name: sig.name, buffers: sig.buffers, uniforms: sig.uniforms ?? [], ...(sig.loc ? { loc: sig.loc } : {}) };
  if (opts.launch === 'serial') return k.kernel({ ...common, launch: k.serial(), body: cpuMatmulBody(opts, names) });
  const { launch, body } = gpuMatmul(opts, names);
  return k.kernel({ ...common, launch, body });
}
