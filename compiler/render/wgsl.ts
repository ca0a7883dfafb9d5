// The WGSL target. Output follows the contract the WebGPU executor
// (runtime/exec/webgpu.ts) binds by: storage buffers at @group(0)
// @binding(i) in parameter order, then one uniform struct at binding
// buffers.length, and an @compute entry point named after the kernel.
//
// WGSL specifics handled here: `select(f, t, cond)` argument order; explicit
// literal suffixes (1.5f, 3i, 7u) so no abstract-numeric inference surprises;
// operators that WGSL refuses to mix without parentheses (bitwise with
// anything, shifts, && with ||, chained comparisons); no infinities in
// literals (±inf is written ±FLT_MAX, which max/min reductions treat alike);
// erf as a helper function; tanh clamped so large arguments give ±1, not
// NaN; workgroup arrays hoisted to module scope.
import type { KBuiltin, KDim, KExpr, KType, Kernel } from '../kernel/ir.ts';
import { KernelError, walkStmts } from '../kernel/ir.ts';
import type { KStmt } from '../kernel/ir.ts';
import { assertValidKernel } from '../kernel/verify.ts';
import { bitwiseInfix, CLikeRenderer, INDENT, Prec, shortestF32 } from './c-like.ts';
import type { OpTable, Rendered, Spelling } from './c-like.ts';
import { helperSource, WGSL_HELPERS } from './helpers.ts';
import { assertWithinLimits, WEBGPU_LIMITS } from './limits.ts';

const infix = (op: string, prec: number): Spelling => ({ infix: op, prec });
/** WGSL grammar: operands of comparisons are shift-level expressions (no `a < b == c`). */
const compare = (op: string): Spelling => ({ infix: op, prec: Prec.Relational, lhsPrec: Prec.Shift, rhsPrec: Prec.Shift });
/** WGSL grammar: operands of && and || are relational expressions (no mixing without parentheses). */
const logical = (op: string, prec: number): Spelling => ({ infix: op, prec, lhsPrec: Prec.Equality, rhsPrec: Prec.Equality });
const call = (f: string): Spelling => ({ call: f });
const convert = (t: string): Spelling => ({ call: t });
const bitcastTo = (t: string): Spelling => ({ call: `bitcast<${t}>` });

export const WGSL_OPS: OpTable = {
  unary: {
    neg: { prefix: '-' }, not: { prefix: '!' },
    exp: call('exp'), log: call('log'), sqrt: call('sqrt'), rsqrt: call('inverseSqrt'),
    sin: call('sin'), cos: call('cos'), abs: call('abs'), sign: call('sign'), floor: call('floor'),
    // WGSL's tanh may be computed via exp and return NaN past |x| ≈ 88 (gpuweb/gpuweb#4458);
    // tanh(±15) is already ±1 in f32, so clamping changes no result.
    tanh: { render: ([a]) => `tanh(clamp(${a}, -15.0f, 15.0f))`, prec: Prec.Postfix, argPrec: Prec.Lowest },
    recip: { render: ([a]) => `1.0f / ${a}`, prec: Prec.Multiplicative, argPrec: Prec.Unary },
    erf: { call: 'loom_erf', helper: 'erf' },
    // WGSL's atan only promises 4096 ulps (lavapipe is 2e-5 off at 1e-10); WGSL has no log1p or expm1:
    // helpers accurate to a few ulps, also where 1 + x loses x's digits (helpers.ts).
    atan: { call: 'loom_atan', helper: 'atan' },
    log1p: { call: 'loom_log1p', helper: 'log1p' }, expm1: { call: 'loom_expm1', helper: 'expm1' },
  },
  binary: {
    add: infix('+', Prec.Additive), sub: infix('-', Prec.Additive),
    mul: infix('*', Prec.Multiplicative), div: infix('/', Prec.Multiplicative),
    // Integer `/` and `%` truncate toward zero in WGSL, as the IR specifies.
    idiv: infix('/', Prec.Multiplicative), mod: infix('%', Prec.Multiplicative),
    min: call('min'), max: call('max'), pow: call('pow'),
    lt: compare('<'), le: compare('<='), gt: compare('>'), ge: compare('>='), eq: compare('=='), ne: compare('!='),
    and: logical('&&', Prec.LogicalAnd), or: logical('||', Prec.LogicalOr),
    // WGSL grammar: operands of & | ^ << >> are unary expressions.
    bit_and: bitwiseInfix('&', Prec.BitAnd), bit_or: bitwiseInfix('|', Prec.BitOr), bit_xor: bitwiseInfix('^', Prec.BitXor),
    shl: bitwiseInfix('<<', Prec.Shift), shr: bitwiseInfix('>>', Prec.Shift),
  },
  cast: {
    f32: { i32: convert('f32'), u32: convert('f32'), bool: convert('f32') },
    i32: { f32: convert('i32'), u32: convert('i32'), bool: convert('i32') },
    u32: { f32: convert('u32'), i32: convert('u32'), bool: convert('u32') },
    bool: { f32: convert('bool'), i32: convert('bool'), u32: convert('bool') },
  },
  bitcast: {
    f32: { i32: bitcastTo('f32'), u32: bitcastTo('f32') },
    i32: { f32: bitcastTo('i32'), u32: bitcastTo('i32') },
    u32: { f32: bitcastTo('u32'), i32: bitcastTo('u32') },
    bool: {},
  },
};

/** WGSL keywords and reserved words a loom name could plausibly hit. */
const WGSL_RESERVED: ReadonlySet<string> = new Set(
  ('alias break case const const_assert continue continuing default diagnostic discard else enable false fn for if ' +
    'let loop override requires return struct switch true var while ' +
    'NULL Self abstract active alignas alignof as asm asm_fragment async attribute auto await become cast catch ' +
    'class co_await co_return co_yield coherent column_major common compile compile_fragment concept const_cast ' +
    'consteval constexpr constinit crate debugger decltype delete demote demote_to_helper do dynamic_cast enum ' +
    'explicit export extends extern external fallthrough filter final finally friend from fxgroup get goto groupshared ' +
    'highp impl implements import inline instanceof interface layout lowp macro macro_rules match mediump meta mod ' +
    'module move mut mutable namespace new nil noexcept noinline nointerpolation non_coherent noncoherent ' +
    'noperspective null nullptr of operator package packoffset partition pass patch pixelfragment precise precision ' +
    'premerge priv protected pub public readonly ref regardless register reinterpret_cast require resource restrict ' +
    'self set shared sizeof smooth snorm static static_assert static_cast std subroutine super target template this ' +
    'thread_local throw trait try type typedef typeid typename typeof union unless unorm unsafe unsized use using ' +
    'varying virtual volatile wgsl where with writeonly yield ' +
    'f32 i32 u32 bool f16 vec2 vec3 vec4 array atomic ptr sampler texture_2d mat2x2 mat3x3 mat4x4 ' +
    // Builtin functions the renderer calls: a module-scope buffer named `max` would shadow max().
    'min max exp log sqrt inverseSqrt sin cos tanh abs sign floor pow select bitcast workgroupBarrier storageBarrier arrayLength').split(' '),
);

const TYPE_NAME: Readonly<Record<KType, string>> = { f32: 'f32', i32: 'i32', u32: 'u32', bool: 'bool' };
const BUILTIN: Readonly<Record<KBuiltin, { attr: string; param: string }>> = {
  global_id: { attr: 'global_invocation_id', param: 'loom_gid' },
  local_id: { attr: 'local_invocation_id', param: 'loom_lid' },
  workgroup_id: { attr: 'workgroup_id', param: 'loom_wid' },
  num_workgroups: { attr: 'num_workgroups', param: 'loom_nwg' },
};
/** ±FLT_MAX as an exact hex float; stands in for ±infinity, which WGSL literals cannot express. */
const FLT_MAX_HEX = '0x1.fffffep+127f';

/** A kernel as WGSL, with what binding and launching it needs to know. */
export interface WgslKernel {
  /** The kernel's name; appears in every error about it. */
  readonly name: string;
  /** The complete WGSL module. */
  readonly code: string;
  /** The `@compute` function. */
  readonly entryPoint: string;
  /** Storage buffers at `@group(0) @binding(i)`, in this order: `read` is `var<storage, read>`, `read_write` is `var<storage, read_write>`. */
  readonly bindings: readonly { readonly name: string; readonly access: 'read' | 'read_write' }[];
  /** Fields of the one uniform struct at `@binding(bindings.length)`, in order. */
  readonly uniforms?: readonly { readonly name: string; readonly type: 'i32' | 'u32' | 'f32' }[];
  /** The shader's `@workgroup_size`. */
  readonly workgroupSize: readonly [number, number, number];
  /** The .loom `file:line:col` the kernel came from. */
  readonly source?: string;
}

/** A rendered WGSL kernel plus the IR it came from (launch sizes). */
export interface RenderedWgsl extends WgslKernel {
  readonly kernel: Kernel;
}

class WgslRenderer extends CLikeRenderer {
  protected readonly ops = WGSL_OPS;
  protected readonly reserved = WGSL_RESERVED;
  readonly builtinsUsed = new Set<KBuiltin>();

  protected literal(type: KType, value: number): Rendered {
    let text: string;
    switch (type) {
      case 'bool': return { text: value ? 'true' : 'false', prec: Prec.Primary };
      case 'u32': return { text: `${value}u`, prec: Prec.Primary };
      // -2147483648i is not a literal (2147483648 overflows i32 before negation).
      case 'i32': text = value === -2147483648 ? 'i32(-2147483648)' : `${value}i`; break;
      case 'f32':
        if (Number.isNaN(value)) throw new Error('WGSL has no NaN literal');
        if (!Number.isFinite(value)) text = value > 0 ? FLT_MAX_HEX : `-${FLT_MAX_HEX}`;
        else text = `${Object.is(value, -0) ? '-0' : shortestF32(value)}f`.replace(/^(-?\d+)f$/, '$1.0f');
        break;
    }
    return { text, prec: text.startsWith('-') ? Prec.Unary : Prec.Primary };
  }

  protected builtin(builtin: KBuiltin, dim: KDim): Rendered {
    this.builtinsUsed.add(builtin);
    return { text: `${BUILTIN[builtin].param}.${'xyz'[dim]}`, prec: Prec.Postfix };
  }

  protected uniformRef(name: string): Rendered {
    return { text: `loom_u.${this.ident(name)}`, prec: Prec.Postfix };
  }

  protected override select(cond: Rendered, ifTrue: Rendered, ifFalse: Rendered): Rendered {
    return { text: `select(${ifFalse.text}, ${ifTrue.text}, ${cond.text})`, prec: Prec.Postfix };
  }

  protected declare(name: string, type: KType, init: string | undefined, mutable: boolean): string {
    const n = this.ident(name);
    if (init === undefined) return `var ${n}: ${TYPE_NAME[type]};`; // zero-initialised
    return `${mutable ? 'var' : 'let'} ${n}: ${TYPE_NAME[type]} = ${init};`;
  }

  /** Whether the kernel being rendered declares workgroup memory (a storage barrier then orders both scopes). */
  private workgroupMemory = false;

  protected barrier(s: Extract<KStmt, { kind: 'barrier' }>): string {
    if (!s.storage) return 'workgroupBarrier();';
    return this.workgroupMemory ? 'storageBarrier(); workgroupBarrier();' : 'storageBarrier();';
  }

  protected forHeader(v: string, type: 'i32' | 'u32', start: string, end: string, step: KExpr): string {
    const inc = step.kind === 'const' && step.value === 1 ? `${v}++` : `${v} += ${this.expr(step).text}`;
    return `for (var ${v}: ${type} = ${start}; ${v} < ${end}; ${inc})`;
  }

  render(kernel: Kernel): string {
    this.prepare(kernel.body);
    this.workgroupMemory = kernel.body.some((s) => s.kind === 'wg_decl');
    const bodyLines = this.block(kernel.body, 1);
    const size = kernel.launch.kind === 'grid' ? kernel.launch.workgroupSize : [1, 1, 1];
    const params = [...this.builtinsUsed].sort().map((b) => `@builtin(${BUILTIN[b].attr}) ${BUILTIN[b].param}: vec3<u32>`);
    const out: string[] = [`// kernel ${kernel.name}${kernel.loc ? ` (${kernel.loc})` : ''}`];
    if (kernel.uniforms.length > 0) {
      out.push(`struct loom_Uniforms {`, ...kernel.uniforms.map((u) => `${INDENT}${this.ident(u.name)}: ${TYPE_NAME[u.type]},`), '}');
    }
    kernel.buffers.forEach((b, i) => {
      const access = b.access === 'read' ? 'read' : 'read_write';
      out.push(`@group(0) @binding(${i}) var<storage, ${access}> ${this.ident(b.name)}: array<${TYPE_NAME[b.dtype]}>;`);
    });
    if (kernel.uniforms.length > 0) out.push(`@group(0) @binding(${kernel.buffers.length}) var<uniform> loom_u: loom_Uniforms;`);
    for (const s of kernel.body) {
      if (s.kind === 'wg_decl') out.push(`var<workgroup> ${this.ident(s.name)}: array<${TYPE_NAME[s.type]}, ${s.size}>;`);
    }
    out.push(...helperSource(WGSL_HELPERS, this.helpers));
    out.push(
      `@compute @workgroup_size(${size.join(', ')})`,
      `fn ${this.ident(kernel.name)}(${params.join(', ')}) {`,
      ...bodyLines,
      '}',
    );
    return out.join('\n') + '\n';
  }
}

/**
 * Renders a kernel to WGSL after verifying it and checking WebGPU's default
 * limits (≤ 8 storage buffers, ≤ 256 invocations, ≤ 65,535 workgroups per
 * dimension, ≤ 16 KiB workgroup memory). Throws KernelError naming the kernel.
 */
export function renderWgsl(kernel: Kernel): RenderedWgsl {
  assertValidKernel(kernel);
  if (containsGemm(kernel.body)) {
    throw new KernelError(kernel.name, kernel.loc, [
      'cannot render WGSL: the gemm intrinsic is CPU-only (serial JS kernels); lower matmuls for WebGPU with a grid launch',
    ]);
  }
  assertWithinLimits(kernel, WEBGPU_LIMITS);
  const r = new WgslRenderer();
  let code: string;
  try {
    code = r.render(kernel);
  } catch (e) {
    throw new KernelError(kernel.name, kernel.loc, [`cannot render WGSL: ${(e as Error).message}`]);
  }
  const size = kernel.launch.kind === 'grid' ? kernel.launch.workgroupSize : ([1, 1, 1] as const);
  return {
    name: kernel.name,
    code,
    entryPoint: r.ident(kernel.name),
    bindings: kernel.buffers.map((b) => ({ name: b.name, access: b.access === 'read' ? 'read' : 'read_write' })),
    ...(kernel.uniforms.length > 0 ? { uniforms: kernel.uniforms.map((u) => ({ name: u.name, type: u.type })) } : {}),
    workgroupSize: [size[0], size[1], size[2]],
    ...(kernel.loc !== undefined ? { source: kernel.loc } : {}),
    kernel,
  };
}

function containsGemm(body: readonly KStmt[]): boolean {
  let found = false;
  walkStmts(body, (s) => { if (s.kind === 'gemm') found = true; });
  return found;
}
