// CST -> AST for expressions. Every builder returns undefined when recovery
// left its node incomplete; the statement or member holding it is then
// dropped (the parse error has already been reported), so the AST never
// contains half-built nodes.
import type { CstNode, IToken } from 'chevrotain';
import { joinSpans, type SourceSpan } from '../diagnostics.ts';
import type { Arg, BinaryOperator, CallExpr, Expr, IndexItem } from './ast.ts';
import { child, children, has, nodeSpan, report, tokens, tokSpan, token, type BuildContext } from './cst.ts';
import { buildScan } from './build-scan.ts';
import { decodeString } from './lexer.ts';
import { MAX_EXPRESSION_DEPTH } from './limits.ts';
import { isReal } from './spans.ts';

// ---------------------------------------------------------------- nesting depth

/** Depth of each built expression that has sub-expressions (a leaf is 1). */
const depths = new WeakMap<Expr, number>();

function depthOf(e: Expr): number {
  return depths.get(e) ?? 1;
}

/** The direct sub-expressions of `e`. */
function subExpressions(e: Expr): Expr[] {
  switch (e.kind) {
    case 'unary': return [e.operand];
    case 'binary': return [e.left, e.right];
    case 'call': return [e.callee, ...e.args.map((a) => a.value)];
    case 'member': return [e.object];
    case 'index': return [e.object, ...e.items.flatMap((i) => (i.kind === 'index' ? [i.expr] : i.kind === 'slice' ? [i.start, i.stop, i.step].filter((x) => x !== undefined) : []))];
    case 'cond': return [e.cond, e.then, e.else];
    case 'list': return e.items;
    default: return [];
  }
}

/**
 * `e` if its tree is at most MAX_EXPRESSION_DEPTH deep; otherwise reports the
 * limit at `at` (the operator or suffix that went one level too deep) and
 * returns undefined, which drops the enclosing statement like any broken node.
 * Its ancestors then see an undefined child and stay silent: one diagnostic
 * per expression, and nothing downstream ever walks a deeper tree.
 */
function limited<E extends Expr>(c: BuildContext, e: E, at: SourceSpan, hint = ''): E | undefined {
  let deepest = 0;
  for (const sub of subExpressions(e)) deepest = Math.max(deepest, depthOf(sub));
  if (deepest + 1 > MAX_EXPRESSION_DEPTH) {
    c.diagnostics.push({ severity: 'error', code: 'E-limit', message: `expression nesting is deeper than ${MAX_EXPRESSION_DEPTH} levels${hint}`, span: at });
    return undefined;
  }
  if (deepest > 0) depths.set(e, deepest + 1);
  return e;
}

const CHAIN_HINT = "; each operator of a chain like 'a + b + c' is a level: split it with 'let'";

/** Binding strength of each binary operator; `not` sits between `and` and the comparisons. */
const precedence: Readonly<Record<string, number>> = {
  or: 1, and: 2,
  '<': 4, '<=': 4, '>': 4, '>=': 4, '==': 4, '!=': 4,
  '+': 5, '-': 5,
  '*': 6, '/': 6, '//': 6, '%': 6, '@': 6,
};
const NOT_PRECEDENCE = 3;
const COMPARISON_PRECEDENCE = 4;

export function buildExpr(c: BuildContext, n: CstNode | undefined): Expr | undefined {
  if (n === undefined) return undefined;
  switch (n.name) {
    case 'expression': {
      const cond = child(n, 'condExpr');
      return cond ? buildCond(c, cond) : new BinaryChain(c, n).build();
    }
    case 'parenExpr':
      return buildExpr(c, child(n, 'expression'));
    case 'listExpr':
      return buildList(c, n);
    default:
      return undefined;
  }
}

function buildCond(c: BuildContext, n: CstNode): Expr | undefined {
  const span = nodeSpan(c, n);
  const cond = buildExpr(c, child(n, 'cond'));
  const then = buildExpr(c, child(n, 'then'));
  const otherwise = buildExpr(c, child(n, 'else'));
  if (!span || !cond || !then || !otherwise) return undefined;
  return limited(c, { kind: 'cond', cond, then, else: otherwise, span }, c.source.span(span.start, span.start + 2));
}

/** An expression and the text it came from; `extent` includes enclosing parentheses, `expr.span` does not. */
interface Built {
  expr: Expr;
  extent: SourceSpan;
}

/**
 * Precedence climbing over the flat `operand (op operand)*` list the grammar
 * produces. Binary operators are left-associative; comparisons do not chain
 * (reported, then built left to right); `not x` takes in everything that binds
 * tighter than `and`, so `not a == b and c` is `(not (a == b)) and c`.
 */
class BinaryChain {
  private readonly operands: CstNode[];
  private readonly ops: IToken[];
  private next = 0; // index of the next operand to read
  private broken = false;

  constructor(
    private readonly c: BuildContext,
    n: CstNode,
  ) {
    this.operands = children(n, 'operand');
    this.ops = tokens(n, 'BinaryOperator');
  }

  build(): Expr | undefined {
    if (this.operands.length !== this.ops.length + 1 || !this.ops.every(isReal)) return undefined;
    const result = this.climb(this.operand(0), 0);
    return this.broken ? undefined : result?.expr;
  }

  /** Extends `left` with every following operator that binds at least as tightly as `min`. */
  private climb(left: Built | undefined, min: number): Built | undefined {
    let chainedComparison = false;
    while (left && this.next - 1 < this.ops.length) {
      const op = this.ops[this.next - 1]!;
      const p = precedence[op.image];
      if (p === undefined) return this.fail();
      if (p < min) break;
      if (p === COMPARISON_PRECEDENCE && chainedComparison) {
        report(this.c, `comparisons cannot be chained: write 'a < b and b < c' instead of 'a < b < c'`, tokSpan(this.c, op));
      }
      chainedComparison ||= p === COMPARISON_PRECEDENCE;
      const right = this.climb(this.operand(p + 1), p + 1);
      if (!right) return this.fail();
      const extent = joinSpans(left.extent, right.extent);
      const opSpan = tokSpan(this.c, op);
      const expr = limited(this.c, { kind: 'binary', op: op.image as BinaryOperator, left: left.expr, right: right.expr, span: extent, opSpan }, opSpan, CHAIN_HINT);
      if (!expr) return this.fail();
      left = { expr, extent };
    }
    return left;
  }

  /** Reads the next operand with its prefix operators; `min` is the precedence its context requires. */
  private operand(min: number): Built | undefined {
    const n = this.operands[this.next++];
    const powerNode = n && child(n, 'power');
    if (!n || !powerNode) return this.fail();
    const minuses = tokens(n, 'Minus');
    const nots = tokens(n, 'Not');
    if (![...minuses, ...nots].every(isReal)) return this.fail();
    let inner = buildPower(this.c, powerNode);
    if (!inner) return this.fail();
    const negated = negate(this.c, inner, minuses);
    if (!negated) return this.fail();
    if (nots.length === 0) return negated;
    // `not` applies to everything up to the next `and`/`or`, whatever precedence the context asked for.
    let body = this.climb(negated, Math.max(min, NOT_PRECEDENCE + 1));
    for (let i = nots.length - 1; body && i >= 0; i--) {
      const notSpan = tokSpan(this.c, nots[i]!);
      const span = joinSpans(notSpan, body.extent);
      const expr = limited(this.c, { kind: 'unary', op: 'not', operand: body.expr, span }, notSpan);
      body = expr && { expr, extent: span };
    }
    return body ?? this.fail();
  }

  private fail(): undefined {
    this.broken = true;
    return undefined;
  }
}

/** Wraps `-` prefixes (innermost last) around an operand; undefined when they nest too deeply. */
function negate(c: BuildContext, operand: Built, minuses: IToken[]): Built | undefined {
  let result = operand;
  for (let i = minuses.length - 1; i >= 0; i--) {
    const minusSpan = tokSpan(c, minuses[i]!);
    const span = joinSpans(minusSpan, result.extent);
    const expr = limited(c, { kind: 'unary', op: '-', operand: result.expr, span }, minusSpan);
    if (!expr) return undefined;
    result = { expr, extent: span };
  }
  return result;
}

/** An atom with its suffixes and optional `** exponent`. */
function buildPower(c: BuildContext, n: CstNode): Built | undefined {
  const start = nodeSpan(c, n);
  const atom = buildAtom(c, n);
  if (!start || !atom) return undefined;
  let { expr, extent } = atom;
  for (const suffix of suffixesInOrder(n)) {
    const suffixSpan = nodeSpan(c, suffix);
    if (!suffixSpan) return undefined;
    const span = joinSpans(start, suffixSpan);
    const built = buildSuffix(c, suffix, expr, span);
    const next = built && limited(c, built, suffixSpan);
    if (!next) return undefined;
    expr = next;
    extent = span;
  }
  if (!has(n, 'StarStar')) return { expr, extent };
  const op = token(n, 'StarStar');
  const exponentNode = child(n, 'power');
  const exponentPower = exponentNode && buildPower(c, exponentNode);
  const minuses = tokens(n, 'Minus');
  if (!op || !exponentPower || !minuses.every(isReal)) return undefined;
  const exponent = negate(c, exponentPower, minuses);
  if (!exponent) return undefined;
  const span = joinSpans(start, exponent.extent);
  const opSpan = tokSpan(c, op);
  const power = limited(c, { kind: 'binary', op: '**', left: expr, right: exponent.expr, span, opSpan }, opSpan, CHAIN_HINT);
  return power && { expr: power, extent: span };
}

/** Calls, indexing and member accesses after an atom, in source order (the CST groups them by kind). */
function suffixesInOrder(n: CstNode): CstNode[] {
  const kinds = ['callSuffix', 'indexSuffix', 'memberSuffix'].filter((k) => has(n, k));
  if (kinds.length === 0) return [];
  if (kinds.length === 1) return children(n, kinds[0]!);
  const all = kinds.flatMap((k) => children(n, k));
  return all.sort((a, b) => (a.location?.startOffset ?? 0) - (b.location?.startOffset ?? 0));
}

function buildSuffix(c: BuildContext, suffix: CstNode, object: Expr, span: SourceSpan): Expr | undefined {
  switch (suffix.name) {
    case 'callSuffix': {
      const args = buildArgs(c, child(suffix, 'args'));
      return args && { kind: 'call', callee: object, args, span };
    }
    case 'indexSuffix': {
      const items = children(suffix, 'indexItem').map((item) => buildIndexItem(c, item));
      if (items.length === 0 || !items.every((i) => i !== undefined)) return undefined;
      return { kind: 'index', object, items: items as IndexItem[], span };
    }
    default: {
      const name = token(suffix, 'Identifier');
      return name && { kind: 'member', object, name: name.image, span, nameSpan: tokSpan(c, name) };
    }
  }
}

/** The atom at the start of a power node; a parenthesised atom's extent includes the parentheses. */
function buildAtom(c: BuildContext, n: CstNode): Built | undefined {
  const expr = buildLiteralOrName(c, n);
  if (expr) return { expr, extent: expr.span };
  const scanNode = child(n, 'scanExpr');
  if (scanNode) {
    const scan = buildScan(c, scanNode);
    return scan && { expr: scan, extent: scan.span };
  }
  const wrapper = child(n, 'parenExpr') ?? child(n, 'listExpr');
  const extent = wrapper && nodeSpan(c, wrapper);
  const inner = buildExpr(c, wrapper);
  return inner && extent && { expr: inner, extent };
}

function buildLiteralOrName(c: BuildContext, n: CstNode): Expr | undefined {
  let t: IToken | undefined;
  if ((t = token(n, 'Identifier'))) return { kind: 'name', name: t.image, span: tokSpan(c, t) };
  if ((t = token(n, 'Int')) || (t = token(n, 'Float'))) {
    const value = Number(t.image);
    if (!Number.isFinite(value)) {
      report(c, `the number ${t.image.length > 24 ? t.image.slice(0, 20) + '...' : t.image} is too large (numbers are 64-bit floats, at most about 1.8e308)`, tokSpan(c, t));
      return undefined;
    }
    return { kind: 'num', value, isInt: t.tokenType.name === 'Int', span: tokSpan(c, t) };
  }
  if ((t = token(n, 'StringLit'))) return { kind: 'str', value: decodeString(t.image).value, span: tokSpan(c, t) };
  if ((t = token(n, 'True'))) return { kind: 'bool', value: true, span: tokSpan(c, t) };
  if ((t = token(n, 'False'))) return { kind: 'bool', value: false, span: tokSpan(c, t) };
  return undefined;
}

function buildList(c: BuildContext, n: CstNode): Expr | undefined {
  const span = nodeSpan(c, n);
  const items = children(n, 'expression').map((e) => buildExpr(c, e));
  if (!span || !items.every((i) => i !== undefined)) return undefined;
  return limited(c, { kind: 'list', items: items as Expr[], span }, c.source.span(span.start, span.start + 1));
}

/** Arguments of a call; an absent `args` node is an empty argument list. */
export function buildArgs(c: BuildContext, n: CstNode | undefined): Arg[] | undefined {
  if (n === undefined) return [];
  const args: Arg[] = [];
  for (const argNode of children(n, 'arg')) {
    const span = nodeSpan(c, argNode);
    const value = buildExpr(c, child(argNode, 'expression'));
    if (!span || !value) return undefined;
    if (has(argNode, 'name')) {
      const name = token(argNode, 'name');
      if (!name) return undefined;
      args.push({ name: name.image, value, span, nameSpan: tokSpan(c, name) });
    } else {
      args.push({ value, span });
    }
  }
  return args;
}

function buildIndexItem(c: BuildContext, n: CstNode): IndexItem | undefined {
  const span = nodeSpan(c, n);
  if (!span) return undefined;
  if (has(n, 'DotDotDot')) return { kind: 'ellipsis', span };
  if (has(n, 'None')) return { kind: 'newaxis', span };
  const startNode = child(n, 'start');
  const start = startNode && buildExpr(c, startNode);
  if (startNode && !start) return undefined;
  const tail = child(n, 'sliceTail');
  if (!tail) return start ? { kind: 'index', expr: start, span } : undefined;
  const stopNode = child(tail, 'stop');
  const stepNode = child(tail, 'step');
  const stop = stopNode && buildExpr(c, stopNode);
  const step = stepNode && buildExpr(c, stepNode);
  if ((stopNode && !stop) || (stepNode && !step)) return undefined;
  const slice: IndexItem = { kind: 'slice', span };
  if (start) slice.start = start;
  if (stop) slice.stop = stop;
  if (step) slice.step = step;
  return slice;
}

/** `Linear(dim, dim)` / `lib.Linear(dim)` on the right of a sub-block member, as a CallExpr. */
export function buildBlockCall(c: BuildContext, n: CstNode): CallExpr | undefined {
  const span = nodeSpan(c, n);
  const names = tokens(n, 'Identifier');
  if (!span || names.length === 0 || !names.every(isReal) || !has(n, 'LParen')) return undefined;
  const first = names[0]!;
  let callee: Expr = { kind: 'name', name: first.image, span: tokSpan(c, first) };
  for (const name of names.slice(1)) {
    const nameSpan: SourceSpan = tokSpan(c, name);
    const member: Expr | undefined = limited(c, { kind: 'member', object: callee, name: name.image, span: joinSpans(callee.span, nameSpan), nameSpan }, nameSpan);
    if (!member) return undefined;
    callee = member;
  }
  const args = buildArgs(c, child(n, 'args'));
  if (!args) return undefined;
  return limited(c, { kind: 'call', callee, args, span }, span);
}
