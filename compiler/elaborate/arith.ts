// Operators on values: compile-time arithmetic on ints and floats (ints stay
// ints where exact), and tensor arithmetic with numpy broadcasting and dtype
// promotion (bool < i32 < f32; an int tensor meeting a float becomes f32).
import type { SourceSpan } from '../diagnostics.ts';
import type { BinaryOp as IrBinary, DType, NodeId, UnaryOp as IrUnary } from '../graph/types.ts';
import { fmtShape, fmtType } from '../graph/types.ts';
import { broadcastShapes } from '../graph/builder.ts';
import type { BinaryOperator } from '../syntax/ast.ts';
import { type Ctx, err, MAX_VALUE_LENGTH } from './context.ts';
import { bin } from './emit.ts';
import { BudgetError, fmtCount } from './limits.ts';
import { type Value, bool, check, describe, float, int, isNum, show } from './values.ts';

const ARITH: Partial<Record<BinaryOperator, IrBinary>> = { '+': 'add', '-': 'sub', '*': 'mul', '/': 'div', '**': 'pow' };
const COMPARE: Partial<Record<BinaryOperator, IrBinary>> = { '<': 'lt', '<=': 'le', '>': 'gt', '>=': 'ge', '==': 'eq', '!=': 'ne' };

/** A tensor operand or a compile-time number (bools become bool constants). */
type ArithOperand = { t: NodeId } | { n: number; isFloat: boolean } | { bool: boolean };

function operand(v: Value, op: string, span: SourceSpan): ArithOperand {
  check(v);
  if (v.kind === 'tensor') return { t: v.id };
  if (v.kind === 'int') return { n: v.v, isFloat: false };
  if (v.kind === 'float') return { n: v.v, isFloat: true };
  if (v.kind === 'bool') return { bool: v.v };
  throw err(`'${op}' cannot take ${describe(v)} and a tensor`, span, 'E-type');
}

function dtypeOf(ctx: Ctx, o: ArithOperand): DType | 'int' | 'float' | 'boolc' {
  if ('t' in o) return ctx.b.type(o.t).dtype;
  if ('bool' in o) return 'boolc';
  return o.isFloat ? 'float' : 'int';
}

/** An operand as a tensor of dtype `dt` (numbers become scalar constants). */
function lift(ctx: Ctx, o: ArithOperand, dt: DType): NodeId {
  if ('t' in o) return ctx.b.cast(o.t, dt);
  if ('bool' in o) return ctx.b.constant(o.bool ? 1 : 0, [], dt);
  return ctx.b.constant(o.n, [], dt);
}

/** The dtype two operands of a numeric op are brought to. */
function numericDType(ctx: Ctx, a: ArithOperand, b: ArithOperand, trueDivision: boolean): DType {
  const ds = [dtypeOf(ctx, a), dtypeOf(ctx, b)];
  if (ds.includes('f32') || ds.includes('float') || trueDivision) return 'f32';
  return 'i32';
}

export function tensorOf(ctx: Ctx, v: Value, what: string, span: SourceSpan): NodeId {
  check(v);
  if (v.kind === 'tensor') return v.id;
  if (v.kind === 'int') return ctx.b.constant(v.v, [], 'i32');
  if (v.kind === 'float') return ctx.b.constant(v.v, [], 'f32');
  if (v.kind === 'bool') return ctx.b.constant(v.v ? 1 : 0, [], 'bool');
  throw err(`${what} must be a tensor, got ${describe(v)}`, span, 'E-type');
}

/** `a op b` for any two values. */
export function binaryValue(ctx: Ctx, op: BinaryOperator, a: Value, b: Value, span: SourceSpan): Value {
  check(a);
  check(b);
  if (a.kind !== 'tensor' && b.kind !== 'tensor') return compileTime(op, a, b, span);
  if (op === '@') return { kind: 'tensor', id: matmul(ctx, tensorOf(ctx, a, "'@' operand", span), tensorOf(ctx, b, "'@' operand", span), span) };
  const x = operand(a, op, span);
  const y = operand(b, op, span);
  const id = tensorBinary(ctx, op, x, y, span);
  return { kind: 'tensor', id };
}

function tensorBinary(ctx: Ctx, op: BinaryOperator, x: ArithOperand, y: ArithOperand, span: SourceSpan): NodeId {
  const B = ctx.b;
  if (op === 'and' || op === 'or') {
    for (const o of [x, y]) {
      const d = dtypeOf(ctx, o);
      if (d !== 'bool' && d !== 'boolc') throw err(`'${op}' needs bools, got ${'n' in o ? `the number ${o.n}` : `a ${d} tensor`}`, span, 'E-type');
    }
    return bin(B, op, lift(ctx, x, 'bool'), lift(ctx, y, 'bool'));
  }
  const cmp = COMPARE[op];
  if (cmp) {
    const bothBool = [x, y].every((o) => ['bool', 'boolc'].includes(dtypeOf(ctx, o)));
    if (bothBool && (op === '==' || op === '!=')) return bin(B, cmp, lift(ctx, x, 'bool'), lift(ctx, y, 'bool'));
    const dt = numericDType(ctx, x, y, false);
    return bin(B, cmp, lift(ctx, x, dt), lift(ctx, y, dt));
  }
  const dt = numericDType(ctx, x, y, op === '/');
  switch (op) {
    case '+': case '-': case '*': case '/':
      return bin(B, ARITH[op]!, lift(ctx, x, dt), lift(ctx, y, dt));
    case '**':
      return power(ctx, lift(ctx, x, dt), 'n' in y ? y.n : undefined, lift(ctx, y, dt));
    case '//': {
      const q = B.unary('floor', bin(B, 'div', lift(ctx, x, 'f32'), lift(ctx, y, 'f32')));
      return B.cast(q, dt);
    }
    case '%': {
      const lf = lift(ctx, x, 'f32');
      const rf = lift(ctx, y, 'f32');
      const q = B.unary('floor', bin(B, 'div', lf, rf));
      return B.cast(bin(B, 'sub', lf, bin(B, 'mul', q, rf)), dt);
    }
    default:
      throw err(`operator '${op}' is not supported on tensors`, span, 'E-type');
  }
}

/** x ** y; small integer powers become multiplications (exact, and fine for negative bases on every backend). */
function power(ctx: Ctx, x: NodeId, literal: number | undefined, y: NodeId): NodeId {
  const B = ctx.b;
  const f32 = B.type(x).dtype === 'f32';
  switch (literal) {
    case 1: return x;
    case 2: return bin(B, 'mul', x, x);
    case 3: return bin(B, 'mul', bin(B, 'mul', x, x), x);
    case 4: {
      const sq = bin(B, 'mul', x, x);
      return bin(B, 'mul', sq, sq);
    }
    case 0.5: if (f32) return B.unary('sqrt', x); break;
    case -0.5: if (f32) return B.unary('rsqrt', x); break;
    case -1: if (f32) return B.unary('recip', x); break;
  }
  return bin(B, 'pow', x, y);
}

/** numpy matmul: the last axis of `a` against the first of a 2-D `b`, or batched over leading axes. */
export function matmul(ctx: Ctx, a: NodeId, b: NodeId, span: SourceSpan): NodeId {
  const B = ctx.b;
  const ta = B.type(a);
  const tb = B.type(b);
  if (ta.dtype === 'bool' || tb.dtype === 'bool') throw err(`'@' needs numeric tensors, got ${fmtType(ta)} @ ${fmtType(tb)}`, span, 'E-type');
  if (ta.dtype !== tb.dtype) {
    a = B.cast(a, 'f32');
    b = B.cast(b, 'f32');
  }
  const sa = ta.shape;
  const sb = tb.shape;
  if (sa.length === 0 || sb.length === 0) throw err(`'@' needs tensors of rank 1 or more, got ${fmtShape(sa)} @ ${fmtShape(sb)}`, span, 'E-shape');
  const ka = sa[sa.length - 1]!;
  const kb = sb.length === 1 ? sb[0]! : sb[sb.length - 2]!;
  if (ka !== kb) {
    throw err(`'@': ${fmtShape(sa)} @ ${fmtShape(sb)}: the contracted axes differ (${ka} and ${kb})`, span, 'E-shape');
  }
  const L = 'abcdefghijlnopqrstuvwxyzABCDEFGHIJLMNOPQRSTUVWXYZ'; // k, K and m are reserved
  if (sa.length + sb.length > L.length) throw err(`'@': tensors of rank ${sa.length} and ${sb.length} are too large`, span, 'E-shape');
  if (sb.length === 1) {
    const pre = L.slice(0, sa.length - 1);
    return B.einsum(`${pre}k,k->${pre}`, a, b);
  }
  if (sa.length === 1) {
    const pre = L.slice(0, sb.length - 2);
    return B.einsum(`k,${pre}kK->${pre}K`, a, b);
  }
  if (sb.length === 2) {
    const pre = L.slice(0, sa.length - 1);
    return B.einsum(`${pre}k,kK->${pre}K`, a, b);
  }
  // Batched: broadcast the leading axes, then contract.
  const batch = broadcastShapes([sa.slice(0, -2), sb.slice(0, -2)], span);
  const pre = L.slice(0, batch.length);
  const xa = B.broadcastTo(a, [...batch, sa[sa.length - 2]!, ka]);
  const xb = B.broadcastTo(b, [...batch, kb, sb[sb.length - 1]!]);
  return B.einsum(`${pre}mk,${pre}kK->${pre}mK`, xa, xb);
}

function compileTime(op: BinaryOperator, a: Value, b: Value, span: SourceSpan): Value {
  if (op === '==' || op === '!=') {
    const eq = sameValue(a, b);
    return bool(op === '==' ? eq : !eq);
  }
  if (op === 'and' || op === 'or') {
    if (a.kind !== 'bool' || b.kind !== 'bool') throw err(`'${op}' needs bools, got ${describe(a.kind === 'bool' ? b : a)}`, span, 'E-type');
    return bool(op === 'and' ? a.v && b.v : a.v || b.v);
  }
  if (op === '+' && a.kind === 'str' && b.kind === 'str') {
    checkLength(a.v.length + b.v.length, 'string', 'characters', span);
    return { kind: 'str', v: a.v + b.v };
  }
  if (op === '+' && a.kind === 'list' && b.kind === 'list') {
    checkLength(a.items.length + b.items.length, 'list', 'items', span);
    return { kind: 'list', items: [...a.items, ...b.items] };
  }
  if (!isNum(a) || !isNum(b)) {
    const bad = isNum(a) ? b : a;
    throw err(`'${op}' cannot take ${describe(bad)}${bad.kind === 'str' || bad.kind === 'list' ? ` (${show(bad)})` : ''}`, span, 'E-type');
  }
  const x = a.v;
  const y = b.v;
  const ints = a.kind === 'int' && b.kind === 'int';
  const num = (v: number, asInt: boolean): Value => (asInt ? int(v) : float(v));
  switch (op) {
    case '+': return num(x + y, ints);
    case '-': return num(x - y, ints);
    case '*': return num(x * y, ints);
    case '/':
      if (y === 0) throw err('division by zero', span, 'E-value');
      return num(x / y, ints && x % y === 0);
    case '//':
      if (y === 0) throw err('division by zero', span, 'E-value');
      return num(Math.floor(x / y), ints);
    case '%':
      if (y === 0) throw err('modulo by zero', span, 'E-value');
      return num(x - Math.floor(x / y) * y, ints);
    case '**': return num(x ** y, ints && y >= 0);
    case '<': return bool(x < y);
    case '<=': return bool(x <= y);
    case '>': return bool(x > y);
    case '>=': return bool(x >= y);
    case '@': throw err(`'@' needs tensors, got ${describe(a)} and ${describe(b)}`, span, 'E-type');
    default: throw err(`operator '${op}' is not supported here`, span, 'E-type');
  }
}

/** Compile-time strings and lists are small (names, shapes, axes); doubling one in a loop must not eat the memory. */
function checkLength(n: number, what: string, unit: string, span: SourceSpan): void {
  if (n > MAX_VALUE_LENGTH) throw new BudgetError(`this ${what} would have ${fmtCount(n)} ${unit}; compile-time ${what}s hold at most ${fmtCount(MAX_VALUE_LENGTH)}`, span);
}

function sameValue(a: Value, b: Value): boolean {
  if (isNum(a) && isNum(b)) return a.v === b.v;
  if (a.kind !== b.kind) return false;
  if (a.kind === 'bool' || a.kind === 'str') return a.v === (b as typeof a).v;
  if (a.kind === 'none') return true;
  if (a.kind === 'list') {
    const bl = (b as typeof a).items;
    return a.items.length === bl.length && a.items.every((x, i) => sameValue(x, bl[i]!));
  }
  return a === b;
}

export function unaryValue(ctx: Ctx, op: '-' | 'not', v: Value, span: SourceSpan): Value {
  check(v);
  if (op === '-') {
    if (v.kind === 'int') return int(-v.v);
    if (v.kind === 'float') return float(-v.v);
    if (v.kind === 'tensor') {
      const t = ctx.b.type(v.id);
      if (t.dtype === 'bool') throw err(`unary '-' needs a numeric tensor, got ${fmtType(t)}`, span, 'E-type');
      return { kind: 'tensor', id: ctx.b.unary('neg', v.id) };
    }
    throw err(`unary '-' cannot take ${describe(v)}`, span, 'E-type');
  }
  if (v.kind === 'bool') return bool(!v.v);
  if (v.kind === 'tensor') {
    const t = ctx.b.type(v.id);
    if (t.dtype !== 'bool') throw err(`'not' needs a bool tensor, got ${fmtType(t)}`, span, 'E-type');
    return { kind: 'tensor', id: ctx.b.unary('not', v.id) };
  }
  throw err(`'not' needs a bool, got ${describe(v)}`, span, 'E-type');
}

/** Elementwise math builtins on tensors: int and bool inputs become f32 except for abs/sign/floor. */
export function unaryMath(ctx: Ctx, op: IrUnary, x: NodeId): NodeId {
  const dt = ctx.b.type(x).dtype;
  if (op === 'floor' && dt === 'i32') return x;
  const keepsInt = op === 'abs' || op === 'sign';
  const src = dt === 'f32' || (keepsInt && dt === 'i32') ? x : ctx.b.cast(x, 'f32');
  return ctx.b.unary(op, src);
}

/** A numeric IR binary op (max, min, ...) on two values with promotion and broadcasting. */
export function numericIr(ctx: Ctx, op: IrBinary, a: Value, b: Value, span: SourceSpan): NodeId {
  const x = operand(a, op, span);
  const y = operand(b, op, span);
  for (const o of [x, y]) if ('bool' in o || ('t' in o && ctx.b.type(o.t).dtype === 'bool')) throw err(`${op === 'max' ? 'maximum' : op === 'min' ? 'minimum' : op} needs numbers, got a bool`, span, 'E-type');
  const dt = numericDType(ctx, x, y, false);
  return bin(ctx.b, op, lift(ctx, x, dt), lift(ctx, y, dt));
}

/** Bring values (tensors or compile-time scalars) to one dtype: f32 if any is a float, else i32 if any is an int, else bool. */
export function commonDType(ctx: Ctx, vs: readonly Value[]): DType {
  let best: DType = 'bool';
  for (const v of vs) {
    const d = v.kind === 'tensor' ? ctx.b.type(v.id).dtype : v.kind === 'float' ? 'f32' : v.kind === 'int' ? 'i32' : 'bool';
    if (d === 'f32') return 'f32';
    if (d === 'i32') best = 'i32';
  }
  return best;
}

/** A value as a tensor of dtype `dt` (scalars become scalar constants). */
export function asDType(ctx: Ctx, v: Value, dt: DType, what: string, span: SourceSpan): NodeId {
  if (v.kind === 'int' || v.kind === 'float') return ctx.b.constant(v.v, [], dt);
  if (v.kind === 'bool') return ctx.b.constant(v.v ? 1 : 0, [], dt);
  return ctx.b.cast(tensorOf(ctx, v, what, span), dt);
}
