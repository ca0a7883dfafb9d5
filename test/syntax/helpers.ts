// Test helpers for the syntax stage: a compact expression printer, a span
// checker, and a structural validator that walks a whole Program and fails on
// any node a consumer could trip over (missing required field, bad span).
import type { SourceSpan } from '../../compiler/diagnostics.ts';
import type {
  BlockMember, Body, DimExpr, Expr, IndexItem, Item, Program, Stmt, TensorTypeExpr, ValueParam,
} from '../../compiler/syntax/ast.ts';
import { parse } from '../../compiler/syntax/parse.ts';

/** Parses text that must be valid; fails with the diagnostics otherwise. */
export function parseValid(text: string, file = 'test.loom'): Program {
  const { program, diagnostics } = parse(text, file);
  if (diagnostics.length > 0) {
    throw new Error(`expected no diagnostics, got:\n${diagnostics.map((d) => `${d.span.line}:${d.span.col} ${d.message}`).join('\n')}`);
  }
  return program;
}

/** The expression of `fn f() = EXPR`. */
export function parseExpr(source: string): Expr {
  const item = parseValid(`fn f() = ${source}`).items[0];
  if (item?.kind !== 'fn' || item.body.kind !== 'expr') throw new Error('not an expression function');
  return item.body.expr;
}

/** Lisp-ish rendering that makes structure (precedence, associativity) visible. */
export function show(e: Expr): string {
  switch (e.kind) {
    case 'num': return e.isInt ? String(e.value) : `${e.value}f`;
    case 'str': return JSON.stringify(e.value);
    case 'bool': return String(e.value);
    case 'name': return e.name;
    case 'unary': return `(${e.op} ${show(e.operand)})`;
    case 'binary': return `(${e.op} ${show(e.left)} ${show(e.right)})`;
    case 'call': return `${show(e.callee)}(${e.args.map((a) => (a.name ? `${a.name}=` : '') + show(a.value)).join(', ')})`;
    case 'member': return `${show(e.object)}.${e.name}`;
    case 'index': return `${show(e.object)}[${e.items.map(showIndexItem).join(', ')}]`;
    case 'cond': return `(if ${show(e.cond)} ${show(e.then)} ${show(e.else)})`;
    case 'list': return `[${e.items.map(show).join(', ')}]`;
    case 'scan': return `(scan ${e.var} ${show(e.length)}${e.reverse ? ' reverse' : ''} ${e.states.map((s) => `${s.name}=${show(s.init)}`).join(' ')} {${e.body.length} stmts})`;
  }
}

function showIndexItem(i: IndexItem): string {
  switch (i.kind) {
    case 'index': return show(i.expr);
    case 'ellipsis': return '...';
    case 'newaxis': return 'None';
    case 'slice': return `${i.start ? show(i.start) : ''}:${i.stop ? show(i.stop) : ''}${i.step ? ':' + show(i.step) : ''}`;
  }
}

/** The text a span covers. */
export function textOf(text: string, span: SourceSpan): string {
  return text.slice(span.start, span.end);
}

/** Line starts of the last text seen, so checking thousands of spans of one file stays linear. */
let indexed: { text: string; lineStarts: number[] } | undefined;

function position(text: string, offset: number): { line: number; col: number } {
  if (indexed?.text !== text) {
    const lineStarts = [0];
    for (let i = 0; i < text.length; i++) if (text[i] === '\n') lineStarts.push(i + 1);
    indexed = { text, lineStarts };
  }
  const starts = indexed.lineStarts;
  let line = 0;
  while (line + 1 < starts.length && starts[line + 1]! <= offset) line++;
  return { line: line + 1, col: offset - starts[line]! + 1 };
}

/** Problems with a span: lines/columns inside the file and consistent with the offsets. */
export function spanProblems(span: SourceSpan | undefined, text: string, file: string): string[] {
  if (span === undefined) return ['missing span'];
  const problems: string[] = [];
  if (span.file !== file) problems.push(`file ${span.file}`);
  if (!(span.start >= 0 && span.start <= span.end && span.end <= text.length)) return [...problems, `offsets ${span.start}..${span.end}`];
  const a = position(text, span.start);
  const b = position(text, span.end);
  if (a.line !== span.line || a.col !== span.col) problems.push(`start ${span.line}:${span.col} but offset says ${a.line}:${a.col}`);
  if (b.line !== span.endLine || b.col !== span.endCol) problems.push(`end ${span.endLine}:${span.endCol} but offset says ${b.line}:${b.col}`);
  return problems;
}

/**
 * Every problem in a program's structure: a required field missing or of the
 * wrong shape, or a span that is not inside the file. Empty when the AST is
 * safe to hand to elaboration.
 */
export function astProblems(program: Program, text: string): string[] {
  return new AstChecker(program.file, text).program(program);
}

class AstChecker {
  readonly problems: string[] = [];

  constructor(
    private readonly file: string,
    private readonly text: string,
  ) {}

  program(p: Program): string[] {
    this.span(p.span, 'program');
    p.items.forEach((it, i) => this.item(it, `item${i}`));
    return this.problems;
  }

  private span(s: SourceSpan | undefined, where: string): void {
    for (const p of spanProblems(s, this.text, this.file)) this.problems.push(`${where}: ${p}`);
  }

  private name(v: unknown, where: string): void {
    if (typeof v !== 'string' || v === '') this.problems.push(`${where}: bad name ${String(v)}`);
  }

  private item(it: Item, where: string): void {
    this.span(it.span, `${where}/${it.kind}`);
    switch (it.kind) {
      case 'import':
        this.name(it.path, where);
        if (typeof it.std !== 'boolean') this.problems.push(`${where}: std flag`);
        return;
      case 'fn':
        this.name(it.name, where);
        this.span(it.nameSpan, where);
        this.params(it.params, where);
        if ('returnType' in it) this.type(it.returnType, where);
        return this.body(it.body, where);
      case 'block':
        this.name(it.name, where);
        this.span(it.nameSpan, where);
        it.hyper.forEach((h, i) => {
          this.name(h.name, `${where}/hyper${i}`);
          if (!['int', 'float', 'bool', 'str'].includes(h.type)) this.problems.push(`${where}: hyper type ${h.type}`);
          if ('default' in h) this.expr(h.default, `${where}/hyper${i}`);
        });
        it.body.forEach((m, i) => this.member(m, `${where}/${i}`));
        return;
      case 'let':
        this.name(it.name, where);
        return this.expr(it.value, where);
      default:
        this.problems.push(`${where}: unknown item kind ${(it as { kind: string }).kind}`);
    }
  }

  private member(m: BlockMember, where: string): void {
    this.span(m.span, `${where}/${m.kind}`);
    switch (m.kind) {
      case 'let':
        this.name(m.name, where);
        return this.expr(m.value, where);
      case 'param':
        this.name(m.name, where);
        this.type(m.type, where);
        return this.expr(m.init, where);
      case 'sub':
        this.name(m.name, where);
        if (m.call?.kind !== 'call') this.problems.push(`${where}: sub-block without a call`);
        this.expr(m.call, where);
        if ('repeat' in m) this.expr(m.repeat, `${where}/repeat`);
        return;
      case 'member-if':
        this.expr(m.cond, where);
        m.then.forEach((x, i) => this.member(x, `${where}/then${i}`));
        m.else?.forEach((x, i) => this.member(x, `${where}/else${i}`));
        return;
      case 'method':
        this.name(m.name, where);
        this.span(m.nameSpan, where);
        this.params(m.params, where);
        if ('returnType' in m) this.type(m.returnType, where);
        return this.body(m.body, where);
      default:
        this.problems.push(`${where}: unknown member kind ${(m as { kind: string }).kind}`);
    }
  }

  private params(ps: ValueParam[], where: string): void {
    ps.forEach((p, i) => {
      this.name(p.name, `${where}/param${i}`);
      this.span(p.span, `${where}/param${i}`);
      if ('type' in p) this.type(p.type, `${where}/param${i}/type`);
      if ('default' in p) this.expr(p.default, `${where}/param${i}/default`);
    });
  }

  private type(t: TensorTypeExpr | undefined, where: string): void {
    if (t === undefined) return void this.problems.push(`${where}: missing type`);
    this.span(t.span, where);
    if ('dtype' in t && !['f32', 'i32', 'bool'].includes(t.dtype!)) this.problems.push(`${where}: dtype ${t.dtype}`);
    t.dims.forEach((d: DimExpr, i) => {
      this.span(d.span, `${where}/dim${i}`);
      if (d.kind === 'dim') this.expr(d.expr, `${where}/dim${i}`);
    });
  }

  private body(b: Body | undefined, where: string): void {
    if (b === undefined) return void this.problems.push(`${where}: missing body`);
    if (b.kind === 'expr') this.expr(b.expr, where);
    else b.stmts.forEach((s, i) => this.stmt(s, `${where}/${i}`));
  }

  private stmt(s: Stmt, where: string): void {
    this.span(s.span, `${where}/${s.kind}`);
    switch (s.kind) {
      case 'let':
      case 'assign':
        this.name(s.name, where);
        return this.expr(s.value, where);
      case 'return':
        return this.expr(s.value, where);
      case 'if':
        this.expr(s.cond, where);
        s.then.forEach((x, i) => this.stmt(x, `${where}/then${i}`));
        s.else?.forEach((x, i) => this.stmt(x, `${where}/else${i}`));
        return;
      case 'for':
        this.name(s.var, where);
        this.expr(s.start, where);
        this.expr(s.end, where);
        s.body.forEach((x, i) => this.stmt(x, `${where}/${i}`));
        return;
      case 'yield':
        return s.values.forEach((x, i) => this.expr(x, `${where}/yield${i}`));
      default:
        this.problems.push(`${where}: unknown statement kind ${(s as { kind: string }).kind}`);
    }
  }

  private expr(e: Expr | undefined, where: string): void {
    if (e === undefined || typeof e !== 'object') return void this.problems.push(`${where}: missing expression`);
    const at = `${where}/${e.kind}`;
    this.span(e.span, at);
    switch (e.kind) {
      case 'num':
        if (!Number.isFinite(e.value) || typeof e.isInt !== 'boolean') this.problems.push(`${at}: ${e.value}`);
        return;
      case 'str':
      case 'bool':
        if (typeof e.value !== (e.kind === 'str' ? 'string' : 'boolean')) this.problems.push(`${at}: value`);
        return;
      case 'name':
        return this.name(e.name, at);
      case 'unary':
        return this.expr(e.operand, at);
      case 'binary':
        this.expr(e.left, `${at}/left`);
        this.expr(e.right, `${at}/right`);
        return this.span(e.opSpan, `${at}/op`);
      case 'call':
        this.expr(e.callee, `${at}/callee`);
        e.args.forEach((a, i) => {
          this.span(a.span, `${at}/arg${i}`);
          this.expr(a.value, `${at}/arg${i}`);
        });
        return;
      case 'member':
        this.expr(e.object, at);
        return this.name(e.name, at);
      case 'index':
        this.expr(e.object, at);
        if (e.items.length === 0) this.problems.push(`${at}: no index items`);
        e.items.forEach((item, i) => this.indexItem(item, `${at}/item${i}`));
        return;
      case 'cond':
        this.expr(e.cond, `${at}/cond`);
        this.expr(e.then, `${at}/then`);
        return this.expr(e.else, `${at}/else`);
      case 'list':
        return e.items.forEach((x, i) => this.expr(x, `${at}/${i}`));
      case 'scan':
        this.name(e.var, at);
        this.span(e.varSpan, `${at}/var`);
        this.expr(e.length, `${at}/length`);
        if (e.axis) this.expr(e.axis, `${at}/axis`);
        e.states.forEach((st, i) => {
          this.name(st.name, `${at}/state${i}`);
          this.span(st.span, `${at}/state${i}`);
          this.span(st.nameSpan, `${at}/state${i}/name`);
          this.expr(st.init, `${at}/state${i}/init`);
        });
        return e.body.forEach((x, i) => this.stmt(x, `${at}/body${i}`));
      default:
        this.problems.push(`${where}: unknown expression kind ${(e as { kind: string }).kind}`);
    }
  }

  private indexItem(item: IndexItem, where: string): void {
    this.span(item.span, where);
    if (item.kind === 'index') this.expr(item.expr, where);
    if (item.kind === 'slice') for (const k of ['start', 'stop', 'step'] as const) if (k in item) this.expr(item[k], `${where}/${k}`);
  }
}
