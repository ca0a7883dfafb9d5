// The C-like base renderer shared by every target (JS, WGSL, later CUDA C++):
// expressions with precedence-aware parenthesisation, literals, statements
// and indentation. A target supplies one OpTable (how each op, cast and
// bitcast is spelled per operand type) and overrides a few hooks
// (declarations, loops, builtins, barriers, the kernel wrapper); nothing
// about operators is spelled anywhere else.
//
// The CUDA seam: cuda.ts would be one more subclass — an OpTable (expf, logf,
// rsqrtf, erff, tanhf, fminf/fmaxf; casts `(float)x`; bitcasts
// __float_as_uint / __uint_as_float), literal() (`1.5f`, `3u`), builtin()
// (`blockIdx.x * blockDim.x + threadIdx.x`, `threadIdx.x`, `blockIdx.x`,
// `gridDim.x`), declare() (`float x = …;`, zero-initialised when no init),
// forHeader(), barrier() (`__syncthreads();`), workgroup arrays as
// `__shared__ float tile[N];`, an `extern "C" __global__` wrapper, and a
// TargetLimits (1024 invocations, 48 KiB shared memory) for limits.ts.
import type { KExpr, KStmt, KType, KUnaryOp, KBinaryOp, KBuiltin, KDim } from '../kernel/ir.ts';
import { walkStmts } from '../kernel/ir.ts';

/** Binding strength, C/JS order; a higher number binds tighter. */
export const Prec = {
  Lowest: 0,
  Ternary: 1,
  LogicalOr: 2,
  LogicalAnd: 3,
  BitOr: 4,
  BitXor: 5,
  BitAnd: 6,
  Equality: 7,
  Relational: 8,
  Shift: 9,
  Additive: 10,
  Multiplicative: 11,
  Unary: 12,
  Postfix: 13,
  Primary: 14,
} as const;

/** Rendered expression text with the precedence of its outermost operator. */
export interface Rendered {
  readonly text: string;
  readonly prec: number;
}

/** `text >>> 0`-style suffix applied to the whole operation (JS wraps u32 results this way). */
export interface PostOp {
  readonly text: string;
  readonly prec: number;
}

/** How one operation is written in a target. */
export type Spelling =
  /** `a OP b`. Operands need at least lhsPrec / rhsPrec (default: prec, prec + 1: left-associative). */
  | { readonly infix: string; readonly prec: number; readonly lhsPrec?: number; readonly rhsPrec?: number; readonly post?: PostOp }
  /** `OP a`; the operand is parenthesised unless primary, so `-(-x)` never becomes `--x`. */
  | { readonly prefix: string; readonly post?: PostOp }
  /** `f(a, b)`; `helper` names a support function the module must define. */
  | { readonly call: string; readonly helper?: string; readonly post?: PostOp }
  /** Free-form: `render` gets operands parenthesised to at least argPrec. */
  | { readonly render: (args: readonly string[]) => string; readonly prec: number; readonly argPrec: number; readonly helper?: string }
  /** The operand unchanged (casts that are no-ops in this target). */
  | { readonly same: true };

/** A spelling, or one per operand type. */
export type OpSpelling = Spelling | { readonly byType: Partial<Record<KType, Spelling>> };

/** Conversion spellings: [target type][source type]. */
export type CastTable = Readonly<Record<KType, Partial<Record<KType, Spelling>>>>;

export interface OpTable {
  readonly unary: Readonly<Record<KUnaryOp, OpSpelling>>;
  readonly binary: Readonly<Record<KBinaryOp, OpSpelling>>;
  readonly cast: CastTable;
  readonly bitcast: CastTable;
}

export const INDENT = '  ';

/**
 * A bitwise or shift operator whose operands are parenthesised unless they
 * are unary or tighter: `(a + b) << 2u`, `(x >> 16) ^ x`. WGSL requires it;
 * elsewhere it spares readers C's surprising bitwise precedence.
 */
export function bitwiseInfix(op: string, prec: number, post?: PostOp): Spelling {
  return post
    ? { infix: op, prec, lhsPrec: Prec.Unary, rhsPrec: Prec.Unary, post }
    : { infix: op, prec, lhsPrec: Prec.Unary, rhsPrec: Prec.Unary };
}

export function paren(r: Rendered, minPrec: number): string {
  return r.prec >= minPrec ? r.text : `(${r.text})`;
}

/**
 * The shortest decimal that rounds to the same f32 (so `k.f32(0.1)` prints
 * as 0.1, not 0.10000000149011612). Non-finite values are the target's job.
 */
export function shortestF32(v: number): string {
  if (Number.isInteger(v) && Math.abs(v) < 1e21) return String(v);
  const f = Math.fround(v);
  for (let p = 1; p <= 17; p++) {
    const s = f.toPrecision(p);
    if (Math.fround(Number(s)) === f) return String(Number(s));
  }
  return String(f);
}

export abstract class CLikeRenderer {
  protected abstract readonly ops: OpTable;
  /** Identifiers the target reserves; colliding names get a trailing `_`. */
  protected abstract readonly reserved: ReadonlySet<string>;
  /** Support functions (erf, bitcasts) the rendered code calls, to emit once per module. */
  readonly helpers = new Set<string>();
  /** Locals that are assigned somewhere; the others render as immutable. */
  protected assigned: ReadonlySet<string> = new Set();

  // ---- hooks every target provides ----
  protected abstract literal(type: KType, value: number): Rendered;
  protected abstract builtin(builtin: KBuiltin, dim: KDim): Rendered;
  protected abstract uniformRef(name: string): Rendered;
  protected abstract declare(name: string, type: KType, init: string | undefined, mutable: boolean): string;
  protected abstract barrier(s: Extract<KStmt, { kind: 'barrier' }>): string;
  protected abstract forHeader(v: string, type: 'i32' | 'u32', start: string, end: string, step: KExpr): string;

  // ---- hooks with C defaults ----
  protected select(cond: Rendered, ifTrue: Rendered, ifFalse: Rendered): Rendered {
    return { text: `${paren(cond, Prec.LogicalOr)} ? ${paren(ifTrue, Prec.Ternary)} : ${paren(ifFalse, Prec.Ternary)}`, prec: Prec.Ternary };
  }
  protected varRef(name: string): Rendered {
    return { text: this.ident(name), prec: Prec.Primary };
  }
  protected bufferElement(buffer: string, index: Rendered): Rendered {
    return { text: `${this.ident(buffer)}[${index.text}]`, prec: Prec.Postfix };
  }
  protected workgroupElement(array: string, index: Rendered): Rendered {
    return { text: `${this.ident(array)}[${index.text}]`, prec: Prec.Postfix };
  }
  /** Target of an assignment to a local (JS grid emulation redirects some to arrays). */
  protected assignTarget(name: string): string {
    return this.ident(name);
  }
  /**
   * The CPU matrix-multiply intrinsic (`gemm` statement). Only targets with a
   * gemm routine render it; GPU targets keep this default, which refuses.
   */
  protected gemm(_s: Extract<KStmt, { kind: 'gemm' }>): string {
    throw new Error('the gemm intrinsic is CPU-only (serial JS kernels); this target cannot render it');
  }
  /** A workgroup-array declaration inside the body; targets that hoist them return undefined. */
  protected workgroupDecl(_s: Extract<KStmt, { kind: 'wg_decl' }>): string | undefined {
    return undefined;
  }

  ident(name: string): string {
    return this.reserved.has(name) ? `${name}_` : name;
  }

  /** Records which locals are assigned, for immutable declarations; call before rendering a body. */
  protected prepare(body: readonly KStmt[]): void {
    const assigned = new Set<string>();
    walkStmts(body, (s) => { if (s.kind === 'assign') assigned.add(s.name); });
    this.assigned = assigned;
  }

  // ---- expressions ----
  expr(e: KExpr): Rendered {
    switch (e.kind) {
      case 'const': return this.literal(e.type, e.value);
      case 'var': return this.varRef(e.name);
      case 'uniform': return this.uniformRef(e.name);
      case 'builtin': return this.builtin(e.builtin, e.dim);
      case 'load': return this.bufferElement(e.buffer, this.expr(e.index));
      case 'wg_load': return this.workgroupElement(e.array, this.expr(e.index));
      case 'select': return this.select(this.expr(e.cond), this.expr(e.ifTrue), this.expr(e.ifFalse));
      case 'unary': return this.apply(this.pick(this.ops.unary[e.op], e.arg.type, e.op), [this.expr(e.arg)]);
      case 'binary': return this.apply(this.pick(this.ops.binary[e.op], e.lhs.type, e.op), [this.expr(e.lhs), this.expr(e.rhs)]);
      case 'cast': case 'bitcast': {
        const s = this.ops[e.kind][e.type][e.arg.type];
        if (!s) throw new Error(`${e.kind} from ${e.arg.type} to ${e.type} has no spelling in this target`);
        return this.apply(s, [this.expr(e.arg)]);
      }
    }
  }

  private pick(s: OpSpelling, type: KType, op: string): Spelling {
    if (!('byType' in s)) return s;
    const t = s.byType[type];
    if (!t) throw new Error(`${op} on ${type} has no spelling in this target`);
    return t;
  }

  protected apply(s: Spelling, args: readonly Rendered[]): Rendered {
    if ('same' in s) return args[0]!;
    if ('render' in s) {
      if (s.helper) this.helpers.add(s.helper);
      return { text: s.render(args.map((a) => paren(a, s.argPrec))), prec: s.prec };
    }
    let inner: Rendered;
    if ('infix' in s) {
      const [l, r] = args as [Rendered, Rendered];
      inner = { text: `${paren(l, s.lhsPrec ?? s.prec)} ${s.infix} ${paren(r, s.rhsPrec ?? s.prec + 1)}`, prec: s.prec };
    } else if ('prefix' in s) {
      inner = { text: `${s.prefix}${paren(args[0]!, Prec.Postfix)}`, prec: Prec.Unary };
    } else {
      if (s.helper) this.helpers.add(s.helper);
      inner = { text: `${s.call}(${args.map((a) => a.text).join(', ')})`, prec: Prec.Postfix };
    }
    if (!s.post) return inner;
    // Parenthesise anything looser than a call, for readability: `(a + b) >>> 0`.
    return { text: `${paren(inner, Prec.Postfix)} ${s.post.text}`, prec: s.post.prec };
  }

  // ---- statements ----
  /** Lines of `body` at `depth` levels of indentation. */
  block(body: readonly KStmt[], depth: number): string[] {
    const out: string[] = [];
    for (const s of body) this.stmt(s, depth, out);
    return out;
  }

  protected stmt(s: KStmt, depth: number, out: string[]): void {
    const pad = INDENT.repeat(depth);
    switch (s.kind) {
      case 'let':
        out.push(pad + this.declare(s.name, s.type, s.init && this.expr(s.init).text, this.assigned.has(s.name)));
        break;
      case 'assign': out.push(pad + this.assignment(s.name, s.value)); break;
      case 'store':
        out.push(`${pad}${this.bufferElement(s.buffer, this.expr(s.index)).text} = ${this.expr(s.value).text};`);
        break;
      case 'wg_store':
        out.push(`${pad}${this.workgroupElement(s.array, this.expr(s.index)).text} = ${this.expr(s.value).text};`);
        break;
      case 'for':
        out.push(pad + this.forHeader(this.ident(s.var), s.type, this.expr(s.start).text, this.condBound(s.end), s.step) + ' {');
        out.push(...this.block(s.body, depth + 1), pad + '}');
        break;
      case 'if':
        this.ifChain(s, depth, out);
        break;
      case 'barrier': out.push(pad + this.barrier(s)); break;
      case 'wg_decl': {
        const line = this.workgroupDecl(s);
        if (line !== undefined) out.push(pad + line);
        break;
      }
      case 'gemm': out.push(pad + this.gemm(s)); break;
    }
  }

  /** The loop bound as the right operand of `<`. */
  private condBound(end: KExpr): string {
    return paren(this.expr(end), Prec.Shift);
  }

  /** `else if` chains render flat instead of nesting one level per branch. */
  private ifChain(s: Extract<KStmt, { kind: 'if' }>, depth: number, out: string[]): void {
    const pad = INDENT.repeat(depth);
    out.push(`${pad}if (${this.expr(s.cond).text}) {`, ...this.block(s.then, depth + 1));
    let rest = s.else;
    while (rest && rest.length === 1 && rest[0]!.kind === 'if') {
      const elif: Extract<KStmt, { kind: 'if' }> = rest[0];
      out.push(`${pad}} else if (${this.expr(elif.cond).text}) {`, ...this.block(elif.then, depth + 1));
      rest = elif.else;
    }
    if (rest && rest.length > 0) out.push(`${pad}} else {`, ...this.block(rest, depth + 1));
    out.push(pad + '}');
  }

  /** `x = v;`, or `x += d;` when v is `x + d` and the op is a plain infix. */
  private assignment(name: string, value: KExpr): string {
    const target = this.assignTarget(name);
    if (value.kind === 'binary' && value.lhs.kind === 'var' && value.lhs.name === name) {
      const s = this.pick(this.ops.binary[value.op], value.lhs.type, value.op);
      if ('infix' in s && !s.post && COMPOUND.has(s.infix)) return `${target} ${s.infix}= ${this.expr(value.rhs).text};`;
    }
    return `${target} = ${this.expr(value).text};`;
  }
}

/** Operators with a compound-assignment form in every C-like target. */
const COMPOUND: ReadonlySet<string> = new Set(['+', '-', '*', '/', '%', '&', '|', '^', '<<', '>>']);
