// Exact scalar semantics of kernel-IR ops on the host: used by the builders'
// constant folding and by evalHost, which computes launch sizes and buffer
// counts from uniforms before a dispatch. Results are rounded to their type
// (f32 via Math.fround, i32 via `| 0`, u32 via `>>> 0`, bool to 0/1) so a
// folded constant equals what the device would compute.
import type { KBinaryOp, KExpr, KType, KUnaryOp, Kernel } from './ir.ts';
import { kernelLabel } from './ir.ts';

/** Rounds a JS number to the value set of `type`. */
export function roundTo(type: KType, x: number): number {
  switch (type) {
    case 'f32': return Math.fround(x);
    case 'i32': return x | 0;
    case 'u32': return x >>> 0;
    case 'bool': return x ? 1 : 0;
  }
}

/**
 * `op x` for a value of `type`, or undefined for transcendentals: each target
 * has its own approximation, and a folded constant should not depend on the
 * host's. (sqrt and recip fold: they are basic arithmetic, at worst more exact.)
 */
export function applyUnary(op: KUnaryOp, type: KType, x: number): number | undefined {
  switch (op) {
    case 'neg': return roundTo(type, -x);
    case 'abs': return roundTo(type, Math.abs(x));
    case 'sign': return roundTo(type, Math.sign(x));
    case 'floor': return Math.floor(x);
    case 'not': return x ? 0 : 1;
    case 'sqrt': return Math.fround(Math.sqrt(x)); // correctly rounded on every target
    case 'recip': return Math.fround(1 / x);
    default: return undefined;
  }
}

/** `a op b` where both operands have type `type` (shifts: b is u32); undefined when not foldable. */
export function applyBinary(op: KBinaryOp, type: KType, a: number, b: number): number | undefined {
  const isInt = type === 'i32' || type === 'u32';
  switch (op) {
    case 'add': return roundTo(type, a + b);
    case 'sub': return roundTo(type, a - b);
    case 'mul': return type === 'f32' ? Math.fround(a * b) : roundTo(type, Math.imul(a, b));
    case 'div': return Math.fround(a / b);
    case 'idiv': return b === 0 ? undefined : roundTo(type, Math.trunc(a / b));
    case 'mod': return isInt && b === 0 ? undefined : roundTo(type, a % b);
    case 'min': return Math.min(a, b);
    case 'max': return Math.max(a, b);
    case 'pow': return undefined;
    case 'lt': return a < b ? 1 : 0;
    case 'le': return a <= b ? 1 : 0;
    case 'gt': return a > b ? 1 : 0;
    case 'ge': return a >= b ? 1 : 0;
    case 'eq': return a === b ? 1 : 0;
    case 'ne': return a !== b ? 1 : 0;
    case 'and': return a && b ? 1 : 0;
    case 'or': return a || b ? 1 : 0;
    case 'bit_and': return roundTo(type, a & b);
    case 'bit_or': return roundTo(type, a | b);
    case 'bit_xor': return roundTo(type, a ^ b);
    case 'shl': return b >= 32 ? undefined : roundTo(type, a << b);
    case 'shr': return b >= 32 ? undefined : type === 'u32' ? a >>> b : a >> b;
  }
}

/** Value conversion `to(x)` from `from`. */
export function applyCast(to: KType, from: KType, x: number): number {
  if (to === 'bool') return x !== 0 ? 1 : 0;
  if (from === 'f32' && to !== 'f32') {
    // f32 → integer truncates toward zero and saturates (WGSL semantics); NaN → 0.
    if (Number.isNaN(x)) return 0;
    const t = Math.trunc(x);
    return to === 'i32' ? Math.max(-2147483648, Math.min(2147483647, t)) : Math.max(0, Math.min(4294967295, t));
  }
  return roundTo(to, x);
}

const scratch = new DataView(new ArrayBuffer(4));

/** Reinterprets the 32 bits of `x` (of type `from`) as type `to`. */
export function applyBitcast(to: KType, from: KType, x: number): number {
  if (from === 'f32') scratch.setFloat32(0, x);
  else scratch.setUint32(0, x >>> 0);
  if (to === 'f32') return scratch.getFloat32(0);
  return to === 'i32' ? scratch.getInt32(0) : scratch.getUint32(0);
}

/**
 * Evaluates an expression over constants and uniforms on the host (launch
 * sizes, buffer counts). Throws for anything that exists only on the device.
 */
export function evalHost(e: KExpr, uniforms: Readonly<Record<string, number>>): number {
  const rec = (x: KExpr): number => evalHost(x, uniforms);
  switch (e.kind) {
    case 'const': return e.value;
    case 'uniform': {
      const v = uniforms[e.name];
      if (v === undefined) throw new Error(`uniform "${e.name}" has no value`);
      return roundTo(e.type, v);
    }
    case 'unary': {
      const r = applyUnary(e.op, e.type, rec(e.arg));
      if (r === undefined) throw new Error(`${e.op} cannot be evaluated on the host`);
      return r;
    }
    case 'binary': {
      const r = applyBinary(e.op, e.lhs.type, rec(e.lhs), rec(e.rhs));
      if (r === undefined) throw new Error(`${e.op} of these operands cannot be evaluated on the host`);
      return r;
    }
    case 'select': return rec(e.cond) ? rec(e.ifTrue) : rec(e.ifFalse);
    case 'cast': return applyCast(e.type, e.arg.type, rec(e.arg));
    case 'bitcast': return applyBitcast(e.type, e.arg.type, rec(e.arg));
    case 'var': case 'load': case 'wg_load': case 'builtin':
      throw new Error(`a host expression cannot read ${e.kind === 'var' ? `variable "${e.name}"` : e.kind === 'builtin' ? e.builtin : 'memory'}`);
  }
}

/** Workgroup counts of a grid kernel for these uniform values ([1, 1, 1] for serial kernels). */
export function launchWorkgroups(kernel: Kernel, uniforms: Readonly<Record<string, number>> = {}): [number, number, number] {
  if (kernel.launch.kind === 'serial') return [1, 1, 1];
  try {
    const [x, y, z] = kernel.launch.workgroups.map((e) => evalHost(e, uniforms));
    return [x!, y!, z!];
  } catch (err) {
    throw new Error(`${kernelLabel(kernel)}: cannot compute workgroup counts: ${(err as Error).message}`);
  }
}

/** Element counts of the kernel's buffers for these uniform values, by name. */
export function bufferCounts(kernel: Kernel, uniforms: Readonly<Record<string, number>> = {}): Map<string, number> {
  return new Map(kernel.buffers.map((b) => [b.name, evalHost(b.count, uniforms)]));
}
