// Files with several errors: all are reported in one run, cascades are not,
// and the partial AST keeps what could be parsed, well-formed.
import { describe, expect, test } from 'vitest';
import { formatDiagnostics } from '../../compiler/diagnostics.ts';
import type { BlockItem } from '../../compiler/syntax/ast.ts';
import { parse } from '../../compiler/syntax/index.ts';
import { astProblems } from './helpers.ts';

describe('several errors in one run', () => {
  const source = [
    'import std.nn',
    '',
    'fn good(x) = x * 2',
    'fn bad1(x) = (x + 1',
    'fn bad2(x, y) {',
    '  let z = x +',
    '  w = y $ 2',
    '  return z',
    '}',
    '',
    'block B(dim: int, heads) {',
    '  attn = Attention(dim, heads',
    '  let hd = dim // heads',
    '  param w: [dim, dim]',
    '  up = Linear(dim, 4 * dim)',
    '  forward(x: [B, T, dim]) {',
    '    return 3',
    '    param b: [dim] = zeros',
    '  }',
    '}',
    '',
    'model M(v: int = 3) {',
    '  b = B(v, 1)',
    '  return b',
    '  loss(x) = sum(b(x))',
    '}',
  ].join('\n');
  const { program, diagnostics } = parse(source, 'multi.loom');

  test('every error is reported, in source order, with its position', () => {
    expect(diagnostics.map((d) => `${d.span.line}:${d.span.col} ${d.code} ${d.message}`)).toEqual([
      "4:20 E-parse expected ')' to close the '(' opened at 4:14",
      '6:14 E-parse unexpected end of line: expected an expression',
      "7:9 E-lex unexpected character '$'",
      "11:24 E-parse hyperparameter 'heads' needs a type: int, float, bool or str",
      "12:30 E-parse expected ')' to close the call opened at 12:19",
      "14:22 E-parse unexpected end of line: expected '=' and an initialiser after the param's type, e.g. '= normal(0.02)'",
      "18:5 E-parse 'param' declarations are only allowed in a block body, not in a function or method body",
      "24:3 E-parse 'return' is only allowed in a function or method body",
    ]);
  });

  test('the formatted report shows a code frame for each', () => {
    const report = formatDiagnostics(diagnostics, new Map([['multi.loom', source]]));
    expect(report.split('\n')).toHaveLength(diagnostics.length * 3);
    expect(report).toContain("multi.loom:7:9: error: unexpected character '$'\n7 |   w = y $ 2\n  |         ^");
  });

  test('what could be parsed is kept, and is well-formed', () => {
    expect(astProblems(program, source)).toEqual([]);
    expect(program.items.map((i) => `${i.kind} ${'name' in i ? i.name : ''}`)).toEqual([
      'import ', 'fn good', 'fn bad1', 'fn bad2', 'block B', 'block M',
    ]);
    const b = program.items[4] as BlockItem;
    expect(b.hyper.map((h) => h.name)).toEqual(['dim']);
    expect(b.body.map((m) => `${m.kind} ${'name' in m ? m.name : ''}`)).toEqual([
      'sub attn', 'let hd', 'sub up', 'method forward',
    ]);
    const m = program.items[5] as BlockItem;
    expect(m.body.map((x) => x.kind)).toEqual(['sub', 'method']);
  });
});

describe('recovery', () => {
  test('a broken statement is dropped, its neighbours are kept', () => {
    const source = 'fn f(x) {\n  a = x\n  b = (x +\n  c = x\n  return c\n}';
    const { program, diagnostics } = parse(source, 'r.loom');
    expect(diagnostics).toHaveLength(1);
    const body = program.items[0]!.kind === 'fn' ? program.items[0]!.body : undefined;
    expect(body?.kind === 'stmts' && body.stmts.map((s) => s.kind)).toEqual(['assign', 'assign', 'return']);
  });

  test('a cascade from one mistake is reported once', () => {
    expect(parse('fn f(x) { x = return }', 'r.loom').diagnostics).toHaveLength(1);
    expect(parse('fn f(x) = x $ y', 'r.loom').diagnostics.map((d) => d.code)).toEqual(['E-lex']);
  });

  test('brackets nested too deeply are reported, not crashed on', () => {
    const source = 'fn f(x) = ' + '('.repeat(100) + 'x' + ')'.repeat(100);
    const { diagnostics } = parse(source, 'deep.loom');
    expect(diagnostics[0]).toMatchObject({ code: 'E-parse', span: { line: 1, col: 59 } });
    expect(diagnostics[0]!.message).toBe('brackets and braces are nested more than 48 deep; the rest of the file is not parsed');
  });

  test('thousands of chained operators are reported, not crashed on', () => {
    const { diagnostics } = parse('fn f(x) = x' + ' ** x'.repeat(20000), 'deep.loom');
    expect(diagnostics.map((d) => d.code)).not.toContain('E-internal');
  });
});
