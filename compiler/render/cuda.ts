// The CUDA C++ target: one more subclass of the C-like base. A grid kernel
// becomes an `extern "C" __global__` function whose parameters are its
// buffers (pointers, in binding order) then its uniforms (by value), so a
// launcher passes exactly what a WebGPU bind group holds.
//
// CUDA specifics handled here: workgroup arrays become `__shared__` arrays,
// which CUDA does not zero, so the kernel zeroes them (the IR promises
// zero-initialised workgroup memory) and synchronises before first use;
// f32 math through the single-precision functions (expf, erff, …) so the
// host compiler never promotes to double; fminf/fmaxf for f32 min/max;
// bitcasts through __float_as_uint and friends; ±inf and NaN through the
// CUDA math constants; INT_MIN spelled so it is not an out-of-range literal.
// The same source compiles with nvcc for the GPU and, through the small
// header test/cuda/emulation.h, with the system C++ compiler for
// a CPU check of the numerics (test/render/cuda.test.ts).
import type { KBuiltin, KDim, KExpr, KType, Kernel } from '../kernel/ir.ts';
import { KernelError, walkStmts } from '../kernel/ir.ts';
import type { KStmt } from '../kernel/ir.ts';
import { assertValidKernel } from '../kernel/verify.ts';
import { bitwiseInfix, CLikeRenderer, INDENT, Prec, shortestF32 } from './c-like.ts';
import type { OpTable, Rendered, Spelling } from './c-like.ts';
import { assertWithinLimits, CUDA_LIMITS } from './limits.ts';

export { CUDA_LIMITS };

const infix = (op: string, prec: number): Spelling => ({ infix: op, prec });
const call = (f: string): Spelling => ({ call: f });
const cCast = (t: string): Spelling => ({ render: ([a]) => `(${t})${a}`, prec: Prec.Unary, argPrec: Prec.Unary });

export const CUDA_OPS: OpTable = {
  unary: {
    neg: { prefix: '-' }, not: { prefix: '!' },
    exp: call('expf'), log: call('logf'), sqrt: call('sqrtf'), rsqrt: call('rsqrtf'),
    sin: call('sinf'), cos: call('cosf'), tanh: call('tanhf'), erf: call('erff'), floor: call('floorf'),
    atan: call('atanf'), log1p: call('log1pf'), expm1: call('expm1f'),
    abs: { byType: { f32: call('fabsf'), i32: call('abs') } },
    // sign(x) ∈ {-1, 0, 1} of x's type; NaN gives 0 as in the other targets' comparisons.
    sign: {
      byType: {
        f32: { render: ([a]) => `(float)((${a} > 0.0f) - (${a} < 0.0f))`, prec: Prec.Unary, argPrec: Prec.Relational },
        i32: { render: ([a]) => `((${a} > 0) - (${a} < 0))`, prec: Prec.Primary, argPrec: Prec.Relational },
      },
    },
    recip: { render: ([a]) => `1.0f / ${a}`, prec: Prec.Multiplicative, argPrec: Prec.Unary },
  },
  binary: {
    add: infix('+', Prec.Additive), sub: infix('-', Prec.Additive),
    mul: infix('*', Prec.Multiplicative),
    div: infix('/', Prec.Multiplicative),
    // C++ integer `/` and `%` truncate toward zero, as the IR specifies; fmodf is x − y·trunc(x/y).
    idiv: infix('/', Prec.Multiplicative),
    mod: { byType: { f32: call('fmodf'), i32: infix('%', Prec.Multiplicative), u32: infix('%', Prec.Multiplicative) } },
    min: { byType: { f32: call('fminf'), i32: call('min'), u32: call('min') } },
    max: { byType: { f32: call('fmaxf'), i32: call('max'), u32: call('max') } },
    pow: call('powf'),
    lt: infix('<', Prec.Relational), le: infix('<=', Prec.Relational), gt: infix('>', Prec.Relational),
    ge: infix('>=', Prec.Relational), eq: infix('==', Prec.Equality), ne: infix('!=', Prec.Equality),
    // && inside || is parenthesised, as compilers ask (-Wparentheses).
    and: infix('&&', Prec.LogicalAnd), or: { infix: '||', prec: Prec.LogicalOr, lhsPrec: Prec.BitOr, rhsPrec: Prec.BitOr },
    bit_and: bitwiseInfix('&', Prec.BitAnd), bit_or: bitwiseInfix('|', Prec.BitOr), bit_xor: bitwiseInfix('^', Prec.BitXor),
    shl: bitwiseInfix('<<', Prec.Shift), shr: bitwiseInfix('>>', Prec.Shift),
  },
  cast: {
    f32: { i32: cCast('float'), u32: cCast('float'), bool: cCast('float') },
    i32: { f32: cCast('int'), u32: cCast('int'), bool: cCast('int') },
    u32: { f32: cCast('unsigned int'), i32: cCast('unsigned int'), bool: cCast('unsigned int') },
    bool: {
      f32: { render: ([a]) => `${a} != 0.0f`, prec: Prec.Equality, argPrec: Prec.Relational },
      i32: { render: ([a]) => `${a} != 0`, prec: Prec.Equality, argPrec: Prec.Relational },
      u32: { render: ([a]) => `${a} != 0u`, prec: Prec.Equality, argPrec: Prec.Relational },
    },
  },
  bitcast: {
    f32: { i32: call('__int_as_float'), u32: call('__uint_as_float') },
    i32: { f32: call('__float_as_int'), u32: cCast('int') },
    u32: { f32: call('__float_as_uint'), i32: cCast('unsigned int') },
    bool: {},
  },
};

/** C++ keywords, CUDA built-in variables and the functions the renderer calls. */
const CUDA_RESERVED: ReadonlySet<string> = new Set(
  ('alignas alignof and and_eq asm auto bitand bitor bool break case catch char char8_t char16_t char32_t class compl ' +
    'concept const consteval constexpr constinit const_cast continue co_await co_return co_yield decltype default delete ' +
    'do double dynamic_cast else enum explicit export extern false float for friend goto if inline int long mutable ' +
    'namespace new noexcept not not_eq nullptr operator or or_eq private protected public register reinterpret_cast ' +
    'requires return short signed sizeof static static_assert static_cast struct switch template this thread_local ' +
    'throw true try typedef typeid typename union unsigned using virtual void volatile wchar_t while xor xor_eq ' +
    'threadIdx blockIdx blockDim gridDim warpSize dim3 main ' +
    'expf logf sqrtf rsqrtf sinf cosf tanhf erff floorf fabsf fmodf fminf fmaxf powf abs min max atanf log1pf expm1f ' +
    '__int_as_float __uint_as_float __float_as_int __float_as_uint INFINITY NAN').split(' '),
);

const TYPE_NAME: Readonly<Record<KType, string>> = { f32: 'float', i32: 'int', u32: 'unsigned int', bool: 'bool' };
const AXES = ['x', 'y', 'z'] as const;

/** A rendered CUDA kernel: its source (one translation unit with `#include`s) and how to launch it. */
export interface RenderedCuda {
  readonly name: string;
  /** The `extern "C"` function name to look up in the module. */
  readonly entryPoint: string;
  readonly code: string;
  readonly kernel: Kernel;
}

class CudaRenderer extends CLikeRenderer {
  protected readonly ops = CUDA_OPS;
  protected readonly reserved = CUDA_RESERVED;
  private size: readonly [number, number, number] = [1, 1, 1];

  protected literal(type: KType, value: number): Rendered {
    let text: string;
    switch (type) {
      case 'bool': return { text: value ? 'true' : 'false', prec: Prec.Primary };
      case 'u32': return { text: `${value}u`, prec: Prec.Primary };
      // 2147483648 is not an int literal; INT_MIN is written as an expression.
      case 'i32': text = value === -2147483648 ? '(-2147483647 - 1)' : String(value); break;
      case 'f32':
        if (Number.isNaN(value)) text = 'NAN';
        else if (!Number.isFinite(value)) text = value > 0 ? 'INFINITY' : '-INFINITY';
        else text = `${Object.is(value, -0) ? '-0' : shortestF32(value)}f`.replace(/^(-?\d+)f$/, '$1.0f').replace(/^(-?\d+)e/, '$1.0e');
        break;
    }
    return { text, prec: text.startsWith('-') ? Prec.Unary : Prec.Primary };
  }

  protected builtin(builtin: KBuiltin, dim: KDim): Rendered {
    const a = AXES[dim];
    switch (builtin) {
      case 'local_id': return { text: `threadIdx.${a}`, prec: Prec.Postfix };
      case 'workgroup_id': return { text: `blockIdx.${a}`, prec: Prec.Postfix };
      case 'num_workgroups': return { text: `gridDim.${a}`, prec: Prec.Postfix };
      case 'global_id':
        // The workgroup size is a compile-time constant: no need to read blockDim.
        if (this.size[dim] === 1) return { text: `blockIdx.${a}`, prec: Prec.Postfix };
        return { text: `blockIdx.${a} * ${this.size[dim]}u + threadIdx.${a}`, prec: Prec.Additive };
    }
  }

  protected uniformRef(name: string): Rendered {
    return { text: this.ident(name), prec: Prec.Primary };
  }

  protected declare(name: string, type: KType, init: string | undefined, mutable: boolean): string {
    const n = this.ident(name);
    if (init === undefined) return `${TYPE_NAME[type]} ${n} = ${type === 'bool' ? 'false' : type === 'f32' ? '0.0f' : '0'};`;
    return `${mutable ? '' : 'const '}${TYPE_NAME[type]} ${n} = ${init};`;
  }

  /** __syncthreads() orders shared and global memory among the block's threads: both scopes. */
  protected barrier(): string {
    return '__syncthreads();';
  }

  protected forHeader(v: string, type: 'i32' | 'u32', start: string, end: string, step: KExpr): string {
    const inc = step.kind === 'const' && step.value === 1 ? `${v}++` : `${v} += ${this.expr(step).text}`;
    return `for (${TYPE_NAME[type]} ${v} = ${start}; ${v} < ${end}; ${inc})`;
  }

  render(kernel: Kernel): string {
    if (kernel.launch.kind !== 'grid') throw new Error('CUDA renders grid launches only (lower for a grid target)');
    this.size = kernel.launch.workgroupSize;
    this.prepare(kernel.body);
    const threads = this.size[0] * this.size[1] * this.size[2];
    const shared = kernel.body.filter((s): s is Extract<KStmt, { kind: 'wg_decl' }> => s.kind === 'wg_decl');
    const body: string[] = [];
    for (const s of shared) body.push(`${INDENT}__shared__ ${TYPE_NAME[s.type]} ${this.ident(s.name)}[${s.size}];`);
    if (shared.length > 0) {
      // CUDA leaves shared memory uninitialised; the IR promises zeros.
      const tid = `(threadIdx.z * ${this.size[1]}u + threadIdx.y) * ${this.size[0]}u + threadIdx.x`;
      body.push(`${INDENT}for (unsigned int loom_i = ${tid}; loom_i < ${Math.max(...shared.map((s) => s.size))}u; loom_i += ${threads}u) {`);
      for (const s of shared) {
        body.push(`${INDENT}${INDENT}if (loom_i < ${s.size}u) ${this.ident(s.name)}[loom_i] = ${s.type === 'f32' ? '0.0f' : '0'};`);
      }
      body.push(`${INDENT}}`, `${INDENT}__syncthreads();`);
    }
    body.push(...this.block(kernel.body.filter((s) => s.kind !== 'wg_decl'), 1));
    const params = [
      ...kernel.buffers.map((b) => `${b.access === 'read' ? 'const ' : ''}${TYPE_NAME[b.dtype]}* ${this.ident(b.name)}`),
      ...kernel.uniforms.map((u) => `${TYPE_NAME[u.type]} ${this.ident(u.name)}`),
    ];
    return [
      `// kernel ${kernel.name}${kernel.loc ? ` (${kernel.loc})` : ''}`,
      `extern "C" __global__ void __launch_bounds__(${threads}) ${this.ident(kernel.name)}(${params.join(', ')}) {`,
      ...body,
      '}',
    ].join('\n') + '\n';
  }
}

/** Includes every rendered kernel needs; the emulation header stands in for them on the CPU. */
// NVRTC (load-time compilation, runtime/exec/cuda-driver.ts) has the math
// functions built in but no C headers: INFINITY and NAN are spelled there.
export const CUDA_PRELUDE = [
  '#if defined(__CUDACC_RTC__)',
  '#define INFINITY __int_as_float(0x7f800000)',
  '#define NAN __int_as_float(0x7fffffff)',
  '#else',
  '#ifndef LOOM_CUDA_EMULATION',
  '#include <cuda_runtime.h>',
  '#endif',
  '#include <math.h>',
  '#endif',
  '',
].join('\n');

/**
 * Renders a grid kernel to CUDA C++ after verifying it and checking CUDA's
 * limits. Throws KernelError naming the kernel.
 */
export function renderCuda(kernel: Kernel): RenderedCuda {
  assertValidKernel(kernel);
  if (containsGemm(kernel.body)) {
    throw new KernelError(kernel.name, kernel.loc, ['cannot render CUDA: the gemm intrinsic is CPU-only; lower matmuls for CUDA with a grid launch']);
  }
  assertWithinLimits(kernel, CUDA_LIMITS);
  const r = new CudaRenderer();
  let code: string;
  try {
    code = r.render(kernel);
  } catch (e) {
    throw new KernelError(kernel.name, kernel.loc, [`cannot render CUDA: ${(e as Error).message}`]);
  }
  return { name: kernel.name, entryPoint: r.ident(kernel.name), code, kernel };
}

/** One translation unit holding every kernel: the prelude, then each kernel once. */
export function renderCudaModule(kernels: readonly Kernel[]): string {
  const seen = new Set<string>();
  const parts = [CUDA_PRELUDE];
  for (const k of kernels) {
    if (seen.has(k.name)) throw new Error(`two kernels are named "${k.name}"`);
    seen.add(k.name);
    parts.push(renderCuda(k).code);
  }
  return parts.join('\n');
}

function containsGemm(body: readonly KStmt[]): boolean {
  let found = false;
  walkStmts(body, (s) => { if (s.kind === 'gemm') found = true; });
  return found;
}
