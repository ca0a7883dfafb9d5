// The stable text form of kernel IR (the golden files under test/golden/stages). It is one more
// target of the C-like base renderer: C operator syntax where C has one,
// the IR's op names elsewhere, and types on every declaration.
//
//   kernel relu (model.loom:3:5)
//     buffer x: f32[n] read
//     uniform n: i32
//     launch grid workgroup_size(256, 1, 1) workgroups(…, 1, 1)
//   {
//     let i: i32 = i32(global_id.x)
//     …
//   }
import { bitwiseInfix, CLikeRenderer, Prec, shortestF32 } from './c-like.ts';
import type { OpTable, Rendered, Spelling } from './c-like.ts';
import type { GemmOperand, GemmStride, KBinaryOp, KBuiltin, KDim, KExpr, KStmt, KType, KUnaryOp, Kernel } from '../kernel/ir.ts';
import { BINARY_OPS, UNARY_OPS } from '../kernel/ir.ts';

const INFIX: Partial<Record<KBinaryOp, [string, number]>> = {
  add: ['+', Prec.Additive], sub: ['-', Prec.Additive], mul: ['*', Prec.Multiplicative], div: ['/', Prec.Multiplicative],
  mod: ['%', Prec.Multiplicative], lt: ['<', Prec.Relational], le: ['<=', Prec.Relational], gt: ['>', Prec.Relational],
  ge: ['>=', Prec.Relational], eq: ['==', Prec.Equality], ne: ['!=', Prec.Equality], and: ['&&', Prec.LogicalAnd],
  or: ['||', Prec.LogicalOr], bit_and: ['&', Prec.BitAnd], bit_or: ['|', Prec.BitOr], bit_xor: ['^', Prec.BitXor],
  shl: ['<<', Prec.Shift], shr: ['>>', Prec.Shift],
};
const BITWISE: ReadonlySet<KBinaryOp> = new Set(['bit_and', 'bit_or', 'bit_xor', 'shl', 'shr']);
const PREFIX: Partial<Record<KUnaryOp, string>> = { neg: '-', not: '!' };
const TYPES: readonly KType[] = ['f32', 'i32', 'u32', 'bool'];

/** Every conversion spelled `type(x)` / `bitcast<type>(x)`. */
function conversions(spell: (t: KType) => Spelling): OpTable['cast'] {
  return Object.fromEntries(TYPES.map((to) => [to, Object.fromEntries(TYPES.map((from) => [from, spell(to)]))])) as OpTable['cast'];
}

const IR_OPS: OpTable = {
  unary: Object.fromEntries(UNARY_OPS.map((op) => [op, PREFIX[op] ? { prefix: PREFIX[op] } : { call: op }])) as OpTable['unary'],
  binary: Object.fromEntries(BINARY_OPS.map((op) => {
    const inf = INFIX[op];
    if (!inf) return [op, { call: op }];
    return [op, BITWISE.has(op) ? bitwiseInfix(inf[0], inf[1]) : { infix: inf[0], prec: inf[1] }];
  })) as OpTable['binary'],
  cast: conversions((t) => ({ call: t })),
  bitcast: conversions((t) => ({ call: `bitcast<${t}>` })),
};

class IrPrinter extends CLikeRenderer {
  protected readonly ops = IR_OPS;
  protected readonly reserved: ReadonlySet<string> = new Set();

  protected literal(type: KType, value: number): Rendered {
    let text: string;
    if (type === 'bool') text = value ? 'true' : 'false';
    else if (type === 'u32') text = `${value}u`;
    else if (type === 'i32') text = String(value);
    else if (Number.isNaN(value)) text = 'nan';
    else if (!Number.isFinite(value)) text = value > 0 ? 'inf' : '-inf';
    else text = shortestF32(value).replace(/^(-?\d+)$/, '$1.0');
    return { text, prec: text.startsWith('-') ? Prec.Unary : Prec.Primary };
  }
  protected builtin(builtin: KBuiltin, dim: KDim): Rendered {
    return { text: `${builtin}.${'xyz'[dim]}`, prec: Prec.Postfix };
  }
  protected uniformRef(name: string): Rendered {
    return { text: name, prec: Prec.Primary };
  }
  protected declare(name: string, type: KType, init: string | undefined, mutable: boolean): string {
    return `${mutable ? 'var' : 'let'} ${name}: ${type}${init === undefined ? '' : ` = ${init}`}`;
  }
  protected barrier(s: Extract<KStmt, { kind: 'barrier' }>): string {
    return s.storage ? 'barrier storage' : 'barrier';
  }
  protected forHeader(v: string, type: 'i32' | 'u32', start: string, end: string, step: KExpr): string {
    const s = step.kind === 'const' && step.value === 1 ? '' : ` step ${this.expr(step).text}`;
    return `for ${v}: ${type} in ${start}..${end}${s}`;
  }
  protected override workgroupDecl(s: { name: string; type: KType; size: number }): string {
    return `workgroup ${s.name}: ${s.type}[${s.size}]`;
  }

  protected override gemm(s: Extract<KStmt, { kind: 'gemm' }>): string {
    const e = (x: KExpr) => this.expr(x).text;
    // Levels print outermost first as [size:stride, …].
    const stride = (x: GemmStride) => (Array.isArray(x) ? `[${x.map((l) => `${l.size}:${l.stride}`).join(', ')}]` : e(x as KExpr));
    const operand = (o: GemmOperand) => `${o.buffer}[${e(o.offset)}; ${stride(o.rowStride)}, ${stride(o.colStride)}]`;
    const out = s.ldc === undefined ? `${s.out}[${e(s.M)}, ${e(s.N)}]` : `view ${s.out}[${e(s.M)}, ${e(s.N)}; ldc ${s.ldc}]`;
    return `gemm ${out} = ${operand(s.a)} * ${operand(s.b)} over k < ${e(s.K)}`;
  }

  print(kernel: Kernel): string {
    this.prepare(kernel.body);
    const { launch } = kernel;
    const launchText = launch.kind === 'serial'
      ? 'launch serial'
      : `launch grid workgroup_size(${launch.workgroupSize.join(', ')}) workgroups(${launch.workgroups.map((e) => this.expr(e).text).join(', ')})`;
    return [
      `kernel ${kernel.name}${kernel.loc ? ` (${kernel.loc})` : ''}`,
      ...kernel.buffers.map((b) => `  buffer ${b.name}: ${b.dtype}[${this.expr(b.count).text}] ${b.access}`),
      ...kernel.uniforms.map((u) => `  uniform ${u.name}: ${u.type}`),
      `  ${launchText}`,
      '{',
      ...this.block(kernel.body, 1).map((l) => l.replace(/;$/, '')),
      '}',
    ].join('\n') + '\n';
  }
}

/** The kernel as stable, human-readable text. */
export function printKernel(kernel: Kernel): string {
  return new IrPrinter().print(kernel);
}

/** One expression in the printer's syntax (for error messages and tests). */
export function printExpr(e: KExpr): string {
  return new IrPrinter().expr(e).text;
}
