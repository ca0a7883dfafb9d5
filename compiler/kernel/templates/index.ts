// Kernel templates: kernel-IR generators with callbacks where lowering
// inlines fused producers (loads) and consumers (epilogues).
export * from './common.ts';
export { elementwiseKernel } from './elementwise.ts';
export type { ElementContext, ElementwiseOptions } from './elementwise.ts';
export { rowKernel, rowReduceKernel, rowWorkgroupSize, softmaxKernel } from './rows.ts';
export type { ElementValues, Reduction, RowReduceOp, RowContext, RowKernelOptions, RowPass, RowReduceOptions, SoftmaxOptions } from './rows.ts';
export { matmulKernel } from './matmul.ts';
export type { GpuMatmulTile, MatmulOptions } from './matmul.ts';
