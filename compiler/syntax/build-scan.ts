// CST -> AST for `scan t over T [reverse] [along axis] with h = h0, ... { ... }`
// and its `yield` statement (docs/scan.md). Like the other builders, a node
// that recovery left incomplete builds to undefined and is dropped.
import type { CstNode } from 'chevrotain';
import type { Expr, ScanExpr, ScanState, Stmt, TensorTypeExpr, YieldStmt } from './ast.ts';
import { buildExpr } from './build-expr.ts';
import { buildStmtBlock, buildTensorType } from './build-items.ts';
import { child, children, nodeSpan, report, token, tokSpan, type BuildContext } from './cst.ts';

export function buildScan(c: BuildContext, n: CstNode): ScanExpr | undefined {
  const span = nodeSpan(c, n);
  const variable = token(n, 'var');
  const length = buildExpr(c, child(n, 'length'));
  const axisNode = child(n, 'axis');
  const axis = axisNode ? buildExpr(c, axisNode) : undefined;
  const states = children(n, 'scanState').map((s) => buildState(c, s));
  const body = child(n, 'stmtBlock');
  if (!span || !variable || !length || (axisNode && !axis) || !body || !states.every((s) => s !== undefined)) return undefined;
  // `over` and `with` are plain names to the grammar (so they stay usable as names elsewhere): check the words here.
  for (const [label, after] of [['over', 'the step variable'], ['with', 'the length']] as const) {
    const t = token(n, label);
    if (t && t.image !== label) {
      report(c, `scan: expected '${label}' after ${after}, got '${t.image}' (scan t over T with h = h0 { ... })`, tokSpan(c, t));
      return undefined;
    }
  }
  const scan: ScanExpr = {
    kind: 'scan',
    var: variable.image,
    varSpan: tokSpan(c, variable),
    length,
    reverse: token(n, 'reverse') !== undefined,
    states: states as ScanState[],
    body: buildStmtBlock(c, body),
    span,
  };
  if (axis) scan.axis = axis;
  return scan;
}

function buildState(c: BuildContext, n: CstNode): ScanState | undefined {
  const span = nodeSpan(c, n);
  const name = token(n, 'Identifier');
  const init = buildExpr(c, child(n, 'expression'));
  const typeNode = child(n, 'tensorType');
  const type: TensorTypeExpr | undefined = typeNode ? buildTensorType(c, typeNode) : undefined;
  if (!span || !name || !init || (typeNode && !type)) return undefined;
  return { name: name.image, init, span, nameSpan: tokSpan(c, name), ...(type ? { type } : {}) };
}

export function buildYield(c: BuildContext, n: CstNode): Stmt | undefined {
  const span = nodeSpan(c, n);
  const values = children(n, 'expression').map((e) => buildExpr(c, e));
  if (!span || values.length === 0 || !values.every((v) => v !== undefined)) return undefined;
  const stmt: YieldStmt = { kind: 'yield', values: values as Expr[], span };
  return stmt;
}
