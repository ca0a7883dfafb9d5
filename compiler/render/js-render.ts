// The JavaScript target: its op table and the serial renderer. JS numbers
// are f64, so:
//  - f32 values are computed in f64 and rounded to f32 when stored (buffers
//    and workgroup arrays are Float32Arrays). No Math.fround per operation:
//    it would cost speed and buy nothing, since the GPU backends' rounding
//    differs from any host emulation anyway (fused multiply-adds,
//    transcendental approximations); f64 intermediates are at least as exact.
//  - u32 results wrap with `>>> 0` and multiply with Math.imul (the RNG's hash
//    needs exact 32-bit products); i32 division truncates with `| 0`.
//  - i32 add/sub/mul are plain JS ops: i32 overflow is undefined in the IR, and
//    index math stays far inside 2^53.
//  - f32 → i32 / u32 conversions truncate toward zero (`| 0`, `>>> 0`); out of
//    range they wrap where WGSL saturates (undefined-ish territory, documented).
import type { GemmOperand, GemmStride, KBuiltin, KDim, KExpr, KStmt, KType, Kernel } from '../kernel/ir.ts';
import { bitwiseInfix, CLikeRenderer, INDENT, Prec, shortestF32 } from './c-like.ts';
import type { OpSpelling, OpTable, PostOp, Rendered, Spelling } from './c-like.ts';
import { JS_HELPER_DEPS } from './helpers.ts';
import { compileSimd } from './wasm-simd.ts';

const wrapU32: PostOp = { text: '>>> 0', prec: Prec.Shift };
const infix = (op: string, prec: number, post?: PostOp): Spelling => (post ? { infix: op, prec, post } : { infix: op, prec });
const math = (f: string): Spelling => ({ call: `Math.${f}` });
/** Same spelling for f32 and i32, wrapped to 32 bits for u32. */
const arith = (op: string, prec: number): OpSpelling =>
  ({ byType: { f32: infix(op, prec), i32: infix(op, prec), u32: infix(op, prec, wrapU32) } });
const bitwise = (op: string, prec: number): OpSpelling =>
  ({ byType: { i32: bitwiseInfix(op, prec), u32: bitwiseInfix(op, prec, wrapU32) } });
/** `a OP 0`-style suffix as a free-form spelling, parenthesising anything looser than a call. */
const suffix = (text: string, prec: number): Spelling => ({ render: ([a]) => `${a} ${text}`, prec, argPrec: Prec.Postfix });
const boolToNumber: Spelling = { render: ([a]) => `${a} ? 1 : 0`, prec: Prec.Ternary, argPrec: Prec.LogicalOr };
const notZero: Spelling = { render: ([a]) => `${a} !== 0`, prec: Prec.Equality, argPrec: Prec.Relational };
const same: Spelling = { same: true };

export const JS_OPS: OpTable = {
  unary: {
    neg: { prefix: '-' }, not: { prefix: '!' },
    exp: { call: 'loom_exp', helper: 'exp' }, log: math('log'), sqrt: math('sqrt'), sin: math('sin'), cos: math('cos'),
    tanh: math('tanh'), abs: math('abs'), sign: math('sign'), floor: math('floor'),
    rsqrt: { render: ([a]) => `1 / Math.sqrt(${a})`, prec: Prec.Multiplicative, argPrec: Prec.Lowest },
    recip: { render: ([a]) => `1 / ${a}`, prec: Prec.Multiplicative, argPrec: Prec.Unary },
    erf: { call: 'loom_erf', helper: 'erf' },
    atan: math('atan'), log1p: math('log1p'), expm1: math('expm1'),
  },
  binary: {
    add: arith('+', Prec.Additive), sub: arith('-', Prec.Additive),
    mul: { byType: { f32: infix('*', Prec.Multiplicative), i32: infix('*', Prec.Multiplicative), u32: { call: 'Math.imul', post: wrapU32 } } },
    div: infix('/', Prec.Multiplicative),
    idiv: { byType: { i32: infix('/', Prec.Multiplicative, { text: '| 0', prec: Prec.BitOr }), u32: infix('/', Prec.Multiplicative, wrapU32) } },
    mod: infix('%', Prec.Multiplicative),
    min: math('min'), max: math('max'), pow: math('pow'),
    lt: infix('<', Prec.Relational), le: infix('<=', Prec.Relational),
    gt: infix('>', Prec.Relational), ge: infix('>=', Prec.Relational),
    eq: infix('===', Prec.Equality), ne: infix('!==', Prec.Equality),
    and: infix('&&', Prec.LogicalAnd), or: infix('||', Prec.LogicalOr),
    bit_and: bitwise('&', Prec.BitAnd), bit_or: bitwise('|', Prec.BitOr), bit_xor: bitwise('^', Prec.BitXor),
    shl: bitwise('<<', Prec.Shift),
    shr: { byType: { i32: bitwiseInfix('>>', Prec.Shift), u32: bitwiseInfix('>>>', Prec.Shift) } },
  },
  cast: {
    f32: { i32: same, u32: same, bool: boolToNumber },
    i32: { f32: suffix('| 0', Prec.BitOr), u32: suffix('| 0', Prec.BitOr), bool: boolToNumber },
    u32: { f32: suffix('>>> 0', Prec.Shift), i32: suffix('>>> 0', Prec.Shift), bool: boolToNumber },
    bool: { f32: notZero, i32: notZero, u32: notZero },
  },
  bitcast: {
    f32: { i32: { call: 'loom_bits_to_f32', helper: 'bits' }, u32: { call: 'loom_bits_to_f32', helper: 'bits' } },
    i32: { f32: { call: 'loom_f32_to_bits', helper: 'bits', post: { text: '| 0', prec: Prec.BitOr } }, u32: suffix('| 0', Prec.BitOr) },
    u32: { f32: { call: 'loom_f32_to_bits', helper: 'bits' }, i32: suffix('>>> 0', Prec.Shift) },
    bool: {},
  },
};

/** Words JS does not allow as variable names (strict mode), plus globals kernels use. */
const JS_RESERVED: ReadonlySet<string> = new Set(
  ('break case catch class const continue debugger default delete do else enum export extends false finally for ' +
    'function if import in instanceof new null return super switch this throw true try typeof var void while with ' +
    'yield let static implements interface package private protected public await arguments eval ' +
    'Math NaN Infinity undefined buffers uniforms Float32Array Float64Array Int32Array Uint32Array Array').split(' '),
);

export const TYPED_ARRAY: Readonly<Record<KType, string>> = {
  f32: 'Float32Array', i32: 'Int32Array', u32: 'Uint32Array', bool: 'Uint8Array',
};

/** How a uniform value is coerced on entry, so kernels see exact i32/u32/f32 values. */
const UNIFORM_COERCION: Readonly<Record<KType, (v: string) => string>> = {
  f32: (v) => `Math.fround(${v})`, i32: (v) => `${v} | 0`, u32: (v) => `${v} >>> 0`, bool: (v) => `!!${v}`,
};

export class JsRenderer extends CLikeRenderer {
  protected readonly ops = JS_OPS;
  protected readonly reserved = JS_RESERVED;

  /** `simd`: compile serial loop nests to WebAssembly SIMD where they allow (bodyLines). */
  constructor(private readonly simd = true) {
    super();
  }

  protected literal(type: KType, value: number): Rendered {
    if (type === 'bool') return { text: value ? 'true' : 'false', prec: Prec.Primary };
    let text: string;
    if (Number.isNaN(value)) text = 'NaN';
    else if (!Number.isFinite(value)) text = value > 0 ? 'Infinity' : '-Infinity';
    else if (Object.is(value, -0)) text = '-0';
    else text = type === 'f32' ? shortestF32(value) : String(value);
    return { text, prec: text.startsWith('-') ? Prec.Unary : Prec.Primary };
  }

  protected builtin(builtin: KBuiltin, _dim: KDim): Rendered {
    throw new Error(`${builtin} in a serial JS kernel`);
  }

  protected uniformRef(name: string): Rendered {
    return { text: this.ident(name), prec: Prec.Primary };
  }

  protected declare(name: string, type: KType, init: string | undefined, mutable: boolean): string {
    return `${mutable ? 'let' : 'const'} ${this.ident(name)} = ${init ?? (type === 'bool' ? 'false' : '0')};`;
  }

  protected barrier(s: Extract<KStmt, { kind: 'barrier' }>): string {
    return s.storage ? '// storageBarrier()' : '// workgroupBarrier()';
  }

  protected forHeader(v: string, _type: 'i32' | 'u32', start: string, end: string, step: KExpr): string {
    const inc = step.kind === 'const' && step.value === 1 ? `${v}++` : `${v} += ${this.expr(step).text}`;
    return `for (let ${v} = ${start}; ${v} < ${end}; ${inc})`;
  }

  /**
   * A serial kernel's scratch array: allocated on the first call and kept by
   * the module (zeroed per call), so large ones (the gemm path's C tiles)
   * cost a fill, not an allocation, page faults and garbage, per call.
   */
  protected override workgroupDecl(s: Extract<KStmt, { kind: 'wg_decl' }>): string | undefined {
    this.helpers.add('scratch');
    const key = JSON.stringify(`${this.kernelName}.${s.name}`);
    return `const ${this.ident(s.name)} = loom_scratch(${key}, ${TYPED_ARRAY[s.type]}, ${s.size});`;
  }

  /** The kernel being rendered (scratch arrays are keyed by kernel and array name). */
  protected kernelName = '';

  /**
   * `loom_gemm(out, M, N, K, A, aOff, aRs, aCs, B, bOff, bRs, bCs);`, or for
   * a view `const out = loom_gemm_view(M, N, K, ldc, A, …);` (helpers.ts,
   * wasm-gemm.ts). Multi-level strides pass as flat [size, stride, …] arrays.
   */
  protected override gemm(s: Extract<KStmt, { kind: 'gemm' }>): string {
    this.helpers.add('gemm');
    const e = (x: KExpr) => this.expr(x).text;
    const stride = (x: GemmStride) => (Array.isArray(x) ? `[${x.flatMap((l) => [l.size, l.stride]).join(', ')}]` : e(x as KExpr));
    const operand = (o: GemmOperand) => [this.ident(o.buffer), e(o.offset), stride(o.rowStride), stride(o.colStride)];
    const sizes = [e(s.M), e(s.N), e(s.K)];
    if (s.ldc !== undefined) return `const ${this.ident(s.out)} = loom_gemm_view(${[...sizes, s.ldc, ...operand(s.a), ...operand(s.b)].join(', ')});`;
    return `loom_gemm(${[this.ident(s.out), ...sizes, ...operand(s.a), ...operand(s.b)].join(', ')});`;
  }

  /** Lines binding the kernel's buffers and uniforms to locals. */
  protected parameterLines(kernel: Kernel): string[] {
    return [
      ...kernel.buffers.map((b) => `${INDENT}const ${this.ident(b.name)} = buffers.${b.name};`),
      ...kernel.uniforms.map((u) => `${INDENT}const ${this.ident(u.name)} = ${UNIFORM_COERCION[u.type](`uniforms.${u.name}`)};`),
    ];
  }

  /**
   * The function body's lines (after the parameter bindings). Loop nests that
   * compile to WebAssembly SIMD (wasm-simd.ts) run there, their JS loops kept
   * for hosts without it; the module itself is a constant after the function.
   */
  protected bodyLines(kernel: Kernel): string[] {
    const simd = this.simd ? compileSimd(kernel) : undefined;
    if (typeof simd === 'string') this.simdRefusal = simd;
    if (simd === undefined || typeof simd === 'string') return this.block(kernel.body, 1);
    this.helpers.add('simd');
    const handle = `loom_simdk_${kernel.name}`;
    const layout = simd.arrays.flatMap((a) => [a.offset, a.length, (a.copyIn ? 1 : 0) | (a.copyOut ? 2 : 0) | (a.zero ? 4 : 0)]);
    this.trailer = `const ${handle} = loom_simd_kernel([${simd.bytes.join(',')}], ${simd.floats}, [${layout.join(', ')}]);`;
    return [
      `${INDENT}if (loom_simd_run(${handle}, [${simd.arrays.map((a) => (a.zero ? 'null' : this.ident(a.name))).join(', ')}])) return;`,
      ...this.block(kernel.body, 1),
    ];
  }

  /** Module-level source that follows the function (its SIMD module), if any. */
  private trailer = '';

  /** Why the last kernel rendered with SIMD on stays JavaScript (compileSimd), or undefined. */
  simdRefusal: string | undefined;

  /** `function name(buffers, uniforms) { … }`. */
  renderFunction(kernel: Kernel): string {
    this.prepare(kernel.body);
    this.kernelName = kernel.name;
    const head = kernel.loc ? `// ${kernel.name} (${kernel.loc})\n` : '';
    const source = [
      `${head}function ${this.ident(kernel.name)}(buffers, uniforms) {`,
      ...this.parameterLines(kernel),
      ...this.bodyLines(kernel),
      '}',
      ...(this.trailer ? [this.trailer] : []),
    ].join('\n');
    for (const h of [...this.helpers]) for (const d of JS_HELPER_DEPS[h] ?? []) this.helpers.add(d);
    return source;
  }
}
