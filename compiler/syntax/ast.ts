// The loom abstract syntax tree: the contract between the parser (syntax/) and
// elaboration (elaborate/). Every node carries the span it came from so that
// later stages can point errors at source expressions.
import type { SourceSpan } from '../diagnostics.ts';

export interface Program {
  file: string;
  items: Item[];
  span: SourceSpan;
}

export type Item = ImportItem | BlockItem | FnItem | LetStmt;

/** `import std.nn` (path "std.nn", std: true) or `import "./blocks.loom"` (std: false). */
export interface ImportItem {
  kind: 'import';
  path: string;
  std: boolean;
  span: SourceSpan;
}

/** `block Name(hp: int, hp2: float = 1e-5) { ... }`; `model Name(...) { ... }` marks the entry block. */
export interface BlockItem {
  kind: 'block';
  name: string;
  isModel: boolean;
  hyper: HyperParam[];
  body: BlockMember[];
  span: SourceSpan;
  nameSpan: SourceSpan;
}

export type HyperType = 'int' | 'float' | 'bool' | 'str';

export interface HyperParam {
  name: string;
  type: HyperType;
  default?: Expr;
  span: SourceSpan;
  /** Added by the parser: the name alone (for "defined twice" errors). */
  nameSpan?: SourceSpan;
}

/** `fn name(a, b: [..., d], axis = -1) = expr` or `fn name(...) { stmts }`. Pure; no params. */
export interface FnItem {
  kind: 'fn';
  name: string;
  params: ValueParam[];
  returnType?: TensorTypeExpr;
  body: Body;
  span: SourceSpan;
  nameSpan: SourceSpan;
}

/** A function or method body: a single expression (`= expr`) or a statement list (`{ ... }`). */
export type Body = { kind: 'expr'; expr: Expr } | { kind: 'stmts'; stmts: Stmt[] };

// ---------------------------------------------------------------- block members

export type BlockMember = LetStmt | ParamDecl | SubBlockDecl | MemberIf | MethodDecl;

/** `param w: [in, out] = normal(0.02)`; dtype defaults to f32. */
export interface ParamDecl {
  kind: 'param';
  name: string;
  type: TensorTypeExpr;
  init: Expr;
  span: SourceSpan;
  nameSpan?: SourceSpan;
}

/** `attn = Attention(dim, heads)` or `layers = repeat(n) Block(dim)`. */
export interface SubBlockDecl {
  kind: 'sub';
  name: string;
  call: CallExpr;
  repeat?: Expr;
  span: SourceSpan;
  nameSpan?: SourceSpan;
}

/** Compile-time `if cond { members } else { members }` inside a block body. */
export interface MemberIf {
  kind: 'member-if';
  cond: Expr;
  then: BlockMember[];
  else?: BlockMember[];
  span: SourceSpan;
}

/** `forward(x: [B, T, dim]) -> [B, T, dim] { ... }`, `loss(tokens, targets) = ...`, or any other named method. */
export interface MethodDecl {
  kind: 'method';
  name: string;
  params: ValueParam[];
  returnType?: TensorTypeExpr;
  body: Body;
  span: SourceSpan;
  nameSpan: SourceSpan;
}

/** A parameter of a function or method: a tensor (optionally typed) or a compile-time value with a default. */
export interface ValueParam {
  name: string;
  type?: TensorTypeExpr;
  default?: Expr;
  span: SourceSpan;
  nameSpan?: SourceSpan;
}

/** `[B, T, dim]`, `i32[B, T]`, `[..., d]`, `[dim, 4 * dim]`. */
export interface TensorTypeExpr {
  dtype?: 'f32' | 'i32' | 'bool';
  dims: DimExpr[];
  span: SourceSpan;
}

export type DimExpr = { kind: 'ellipsis'; span: SourceSpan } | { kind: 'dim'; expr: Expr; span: SourceSpan };

// ---------------------------------------------------------------- statements

export type Stmt = LetStmt | AssignStmt | ReturnStmt | IfStmt | ForStmt | YieldStmt;

/** `let x = e` (block level: a compile-time constant; in bodies: a binding). */
export interface LetStmt {
  kind: 'let';
  name: string;
  value: Expr;
  span: SourceSpan;
  nameSpan?: SourceSpan;
}

/** `x = e`: binds or rebinds a name in a body. */
export interface AssignStmt {
  kind: 'assign';
  name: string;
  value: Expr;
  span: SourceSpan;
  nameSpan?: SourceSpan;
}

export interface ReturnStmt {
  kind: 'return';
  value: Expr;
  span: SourceSpan;
}

/** Compile-time conditional in a body; the condition must evaluate at compile time. */
export interface IfStmt {
  kind: 'if';
  cond: Expr;
  then: Stmt[];
  else?: Stmt[];
  span: SourceSpan;
}

/** `for i in 0..n { ... }`: unrolled at compile time. */
export interface ForStmt {
  kind: 'for';
  var: string;
  start: Expr;
  end: Expr;
  body: Stmt[];
  span: SourceSpan;
  /** The loop variable. */
  varSpan?: SourceSpan;
}

/** `yield a, b`: the per-step outputs of a scan body; only as its last statement. */
export interface YieldStmt {
  kind: 'yield';
  values: Expr[];
  span: SourceSpan;
}

// ---------------------------------------------------------------- expressions

export type Expr =
  | NumExpr
  | StrExpr
  | BoolExpr
  | NameExpr
  | UnaryExpr
  | BinaryExpr
  | CallExpr
  | MemberExpr
  | IndexExpr
  | CondExpr
  | ListExpr
  | ScanExpr;

export interface NumExpr {
  kind: 'num';
  value: number;
  /** Written without a decimal point or exponent. */
  isInt: boolean;
  span: SourceSpan;
}

export interface StrExpr {
  kind: 'str';
  value: string;
  span: SourceSpan;
}

export interface BoolExpr {
  kind: 'bool';
  value: boolean;
  span: SourceSpan;
}

export interface NameExpr {
  kind: 'name';
  name: string;
  span: SourceSpan;
}

export type UnaryOperator = '-' | 'not';

export interface UnaryExpr {
  kind: 'unary';
  op: UnaryOperator;
  operand: Expr;
  span: SourceSpan;
}

export type BinaryOperator =
  | '+' | '-' | '*' | '/' | '//' | '%' | '**' | '@'
  | '<' | '<=' | '>' | '>=' | '==' | '!='
  | 'and' | 'or';

export interface BinaryExpr {
  kind: 'binary';
  op: BinaryOperator;
  left: Expr;
  right: Expr;
  span: SourceSpan;
  opSpan: SourceSpan;
}

export interface Arg {
  /** Set for keyword arguments `axis=-1`. */
  name?: string;
  value: Expr;
  span: SourceSpan;
  /** The keyword's name, for keyword arguments. */
  nameSpan?: SourceSpan;
}

export interface CallExpr {
  kind: 'call';
  callee: Expr;
  args: Arg[];
  span: SourceSpan;
}

/** `wte.w`, `layers.0` is written `layers[0]`. */
export interface MemberExpr {
  kind: 'member';
  object: Expr;
  name: string;
  span: SourceSpan;
  /** The member name after the dot. */
  nameSpan?: SourceSpan;
}

export type IndexItem =
  | { kind: 'index'; expr: Expr; span: SourceSpan }
  | { kind: 'slice'; start?: Expr; stop?: Expr; step?: Expr; span: SourceSpan }
  | { kind: 'ellipsis'; span: SourceSpan }
  | { kind: 'newaxis'; span: SourceSpan };

/** `x[:, t]`, `x[..., 0:T]`, `x[:, None]`, `table[ids]` (gather). */
export interface IndexExpr {
  kind: 'index';
  object: Expr;
  items: IndexItem[];
  span: SourceSpan;
}

/** `if c then a else b`: compile-time choice when c is a compile-time value. */
export interface CondExpr {
  kind: 'cond';
  cond: Expr;
  then: Expr;
  else: Expr;
  span: SourceSpan;
}

/** `[B, T, -1]`: a list of compile-time values (shapes, permutations, axes). */
export interface ListExpr {
  kind: 'list';
  items: Expr[];
  span: SourceSpan;
}

/** A state of a scan: `h = init` or `h: [B, D] = 0`. */
export interface ScanState {
  name: string;
  type?: TensorTypeExpr;
  init: Expr;
  span: SourceSpan;
  nameSpan: SourceSpan;
}

/**
 * `scan t over T [reverse] [along axis] with h = h0, ... { stmts; yield y, ... }`:
 * a recurrence, one `scan` node (docs/scan.md).
 */
export interface ScanExpr {
  kind: 'scan';
  var: string;
  varSpan: SourceSpan;
  length: Expr;
  reverse: boolean;
  /** Where the yields' time axis goes in the results (default 0). */
  axis?: Expr;
  states: ScanState[];
  body: Stmt[];
  span: SourceSpan;
}
