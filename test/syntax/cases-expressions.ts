// Invalid programs (lexing, brackets, expressions) and the exact first diagnostic each must produce (see
// parse-errors.test.ts). Each case is [source, ...lines of the formatted
// diagnostic]; the file is always named `bad.loom`.
export const expressionCases: [string, ...string[]][] = [
  // ---- lexing
  [
    "fn f(x) = x $ 2",
    "bad.loom:1:13: error: unexpected character '$'",
    "1 | fn f(x) = x $ 2",
    "  |             ^",
  ],
  [
    'fn f(x) = "abc',
    "bad.loom:1:11: error: unterminated string",
    '1 | fn f(x) = "abc',
    "  |           ^~~~",
  ],
  [
    'fn f() = "a\\qb"',
    `bad.loom:1:12: error: unknown escape '\\q' in string (use \\n, \\t, \\r, \\0, \\\\ or \\")`,
    '1 | fn f() = "a\\qb"',
    "  |            ^~",
  ],
  [
    "fn f(x) = x ^ 2",
    "bad.loom:1:13: error: unexpected character '^'",
    "1 | fn f(x) = x ^ 2",
    "  |             ^",
  ],
  [
    'let s = "abc\\',
    "bad.loom:1:9: error: unterminated string",
    '1 | let s = "abc\\',
    "  |         ^~~~~",
  ],
  [
    "fn f(x) = x € 2",
    "bad.loom:1:13: error: unexpected character '€'",
    "1 | fn f(x) = x € 2",
    "  |             ^",
  ],
  [
    "let x = 1 !",
    "bad.loom:1:11: error: unexpected character '!'",
    "1 | let x = 1 !",
    "  |           ^",
  ],
  // ---- unclosed brackets name their opener
  [
    "fn f(x) = (x + 1",
    "bad.loom:1:17: error: expected ')' to close the '(' opened at 1:11",
    "1 | fn f(x) = (x + 1",
    "  |                 ^",
  ],
  [
    "block B(d: int) {\n  forward(x) {\n    y = f(x, 2\n    return y\n  }\n}",
    "bad.loom:3:15: error: expected ')' to close the call opened at 3:10",
    "3 |     y = f(x, 2",
    "  |               ^",
  ],
  [
    "fn f(x) = x[0",
    "bad.loom:1:14: error: expected ']' to close the index opened at 1:12",
    "1 | fn f(x) = x[0",
    "  |              ^",
  ],
  [
    "fn f() = [1, 2",
    "bad.loom:1:15: error: expected ']' to close the list opened at 1:10",
    "1 | fn f() = [1, 2",
    "  |               ^",
  ],
  [
    "fn f(x: [B, T) = x",
    "bad.loom:1:14: error: expected ']' to close the type opened at 1:9",
    "1 | fn f(x: [B, T) = x",
    "  |              ^",
  ],
  [
    "fn f(x = x",
    "bad.loom:1:11: error: expected ')' to close the parameter list opened at 1:5",
    "1 | fn f(x = x",
    "  |           ^",
  ],
  [
    "block B(d: int { }",
    "bad.loom:1:16: error: expected ')' to close the hyperparameter list opened at 1:8",
    "1 | block B(d: int { }",
    "  |                ^",
  ],
  [
    "block B(d: int) {\n  up = Linear(d, d)\n",
    "bad.loom:2:20: error: expected '}' to close the block body opened at 1:17",
    "2 |   up = Linear(d, d)",
    "  |                    ^",
  ],
  [
    "fn f(x) {\n  return x\n",
    "bad.loom:2:11: error: expected '}' to close the body opened at 1:9",
    "2 |   return x",
    "  |           ^",
  ],
  [
    "block B() { b = repeat(3 Block(1) }",
    "bad.loom:1:26: error: expected ')' to close the 'repeat(' opened at 1:23",
    "1 | block B() { b = repeat(3 Block(1) }",
    "  |                          ^~~~~",
  ],
  // ---- expressions
  [
    "fn f(x) = x +",
    "bad.loom:1:14: error: unexpected end of file: expected an expression",
    "1 | fn f(x) = x +",
    "  |              ^",
  ],
  [
    "fn f(x) { y = x + }",
    "bad.loom:1:19: error: unexpected '}': expected an expression",
    "1 | fn f(x) { y = x + }",
    "  |                   ^",
  ],
  [
    "fn f(x) { y = * x }",
    "bad.loom:1:15: error: unexpected '*': expected an expression",
    "1 | fn f(x) { y = * x }",
    "  |               ^",
  ],
  [
    "fn f(x) = a < b < c",
    "bad.loom:1:17: error: comparisons cannot be chained: write 'a < b and b < c' instead of 'a < b < c'",
    "1 | fn f(x) = a < b < c",
    "  |                 ^",
  ],
  [
    "fn f(x) = sum(x, axis=None)",
    "bad.loom:1:23: error: 'None' is only allowed inside an index, as a new axis: x[:, None]",
    "1 | fn f(x) = sum(x, axis=None)",
    "  |                       ^~~~",
  ],
  [
    "fn f(x) = x * .5",
    "bad.loom:1:15: error: a number needs a digit before the decimal point: write '0.5', not '.5'",
    "1 | fn f(x) = x * .5",
    "  |               ^",
  ],
  [
    "fn f(x) = x[]",
    "bad.loom:1:13: error: unexpected ']': expected an index (an expression, a slice 'a:b', '...' or 'None')",
    "1 | fn f(x) = x[]",
    "  |             ^",
  ],
  [
    "fn f(x) = if x then 1",
    "bad.loom:1:22: error: unexpected end of file: expected 'else'",
    "1 | fn f(x) = if x then 1",
    "  |                      ^",
  ],
  [
    "fn f(x) = if x 1 else 2",
    "bad.loom:1:16: error: unexpected '1': expected 'then'",
    "1 | fn f(x) = if x 1 else 2",
    "  |                ^",
  ],
  [
    "fn f(x) = x.",
    "bad.loom:1:13: error: unexpected end of file: expected a member name after '.'",
    "1 | fn f(x) = x.",
    "  |             ^",
  ],
  [
    "fn f(x) = x.for",
    "bad.loom:1:13: error: 'for' is a keyword and cannot be used as a name",
    "1 | fn f(x) = x.for",
    "  |             ^~~",
  ],
  [
    "fn f(x) = g(x, for)",
    "bad.loom:1:16: error: 'for' is a keyword and cannot be used as a name",
    "1 | fn f(x) = g(x, for)",
    "  |                ^~~",
  ],
  [
    "fn f(x) = g(x y)",
    "bad.loom:1:15: error: expected ')' to close the call opened at 1:12",
    "1 | fn f(x) = g(x y)",
    "  |               ^",
  ],
  [
    "fn f(x) = -not x",
    "bad.loom:1:12: error: unexpected 'not': expected an expression",
    "1 | fn f(x) = -not x",
    "  |            ^~~",
  ],
];
