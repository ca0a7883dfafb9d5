// CST -> AST for items, block members, statements and types. Like
// build-expr.ts, each builder returns undefined for a node that recovery left
// incomplete, and lists drop those entries.
import type { CstNode } from 'chevrotain';
import type {
  BlockItem, BlockMember, Body, FnItem, HyperParam, HyperType, ImportItem, Item, LetStmt, MemberIf, ParamDecl, Program,
  IfStmt, Stmt, SubBlockDecl, TensorTypeExpr, DimExpr, ValueParam, MethodDecl,
} from './ast.ts';
import { buildBlockCall, buildExpr } from './build-expr.ts';
import { buildYield } from './build-scan.ts';
import { child, children, has, nodeSpan, report, token, tokens, tokSpan, type BuildContext } from './cst.ts';
import { decodeString } from './lexer.ts';
import { misplacedMessage } from './messages.ts';
import { isReal } from './spans.ts';

const hyperTypes: ReadonlySet<string> = new Set<HyperType>(['int', 'float', 'bool', 'str']);
const dtypes: ReadonlySet<string> = new Set(['f32', 'i32', 'bool']);

function defined<T>(xs: (T | undefined)[]): T[] {
  return xs.filter((x): x is T => x !== undefined);
}

export function buildProgram(c: BuildContext, n: CstNode): Program {
  return { file: c.file, items: defined(children(n, 'item').map((i) => buildItem(c, i))), span: c.source.all() };
}

function buildItem(c: BuildContext, n: CstNode): Item | undefined {
  const imp = child(n, 'importItem');
  if (imp) return buildImport(c, imp);
  const fn = child(n, 'fnItem');
  if (fn) return buildFn(c, fn);
  const block = child(n, 'blockItem');
  if (block) return buildBlock(c, block);
  const let_ = child(n, 'letStmt');
  return let_ && buildLet(c, let_);
}

function buildImport(c: BuildContext, n: CstNode): ImportItem | undefined {
  const span = nodeSpan(c, n);
  if (!span) return undefined;
  const file = token(n, 'StringLit');
  if (file) {
    const path = decodeString(file.image);
    if (path.problems.length > 0) return undefined; // already reported by the lexer
    if (path.value === '') {
      report(c, 'the import path is empty', tokSpan(c, file));
      return undefined;
    }
    return { kind: 'import', path: path.value, std: false, span };
  }
  const parts = tokens(n, 'Identifier');
  if (parts.length === 0 || !parts.every(isReal)) return undefined;
  if (parts[0]!.image !== 'std' || parts.length < 2) {
    report(c, `modules are imported as 'import std.NAME'; import other files by path: import "./file.loom"`, span);
    return undefined;
  }
  return { kind: 'import', path: parts.map((p) => p.image).join('.'), std: true, span };
}

function buildFn(c: BuildContext, n: CstNode): FnItem | undefined {
  const span = nodeSpan(c, n);
  const name = token(n, 'Identifier');
  const params = buildParamList(c, child(n, 'paramList'));
  const body = buildBody(c, child(n, 'body'));
  if (!span || !name || !params || !body) return undefined;
  const fn: FnItem = { kind: 'fn', name: name.image, params, body, span, nameSpan: tokSpan(c, name) };
  if (has(n, 'Arrow')) {
    const returnType = buildTensorType(c, child(n, 'tensorType'));
    if (!returnType) return undefined;
    fn.returnType = returnType;
  }
  return fn;
}

function buildBody(c: BuildContext, n: CstNode | undefined): Body | undefined {
  if (n === undefined) return undefined;
  const block = child(n, 'stmtBlock');
  if (block) return { kind: 'stmts', stmts: buildStmtBlock(c, block) };
  const expr = buildExpr(c, child(n, 'expression'));
  return expr && { kind: 'expr', expr };
}

function buildParamList(c: BuildContext, n: CstNode | undefined): ValueParam[] | undefined {
  if (n === undefined) return undefined;
  return defined(children(n, 'valueParam').map((p) => buildValueParam(c, p)));
}

function buildValueParam(c: BuildContext, n: CstNode): ValueParam | undefined {
  const span = nodeSpan(c, n);
  const name = token(n, 'Identifier');
  if (!span || !name) return undefined;
  const param: ValueParam = { name: name.image, span, nameSpan: tokSpan(c, name) };
  if (has(n, 'Colon')) {
    const type = buildTensorType(c, child(n, 'tensorType'));
    if (!type) return undefined;
    param.type = type;
  }
  if (has(n, 'Equals')) {
    const value = buildExpr(c, child(n, 'expression'));
    if (!value) return undefined;
    param.default = value;
  }
  return param;
}

function buildBlock(c: BuildContext, n: CstNode): BlockItem | undefined {
  const span = nodeSpan(c, n);
  const name = token(n, 'Identifier');
  const bodyNode = child(n, 'blockBody');
  if (!span || !name || !bodyNode) return undefined;
  const hyperList = child(n, 'hyperParamList');
  const hyper = hyperList ? defined(children(hyperList, 'hyperParam').map((h) => buildHyperParam(c, h))) : [];
  return {
    kind: 'block',
    name: name.image,
    isModel: has(n, 'Model'),
    hyper,
    body: buildBlockBody(c, bodyNode),
    span,
    nameSpan: tokSpan(c, name),
  };
}

function buildHyperParam(c: BuildContext, n: CstNode): HyperParam | undefined {
  const span = nodeSpan(c, n);
  const name = token(n, 'name');
  const type = token(n, 'type');
  if (!span || !name || !type) return undefined;
  if (!hyperTypes.has(type.image)) {
    report(c, `unknown hyperparameter type '${type.image}': expected int, float, bool or str`, tokSpan(c, type));
    return undefined;
  }
  const hp: HyperParam = { name: name.image, type: type.image as HyperType, span, nameSpan: tokSpan(c, name) };
  if (has(n, 'Equals')) {
    const value = buildExpr(c, child(n, 'expression'));
    if (!value) return undefined;
    hp.default = value;
  }
  return hp;
}

export function buildTensorType(c: BuildContext, n: CstNode | undefined): TensorTypeExpr | undefined {
  const span = n && nodeSpan(c, n);
  if (!n || !span || !has(n, 'LBracket')) return undefined;
  const dims: DimExpr[] = [];
  for (const d of children(n, 'dim')) {
    const dimSpan = nodeSpan(c, d);
    if (!dimSpan) return undefined;
    if (has(d, 'DotDotDot')) {
      dims.push({ kind: 'ellipsis', span: dimSpan });
      continue;
    }
    const expr = buildExpr(c, child(d, 'expression'));
    if (!expr) return undefined;
    dims.push({ kind: 'dim', expr, span: dimSpan });
  }
  const type: TensorTypeExpr = { dims, span };
  const dtype = token(n, 'dtype');
  if (dtype && !dtypes.has(dtype.image)) {
    report(c, `unknown dtype '${dtype.image}': expected f32, i32 or bool`, tokSpan(c, dtype));
  } else if (dtype) {
    type.dtype = dtype.image as TensorTypeExpr['dtype'];
  }
  return type;
}

// ---------------------------------------------------------------- block members

function buildBlockBody(c: BuildContext, n: CstNode): BlockMember[] {
  return defined(children(n, 'member').map((m) => buildMember(c, m)));
}

function buildMember(c: BuildContext, n: CstNode): BlockMember | undefined {
  const let_ = child(n, 'letStmt');
  if (let_) return buildLet(c, let_);
  const param = child(n, 'paramDecl');
  if (param) return buildParamDecl(c, param);
  const memberIf = child(n, 'memberIf');
  if (memberIf) return buildMemberIf(c, memberIf);
  const named = child(n, 'namedMember');
  if (named) return buildNamedMember(c, named);
  reportMisplaced(c, child(n, 'returnStmt') ?? child(n, 'forStmt'), 'block');
  return undefined;
}

/** Reports a statement that the grammar accepted only to recover well (see the error productions in grammar.ts). */
function reportMisplaced(c: BuildContext, n: CstNode | undefined, place: 'block' | 'body'): void {
  const keyword = n && (token(n, 'Return') ?? token(n, 'For') ?? token(n, 'Param'));
  const message = keyword && misplacedMessage(keyword, place);
  if (keyword && message) report(c, message, tokSpan(c, keyword));
}

function buildParamDecl(c: BuildContext, n: CstNode): ParamDecl | undefined {
  const span = nodeSpan(c, n);
  const name = token(n, 'Identifier');
  const type = buildTensorType(c, child(n, 'tensorType'));
  const init = buildExpr(c, child(n, 'expression'));
  if (!span || !name || !type || !init) return undefined;
  return { kind: 'param', name: name.image, type, init, span, nameSpan: tokSpan(c, name) };
}

function buildMemberIf(c: BuildContext, n: CstNode): MemberIf | undefined {
  const span = nodeSpan(c, n);
  const cond = buildExpr(c, child(n, 'expression'));
  const bodies = children(n, 'blockBody');
  if (!span || !cond || bodies.length === 0) return undefined;
  const result: MemberIf = { kind: 'member-if', cond, then: buildBlockBody(c, bodies[0]!), span };
  if (has(n, 'Else')) {
    const elseIf = child(n, 'memberIf');
    const elseMembers = elseIf ? defined([buildMemberIf(c, elseIf)]) : bodies[1] && buildBlockBody(c, bodies[1]);
    if (elseMembers) result.else = elseMembers;
  }
  return result;
}

function buildNamedMember(c: BuildContext, n: CstNode): SubBlockDecl | MethodDecl | undefined {
  const span = nodeSpan(c, n);
  const name = token(n, 'Identifier');
  if (!span || !name) return undefined;
  const nameSpan = tokSpan(c, name);
  const sub = child(n, 'subBlockRest');
  if (sub) {
    const callNode = child(sub, 'blockCall');
    const call = callNode && buildBlockCall(c, callNode);
    if (!call) return undefined;
    const decl: SubBlockDecl = { kind: 'sub', name: name.image, call, span, nameSpan };
    if (has(sub, 'Repeat')) {
      const count = buildExpr(c, child(sub, 'expression'));
      if (!count) return undefined;
      decl.repeat = count;
    }
    return decl;
  }
  const rest = child(n, 'methodRest');
  if (!rest) return undefined;
  const params = buildParamList(c, child(rest, 'paramList'));
  const body = buildBody(c, child(rest, 'body'));
  if (!params || !body) return undefined;
  const method: MethodDecl = { kind: 'method', name: name.image, params, body, span, nameSpan };
  if (has(rest, 'Arrow')) {
    const returnType = buildTensorType(c, child(rest, 'tensorType'));
    if (!returnType) return undefined;
    method.returnType = returnType;
  }
  return method;
}

// ---------------------------------------------------------------- statements

export function buildStmtBlock(c: BuildContext, n: CstNode): Stmt[] {
  return defined(children(n, 'statement').map((s) => buildStmt(c, s)));
}

function buildStmt(c: BuildContext, n: CstNode): Stmt | undefined {
  const let_ = child(n, 'letStmt');
  if (let_) return buildLet(c, let_);
  const assign = child(n, 'assignStmt');
  if (assign) return buildAssign(c, assign);
  const ret = child(n, 'returnStmt');
  if (ret) {
    const span = nodeSpan(c, ret);
    const value = buildExpr(c, child(ret, 'expression'));
    return span && value && { kind: 'return', value, span };
  }
  const ifStmt = child(n, 'ifStmt');
  if (ifStmt) return buildIf(c, ifStmt);
  const forStmt = child(n, 'forStmt');
  if (forStmt) return buildFor(c, forStmt);
  const yieldStmt = child(n, 'yieldStmt');
  if (yieldStmt) return buildYield(c, yieldStmt);
  reportMisplaced(c, child(n, 'paramDecl'), 'body');
  return undefined;
}

function buildLet(c: BuildContext, n: CstNode): LetStmt | undefined {
  const span = nodeSpan(c, n);
  const name = token(n, 'Identifier');
  const value = buildExpr(c, child(n, 'expression'));
  if (!span || !name || !value) return undefined;
  return { kind: 'let', name: name.image, value, span, nameSpan: tokSpan(c, name) };
}

function buildAssign(c: BuildContext, n: CstNode): Stmt | undefined {
  const span = nodeSpan(c, n);
  const name = token(n, 'Identifier');
  const value = buildExpr(c, child(n, 'expression'));
  if (!span || !name || !value || !has(n, 'Equals')) return undefined;
  return { kind: 'assign', name: name.image, value, span, nameSpan: tokSpan(c, name) };
}

function buildIf(c: BuildContext, n: CstNode): IfStmt | undefined {
  const span = nodeSpan(c, n);
  const cond = buildExpr(c, child(n, 'expression'));
  const blocks = children(n, 'stmtBlock');
  if (!span || !cond || blocks.length === 0) return undefined;
  const stmt: IfStmt = { kind: 'if', cond, then: buildStmtBlock(c, blocks[0]!), span };
  if (has(n, 'Else')) {
    const elseIf = child(n, 'ifStmt');
    const elseStmts = elseIf ? defined([buildIf(c, elseIf)]) : blocks[1] && buildStmtBlock(c, blocks[1]);
    if (elseStmts) stmt.else = elseStmts;
  }
  return stmt;
}

function buildFor(c: BuildContext, n: CstNode): Stmt | undefined {
  const span = nodeSpan(c, n);
  const variable = token(n, 'Identifier');
  const start = buildExpr(c, child(n, 'from'));
  const end = buildExpr(c, child(n, 'to'));
  const body = child(n, 'stmtBlock');
  if (!span || !variable || !start || !end || !body) return undefined;
  return { kind: 'for', var: variable.image, start, end, body: buildStmtBlock(c, body), span, varSpan: tokSpan(c, variable) };
}
