// The kernel-IR verifier. Lowering and templates build kernels
// programmatically, so mistakes show up as malformed IR; catching them here,
// with the kernel's name and loom source location, beats a WGSL compile error
// or a silent NaN in the JS backend. Target limits (buffer counts, workgroup
// sizes, memory) are checked at render time, per target.
import { KernelError, binaryResultType, isStorageType, isValidName, unaryResultType, walkExpr } from './ir.ts';
import type { KExpr, KStmt, KType, Kernel } from './ir.ts';
import { hasUniformControl, varyingVars } from './uniformity.ts';

type Symbol =
  | { kind: 'buffer'; type: KType; access: 'read' | 'write' | 'read_write' }
  | { kind: 'uniform'; type: KType }
  /** readonly: a gemm view (the statement declares it; only loads may read it). */
  | { kind: 'wg_array'; type: KType; readonly?: boolean }
  | { kind: 'local'; type: KType; loopVar: boolean }
  /** The kernel's own name: WGSL entry points share the module namespace with buffers. */
  | { kind: 'kernel' };

/** Where a statement sits: nesting depth, and whether invocations may disagree on reaching it. */
interface BlockContext {
  depth: number;
  divergent: boolean;
}

const INT_RANGE: Partial<Record<KType, [number, number]>> = {
  i32: [-2147483648, 2147483647],
  u32: [0, 4294967295],
  bool: [0, 1],
};

/** Every problem in `kernel`, as messages; empty when it is well formed. */
export function verifyKernel(kernel: Kernel): string[] {
  return new Verifier(kernel).run();
}

/** Throws a KernelError listing every problem, naming the kernel and its loom source. */
export function assertValidKernel(kernel: Kernel): void {
  const problems = verifyKernel(kernel);
  if (problems.length > 0) throw new KernelError(kernel.name, kernel.loc, problems);
}

class Verifier {
  private readonly problems: string[] = [];
  /** Innermost scope last; scope 0 holds parameters and workgroup arrays. */
  private readonly scopes: Map<string, Symbol>[] = [new Map()];
  private readonly varying: Set<string>;
  private readonly grid: boolean;

  constructor(private readonly kernel: Kernel) {
    this.varying = varyingVars(kernel.body);
    this.grid = kernel.launch.kind === 'grid';
  }

  run(): string[] {
    const { kernel } = this;
    this.declare(kernel.name, { kind: 'kernel' }, 'kernel');
    for (const u of kernel.uniforms) {
      if (!isStorageType(u.type)) this.fail(`uniform "${u.name}" has type bool; uniforms hold f32, i32 or u32`);
      this.declare(u.name, { kind: 'uniform', type: u.type }, 'uniform');
    }
    for (const b of kernel.buffers) {
      if (!isStorageType(b.dtype)) this.fail(`buffer "${b.name}" has dtype bool; store bools as u32`);
      this.hostExpr(b.count, `element count of buffer "${b.name}"`);
      this.declare(b.name, { kind: 'buffer', type: b.dtype, access: b.access }, 'buffer');
    }
    this.launch();
    this.block(kernel.body, { depth: 0, divergent: false });
    return this.problems;
  }

  private fail(message: string): void {
    this.problems.push(message);
  }

  private lookup(name: string): Symbol | undefined {
    for (let i = this.scopes.length - 1; i >= 0; i--) {
      const s = this.scopes[i]!.get(name);
      if (s) return s;
    }
    return undefined;
  }

  private declare(name: string, sym: Symbol, what: string): void {
    if (!isValidName(name)) this.fail(`${what} name "${name}" is not a valid identifier (letters, digits, _; not starting with loom_)`);
    if (this.lookup(name)) this.fail(`${what} "${name}" is already declared in this scope`);
    this.scopes[this.scopes.length - 1]!.set(name, sym);
  }

  private launch(): void {
    const { launch } = this.kernel;
    if (launch.kind === 'serial') return;
    if (!launch.workgroupSize.every((d) => Number.isInteger(d) && d >= 1)) {
      this.fail(`workgroup size [${launch.workgroupSize.join(', ')}] must be positive integers`);
    }
    launch.workgroups.forEach((e, i) => this.hostExpr(e, `workgroup count ${'xyz'[i]}`));
  }

  /** Launch sizes and buffer counts: integer expressions the host can evaluate. */
  private hostExpr(e: KExpr, what: string): void {
    const t = this.expr(e);
    if (t !== 'i32' && t !== 'u32') this.fail(`${what} must be an integer expression, not ${t}`);
    const bad = deviceOnly(e);
    if (bad) this.fail(`${what} must use only constants and uniforms (it reads ${bad})`);
  }

  private block(body: readonly KStmt[], ctx: BlockContext): void {
    if (ctx.depth > 0) this.scopes.push(new Map());
    for (const s of body) this.stmt(s, ctx);
    if (ctx.depth > 0) this.scopes.pop();
  }

  private stmt(s: KStmt, ctx: BlockContext): void {
    const inner: BlockContext = { depth: ctx.depth + 1, divergent: ctx.divergent || !hasUniformControl(s, this.varying) };
    switch (s.kind) {
      case 'let': {
        if (s.init) this.expect(s.init, s.type, `initialiser of "${s.name}"`);
        this.declare(s.name, { kind: 'local', type: s.type, loopVar: false }, 'local');
        break;
      }
      case 'assign': {
        const sym = this.lookup(s.name);
        if (!sym || sym.kind !== 'local') this.fail(`assignment to undeclared local "${s.name}"`);
        else if (sym.loopVar) this.fail(`assignment to loop variable "${s.name}"`);
        else this.expect(s.value, sym.type, `value assigned to "${s.name}"`);
        break;
      }
      case 'store': case 'wg_store': {
        const name = s.kind === 'store' ? s.buffer : s.array;
        const sym = this.lookup(name);
        const want = s.kind === 'store' ? 'buffer' : 'wg_array';
        this.index(s.index, name);
        if (!sym || sym.kind !== want) this.fail(`store to unknown ${s.kind === 'store' ? 'buffer' : 'workgroup array'} "${name}"`);
        else {
          if (sym.kind === 'buffer' && sym.access === 'read') this.fail(`store to read-only buffer "${name}"`);
          if (sym.kind === 'wg_array' && sym.readonly) this.fail(`store to "${name}", a read-only gemm result view`);
          this.expect(s.value, sym.type, `value stored to "${name}"`);
        }
        break;
      }
      case 'for': {
        if (s.type !== 'i32' && s.type !== 'u32') this.fail(`loop variable "${s.var}" must be i32 or u32`);
        this.expect(s.start, s.type, `start of loop "${s.var}"`);
        this.expect(s.end, s.type, `end of loop "${s.var}"`);
        this.expect(s.step, s.type, `step of loop "${s.var}"`);
        if (s.step.kind === 'const' && s.step.value <= 0) this.fail(`loop "${s.var}" has non-positive step ${s.step.value}`);
        this.scopes.push(new Map());
        this.declare(s.var, { kind: 'local', type: s.type, loopVar: true }, 'loop variable');
        this.block(s.body, inner);
        this.scopes.pop();
        break;
      }
      case 'if': {
        this.expect(s.cond, 'bool', 'if condition');
        this.block(s.then, inner);
        if (s.else) this.block(s.else, inner);
        break;
      }
      case 'barrier': {
        if (!this.grid) this.fail('barrier in a serial kernel (barriers need a grid launch)');
        else if (ctx.divergent) this.fail('barrier inside divergent control flow (an if or loop whose condition depends on the invocation)');
        break;
      }
      case 'wg_decl': {
        if (ctx.depth > 0) this.fail(`workgroup array "${s.name}" must be declared at the top level of the kernel body`);
        if (!Number.isInteger(s.size) || s.size < 1) this.fail(`workgroup array "${s.name}" has invalid size ${s.size}`);
        if (!isStorageType(s.type)) this.fail(`workgroup array "${s.name}" has type bool; use u32`);
        this.declare(s.name, { kind: 'wg_array', type: s.type }, 'workgroup array');
        break;
      }
      case 'gemm': this.gemm(s); break;
    }
  }

  private gemm(s: Extract<KStmt, { kind: 'gemm' }>): void {
    if (this.grid) this.fail('gemm in a grid kernel (the gemm intrinsic is CPU-only: serial launches)');
    for (const d of ['M', 'N', 'K'] as const) this.expect(s[d], 'i32', `gemm ${d}`);
    const out = s.ldc === undefined ? this.lookup(s.out) : undefined;
    if (s.ldc !== undefined) {
      if (!Number.isInteger(s.ldc) || s.ldc < 1) this.fail(`gemm view "${s.out}" has invalid row stride ldc ${s.ldc}`);
      else if (s.N.kind === 'const' && s.ldc < s.N.value) this.fail(`gemm view "${s.out}" has row stride ldc ${s.ldc} < N ${s.N.value}`);
    } else if (!out || out.kind !== 'wg_array') this.fail(`gemm into unknown scratch array "${s.out}"`);
    else if (out.type !== 'f32') this.fail(`gemm into "${s.out}" (${out.type}): the scratch array must be f32`);
    else {
      const size = this.scratchSize(s.out);
      if (size !== undefined && s.M.kind === 'const' && s.N.kind === 'const' && s.M.value * s.N.value > size) {
        this.fail(`gemm writes ${s.M.value}×${s.N.value} elements into "${s.out}", which holds ${size}`);
      }
    }
    for (const [which, o] of [['a', s.a], ['b', s.b]] as const) {
      this.expect(o.offset, 'i32', `gemm operand ${which} offset`);
      for (const f of ['rowStride', 'colStride'] as const) {
        const st = o[f];
        if (!Array.isArray(st)) this.expect(st as KExpr, 'i32', `gemm operand ${which} ${f}`);
        else if (st.length === 0 || st.some((l) => !Number.isInteger(l.size) || l.size < 1 || !Number.isInteger(l.stride))) {
          this.fail(`gemm operand ${which} ${f}: levels must be non-empty (size ≥ 1, integer stride), got ${JSON.stringify(st)}`);
        }
      }
      // An operand is a buffer or one of the kernel's scratch arrays (a tile computed by an earlier gemm).
      const sym = this.lookup(o.buffer);
      if (!sym || (sym.kind !== 'buffer' && sym.kind !== 'wg_array')) this.fail(`gemm operand ${which} reads unknown buffer "${o.buffer}"`);
      else {
        if (sym.kind === 'buffer' && sym.access === 'write') this.fail(`gemm operand ${which} reads write-only buffer "${o.buffer}"`);
        if (sym.type !== 'f32') this.fail(`gemm operand ${which} reads "${o.buffer}" (${sym.type}); gemm operands must be f32`);
        if (o.buffer === s.out) this.fail(`gemm operand ${which} reads "${o.buffer}", the array it writes`);
        if (sym.kind === 'wg_array' && sym.readonly) this.fail(`gemm operand ${which} reads "${o.buffer}", a gemm view that this gemm overwrites`);
      }
    }
    // A view lives until the next gemm overwrites the memory under it: earlier views go out of scope here.
    for (const scope of this.scopes) for (const [name, sym] of scope) if (sym.kind === 'wg_array' && sym.readonly) scope.delete(name);
    if (s.ldc !== undefined) this.declare(s.out, { kind: 'wg_array', type: 'f32', readonly: true }, 'gemm view');
  }

  private scratchSize(name: string): number | undefined {
    const decl = this.kernel.body.find((d) => d.kind === 'wg_decl' && d.name === name);
    return decl?.kind === 'wg_decl' ? decl.size : undefined;
  }

  private index(e: KExpr, of: string): void {
    const t = this.expr(e);
    if (t !== 'i32' && t !== 'u32') this.fail(`index into "${of}" must be i32 or u32, not ${t}`);
  }

  private expect(e: KExpr, type: KType, what: string): void {
    const t = this.expr(e);
    if (t !== type) this.fail(`${what} has type ${t}, expected ${type}`);
  }

  /** Checks `e` and returns its recorded type. */
  private expr(e: KExpr): KType {
    const recorded = (actual: KType | { error: string }, what: string) => {
      if (typeof actual !== 'string') this.fail(`${what}: ${actual.error}`);
      else if (actual !== e.type) this.fail(`${what} is recorded as ${e.type} but computes ${actual}`);
    };
    switch (e.kind) {
      case 'const': {
        const range = INT_RANGE[e.type];
        if (range && !(Number.isInteger(e.value) && e.value >= range[0] && e.value <= range[1])) {
          this.fail(`constant ${e.value} is not a valid ${e.type}`);
        }
        break;
      }
      case 'var': {
        const sym = this.lookup(e.name);
        if (!sym || sym.kind !== 'local') this.fail(`use of undeclared variable "${e.name}"`);
        else if (sym.type !== e.type) this.fail(`variable "${e.name}" is ${sym.type} but used as ${e.type}`);
        break;
      }
      case 'uniform': {
        const sym = this.lookup(e.name);
        if (!sym || sym.kind !== 'uniform') this.fail(`use of undeclared uniform "${e.name}"`);
        else if (sym.type !== e.type) this.fail(`uniform "${e.name}" is ${sym.type} but used as ${e.type}`);
        break;
      }
      case 'builtin':
        if (!this.grid) this.fail(`${e.builtin} used in a serial kernel (builtins need a grid launch)`);
        break;
      case 'unary': recorded(unaryResultType(e.op, this.expr(e.arg)), e.op); break;
      case 'binary': recorded(binaryResultType(e.op, this.expr(e.lhs), this.expr(e.rhs)), e.op); break;
      case 'select': {
        this.expect(e.cond, 'bool', 'select condition');
        const t = this.expr(e.ifTrue);
        const f = this.expr(e.ifFalse);
        if (t !== f) this.fail(`select branches differ: ${t} and ${f}`);
        else recorded(t, 'select');
        break;
      }
      case 'cast': this.expr(e.arg); break;
      case 'bitcast':
        if (this.expr(e.arg) === 'bool' || e.type === 'bool') this.fail('bitcast to or from bool');
        break;
      case 'load': case 'wg_load': {
        const name = e.kind === 'load' ? e.buffer : e.array;
        this.index(e.index, name);
        const sym = this.lookup(name);
        if (!sym || sym.kind !== (e.kind === 'load' ? 'buffer' : 'wg_array')) {
          this.fail(`load from unknown ${e.kind === 'load' ? 'buffer' : 'workgroup array'} "${name}"`);
        } else {
          if (sym.kind === 'buffer' && sym.access === 'write') this.fail(`load from write-only buffer "${name}"`);
          if (sym.type !== e.type) this.fail(`load from "${name}" (${sym.type}) recorded as ${e.type}`);
        }
        break;
      }
    }
    return e.type;
  }
}

/** What a host expression must not read, or undefined when it reads only constants and uniforms. */
function deviceOnly(e: KExpr): string | undefined {
  let bad: string | undefined;
  walkExpr(e, (x) => {
    if (x.kind === 'var') bad ??= `variable "${x.name}"`;
    else if (x.kind === 'load' || x.kind === 'wg_load') bad ??= 'memory';
    else if (x.kind === 'builtin') bad ??= x.builtin;
  });
  return bad;
}
