// Helpers shared by the op definitions: type-rule errors, dtype checks and the
// two cost shapes (elementwise-like and pure data movement).
import { ShapeError, type OpCost } from '../op.ts';
import { BYTES_PER_ELEMENT, type DType, type Shape, type TensorType, fmtShape, numel } from '../types.ts';

/** Throw the ShapeError the builder turns into an E-shape diagnostic. */
export function fail(message: string): never {
  throw new ShapeError(message);
}

export function requireDType(what: string, t: TensorType, allowed: readonly DType[], role = 'input'): void {
  if (!allowed.includes(t.dtype)) fail(`${what}: ${role} must be ${allowed.join(' or ')}, got ${t.dtype}`);
}

export function requireSameShape(what: string, a: Shape, b: Shape): void {
  if (a.length !== b.length || a.some((d, i) => d !== b[i])) fail(`${what}: shapes ${fmtShape(a)} and ${fmtShape(b)} differ`);
}

export function requireAxisList(what: string, name: string, list: readonly number[], rank: number): void {
  if (list.length !== rank) fail(`${what}: ${name} has ${list.length} entries for rank ${rank}`);
}

export function isNonNegInt(n: number): boolean {
  return Number.isInteger(n) && n >= 0;
}

/** Bytes moved by reading every input in full and writing the output once. */
export function trafficCost(inputTypes: readonly TensorType[], out: TensorType, flops: number): OpCost {
  let read = 0;
  for (const t of inputTypes) read += numel(t.shape);
  return { flops, bytesRead: read * BYTES_PER_ELEMENT, bytesWritten: numel(out.shape) * BYTES_PER_ELEMENT };
}

/** The type rule of a leaf: leaves are created by builder.emitLeaf, which sets their type directly. */
export function leafInfer(op: string): never {
  return fail(`${op}: a leaf has no inputs; its type is set when the builder creates it`);
}
