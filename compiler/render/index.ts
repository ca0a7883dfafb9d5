// Renderers from kernel IR to target source. One C-like base (c-like.ts)
// with a small file per target; a CUDA target would be cuda.ts beside them.
export { compileJs, compileJsKernel, renderJs, renderJsModule } from './js.ts';
export type { JsBuffer, JsKernelFn, RenderedJs } from './js.ts';
export { renderWgsl } from './wgsl.ts';
export type { RenderedWgsl } from './wgsl.ts';
export { assertWithinLimits, limitProblems, WEBGPU_LIMITS } from './limits.ts';
export type { TargetLimits } from './limits.ts';
export { printExpr, printKernel } from './kernel-ir.ts';
