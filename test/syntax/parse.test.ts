// Valid programs: AST shape and spans for every construct of docs/language.md.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import type { BlockItem, FnItem, MethodDecl, Stmt } from '../../compiler/syntax/ast.ts';
import { parse } from '../../compiler/syntax/index.ts';
import { astProblems, parseExpr, parseValid, show, textOf } from './helpers.ts';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

function block(items: { kind: string }[], name: string): BlockItem {
  const b = items.find((i): i is BlockItem => i.kind === 'block' && (i as BlockItem).name === name);
  if (!b) throw new Error(`no block ${name}`);
  return b;
}

function method(b: BlockItem, name: string): MethodDecl {
  const m = b.body.find((x): x is MethodDecl => x.kind === 'method' && x.name === name);
  if (!m) throw new Error(`no method ${name}`);
  return m;
}

function stmts(m: { body: MethodDecl['body'] }): Stmt[] {
  if (m.body.kind !== 'stmts') throw new Error('expression body');
  return m.body.stmts;
}

describe('the language example (docs/language.md)', () => {
  const text = fixture('language-example.loom');
  const program = parseValid(text, 'gpt.loom');

  test('every loom block in the spec parses cleanly', () => {
    const doc = readFileSync(new URL('../../docs/language.md', import.meta.url), 'utf8');
    const blocks = [...doc.matchAll(/```loom\n([\s\S]*?)```/g)].map((m) => m[1]!);
    expect(blocks.length).toBeGreaterThan(0);
    for (const b of blocks) expect(parse(b, 'doc.loom').diagnostics).toEqual([]);
  });

  test('items', () => {
    expect(program.file).toBe('gpt.loom');
    expect(program.items.map((i) => i.kind)).toEqual(['import', 'import', 'fn', 'block', 'block']);
    expect(program.items[0]).toMatchObject({ kind: 'import', path: 'std.nn', std: true });
    expect(program.items[1]).toMatchObject({ kind: 'import', path: './blocks.loom', std: false });
    expect(program.span).toMatchObject({ line: 1, col: 1, start: 0, end: text.length });
    expect(astProblems(program, text)).toEqual([]);
  });

  test('fn with an expression body', () => {
    const fn = program.items[2] as FnItem;
    expect(fn.name).toBe('gelu_tanh');
    expect(fn.params).toMatchObject([{ name: 'x' }]);
    expect(fn.params[0]!.type).toBeUndefined();
    expect(fn.body.kind === 'expr' && show(fn.body.expr)).toBe(
      '(* (* 0.5f x) (+ 1 tanh((* 0.7978845608f (+ x (* 0.044715f (** x 3)))))))',
    );
    expect(fn.nameSpan).toMatchObject({ line: 4, col: 4, endLine: 4, endCol: 13 });
    expect(fn.span).toMatchObject({ line: 4, col: 1, endLine: 4, endCol: 79 });
  });

  test('block with hyperparameters, sub-blocks and an expression method', () => {
    const mlp = block(program.items, 'MLP');
    expect(mlp.isModel).toBe(false);
    expect(mlp.hyper.map((h) => [h.name, h.type, h.default && show(h.default)])).toEqual([
      ['dim', 'int', undefined],
      ['hidden', 'int', '(* 4 dim)'],
    ]);
    expect(mlp.body.map((m) => m.kind)).toEqual(['sub', 'sub', 'method']);
    expect(mlp.body[0]).toMatchObject({ kind: 'sub', name: 'up' });
    const up = mlp.body[0]!;
    expect(up.kind === 'sub' && show(up.call)).toBe('Linear(dim, hidden)');
    expect(up.kind === 'sub' && up.repeat).toBeUndefined();
    const forward = method(mlp, 'forward');
    expect(forward.params[0]!.type!.dims.map((d) => d.kind)).toEqual(['ellipsis', 'dim']);
    expect(forward.body.kind === 'expr' && show(forward.body.expr)).toBe('down(gelu(up(x)))');
    // Members span their own line only, not the newline that ends them.
    expect(up.span).toMatchObject({ line: 7, col: 3, endLine: 7, endCol: 27 });
    expect(mlp.span).toMatchObject({ line: 6, col: 1, endLine: 10, endCol: 2 });
    expect(mlp.nameSpan).toMatchObject({ line: 6, col: 7, endCol: 10 });
  });

  test('model with params, repeat, typed method and statements', () => {
    const gpt = block(program.items, 'GPT');
    expect(gpt.isModel).toBe(true);
    expect(gpt.hyper.map((h) => `${h.name}:${h.type}=${show(h.default!)}`)).toEqual([
      'vocab:int=256', 'dim:int=64', 'depth:int=2', 'heads:int=4', 'ctx:int=64',
    ]);
    const wpe = gpt.body[1]!;
    expect(wpe.kind).toBe('param');
    if (wpe.kind !== 'param') return;
    expect(wpe.name).toBe('wpe');
    expect(wpe.type.dtype).toBeUndefined();
    expect(wpe.type.dims.map((d) => (d.kind === 'dim' ? show(d.expr) : '...'))).toEqual(['ctx', 'dim']);
    expect(show(wpe.init)).toBe('normal(0.02f)');
    expect(textOf(text, wpe.span)).toBe('param wpe: [ctx, dim] = normal(0.02)');
    expect(textOf(text, wpe.nameSpan!)).toBe('wpe');

    const blocks = gpt.body[2]!;
    expect(blocks.kind === 'sub' && [blocks.name, show(blocks.repeat!), show(blocks.call)]).toEqual(['blocks', 'depth', 'Block(dim, heads)']);

    const forward = method(gpt, 'forward');
    expect(forward.params[0]!.type).toMatchObject({ dtype: 'i32' });
    expect(forward.returnType!.dims.map((d) => (d.kind === 'dim' ? show(d.expr) : '...'))).toEqual(['B', 'T', 'vocab']);
    const body = stmts(forward);
    expect(body.map((s) => s.kind)).toEqual(['assign', 'assign', 'return']);
    const first = body[0]!;
    expect(first.kind === 'assign' && show(first.value)).toBe('(+ wte(tokens) wpe[0:T])');
    expect(body[2]!.kind === 'return' && show(body[2]!.value)).toBe('einsum("b t d, v d -> b t v", x, wte.w)');
    // Spans of an expression statement's parts: `x = wte(tokens) + wpe[0:T]` on line 18.
    if (first.kind !== 'assign' || first.value.kind !== 'binary') throw new Error('shape');
    expect(first.span).toMatchObject({ line: 18, col: 5, endLine: 18, endCol: 31 });
    expect(first.value.opSpan).toMatchObject({ line: 18, col: 21, endCol: 22 });
    expect(textOf(text, first.value.right.span)).toBe('wpe[0:T]');
    expect(textOf(text, first.value.left.span)).toBe('wte(tokens)');

    const loss = method(gpt, 'loss');
    expect(loss.params.map((p) => p.name)).toEqual(['tokens', 'targets']);
    expect(loss.body.kind === 'expr' && show(loss.body.expr)).toBe('cross_entropy(forward(tokens), targets)');
    expect(textOf(text, loss.nameSpan)).toBe('loss');
  });
});

describe('expressions', () => {
  test.each([
    ['1 + 2 * 3', '(+ 1 (* 2 3))'],
    ['a - b - c', '(- (- a b) c)'],
    ['a / b // c % d @ e', '(@ (% (// (/ a b) c) d) e)'],
    ['a ** b ** c', '(** a (** b c))'],
    ['-x ** 2', '(- (** x 2))'],
    ['2 ** -x', '(** 2 (- x))'],
    ['2 ** -x ** 2', '(** 2 (- (** x 2)))'],
    ['-a * b', '(* (- a) b)'],
    ['- -a', '(- (- a))'],
    ['a < b + 1', '(< a (+ b 1))'],
    ['a + b == c * d', '(== (+ a b) (* c d))'],
    ['a or b and c', '(or a (and b c))'],
    ['a and b or c and d', '(or (and a b) (and c d))'],
    ['not a == b and c', '(and (not (== a b)) c)'],
    ['not not a', '(not (not a))'],
    ['not -x ** 2 < 3 or y', '(or (not (< (- (** x 2)) 3)) y)'],
    ['a != b and c <= d and e >= f and g > h', '(and (and (and (!= a b) (<= c d)) (>= e f)) (> g h))'],
    ['(a + b) * c', '(* (+ a b) c)'],
    ['if a then b else c + 1', '(if a b (+ c 1))'],
    ['if a then if b then 1 else 2 else 3', '(if a (if b 1 2) 3)'],
    ['x + (if a then 1 else 2)', '(+ x (if a 1 2))'],
    ['f(x)[0].w(y)', 'f(x)[0].w(y)'],
    ['blocks[2](x)', 'blocks[2](x)'],
    ['a.b.c', 'a.b.c'],
    ['mean(x, axis=-1, keep)', 'mean(x, axis=(- 1), keep)'],
    ['f()', 'f()'],
    ['f(a, b,)', 'f(a, b)'],
    ['x[:, None, ..., 1:2, ::2, :-1, i, 1:, 2::3]', 'x[:, None, ..., 1:2, ::2, :(- 1), i, 1:, 2::3]'],
    ['x[0,]', 'x[0]'],
    ['[1, 2.5, "s", true, false]', '[1, 2.5f, "s", true, false]'],
    ['[]', '[]'],
    ['[[1, 2], [3]]', '[[1, 2], [3]]'],
  ])('%s', (source, expected) => {
    expect(show(parseExpr(source))).toBe(expected);
  });

  test('number literals', () => {
    expect(parseExpr('3')).toMatchObject({ kind: 'num', value: 3, isInt: true });
    expect(parseExpr('1e-5')).toMatchObject({ kind: 'num', value: 1e-5, isInt: false });
    expect(parseExpr('0.5')).toMatchObject({ kind: 'num', value: 0.5, isInt: false });
    expect(parseExpr('2.5E+3')).toMatchObject({ kind: 'num', value: 2500, isInt: false });
    expect(parseExpr('10')).toMatchObject({ kind: 'num', value: 10, isInt: true });
  });

  test('string escapes', () => {
    expect(parseExpr(String.raw`"a\"b\\c\nd\te\r\0"`)).toMatchObject({ kind: 'str', value: 'a"b\\c\nd\te\r\0' });
    expect(parseExpr('"# not a comment"')).toMatchObject({ kind: 'str', value: '# not a comment' });
  });

  test('spans include parentheses for operands but not for the parenthesised node', () => {
    const text = 'fn f() = (a + b) * c';
    const fn = parseValid(text).items[0] as FnItem;
    if (fn.body.kind !== 'expr' || fn.body.expr.kind !== 'binary') throw new Error('shape');
    const product = fn.body.expr;
    expect(textOf(text, product.span)).toBe('(a + b) * c');
    expect(textOf(text, product.left.span)).toBe('a + b');
    expect(product.opSpan).toMatchObject({ line: 1, col: 18, endLine: 1, endCol: 19, start: 17, end: 18 });
    const negated = 'fn f() = -x ** 2';
    const body = (parseValid(negated).items[0] as FnItem).body;
    expect(body.kind === 'expr' && textOf(negated, body.expr.span)).toBe('-x ** 2');
  });

  test('member and keyword-argument name spans', () => {
    const text = 'fn f() = g(a.weight, axis=1)';
    const fn = parseValid(text).items[0] as FnItem;
    if (fn.body.kind !== 'expr' || fn.body.expr.kind !== 'call') throw new Error('shape');
    const [member, keyword] = fn.body.expr.args;
    expect(member!.value.kind === 'member' && textOf(text, member!.value.nameSpan!)).toBe('weight');
    expect(keyword!.name).toBe('axis');
    expect(textOf(text, keyword!.nameSpan!)).toBe('axis');
    expect(textOf(text, keyword!.span)).toBe('axis=1');
  });
});
