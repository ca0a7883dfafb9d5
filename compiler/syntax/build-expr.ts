// CST -> AST for expressions. Every builder returns undefined when recovery
// left its node incomplete; the statement or member holding it is then
// dropped (the parse error has already been reported), so the AST never
// contains half-built nodes.
import type { CstNode, IToken } from 'chevrotain';
import { joinSpans, type SourceSpan } from '../diagnostics.ts';
import type { Arg, BinaryOp, CallExpr, Expr, IndexItem } from './ast.ts';
import { child, children, has, nodeSpan, report, tokens, tokSpan, token, type BuildContext } from './cst.ts';
import { decodeString } from './lexer.ts';
import { isReal } from './spans.ts';

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
  return { kind: 'cond', cond, then, else: otherwise, span };
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
      const expr: Expr = { kind: 'binary', op: op.image as BinaryOp, left: left.expr, right: right.expr, span: extent, opSpan };
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
    inner = negate(this.c, inner, minuses);
    if (nots.length === 0) return inner;
    // `not` applies to everything up to the next `and`/`or`, whatever precedence the context asked for.
    let body = this.climb(inner, Math.max(min, NOT_PRECEDENCE + 1));
    for (let i = nots.length - 1; body && i >= 0; i--) {
      const span = joinSpans(tokSpan(this.c, nots[i]!), body.extent);
      body = { expr: { kind: 'unary', op: 'not', operand: body.expr, span }, extent: span };
    }
    return body;
  }

  private fail(): undefined {
    this.broken = true;
    return undefined;
  }
}

/** Wraps `-` prefixes (innermost last) around an operand. */
function negate(c: BuildContext, operand: Built, minuses: IToken[]): Built {
  let result = operand;
  for (let i = minuses.length - 1; i >= 0; i--) {
    const span = joinSpans(tokSpan(c, minuses[i]!), result.extent);
    result = { expr: { kind: 'unary', op: '-', operand: result.expr, span }, extent: span };
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
    const next = buildSuffix(c, suffix, expr, span);
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
  const span = joinSpans(start, exponent.extent);
  return { expr: { kind: 'binary', op: '**', left: expr, right: exponent.expr, span, opSpan: tokSpan(c, op) }, extent: span };
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
  const wrapper = child(n, 'parenExpr') ?? child(n, 'listExpr');
  const extent = wrapper && nodeSpan(c, wrapper);
  const inner = buildExpr(c, wrapper);
  return inner && extent && { expr: inner, extent };
}

function buildLiteralOrName(c: BuildContext, n: CstNode): Expr | undefined {
  let t: IToken | undefined;
  if ((t = token(n, 'Identifier'))) return { kind: 'name', name: t.image, span: tokSpan(c, t) };
  if ((t = token(n, 'Int'))) return { kind: 'num', value: Number(t.image), isInt: true, span: tokSpan(c, t) };
  if ((t = token(n, 'Float'))) return { kind: 'num', value: Number(t.image), isInt: false, span: tokSpan(c, t) };
  if ((t = token(n, 'StringLit'))) return { kind: 'str', value: decodeString(t.image).value, span: tokSpan(c, t) };
  if ((t = token(n, 'True'))) return { kind: 'bool', value: true, span: tokSpan(c, t) };
  if ((t = token(n, 'False'))) return { kind: 'bool', value: false, span: tokSpan(c, t) };
  return undefined;
}

function buildList(c: BuildContext, n: CstNode): Expr | undefined {
  const span = nodeSpan(c, n);
  const items = children(n, 'expression').map((e) => buildExpr(c, e));
  if (!span || !items.every((i) => i !== undefined)) return undefined;
  return { kind: 'list', items: items as Expr[], span };
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
    callee = { kind: 'member', object: callee, name: name.image, span: joinSpans(callee.span, nameSpan), nameSpan };
  }
  const args = buildArgs(c, child(n, 'args'));
  if (!args) return undefined;
  return { kind: 'call', callee, args, span };
}
