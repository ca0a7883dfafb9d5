// Lowering from fused groups to kernel IR (see lower.ts).
export { lowerProgram } from './lower.ts';
export type { BufferKind, LoweredBuffer, LoweredKernel, LoweredProgram, NamedBuffer } from './types.ts';
