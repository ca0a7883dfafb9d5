// Serial CPU kernels' loop nests as WebAssembly SIMD: the JS target's answer
// to scalar JavaScript costing 4–8 ns per element of its epilogues and row
// kernels (GELU's erf, softmax's exp, LayerNorm, AdamW) where PyTorch runs
// 8-lane vector code. docs/simd.md has the design and the measurements.
//
// `compileSimd(kernel)` compiles the whole kernel body into one WebAssembly
// function, `run(address of each array…)`, or says why not. Arrays are the
// kernel's buffers, its scratch arrays and its gemm views; a gemm statement
// calls the JS gemm intrinsic (the BLAS) through an import, on the module's
// memory. The JS wrapper (helpers.ts, `simd`) passes the address of each
// array that lives in the module's memory (an executor's buffers, allocated
// there by `loom_simd_alloc`) and stages the others (the caller's state,
// scratch) through a reserved area: copied in, run, copied back.
//
// Vectorisation is per innermost loop, four f32 lanes, a scalar tail:
// straight-line lets and stores whose indices are contiguous across lanes
// (stride 1) or the same in each (0), through + − ×const and idiv/% by
// multiples of 4 (wasm-simd-analysis.ts); reductions into outer scalars
// (sum, max, min) as lane accumulators combined pairwise after the loop; and
// the row templates' 4-way unrolled loops re-rolled into one vector step
// (wasm-reroll.ts). Everything else compiles to scalar WebAssembly. A kernel
// with no vectorised loop, or with anything outside the supported set
// (uniforms, non-f32 buffers, multi-level gemm strides, ops without a
// WebAssembly form), stays JS.
//
// Numerics: scalar code computes in f64 like the JS kernels, and sums of
// lanes accumulate in f64x2; lane arithmetic is f32 (rounded per operation,
// where JS rounds once when storing), exp and erf within 2 ulp and 4e-7
// (wasm-simd-math.ts): the class of differences the GPU targets have.
import { gemmStrideExpr } from '../kernel/ir.ts';
import type { GemmOperand, KExpr, KStmt, Kernel } from '../kernel/ir.ts';
import {
  affine, type Affine, fail, type LaneForm, laneForm, type Lanes as LaneAnalysis, lanesIndependent, layout,
  type SimdArray, Unsupported, varies,
} from './wasm-simd-analysis.ts';
import { reroll } from './wasm-reroll.ts';
import { type Accumulator, addToSum, laneAccumulators, sumAddend } from './wasm-simd-accumulators.ts';
import { f32x4Const, f32x4Erf, f32x4Exp } from './wasm-simd-math.ts';
import {
  F32_OPS, F64, F64_OPS, functionBody, I32, I32_OPS, I32_TRUNC_SAT_F64, MODULE_HEADER, op, section, str, uleb, V128, V128_OPS, vec,
  type ValType,
} from './wasm-encode.ts';
import { lane, LANE_NUMBERS, laneBinary, LANES, MATH_CALLS, nativeUnary, scalarBinary, SPLAT_F64 } from './wasm-simd-ops.ts';

export type { SimdArray } from './wasm-simd-analysis.ts';

export interface SimdKernel {
  /** The module: imports `env.mem` (and Math's functions, the gemm intrinsic), exports `run`. */
  readonly bytes: Uint8Array;
  readonly arrays: readonly SimdArray[];
  /** Staging memory the function needs when none of its arrays is in the module's memory, in floats. */
  readonly floats: number;
}

/** The kernel's loop nests as a WebAssembly SIMD module, or undefined when it stays JS. */
export function simdKernel(kernel: Kernel): SimdKernel | undefined {
  const compiled = compileSimd(kernel);
  return typeof compiled === 'string' ? undefined : compiled;
}

/** The module, or why the kernel stays JS. */
export function compileSimd(kernel: Kernel): SimdKernel | string {
  if (kernel.launch.kind !== 'serial') return 'a grid launch';
  if (kernel.uniforms.length > 0) return 'uniforms (sizes known only at run time)';
  const body = kernel.body;
  try {
    const arrays = layout(kernel, body);
    const compiler = new NestCompiler(arrays);
    const code = compiler.block(body);
    if (!compiler.vectorised) return 'no loop it can run on four lanes';
    // Functions: Math.<name> of type 1, the gemm intrinsic of type 2.
    const imports = compiler.imports.map((name) => [...str('env'), ...str(name), 0x00, name === 'gemm' ? 0x02 : 0x01]);
    const bytes = Uint8Array.from([
      ...MODULE_HEADER,
      // types: run (an i32 byte address per array) → (), Math's (f64) → f64, gemm's (i32 × 11) → ()
      ...section(1, vec([[0x60, ...vec(arrays.map(() => [I32])), 0x00], [0x60, 0x01, F64, 0x01, F64], [0x60, ...vec(new Array(11).fill([I32])), 0x00]])),
      ...section(2, vec([...imports, [...str('env'), ...str('mem'), 0x02, 0x00, 0x01]])), // Math functions, memory (min 1 page)
      ...section(3, vec([[0x00]])),
      ...section(7, vec([[...str('run'), 0x00, ...uleb(compiler.imports.length)]])),
      ...section(10, vec([functionBody(compiler.locals, code)])),
    ]);
    const last = arrays[arrays.length - 1];
    return { bytes, arrays, floats: last ? last.offset + last.length : 0 };
  } catch (e) {
    if (e instanceof Unsupported) return e.message;
    throw e;
  }
}

// ---- code generation ----

type Local = { readonly index: number; readonly type: ValType };

/** The vector loop being compiled: the analysis's view of it, its accumulators' locals. */
interface Lanes extends LaneAnalysis {
  readonly accumulators: ReadonlyMap<string, Accumulator>;
}

class NestCompiler {
  readonly locals: ValType[] = [];
  /** JS functions the code calls — Math's, the gemm intrinsic — imported as env.<name>, function index = position. */
  readonly imports: string[] = [];

  private importIndex(name: string): number {
    const i = this.imports.indexOf(name);
    return i >= 0 ? i : this.imports.push(name) - 1;
  }
  /** Set once a loop runs on lanes: a kernel without one stays JS (scalar WebAssembly gains little over V8's JIT). */
  vectorised = false;
  private scopes: Map<string, Local>[] = [new Map()];
  /** i32 lets with affine initialisers, for index analysis. */
  private lets = new Map<string, Affine>();
  private lanes: Lanes | undefined;

  /** Each array's parameter (its byte address): parameters come in the arrays' order. */
  private readonly params: ReadonlyMap<string, number>;

  constructor(arrays: readonly SimdArray[]) {
    this.params = new Map(arrays.map((a, i) => [a.name, i]));
  }

  private local(type: ValType): number {
    this.locals.push(type);
    return this.params.size + this.locals.length - 1; // after the parameters
  }

  /** The parameter holding the array's byte address. */
  private base(name: string): number {
    return this.params.get(name) ?? fail(`array ${name}`);
  }

  private declare(name: string, type: ValType): number {
    const index = this.local(type);
    this.scopes[this.scopes.length - 1]!.set(name, { index, type });
    return index;
  }

  private lookup(name: string): Local {
    for (let i = this.scopes.length - 1; i >= 0; i--) {
      const l = this.scopes[i]!.get(name);
      if (l) return l;
    }
    return fail(`unknown variable ${name}`);
  }

  private scoped<T>(f: () => T): T {
    this.scopes.push(new Map());
    const lets = this.lets;
    this.lets = new Map(lets);
    try {
      return f();
    } finally {
      this.scopes.pop();
      this.lets = lets;
    }
  }

  block(body: readonly KStmt[]): number[] {
    return this.scoped(() => body.flatMap((s) => this.stmt(s)));
  }

  private stmt(s: KStmt): number[] {
    const lanes = this.lanes;
    switch (s.kind) {
      case 'let': {
        if (s.type === 'u32') fail('u32 values');
        // In a vector loop: a lane vector unless every lane has the same value (then scalar, splatted where used).
        const vector = lanes !== undefined && s.type !== 'i32' && (s.init === undefined || this.varies(s.init));
        const type = vector ? V128 : s.type === 'f32' ? F64 : I32;
        const init = s.init ? (vector ? this.vector(s.init) : this.scalar(s.init)) : this.zero(type);
        if (s.type === 'i32' && s.init) {
          const a = affine(s.init, this.lets);
          if (a) this.lets.set(s.name, a);
          else this.lets.delete(s.name);
        }
        if (vector) lanes!.declared.add(s.name);
        if (lanes && s.type === 'i32') lanes.forms.set(s.name, s.init && this.laneForm(s.init));
        return [...init, ...op.set(this.declare(s.name, type))];
      }
      case 'assign': {
        const acc = lanes?.accumulators.get(s.name);
        if (acc !== undefined) return this.accumulate(s.name, acc, s.value);
        const target = this.lookup(s.name);
        if (lanes && !lanes.declared.has(s.name)) fail('a loop-carried assignment (a reduction)');
        if (lanes && target.type !== V128) fail('an i32 assignment in a vector loop');
        return [...(target.type === V128 ? this.vector(s.value) : this.scalar(s.value)), ...op.set(target.index)];
      }
      case 'store': case 'wg_store': {
        const address = this.address(s.kind === 'store' ? s.buffer : s.array, s.index);
        if (!lanes) return [...address, ...this.scalar(s.value), ...(s.value.type === 'f32' ? [F64_OPS.demote] : fail('a non-f32 store')), ...op.f32Store(0)];
        if (this.laneStride(s.index) !== 1) fail('a store that is not contiguous across lanes');
        return [...address, ...this.vector(s.value), ...op.v128Store(0)];
      }
      case 'wg_decl': return []; // zeroed by the caller
      case 'gemm': {
        // The JS gemm intrinsic (loom_gemm: the BLAS, else its own WebAssembly) on this memory, offsets in floats.
        if (lanes) fail('a gemm in a vector loop');
        const operand = (o: GemmOperand): number[] => {
          const rs = gemmStrideExpr(o.rowStride);
          const cs = gemmStrideExpr(o.colStride);
          if (!rs || !cs) fail('a multi-level gemm stride');
          return [...this.floatBase(o.buffer), ...this.scalar(o.offset), ...op.add, ...this.scalar(rs!), ...this.scalar(cs!)];
        };
        const ldc = s.ldc !== undefined ? op.i32(s.ldc) : this.scalar(s.N);
        return [
          ...this.floatBase(s.out), ...ldc, ...this.scalar(s.M), ...this.scalar(s.N), ...this.scalar(s.K),
          ...operand(s.a), ...operand(s.b), 0x10, ...uleb(this.importIndex('gemm')),
        ];
      }
      case 'for': return this.loop(s);
      case 'if': {
        if (lanes) fail('a branch in a vector loop');
        return [...this.scalar(s.cond), ...op.if, ...this.block(s.then), ...(s.else ? [...op.else, ...this.block(s.else)] : []), ...op.end];
      }
      default: return fail(`statement ${s.kind}`);
    }
  }

  private zero(type: ValType): number[] {
    return type === V128 ? f32x4Const(0) : type === F64 ? op.f64(0) : op.i32(0);
  }

  /**
   * A for loop: four lanes at a time where the body allows (a step-1 loop,
   * then its remainder one at a time; or a step-4 loop of four copies,
   * re-rolled), else scalar.
   */
  private loop(s: Extract<KStmt, { kind: 'for' }>): number[] {
    if (this.lanes) fail('a loop inside a vector loop');
    if (s.type !== 'i32') fail('a u32 loop');
    return this.scoped(() => {
      const v = this.declare(s.var, I32);
      this.lets.delete(s.var);
      const end = this.local(I32);
      const code = [...this.scalar(s.start), ...op.set(v), ...this.scalar(s.end), ...op.set(end)];
      const step = s.step.kind === 'const' ? s.step.value : 0;
      const innermost = s.body.every((b) => b.kind !== 'for' && b.kind !== 'if');
      if (innermost && (step === 1 || step === LANES)) {
        const rolled = step === LANES ? reroll(s.body, s.var, LANES, (e) => affine(e, this.lets)) : undefined;
        const aligned = s.start.kind === 'const' && s.start.value % LANES === 0;
        const lanes = step === 1
          ? this.lanesLoop(s.var, s.body, new Map(), v, end, false, aligned)
          : rolled && this.lanesLoop(s.var, rolled.body, rolled.accumulators, v, end, true, aligned);
        if (lanes && step === LANES) return [...code, ...lanes]; // the copies covered every column
        if (lanes) code.push(...lanes);
      }
      code.push(...whileLoop([...op.get(v), ...op.get(end), I32_OPS.ge], this.block(s.body), v, this.scalar(s.step)));
      return code;
    });
  }

  /**
   * `body` on four lanes (column v + lane) while v + 4 ≤ end, or for a re-rolled
   * loop while v < end; its accumulators gathered into vectors before and
   * scattered back after. Undefined (nothing emitted) when the body does not
   * vectorise.
   */
  private lanesLoop(
    loopVar: string, body: readonly KStmt[], accumulators: ReadonlyMap<string, readonly string[]>, v: number, end: number, rolled: boolean,
    aligned: boolean,
  ): number[] | undefined {
    const saved = this.locals.length;
    try {
      lanesIndependent(body, (e) => affine(e, this.lets));
      const scalar = (name: string): number => {
        const l = this.lookup(name);
        return l.type === F64 ? l.index : fail('a non-f32 accumulator');
      };
      const { vectors, gather, scatter } = laneAccumulators(body, rolled ? accumulators : undefined, scalar, () => this.local(V128));
      this.lanes = { loopVar, declared: new Set(), accumulators: vectors, aligned, forms: new Map() };
      const code = this.block(body);
      this.vectorised = true;
      const exit = rolled ? [...op.get(v), ...op.get(end), I32_OPS.ge] : [...op.get(v), ...op.i32(LANES), ...op.add, ...op.get(end), I32_OPS.gt];
      return [...gather, ...whileLoop(exit, code, v, op.i32(LANES)), ...scatter];
    } catch (e) {
      if (!(e instanceof Unsupported)) throw e;
      this.locals.length = saved;
      return undefined;
    } finally {
      this.lanes = undefined;
    }
  }

  /** A lane-wise accumulator update: f32 lanes as any lane expression; an f64 sum as its addend added into both halves. */
  private accumulate(name: string, acc: Accumulator, value: KExpr): number[] {
    if (acc.kind === 'f32') return [...this.vector(value), ...op.set(acc.v)];
    const t = this.local(V128);
    return [...this.vector(sumAddend(name, value)), ...op.set(t), ...addToSum(acc, t)];
  }

  /** Byte address of element `index` of array `name`. */
  private address(name: string, index: KExpr): number[] {
    return [...op.get(this.base(name)), ...this.scalar(index), ...op.i32(2), 0x74 /* i32.shl */, ...op.add];
  }

  /** The array's first element as an index into the whole memory (in floats), for the gemm import. */
  private floatBase(name: string): number[] {
    return [...op.get(this.base(name)), ...op.i32(2), 0x76 /* i32.shr_u */];
  }

  /** The index's coefficient in the vector loop's variable, 0 or 1; anything else is refused. */
  private laneStride(index: KExpr): 0 | 1 {
    return (this.laneForm(index) ?? fail('an index that is neither the same in every lane nor contiguous')).stride;
  }

  private laneForm(e: KExpr): LaneForm | undefined {
    return laneForm(e, this.lanes!, this.lets);
  }

  /** Whether `e` can differ between the lanes of the vector loop. */
  private varies(e: KExpr): boolean {
    return this.lanes !== undefined && varies(e, this.lanes, this.lets);
  }

  /** Scalar code: f32 as f64 (the JS kernels' arithmetic), i32 as i32, bool as i32 0/1. */
  private scalar(e: KExpr): number[] {
    switch (e.kind) {
      case 'const': return e.type === 'f32' ? op.f64(Math.fround(e.value)) : e.type === 'u32' ? fail('u32 values') : op.i32(e.type === 'bool' ? (e.value ? 1 : 0) : e.value | 0);
      case 'var': {
        const l = this.lookup(e.name);
        if (l.type === V128) fail('a lane value in scalar code');
        return op.get(l.index);
      }
      case 'load': case 'wg_load': {
        if (e.type !== 'f32') fail('a non-f32 load');
        return [...this.address(e.kind === 'load' ? e.buffer : e.array, e.index), ...op.f32Load(0), F64_OPS.promote];
      }
      case 'unary': return this.unary(e, false);
      case 'binary': return this.binary(e, false);
      case 'select': return [...this.scalar(e.ifTrue), ...this.scalar(e.ifFalse), ...this.scalar(e.cond), ...op.select];
      case 'cast': return this.cast(e, false);
      default: return fail(`expression ${e.kind}`);
    }
  }

  /** Lane code (v128): f32 lanes, or all-ones/zero masks for bool; lane-invariant parts splatted from scalar code. */
  private vector(e: KExpr): number[] {
    if (e.type !== 'f32' && e.type !== 'bool') fail('an integer lane value');
    if (!this.varies(e)) {
      const s = this.scalar(e);
      return e.type === 'f32'
        ? [...s, ...SPLAT_F64]
        : [...op.i32(0), ...s, ...op.sub, ...op.simd(V128_OPS.i32x4Splat)]; // 0/1 → 0/−1 lanes
    }
    switch (e.kind) {
      case 'var': {
        const acc = this.lanes!.accumulators.get(e.name);
        if (acc !== undefined) return acc.kind === 'f32' ? op.get(acc.v) : fail(`the sum ${e.name} read inside its loop`);
        const l = this.lookup(e.name);
        if (l.type !== V128) fail('an integer lane value');
        return op.get(l.index);
      }
      case 'load': case 'wg_load': {
        if (this.laneStride(e.index) !== 1) fail('a lane-varying gather');
        return [...this.address(e.kind === 'load' ? e.buffer : e.array, e.index), ...op.v128Load(0)];
      }
      case 'unary': return this.unary(e, true);
      case 'binary': return this.binary(e, true);
      case 'select': return [...this.vector(e.ifTrue), ...this.vector(e.ifFalse), ...this.vector(e.cond), ...op.simd(V128_OPS.bitselect)];
      case 'cast': return this.cast(e, true);
      default: return fail(`expression ${e.kind}`);
    }
  }

  private unary(e: Extract<KExpr, { kind: 'unary' }>, lanes: boolean): number[] {
    const arg = lanes ? this.vector(e.arg) : this.scalar(e.arg);
    if (e.op === 'not') return lanes ? [...arg, ...op.simd(V128_OPS.not)] : [...arg, I32_OPS.eqz];
    if (e.type !== 'f32') fail(`${e.op} on ${e.type}`);
    const native = nativeUnary(e.op, arg, lanes);
    if (native) return native;
    if (e.op === 'exp' || e.op === 'erf') {
      // The lane version (f32 accuracy) on one lane for scalar code.
      const math = (e.op === 'exp' ? f32x4Exp : f32x4Erf)(() => this.local(V128));
      return lanes ? [...arg, ...math] : [...arg, ...SPLAT_F64, ...math, ...lane(0)];
    }
    if (!MATH_CALLS.has(e.op)) return fail(`${e.op} has no WebAssembly version here`);
    // Math.<op> through an import, in f64 like the JS kernels; one call per lane.
    const call = [0x10, ...uleb(this.importIndex(e.op))];
    if (!lanes) return [...arg, ...call];
    const t = this.local(V128);
    const at = (i: number) => [...op.get(t), ...lane(i), ...call, F64_OPS.demote];
    return [
      ...arg, ...op.set(t), ...at(0), ...op.simd(V128_OPS.f32x4Splat),
      ...[1, 2, 3].flatMap((i) => [...at(i), ...op.simd(V128_OPS.f32x4ReplaceLane, i)]),
    ];
  }

  private binary(e: Extract<KExpr, { kind: 'binary' }>, lanes: boolean): number[] {
    const t = e.lhs.type;
    if (lanes && t !== 'f32' && t !== 'bool') return fail('integer lane arithmetic');
    if (!lanes && t === 'i32' && (e.op === 'min' || e.op === 'max')) {
      const [a, b] = [this.local(I32), this.local(I32)];
      return [
        ...this.scalar(e.lhs), ...op.tee(a), ...this.scalar(e.rhs), ...op.tee(b),
        ...op.get(a), ...op.get(b), e.op === 'min' ? I32_OPS.lt : I32_OPS.gt, ...op.select,
      ];
    }
    if (!lanes && (e.op === 'idiv' || e.op === 'mod') && t === 'i32') {
      // JS truncates toward zero like i32.div_s / rem_s; a zero divisor (JS: 0 or NaN) would trap.
      if (e.rhs.kind !== 'const' || e.rhs.value === 0) fail('an integer division by a non-constant');
      return [...this.scalar(e.lhs), ...this.scalar(e.rhs), e.op === 'idiv' ? 0x6d : 0x6f];
    }
    const args = lanes ? [...this.vector(e.lhs), ...this.vector(e.rhs)] : [...this.scalar(e.lhs), ...this.scalar(e.rhs)];
    const code = lanes ? laneBinary(e.op, t) : scalarBinary(e.op, t);
    return [...args, ...code];
  }

  private cast(e: Extract<KExpr, { kind: 'cast' }>, lanes: boolean): number[] {
    const from = e.arg.type;
    const to = e.type;
    if (from === to) return lanes ? this.vector(e.arg) : this.scalar(e.arg);
    if (lanes) {
      // f32(column index): lane 0's value splatted, plus the lane numbers.
      if (to === 'f32' && from === 'i32' && this.laneStride(e.arg) === 1) {
        return [...this.scalar(e.arg), F32_OPS.fromI32, ...op.simd(V128_OPS.f32x4Splat), ...LANE_NUMBERS, ...op.simd(V128_OPS.f32x4Add)];
      }
      if (to === 'f32' && from === 'bool') return [...this.vector(e.arg), ...f32x4Const(1), ...op.simd(V128_OPS.and)];
      if (to === 'bool' && from === 'f32') return [...this.vector(e.arg), ...f32x4Const(0), ...op.simd(V128_OPS.f32x4Ne)];
      return fail(`a lane cast ${from} → ${to}`);
    }
    const arg = this.scalar(e.arg);
    if (to === 'f32' && from === 'i32') return [...arg, F64_OPS.fromI32];
    if (to === 'f32' && from === 'bool') return [...arg, F64_OPS.fromU32];
    if (to === 'i32' && from === 'f32') return [...arg, ...I32_TRUNC_SAT_F64];
    if (to === 'i32' && from === 'bool') return arg;
    if (to === 'bool' && from === 'f32') return [...arg, ...op.f64(0), F64_OPS.ne];
    if (to === 'bool' && from === 'i32') return [...arg, ...op.i32(0), I32_OPS.ne];
    return fail(`a cast ${from} → ${to}`);
  }
}

/** `until (exit) { body; v += step }`: a block around a loop, leaving it when `exit` (an i32 condition) holds. */
function whileLoop(exit: readonly number[], body: readonly number[], v: number, step: readonly number[]): number[] {
  return [
    ...op.block, ...op.loop, ...exit, ...op.brIf(1),
    ...body,
    ...op.get(v), ...step, ...op.add, ...op.set(v), ...op.br(0),
    ...op.end, ...op.end,
  ];
}
