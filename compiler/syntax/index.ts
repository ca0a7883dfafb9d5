// The syntax stage: loom source text -> AST (ast.ts) + diagnostics.
//
// parse(text, file) never throws. It returns every lexing (E-lex) and parsing
// (E-parse) error of the file, sorted by position, and a partial Program in
// which broken items, members and statements are left out (a node is either
// complete or absent). Syntax decisions beyond docs/language.md:
//
//  - Newlines end items, members and statements; so does `;`. They are ignored
//    inside (...) and [...], before `else`, and before `{` (so `}` / `else` and
//    a brace on its own line both work). Blank lines and `#` comments anywhere.
//  - Numbers: `3` is an int (NumExpr.isInt); `0.5`, `1e-5`, `2.5E+3` are floats.
//    `.5` and `5.` are not numbers (so `0..n` is a range). `-1` is a UnaryExpr.
//  - Strings: double quotes, one line, escapes \n \t \r \0 \\ \" \'.
//  - `None` exists only as an index item (newaxis); `axis=None` is an error.
//  - Operators, loosest first: `if then else`, `or`, `and`, `not`, comparisons
//    (not chainable), `+ -`, `* / // % @`, unary `-`, `**` (right-assoc;
//    `-x ** 2` is `-(x ** 2)`, `2 ** -k` is allowed), then calls, `[...]`, `.name`.
//  - A block member `NAME = ...` must be a block call, optionally after
//    `repeat(n)`: `Linear(d, d)`, `lib.Linear(d)` (callee a name or member chain).
//  - A block's `(hyperparameters)` may be omitted: `block B { ... }`.
//    Hyperparameters need a type (int|float|bool|str); fn/method params do not.
//  - Trailing commas are allowed in every bracketed list.
//  - `else if` chains: `else` holds a single nested IfStmt / MemberIf.
//  - `import std.a.b` has path "std.a.b", std: true; any other dotted import is an error.
//  - Brackets may nest 48 deep (MAX_NESTING in lexer.ts); expressions and
//    `else if` chains 256 levels; a file may hold 16 Mi characters and
//    1,000,000 tokens (limits.ts, docs/limits.md). Past a limit: one E-limit
//    diagnostic where it was hit.
export { parse, type ParseResult } from './parse.ts';
export type * from './ast.ts';
