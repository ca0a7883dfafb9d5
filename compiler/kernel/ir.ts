// Kernel IR: the typed, target-neutral form of one compute kernel. Lowering
// turns a fused group of graph nodes into a Kernel; renderers turn a Kernel
// into JavaScript (CPU), WGSL (WebGPU) and, later, CUDA C++.
//
// Every expression carries its result type, so renderers never infer types and
// the verifier only has to check that the recorded types are consistent.
// Expressions are pure (no side effects, no calls with effects), which lets
// builders fold and duplicate them freely; state changes only via statements.
//
// Semantics every target must honour (see docs/kernel-ir.md):
//  - u32 arithmetic wraps modulo 2^32; i32 overflow is undefined (as in C++),
//    so i32 is for index math whose range the producer knows.
//  - idiv/mod on integers truncate toward zero; mod on f32 is x - y*trunc(x/y).
//  - shl/shr take a u32 shift amount below 32; shr is arithmetic on i32,
//    logical on u32.
//  - Buffers and uniforms never hold bool (no host-shareable bool on GPUs).
//  - A `for` loop runs `var = start; while (var < end) { body; var += step }`,
//    with end and step re-evaluated per iteration (C semantics); the body may
//    not assign the loop variable.

export type KType = 'f32' | 'i32' | 'u32' | 'bool';
/** Types a buffer, uniform or workgroup array can hold. */
export type KStorageType = 'f32' | 'i32' | 'u32';

export type KUnaryOp =
  | 'neg' | 'exp' | 'log' | 'sqrt' | 'rsqrt' | 'recip'
  | 'sin' | 'cos' | 'tanh' | 'erf' | 'abs' | 'sign' | 'floor' | 'not'
  | 'atan' | 'log1p' | 'expm1';

export type KBinaryOp =
  | 'add' | 'sub' | 'mul' | 'div' | 'mod' | 'idiv' | 'min' | 'max' | 'pow'
  | 'lt' | 'le' | 'gt' | 'ge' | 'eq' | 'ne' | 'and' | 'or'
  | 'bit_and' | 'bit_or' | 'bit_xor' | 'shl' | 'shr';

/** Invocation coordinates of a grid launch, each a u32 per dimension. */
export type KBuiltin = 'global_id' | 'local_id' | 'workgroup_id' | 'num_workgroups';
export type KDim = 0 | 1 | 2;

export type KExpr =
  | { readonly kind: 'const'; readonly type: KType; readonly value: number }
  | { readonly kind: 'var'; readonly type: KType; readonly name: string }
  | { readonly kind: 'unary'; readonly type: KType; readonly op: KUnaryOp; readonly arg: KExpr }
  | { readonly kind: 'binary'; readonly type: KType; readonly op: KBinaryOp; readonly lhs: KExpr; readonly rhs: KExpr }
  | { readonly kind: 'select'; readonly type: KType; readonly cond: KExpr; readonly ifTrue: KExpr; readonly ifFalse: KExpr }
  /** Value conversion: f32→int truncates toward zero, bool→number is 0/1, number→bool is `!= 0`. */
  | { readonly kind: 'cast'; readonly type: KType; readonly arg: KExpr }
  /** Reinterprets the 32 bits of a non-bool value as another non-bool type. */
  | { readonly kind: 'bitcast'; readonly type: KType; readonly arg: KExpr }
  | { readonly kind: 'load'; readonly type: KType; readonly buffer: string; readonly index: KExpr }
  | { readonly kind: 'wg_load'; readonly type: KType; readonly array: string; readonly index: KExpr }
  | { readonly kind: 'builtin'; readonly type: 'u32'; readonly builtin: KBuiltin; readonly dim: KDim }
  | { readonly kind: 'uniform'; readonly type: KType; readonly name: string };

export type KExprKind = KExpr['kind'];
export type KConst = Extract<KExpr, { kind: 'const' }>;
/** A variable reference; the handle `let`, `assign` and `for` take. */
export type KVar = Extract<KExpr, { kind: 'var' }>;

export type KStmt =
  /** Declares a local; renderers make it immutable when nothing assigns it. */
  | { readonly kind: 'let'; readonly name: string; readonly type: KType; readonly init?: KExpr }
  | { readonly kind: 'assign'; readonly name: string; readonly value: KExpr }
  | { readonly kind: 'store'; readonly buffer: string; readonly index: KExpr; readonly value: KExpr }
  | { readonly kind: 'wg_store'; readonly array: string; readonly index: KExpr; readonly value: KExpr }
  | {
      readonly kind: 'for';
      readonly var: string;
      readonly type: 'i32' | 'u32';
      readonly start: KExpr;
      readonly end: KExpr;
      readonly step: KExpr;
      readonly body: readonly KStmt[];
    }
  | { readonly kind: 'if'; readonly cond: KExpr; readonly then: readonly KStmt[]; readonly else?: readonly KStmt[] }
  /**
   * Every invocation of the workgroup waits here; workgroup-memory writes
   * before it are visible after it (workgroupBarrier()). With `storage`,
   * storage-buffer writes of the workgroup's invocations are ordered too
   * (storageBarrier()): a kernel whose scratch is a buffer, as a scan's body
   * values are when they exceed workgroup memory.
   */
  | { readonly kind: 'barrier'; readonly storage?: true }
  /**
   * A workgroup-shared array (zero-initialised per workgroup). Only at the top
   * level of a kernel body. In a serial kernel it is a kernel-local scratch array.
   */
  | { readonly kind: 'wg_decl'; readonly name: string; readonly type: KStorageType; readonly size: number }
  /**
   * CPU-only matrix-multiply intrinsic (like a tensorize / MMA intrinsic):
   * `out[i·N + j] = Σ_k A(i, k) · B(k, j)` for i < M, j < N, k < K, where
   * `out` is an f32 scratch array (`wg_decl`) of a serial kernel and A, B are
   * strided views of f32 buffers or of other f32 scratch arrays (element
   * (r, c) at offset + rowStride(r) + colStride(c), see GemmStride). Sizes, offsets and strides are i32 expressions; the sum is
   * f32-accurate (the order of additions is the target's). Fused epilogues
   * are ordinary IR loops reading `out` afterwards. GPU targets reject it.
   *
   * With `ldc`, C is not copied anywhere: the statement itself declares
   * `out` (in its block, read-only) as a view of the target's result memory
   * holding C[i, j] at out[i·ldc + j] (ldc ≥ N). The view is valid until the
   * next gemm statement runs; epilogues read it straight after. Targets are
   * fastest when ldc is N rounded up to GEMM_VIEW_ALIGN.
   */
  | {
      readonly kind: 'gemm';
      readonly out: string;
      readonly M: KExpr;
      readonly N: KExpr;
      readonly K: KExpr;
      readonly a: GemmOperand;
      readonly b: GemmOperand;
      readonly ldc?: number;
    };

/** The row stride a gemm view (`ldc`) is best rounded up to: the JS target's micro-kernel panel width (wasm-gemm.ts). */
export const GEMM_VIEW_ALIGN = 8;

/** One level of a multi-level gemm stride: an index digit of `size` values, `stride` elements apart. */
export interface GemmLevel {
  readonly size: number;
  readonly stride: number;
}

/**
 * How a gemm operand's row or column index addresses memory: one stride
 * (index·stride), or constant levels, outermost first, for index classes
 * whose axes do not merge into one stride (heads and head size of an
 * attention output): Σ digit·stride over the digits of the index in the
 * mixed radix of the level sizes. The outermost digit is index / Π(inner
 * sizes), unbounded, so a band of rows starting at a multiple of the inner
 * sizes is the same levels at a shifted offset.
 */
export type GemmStride = KExpr | readonly GemmLevel[];

/** A strided f32 matrix view of a buffer, for the `gemm` statement. */
export interface GemmOperand {
  readonly buffer: string;
  readonly offset: KExpr;
  readonly rowStride: GemmStride;
  readonly colStride: GemmStride;
}

/** The expression of a single-stride GemmStride, or undefined for levels. */
export function gemmStrideExpr(s: GemmStride): KExpr | undefined {
  return Array.isArray(s) ? undefined : (s as KExpr);
}

export type KStmtKind = KStmt['kind'];
export type WorkgroupArray = Extract<KStmt, { kind: 'wg_decl' }>;

export type BufferAccess = 'read' | 'write' | 'read_write';

export interface BufferParam {
  readonly name: string;
  readonly dtype: KStorageType;
  /** Element count; an expression over uniforms and constants when dynamic. */
  readonly count: KExpr;
  readonly access: BufferAccess;
}

export interface UniformParam {
  readonly name: string;
  readonly type: KStorageType;
}

export type Launch =
  /** CPU style: the body runs once and its loops do all the work. */
  | { readonly kind: 'serial' }
  /**
   * GPU style: workgroups[x]*workgroups[y]*workgroups[z] workgroups of
   * workgroupSize invocations each. The counts are host expressions over
   * uniforms and constants (see evalHost).
   */
  | {
      readonly kind: 'grid';
      readonly workgroupSize: readonly [number, number, number];
      readonly workgroups: readonly [KExpr, KExpr, KExpr];
    };

export interface Kernel {
  readonly name: string;
  /** Bound in this order (WGSL binding i = buffers[i]). */
  readonly buffers: readonly BufferParam[];
  /** Fields of the uniform struct, in this order. */
  readonly uniforms: readonly UniformParam[];
  readonly launch: Launch;
  readonly body: readonly KStmt[];
  /** The loom source location (`file:line:col`) the kernel came from, for error messages. */
  readonly loc?: string;
}

// ---- type rules (shared by builders and the verifier) ----

export const UNARY_OPS: readonly KUnaryOp[] = [
  'neg', 'exp', 'log', 'sqrt', 'rsqrt', 'recip', 'sin', 'cos', 'tanh', 'erf', 'abs', 'sign', 'floor', 'not',
  'atan', 'log1p', 'expm1',
];
export const BINARY_OPS: readonly KBinaryOp[] = [
  'add', 'sub', 'mul', 'div', 'mod', 'idiv', 'min', 'max', 'pow', 'lt', 'le', 'gt', 'ge', 'eq', 'ne',
  'and', 'or', 'bit_and', 'bit_or', 'bit_xor', 'shl', 'shr',
];

const FLOAT: readonly KType[] = ['f32'];
const SIGNED: readonly KType[] = ['f32', 'i32'];
const NUMERIC: readonly KType[] = ['f32', 'i32', 'u32'];
const INTEGER: readonly KType[] = ['i32', 'u32'];
const BOOL: readonly KType[] = ['bool'];
const ANY: readonly KType[] = ['f32', 'i32', 'u32', 'bool'];

/** Operand types each unary op accepts; the result has the operand's type. */
export const UNARY_OPERAND_TYPES: Readonly<Record<KUnaryOp, readonly KType[]>> = {
  neg: SIGNED, abs: SIGNED, sign: SIGNED, not: BOOL,
  exp: FLOAT, log: FLOAT, sqrt: FLOAT, rsqrt: FLOAT, recip: FLOAT,
  sin: FLOAT, cos: FLOAT, tanh: FLOAT, erf: FLOAT, floor: FLOAT,
  atan: FLOAT, log1p: FLOAT, expm1: FLOAT,
};

/** Operand types each binary op accepts (both operands equal, except shifts: rhs is u32). */
export const BINARY_OPERAND_TYPES: Readonly<Record<KBinaryOp, readonly KType[]>> = {
  add: NUMERIC, sub: NUMERIC, mul: NUMERIC, mod: NUMERIC, min: NUMERIC, max: NUMERIC,
  div: FLOAT, pow: FLOAT, idiv: INTEGER,
  lt: NUMERIC, le: NUMERIC, gt: NUMERIC, ge: NUMERIC, eq: ANY, ne: ANY,
  and: BOOL, or: BOOL,
  bit_and: INTEGER, bit_or: INTEGER, bit_xor: INTEGER, shl: INTEGER, shr: INTEGER,
};

const COMPARISONS: ReadonlySet<KBinaryOp> = new Set(['lt', 'le', 'gt', 'ge', 'eq', 'ne']);

export function isComparison(op: KBinaryOp): boolean {
  return COMPARISONS.has(op);
}

export function isShift(op: KBinaryOp): boolean {
  return op === 'shl' || op === 'shr';
}

/** Result type of `lhs op rhs`, or an explanation of why the operands do not fit. */
export function binaryResultType(op: KBinaryOp, lhs: KType, rhs: KType): KType | { error: string } {
  const allowed = BINARY_OPERAND_TYPES[op];
  if (!allowed.includes(lhs)) return { error: `${op} does not accept ${lhs} (allowed: ${allowed.join(', ')})` };
  if (isShift(op)) {
    if (rhs !== 'u32') return { error: `${op} needs a u32 shift amount, got ${rhs}` };
    return lhs;
  }
  if (lhs !== rhs) return { error: `${op} operands differ: ${lhs} and ${rhs}` };
  return isComparison(op) ? 'bool' : lhs;
}

export function unaryResultType(op: KUnaryOp, arg: KType): KType | { error: string } {
  const allowed = UNARY_OPERAND_TYPES[op];
  if (!allowed.includes(arg)) return { error: `${op} does not accept ${arg} (allowed: ${allowed.join(', ')})` };
  return arg;
}

export function isStorageType(t: KType): t is KStorageType {
  return t !== 'bool';
}

/** Identifier rule shared by every target; `loom_` is reserved for renderer helpers. */
export function isValidName(name: string): boolean {
  return /^[A-Za-z][A-Za-z0-9_]*$/.test(name) && !name.startsWith('loom_');
}

/** Bytes per element of every storage type (all are 32-bit). */
export const KTYPE_BYTES = 4;

/** Total workgroup-memory bytes the kernel declares. */
export function workgroupBytes(kernel: Kernel): number {
  let bytes = 0;
  for (const s of kernel.body) if (s.kind === 'wg_decl') bytes += s.size * KTYPE_BYTES;
  return bytes;
}

/** Invocations per workgroup (1 for a serial launch). */
export function invocationsPerWorkgroup(launch: Launch): number {
  return launch.kind === 'grid' ? launch.workgroupSize[0] * launch.workgroupSize[1] * launch.workgroupSize[2] : 1;
}

// ---- traversal ----

/** Calls `f` on `e` and every sub-expression, parents first. */
export function walkExpr(e: KExpr, f: (e: KExpr) => void): void {
  f(e);
  switch (e.kind) {
    case 'unary': case 'cast': case 'bitcast': walkExpr(e.arg, f); break;
    case 'binary': walkExpr(e.lhs, f); walkExpr(e.rhs, f); break;
    case 'select': walkExpr(e.cond, f); walkExpr(e.ifTrue, f); walkExpr(e.ifFalse, f); break;
    case 'load': case 'wg_load': walkExpr(e.index, f); break;
    default: break;
  }
}

/** The expressions a statement evaluates directly (not those of nested statements). */
export function stmtExprs(s: KStmt): KExpr[] {
  switch (s.kind) {
    case 'let': return s.init ? [s.init] : [];
    case 'assign': return [s.value];
    case 'store': case 'wg_store': return [s.index, s.value];
    case 'for': return [s.start, s.end, s.step];
    case 'if': return [s.cond];
    case 'barrier': case 'wg_decl': return [];
    case 'gemm': return [s.M, s.N, s.K, ...[s.a, s.b].flatMap((o) => [o.offset, o.rowStride, o.colStride].flatMap((x) => gemmStrideExpr(x) ?? []))];
  }
}

/** Statements directly nested in `s`, per block. */
export function childBlocks(s: KStmt): (readonly KStmt[])[] {
  if (s.kind === 'for') return [s.body];
  if (s.kind === 'if') return s.else ? [s.then, s.else] : [s.then];
  return [];
}

/** Calls `f` on every statement in `body`, recursively, parents first. */
export function walkStmts(body: readonly KStmt[], f: (s: KStmt) => void): void {
  for (const s of body) {
    f(s);
    for (const b of childBlocks(s)) walkStmts(b, f);
  }
}

/** True when any expression in `body` reads variable `name`. */
export function readsVar(body: readonly KStmt[], name: string): boolean {
  let found = false;
  walkStmts(body, (s) => {
    for (const e of stmtExprs(s)) walkExpr(e, (x) => { if (x.kind === 'var' && x.name === name) found = true; });
  });
  return found;
}

/** True when `body` contains a barrier at any depth. */
export function containsBarrier(body: readonly KStmt[]): boolean {
  let found = false;
  walkStmts(body, (s) => { if (s.kind === 'barrier') found = true; });
  return found;
}

/** `kernel "name" (file:line:col)`: how every error refers to a kernel. */
export function kernelLabel(kernel: Pick<Kernel, 'name' | 'loc'>): string {
  return kernel.loc ? `kernel "${kernel.name}" (${kernel.loc})` : `kernel "${kernel.name}"`;
}

/** An error about a specific kernel; the message always names it and its source location. */
export class KernelError extends Error {
  override readonly name = 'KernelError';
  constructor(
    readonly kernel: string,
    readonly loc: string | undefined,
    readonly problems: readonly string[],
  ) {
    super(`${kernelLabel({ name: kernel, loc })}: ${problems.length === 1 ? problems[0] : '\n  ' + problems.join('\n  ')}`);
  }
}
