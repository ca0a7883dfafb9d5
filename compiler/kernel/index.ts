// Kernel IR: types, builders, verification, printing and host evaluation.
// Templates live in ./templates/index.ts; renderers in ../render/.
export * from './ir.ts';
export { k } from './build.ts';
export type { BodyLike, KExprLike } from './build.ts';
export { applyBinary, applyBitcast, applyCast, applyUnary, bufferCounts, evalHost, launchWorkgroups, roundTo } from './eval.ts';
export { Names } from './names.ts';
export { hasUniformControl, isUniformExpr, varyingVars } from './uniformity.ts';
export { assertValidKernel, verifyKernel } from './verify.ts';
