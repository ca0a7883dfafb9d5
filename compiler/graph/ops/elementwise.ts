// Elementwise ops: unary and binary (each a table of forward function and
// derivative), where and cast. Inputs always have the output's shape:
// broadcasting was made explicit by the builder (`expand`).
import { type GraphBuilder, lit } from '../builder.ts';
import type { OpDef } from '../op.ts';
import { type BinaryOp, type DType, type NodeId, type UnaryOp, numel } from '../types.ts';
import { erf } from './erf.ts';
import { fail, requireDType, requireSameShape, trafficCost } from './util.ts';

const FLOAT: readonly DType[] = ['f32'];
const NUMERIC: readonly DType[] = ['f32', 'i32'];
const BOOL: readonly DType[] = ['bool'];
const ANY: readonly DType[] = ['f32', 'i32', 'bool'];

// ------------------------------------------------------------------ unary

interface UnaryRule {
  readonly dtypes: readonly DType[];
  readonly f: (x: number) => number;
  /** d(out)/d(x) applied to the output gradient g; y is the op's output. null: no gradient. */
  readonly grad: ((b: GraphBuilder, x: NodeId, y: NodeId, g: NodeId) => NodeId) | null;
}

const TWO_OVER_SQRT_PI = 2 / Math.sqrt(Math.PI);

const UNARY: Record<UnaryOp, UnaryRule> = {
  neg: { dtypes: NUMERIC, f: (x) => -x, grad: (b, _x, _y, g) => b.neg(g) },
  exp: { dtypes: FLOAT, f: Math.exp, grad: (b, _x, y, g) => b.mul(g, y) },
  log: { dtypes: FLOAT, f: Math.log, grad: (b, x, _y, g) => b.div(g, x) },
  sqrt: { dtypes: FLOAT, f: Math.sqrt, grad: (b, _x, y, g) => b.div(b.mul(g, lit(0.5)), y) },
  // d x^(-1/2) = -1/2 x^(-3/2) = -1/2 y³
  rsqrt: { dtypes: FLOAT, f: (x) => 1 / Math.sqrt(x), grad: (b, _x, y, g) => b.mul(g, b.mul(b.mul(y, b.mul(y, y)), lit(-0.5))) },
  recip: { dtypes: FLOAT, f: (x) => 1 / x, grad: (b, _x, y, g) => b.neg(b.mul(g, b.mul(y, y))) },
  sin: { dtypes: FLOAT, f: Math.sin, grad: (b, x, _y, g) => b.mul(g, b.unary('cos', x)) },
  cos: { dtypes: FLOAT, f: Math.cos, grad: (b, x, _y, g) => b.neg(b.mul(g, b.unary('sin', x))) },
  tanh: { dtypes: FLOAT, f: Math.tanh, grad: (b, _x, y, g) => b.mul(g, b.sub(lit(1), b.mul(y, y))) },
  // d erf(x) = 2/√π e^(−x²)
  erf: { dtypes: FLOAT, f: erf, grad: (b, x, _y, g) => b.mul(g, b.mul(b.unary('exp', b.neg(b.mul(x, x))), lit(TWO_OVER_SQRT_PI))) },
  abs: { dtypes: NUMERIC, f: Math.abs, grad: (b, x, _y, g) => b.mul(g, b.unary('sign', x)) },
  sign: { dtypes: NUMERIC, f: (x) => (x > 0 ? 1 : x < 0 ? -1 : 0), grad: null },
  floor: { dtypes: NUMERIC, f: Math.floor, grad: null },
  not: { dtypes: BOOL, f: (x) => (x === 0 ? 1 : 0), grad: null },
  atan: { dtypes: FLOAT, f: Math.atan, grad: (b, x, _y, g) => b.div(g, b.add(lit(1), b.mul(x, x))) },
  // log1p and expm1 stay accurate where 1 + x rounds away x (|x| ≪ 1): softplus and the SSM discretisations need it.
  log1p: { dtypes: FLOAT, f: Math.log1p, grad: (b, x, _y, g) => b.div(g, b.add(lit(1), x)) },
  expm1: { dtypes: FLOAT, f: Math.expm1, grad: (b, _x, y, g) => b.mul(g, b.add(y, lit(1))) },
  // softplus(x) = log(1 + e^x) = max(x, 0) + log1p(e^(−|x|)): no overflow for large x, no lost digits for very negative x.
  softplus: { dtypes: FLOAT, f: softplus, grad: (b, x, _y, g) => b.mul(g, b.unary('sigmoid', x)) },
  // σ' = σ(1 − σ), from the output alone: the backward reads one saved tensor and no exp.
  sigmoid: { dtypes: FLOAT, f: sigmoid, grad: (b, _x, y, g) => b.mul(g, b.mul(y, b.sub(lit(1), y))) },
};

function softplus(x: number): number {
  return Math.max(x, 0) + Math.log1p(Math.exp(-Math.abs(x)));
}

/** 1 / (1 + e^(−x)), through e^(−|x|) so neither branch overflows. */
function sigmoid(x: number): number {
  const e = Math.exp(-Math.abs(x));
  return x >= 0 ? 1 / (1 + e) : e / (1 + e);
}

export const unaryDef: OpDef<'unary'> = {
  name: 'unary',
  arity: 1,
  infer(attrs, [x]) {
    const rule = UNARY[attrs.op];
    if (!rule) fail(`unary: unknown op ${attrs.op}`);
    requireDType(`unary ${attrs.op}`, x!, rule.dtypes);
    return { shape: [...x!.shape], dtype: x!.dtype };
  },
  evaluate(node, [x], _types, ctx) {
    const f = UNARY[node.attrs.op].f;
    const out = ctx.alloc(x!.length);
    for (let i = 0; i < out.length; i++) out[i] = f(x![i]!);
    return out;
  },
  vjp(node, g, b) {
    const rule = UNARY[node.attrs.op];
    return [rule.grad ? rule.grad(b, node.inputs[0]!, node.id, g) : null];
  },
  // Transcendental ops count as one flop per element, like the rest.
  cost: (node, types) => trafficCost(types, node.type, numel(node.type.shape)),
};

// ------------------------------------------------------------------ binary

type BinaryKind = 'arith' | 'compare' | 'equality' | 'logic';

interface BinaryRule {
  readonly kind: BinaryKind;
  readonly f: (x: number, y: number) => number;
  /** Gradients for (x, y) given the output z and its gradient g; null: no gradient. */
  readonly grad: ((b: GraphBuilder, x: NodeId, y: NodeId, z: NodeId, g: NodeId) => [NodeId | null, NodeId | null]) | null;
}

/** Share of the gradient that binary max/min send to x: 1 where x wins, 0.5 on ties, 0 where y wins. */
function winnerShare(b: GraphBuilder, wins: 'gt' | 'lt', x: NodeId, y: NodeId): NodeId {
  const won = b.cast(b.binary(wins, x, y), 'f32');
  const tied = b.cast(b.binary('eq', x, y), 'f32');
  return b.add(won, b.mul(tied, lit(0.5)));
}

function isConst(b: GraphBuilder, id: NodeId): boolean {
  return b.node(id).op === 'const';
}

const BINARY: Record<BinaryOp, BinaryRule> = {
  add: { kind: 'arith', f: (x, y) => x + y, grad: (_b, _x, _y, _z, g) => [g, g] },
  sub: { kind: 'arith', f: (x, y) => x - y, grad: (b, _x, _y, _z, g) => [g, b.neg(g)] },
  mul: { kind: 'arith', f: (x, y) => x * y, grad: (b, x, y, _z, g) => [b.mul(g, y), b.mul(g, x)] },
  // d(x/y)/dy = −x/y² = −z/y
  div: { kind: 'arith', f: (x, y) => x / y, grad: (b, _x, y, z, g) => [b.div(g, y), b.neg(b.div(b.mul(g, z), y))] },
  // d(x^y)/dx = y x^(y−1); d(x^y)/dy = z ln x, defined for x > 0 only, so skipped for constant exponents.
  pow: {
    kind: 'arith',
    f: Math.pow,
    grad: (b, x, y, z, g) => [
      b.mul(g, b.mul(y, b.binary('pow', x, b.sub(y, lit(1))))),
      isConst(b, y) ? null : b.mul(g, b.mul(z, b.unary('log', x))),
    ],
  },
  max: { kind: 'arith', f: Math.max, grad: (b, x, y, _z, g) => splitByShare(b, g, winnerShare(b, 'gt', x, y)) },
  min: { kind: 'arith', f: Math.min, grad: (b, x, y, _z, g) => splitByShare(b, g, winnerShare(b, 'lt', x, y)) },
  lt: { kind: 'compare', f: (x, y) => (x < y ? 1 : 0), grad: null },
  le: { kind: 'compare', f: (x, y) => (x <= y ? 1 : 0), grad: null },
  gt: { kind: 'compare', f: (x, y) => (x > y ? 1 : 0), grad: null },
  ge: { kind: 'compare', f: (x, y) => (x >= y ? 1 : 0), grad: null },
  eq: { kind: 'equality', f: (x, y) => (x === y ? 1 : 0), grad: null },
  ne: { kind: 'equality', f: (x, y) => (x !== y ? 1 : 0), grad: null },
  and: { kind: 'logic', f: (x, y) => (x !== 0 && y !== 0 ? 1 : 0), grad: null },
  or: { kind: 'logic', f: (x, y) => (x !== 0 || y !== 0 ? 1 : 0), grad: null },
};

function splitByShare(b: GraphBuilder, g: NodeId, shareX: NodeId): [NodeId, NodeId] {
  const gx = b.mul(g, shareX);
  return [gx, b.sub(g, gx)];
}

const OPERAND_DTYPES: Record<BinaryKind, readonly DType[]> = { arith: NUMERIC, compare: NUMERIC, equality: ANY, logic: BOOL };

/** Integer division truncates toward zero, as in WGSL and CUDA. */
function truncDiv(x: number, y: number): number {
  return Math.trunc(x / y);
}

export const binaryDef: OpDef<'binary'> = {
  name: 'binary',
  arity: 2,
  infer(attrs, [x, y]) {
    const what = `binary ${attrs.op}`;
    const rule = BINARY[attrs.op];
    if (!rule) fail(`binary: unknown op ${attrs.op}`);
    requireSameShape(what, x!.shape, y!.shape);
    if (x!.dtype !== y!.dtype) fail(`${what}: dtypes ${x!.dtype} and ${y!.dtype} differ`);
    requireDType(what, x!, OPERAND_DTYPES[rule.kind], 'operands');
    return { shape: [...x!.shape], dtype: rule.kind === 'arith' ? x!.dtype : 'bool' };
  },
  evaluate(node, [x, y], types, ctx) {
    const op = node.attrs.op;
    const out = ctx.alloc(x!.length);
    const a = x!;
    const b = y!;
    const n = out.length;
    // The interpreter's hot loops: the four arithmetic ops get monomorphic loops (no call per element).
    if (op === 'add') for (let i = 0; i < n; i++) out[i] = a[i]! + b[i]!;
    else if (op === 'sub') for (let i = 0; i < n; i++) out[i] = a[i]! - b[i]!;
    else if (op === 'mul') for (let i = 0; i < n; i++) out[i] = a[i]! * b[i]!;
    else if (op === 'div' && types[0]!.dtype !== 'i32') for (let i = 0; i < n; i++) out[i] = a[i]! / b[i]!;
    else {
      const f = op === 'div' ? truncDiv : BINARY[op].f;
      for (let i = 0; i < n; i++) out[i] = f(a[i]!, b[i]!);
    }
    return out;
  },
  vjp(node, g, b) {
    const rule = BINARY[node.attrs.op];
    return rule.grad ? rule.grad(b, node.inputs[0]!, node.inputs[1]!, node.id, g) : [null, null];
  },
  cost: (node, types) => trafficCost(types, node.type, numel(node.type.shape)),
};

// ------------------------------------------------------------------ where, cast

export const whereDef: OpDef<'where'> = {
  name: 'where',
  arity: 3,
  infer(_attrs, [c, x, y]) {
    requireDType('where', c!, BOOL, 'condition');
    requireSameShape('where', c!.shape, x!.shape);
    requireSameShape('where', x!.shape, y!.shape);
    if (x!.dtype !== y!.dtype) fail(`where: branch dtypes ${x!.dtype} and ${y!.dtype} differ`);
    return { shape: [...x!.shape], dtype: x!.dtype };
  },
  evaluate(_node, [c, x, y], _types, ctx) {
    const out = ctx.alloc(x!.length);
    for (let i = 0; i < out.length; i++) out[i] = c![i] !== 0 ? x![i]! : y![i]!;
    return out;
  },
  vjp(node, g, b) {
    const c = node.inputs[0]!;
    return [null, b.where(c, g, lit(0)), b.where(c, lit(0), g)];
  },
  cost: (node, types) => trafficCost(types, node.type, numel(node.type.shape)),
};

const CONVERT: Record<DType, (x: number) => number> = {
  f32: (x) => x,
  // f32 → i32 truncates toward zero (WGSL i32(x), C casts).
  i32: Math.trunc,
  bool: (x) => (x !== 0 ? 1 : 0),
};

export const castDef: OpDef<'cast'> = {
  name: 'cast',
  arity: 1,
  infer(attrs, [x]) {
    if (!(attrs.to in CONVERT)) fail(`cast: unknown dtype ${attrs.to}`);
    return { shape: [...x!.shape], dtype: attrs.to };
  },
  evaluate(node, [x], types, ctx) {
    const out = ctx.alloc(x!.length);
    if (node.attrs.to === 'f32' || node.attrs.to === types[0]!.dtype) {
      out.set(x!);
      return out;
    }
    const f = CONVERT[node.attrs.to];
    for (let i = 0; i < out.length; i++) out[i] = f(x![i]!);
    return out;
  },
  // Only f32 values carry gradients: an f32 → f32 cast passes it through, anything else stops it.
  vjp: (node, g, b) => [node.attrs.to === 'f32' && b.type(node.inputs[0]!).dtype === 'f32' ? g : null],
  cost: (node, types) => trafficCost(types, node.type, numel(node.type.shape)),
};

/** Exposed for tests and for renderers that want the same scalar semantics. */
export function unaryScalar(op: UnaryOp): (x: number) => number {
  return UNARY[op].f;
}

export function binaryScalar(op: BinaryOp, dtype: DType = 'f32'): (x: number, y: number) => number {
  return op === 'div' && dtype === 'i32' ? truncDiv : BINARY[op].f;
}
