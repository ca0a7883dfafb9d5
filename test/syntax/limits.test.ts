// The syntax stage on hostile sizes: runs of blank and comment lines (lexed in
// linear time), a file over the token or size cap, and expressions or `else
// if` chains nested past MAX_EXPRESSION_DEPTH. Each ends in one diagnostic
// that says which limit was hit, at the place where it was hit; none throws
// or exhausts the stack. Timings are in bench/parse.ts, not here.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { formatDiagnostics } from '../../compiler/diagnostics.ts';
import { lex, loomLexer, tokenLimitOffset } from '../../compiler/syntax/lexer.ts';
import { MAX_EXPRESSION_DEPTH, MAX_SOURCE_CHARS, MAX_TOKENS } from '../../compiler/syntax/limits.ts';
import { parse } from '../../compiler/syntax/parse.ts';
import { SourceText } from '../../compiler/syntax/spans.ts';
import { astProblems, show } from './helpers.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** `file:line:col message` of each diagnostic. */
function where(text: string, file = 'big.loom'): string[] {
  return parse(text, file).diagnostics.map((d) => `${d.span.line}:${d.span.col} ${d.code} ${d.message}`);
}

/** 1-based column of the n-th (1-based) occurrence of `needle` on a one-line text. */
function columnOf(text: string, needle: string, n: number): number {
  let at = -1;
  for (let k = 0; k < n; k++) at = text.indexOf(needle, at + 1);
  if (at < 0) throw new Error(`fewer than ${n} of ${needle}`);
  return at + 1;
}

const DEPTH = `expression nesting is deeper than ${MAX_EXPRESSION_DEPTH} levels`;
const CHAIN = `${DEPTH}; each operator of a chain like 'a + b + c' is a level: split it with 'let'`;

describe('lexing is linear in runs of blank and comment lines', () => {
  test('200,000 blank lines and 200,000 comment lines between two functions', () => {
    const text = 'fn f(x) = x\n' + '\n'.repeat(200_000) + '# a comment\n'.repeat(100_000) + '   # indented\n\t\n'.repeat(50_000) + 'fn g(x) = x + 1\n';
    const { program, diagnostics } = parse(text, 'blank.loom');
    expect(diagnostics).toEqual([]);
    expect(program.items.map((i) => [i.kind, i.kind === 'fn' ? i.name : '', i.span.line, i.span.endLine])).toEqual([
      ['fn', 'f', 1, 1],
      ['fn', 'g', 400_002, 400_002],
    ]);
    // The parser sees one newline per statement, however long the run between them.
    const lexed = lex(new SourceText(text, 'blank.loom'));
    expect(lexed.tokens.map((t) => t.image)).toEqual(['fn', 'f', '(', 'x', ')', '=', 'x', '\n', 'fn', 'g', '(', 'x', ')', '=', 'x', '+', '1', '\n']);
    expect(astProblems(program, text)).toEqual([]);
  });

  test('a run of newlines inside brackets and before else or { is still dropped', () => {
    const text = 'fn f(x) {\n  y = g(\n' + '\n'.repeat(5000) + 'x)\n' + '\n'.repeat(5000) + '  if x {\n    return y\n  }\n' + '\n'.repeat(5000) + '  else {\n    return x\n  }\n}\n';
    const { program, diagnostics } = parse(text, 'runs.loom');
    expect(diagnostics).toEqual([]);
    const fn = program.items[0]!;
    expect(fn.kind === 'fn' && fn.body.kind === 'stmts' && fn.body.stmts.map((s) => s.kind)).toEqual(['assign', 'if']);
  });
});

describe('the token count taken before lexing', () => {
  const files = ['dsl-examples', 'compiler/std', 'test/syntax/fixtures'].flatMap((dir) =>
    readdirSync(join(root, dir)).filter((f) => f.endsWith('.loom')).map((f) => join(root, dir, f)),
  );
  const tricky = 'x = 1.5e-3 + 2E+4 + 3e5 + 7 .. 0..n ... a.b -> ** // <= >= == != 2x "a\\"b" "open\n# c\nlet s = "\\\\"\n';

  test.each([...files.map((f) => [f.slice(root.length), readFileSync(f, 'utf8')]), ['tricky', tricky]])('%s: exactly the lexer\'s count', (_name, text) => {
    const count = loomLexer.tokenize(text).tokens.length;
    expect(count).toBeGreaterThan(10);
    expect(tokenLimitOffset(text, count)).toBe(-1);
    expect(tokenLimitOffset(text, count - 1)).toBe(loomLexer.tokenize(text).tokens[count - 1]!.startOffset);
  });
});

describe('files too large to compile', () => {
  test('a 5 MB one-line expression is one diagnostic at the token past the cap', () => {
    const text = 'fn f(x) = ' + '1+'.repeat(2_500_000) + '1\n';
    expect(text.length).toBeGreaterThan(5_000_000);
    // Six tokens before the chain; the chain's token number MAX_TOKENS - 6 (0-based) is a `1`.
    const col = 'fn f(x) = '.length + (MAX_TOKENS - 6) + 1;
    expect(where(text)).toEqual([`1:${col} E-limit the file has more than 1,000,000 tokens (line breaks count); split it into modules`]);
  });

  test('a million blank lines and one more', () => {
    expect(where('\n'.repeat(MAX_TOKENS + 1))).toEqual([`${MAX_TOKENS + 1}:1 E-limit the file has more than 1,000,000 tokens (line breaks count); split it into modules`]);
    expect(where('\n'.repeat(MAX_TOKENS))).toEqual([]);
  });

  test('a source over 16 MiB is refused before it is indexed', () => {
    const { program, diagnostics } = parse('#'.repeat(MAX_SOURCE_CHARS + 1), 'huge.loom');
    expect(program.items).toEqual([]);
    expect(formatDiagnostics(diagnostics, new Map())).toBe('huge.loom:1:1: error: the source is 16,777,217 characters; the limit is 16,777,216 (16 MiB)');
    expect(where('#'.repeat(MAX_SOURCE_CHARS))).toEqual([]);
  });
});

describe('expression nesting', () => {
  test('a chain of 255 operators (256 levels) parses; 256 operators is one level too many, reported at that operator', () => {
    const ok = 'fn f(x) = x' + ' + x'.repeat(255);
    expect(where(ok)).toEqual([]);
    const body = parse(ok, 'ok.loom').program.items[0]!;
    expect(body.kind === 'fn' && body.body.kind === 'expr' && show(body.body.expr).startsWith('(+ (+ (+ ')).toBe(true);
    const deep = 'fn f(x) = x' + ' + x'.repeat(256);
    expect(where(deep)).toEqual([`1:${columnOf(deep, '+', 256)} E-limit ${CHAIN}`]);
  });

  test('a flat chain of 100,000 operands: one diagnostic with a code frame, and the rest of the file still parses', () => {
    const line = 'fn f(x) = x' + ' * 2 - x'.repeat(50_000);
    const text = `${line}\nfn g(y) = y\n`;
    const { program, diagnostics } = parse(text, 'chain.loom');
    expect(diagnostics).toHaveLength(1);
    // `*` binds tighter: `x * 2` is two levels and each `-` adds one, so the 255th `-` is too deep.
    const col = columnOf(line, '-', 255);
    const frame = formatDiagnostics(diagnostics, new Map()).split('\n');
    expect(frame).toEqual([`chain.loom:1:${col}: error: ${CHAIN}`]);
    expect(program.items.map((i) => (i.kind === 'fn' ? i.name : i.kind))).toEqual(['g']);
  });

  test('the code frame points at the operator', () => {
    const text = 'fn f(x) =' + ' x +'.repeat(300) + ' x\n';
    const { diagnostics } = parse(text, 'f.loom');
    const frame = formatDiagnostics(diagnostics, new Map([['f.loom', text]])).split('\n');
    const col = columnOf(text, '+', 256);
    expect(frame[0]).toBe(`f.loom:1:${col}: error: ${CHAIN}`);
    // However the frame shows the long line, the caret is under that `+`.
    const caret = frame[2]!.indexOf('^');
    expect(frame[2]!.slice(caret)).toBe('^');
    expect(frame[1]!.slice(caret - 2, caret + 3)).toBe('x + x');
  });

  test.each([
    // [what, text, the occurrence of `needle` the diagnostic points at (counted on its line)]
    ['prefix minus', `fn f(x) = ${'-'.repeat(1000)}x`, '-', 1000 - 256 + 1],
    ['not', `fn f(x) = ${'not '.repeat(1000)}x`, 'not', 1000 - 256 + 1],
    ['calls', `fn f(x) = x${'(1)'.repeat(1000)}`, '(', 1 + 256],
    ['member accesses', `fn f(x) = x${'.a'.repeat(1000)}`, '.', 256],
    ['indexing', `fn f(x) = x${'[0]'.repeat(1000)}`, '[', 256],
    ['a sub-block callee (at the member name)', `block B() {\n  m = a${'.q'.repeat(1000)}(1)\n}`, 'q', 256],
  ] as const)('%s: the level past the limit is reported', (_what, text, needle, n) => {
    const lines = text.split('\n');
    const line = lines.findIndex((l) => l.includes(needle)) + 1;
    expect(where(text)).toEqual([`${line}:${columnOf(lines[line - 1]!, needle, n)} E-limit ${DEPTH}`]);
  });

  test('`**` and `if then else` chains stop the parser itself before its recursion can exhaust the stack', () => {
    // The parser opens a level per operand and per bracket, so it stops at 256 + 48 (MAX_NESTING) levels:
    // past that the expression is surely deeper than 256, whatever brackets it has.
    const power = 'fn f(x) = x' + ' ** x'.repeat(10_000);
    expect(where(power)).toEqual([`1:${columnOf(power, 'x', 1 + 256 + 48 + 1)} E-limit ${DEPTH}`]);
    const cond = 'fn f(x) = ' + 'if x then 1 else '.repeat(10_000) + '0';
    // The 304th `if` is level 304; its condition `x` would be level 305.
    expect(where(cond)).toEqual([`1:${columnOf(cond, 'if', 256 + 48) + 'if '.length} E-limit ${DEPTH}`]);
    // With fewer levels than the parser allows, the AST check still finds the exact one.
    const short = 'fn f(x) = x' + ' ** x'.repeat(280);
    expect(where(short)).toEqual([`1:${columnOf(short, '**', 280 - 256 + 1)} E-limit ${CHAIN}`]);
  });

  test("`else if` chains in bodies and blocks: 256 levels at most", () => {
    const body = (n: number) => 'fn f(x) {\n' + '  if x { return 1 } else '.repeat(n) + '{ return 2 }\n}\n';
    expect(where(body(256))).toEqual([]);
    const deep = body(5000);
    expect(where(deep)).toEqual([`2:${columnOf(deep.split('\n')[1]!, 'if', 257)} E-limit 'if' statements nest deeper than 256 levels (each 'else if' is a level)`]);
    const block = 'block B() {\n' + '  if true { let a = 1 } else '.repeat(5000) + '{ }\n}\n';
    expect(where(block)).toEqual([`2:${columnOf(block.split('\n')[1]!, 'if', 257)} E-limit 'if' statements nest deeper than 256 levels (each 'else if' is a level)`]);
  });

  test('the parser is fine after stopping: the next parse starts from a clean state', () => {
    expect(where('fn f(x) = x' + ' ** x'.repeat(1000))).toHaveLength(1);
    const { program, diagnostics } = parse('fn f(x) = x ** 2 ** 3\nfn g(x) = if x then 1 else 2\n', 'after.loom');
    expect(diagnostics).toEqual([]);
    expect(program.items.map((i) => (i.kind === 'fn' && i.body.kind === 'expr' ? show(i.body.expr) : ''))).toEqual(['(** x (** 2 3))', '(if x 1 2)']);
  });

  test('brackets stop at 48, whatever the length', () => {
    expect(where('fn f(x) = ' + '('.repeat(100_000) + 'x' + ')'.repeat(100_000))).toEqual([
      `1:${'fn f(x) = '.length + 49} E-parse brackets and braces are nested more than 48 deep; the rest of the file is not parsed`,
    ]);
  });

  test('a number too large for a float is an error, not Infinity', () => {
    expect(where('fn f() = 1e400\nfn g() = 1' + '0'.repeat(400))).toEqual([
      '1:10 E-parse the number 1e400 is too large (numbers are 64-bit floats, at most about 1.8e308)',
      '2:10 E-parse the number 10000000000000000000... is too large (numbers are 64-bit floats, at most about 1.8e308)',
    ]);
    expect(where('fn f() = 1e300')).toEqual([]);
  });
});
