// Valid programs: statements, block members, newline rules, the fixtures.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import type { BlockItem, BlockMember, FnItem, Stmt } from '../../compiler/syntax/ast.ts';
import { parse } from '../../compiler/syntax/index.ts';
import { astProblems, parseValid, show, textOf } from './helpers.ts';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

function fnBody(text: string): Stmt[] {
  const fn = parseValid(text).items[0] as FnItem;
  if (fn.body.kind !== 'stmts') throw new Error('expected a statement body');
  return fn.body.stmts;
}

function blockBody(text: string): BlockMember[] {
  return (parseValid(text).items[0] as BlockItem).body;
}

/** One line per statement, nested bodies indented; enough to compare structure. */
function outline(ss: Stmt[], indent = ''): string[] {
  return ss.flatMap((s): string[] => {
    switch (s.kind) {
      case 'let': return [`${indent}let ${s.name} = ${show(s.value)}`];
      case 'assign': return [`${indent}${s.name} = ${show(s.value)}`];
      case 'return': return [`${indent}return ${show(s.value)}`];
      case 'for': return [`${indent}for ${s.var} in ${show(s.start)}..${show(s.end)}`, ...outline(s.body, indent + '  ')];
      case 'yield': return [`${indent}yield ${s.values.map(show).join(', ')}`];
      case 'if': return [`${indent}if ${show(s.cond)}`, ...outline(s.then, indent + '  '), ...(s.else ? [`${indent}else`, ...outline(s.else, indent + '  ')] : [])];
    }
  });
}

describe('statements', () => {
  test('let, assign, return, for, if / else if / else', () => {
    const text = [
      'fn f(x, n = 3) {',
      '  let y = x * 2',
      '  y = y + 1',
      '  for i in 0..n - 1 {',
      '    y = y + i',
      '  }',
      '  if n > 2 {',
      '    return y',
      '  } else if n == 2 {',
      '    return -y',
      '  } else {',
      '    return 0',
      '  }',
      '}',
    ].join('\n');
    expect(outline(fnBody(text))).toEqual([
      'let y = (* x 2)',
      'y = (+ y 1)',
      'for i in 0..(- n 1)',
      '  y = (+ y i)',
      'if (> n 2)',
      '  return y',
      'else',
      '  if (== n 2)',
      '    return (- y)',
      '  else',
      '    return 0',
    ]);
    const body = fnBody(text);
    expect(body[2]).toMatchObject({ span: { line: 4, col: 3, endLine: 6, endCol: 4 }, varSpan: { line: 4, col: 7, endCol: 8 } });
    expect(body[0]).toMatchObject({ nameSpan: { line: 2, col: 7, endCol: 8 } });
    expect(body[3]!.span).toMatchObject({ line: 7, endLine: 13 });
  });

  test('semicolons separate statements on one line; blank lines and comments are ignored', () => {
    const text = 'fn f(x) {\n\n  # a comment\n  let a = 1; let b = 2;;  # trailing\n\n  return a + b  # done\n}\n';
    expect(outline(fnBody(text))).toEqual(['let a = 1', 'let b = 2', 'return (+ a b)']);
  });

  test('a body may close on the same line as its last statement', () => {
    expect(outline(fnBody('fn f(x) { return x }'))).toEqual(['return x']);
    expect(outline(fnBody('fn f(x) { }'))).toEqual([]);
  });

  test('fn with typed params, defaults and a return type', () => {
    const fn = parseValid('fn f(x: [..., d], axis = -1, w: bool[d] = mask) -> [d] = x').items[0] as FnItem;
    expect(fn.params.map((p) => [p.name, p.type?.dtype ?? (p.type ? 'f32' : '-'), p.default ? show(p.default) : '-'])).toEqual([
      ['x', 'f32', '-'],
      ['axis', '-', '(- 1)'],
      ['w', 'bool', 'mask'],
    ]);
    expect(fn.returnType!.dims).toHaveLength(1);
  });
});

describe('block members', () => {
  test('let, param, sub-block, repeat, methods, member if / else if / else', () => {
    const members = blockBody(
      [
        'block B(dim: int, n: int = 2, eps: float = 1e-5, bias: bool = true, act: str = "gelu") {',
        '  let hd = dim // 2',
        '  param w: [dim, 4 * dim] = normal(0.02, 0.0)',
        '  layers = repeat(n) lib.Layer(dim, eps=eps)',
        '  if bias { param b: [dim] = zeros } else if n > 3 { let c = 1 } else { x = X() }',
        '  helper(a) = a * w',
        '  forward(x) -> [B, dim] { return helper(x) }',
        '}',
      ].join('\n'),
    );
    expect(members.map((m) => m.kind)).toEqual(['let', 'param', 'sub', 'member-if', 'method', 'method']);
    const [hd, w, layers, cond] = members;
    expect(hd!.kind === 'let' && show(hd!.value)).toBe('(// dim 2)');
    expect(w!.kind === 'param' && show(w!.init)).toBe('normal(0.02f, 0f)');
    expect(layers!.kind === 'sub' && [show(layers!.repeat!), show(layers!.call)]).toEqual(['n', 'lib.Layer(dim, eps=eps)']);
    if (cond!.kind !== 'member-if') throw new Error('shape');
    expect(show(cond!.cond)).toBe('bias');
    expect(cond!.then.map((m) => m.kind)).toEqual(['param']);
    expect(cond!.else).toHaveLength(1);
    const elseIf = cond!.else![0]!;
    expect(elseIf.kind === 'member-if' && elseIf.else!.map((m) => m.kind)).toEqual(['sub']);
  });

  test('hyperparameter defaults may refer to earlier ones; block without parens', () => {
    const b = parseValid('block B(d: int, h: int = 4 * d) {}\nblock C { }').items as BlockItem[];
    expect(show(b[0]!.hyper[1]!.default!)).toBe('(* 4 d)');
    expect(b[0]!.hyper[1]!.nameSpan).toMatchObject({ line: 1, col: 17, endCol: 18 });
    expect(b[1]).toMatchObject({ name: 'C', hyper: [], body: [] });
  });

  test('top-level let', () => {
    expect(parseValid('let eps = 1e-5\n').items).toMatchObject([{ kind: 'let', name: 'eps', value: { kind: 'num', isInt: false } }]);
  });
});

describe('newlines', () => {
  test('newlines inside (...) and [...] are ignored; braces and else may start a line', () => {
    const text = fixture('layout.loom');
    const program = parseValid(text);
    const wide = program.items[0] as BlockItem;
    expect(wide.hyper.map((h) => h.name)).toEqual(['dim', 'heads']);
    expect(wide.body.map((m) => m.kind)).toEqual(['sub', 'method']);
    const forward = wide.body[1]!;
    if (forward.kind !== 'method' || forward.body.kind !== 'stmts') throw new Error('shape');
    expect(outline(forward.body.stmts)).toEqual(['if (> heads 1)', '  return proj(x)', 'else', '  return proj(x)']);
    expect(astProblems(program, text)).toEqual([]);
  });

  test('CRLF line endings', () => {
    const text = 'fn f(x) {\r\n  let y = x\r\n  return y\r\n}\r\n';
    const { program, diagnostics } = parse(text, 'crlf.loom');
    expect(diagnostics).toEqual([]);
    const body = (program.items[0] as FnItem).body;
    expect(body.kind === 'stmts' && body.stmts[1]!.span).toMatchObject({ line: 3, col: 3, endLine: 3, endCol: 11 });
  });

  test('a newline ends a statement even after an operator-free expression', () => {
    expect(outline(fnBody('fn f(x) {\n  a = x\n  b = -a\n  return b\n}'))).toEqual(['a = x', 'b = (- a)', 'return b']);
  });
});

describe('fixtures', () => {
  test.each(['language-example.loom', 'transformer.loom', 'functions.loom', 'layout.loom'])('%s parses cleanly into a well-formed AST', (name) => {
    const text = fixture(name);
    const { program, diagnostics } = parse(text, name);
    expect(diagnostics).toEqual([]);
    expect(astProblems(program, text)).toEqual([]);
  });

  test('transformer.loom: a spot check of members and spans', () => {
    const text = fixture('transformer.loom');
    const program = parseValid(text, 'transformer.loom');
    const attention = program.items.find((i) => i.kind === 'block' && i.name === 'Attention') as BlockItem;
    expect(attention.hyper.map((h) => h.type)).toEqual(['int', 'int', 'bool', 'str']);
    // `wk = ...; wv = ...` share a line.
    const subs = attention.body.filter((m) => m.kind === 'sub').map((m) => textOf(text, m.span));
    expect(subs).toEqual(['wq = Linear(dim, dim)', 'wk = Linear(dim, dim)', 'wv = Linear(dim, dim)', 'wo = Linear(dim, dim)']);
  });

  test('empty and comment-only files', () => {
    expect(parse('', 'e.loom')).toMatchObject({ program: { items: [], span: { line: 1, col: 1, start: 0, end: 0 } }, diagnostics: [] });
    expect(parse('# nothing\n\n', 'e.loom').diagnostics).toEqual([]);
  });

  test('a file of many copies parses into as many copies of each item, each where its copy is', () => {
    // Its parse time is measured in bench/parse.ts, not asserted here.
    const one = fixture('transformer.loom') + '\n';
    const copies = 5;
    const single = parseValid(one, 'one.loom');
    const text = one.repeat(copies);
    const { program, diagnostics } = parse(text, 'many.loom');
    expect(diagnostics).toEqual([]);
    expect(program.items).toHaveLength(single.items.length * copies);
    const linesPerCopy = one.split('\n').length - 1;
    program.items.forEach((item, i) => {
      const original = single.items[i % single.items.length]!;
      expect(item.kind).toBe(original.kind);
      expect(item.span.line).toBe(original.span.line + linesPerCopy * Math.floor(i / single.items.length));
      expect(textOf(text, item.span)).toBe(textOf(one, original.span));
    });
    expect(astProblems(program, text)).toEqual([]);
  });
});
