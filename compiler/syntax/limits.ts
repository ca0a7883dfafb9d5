// Size limits of the syntax stage (docs/limits.md). They keep a hostile or
// broken source from exhausting memory or the stack: each is checked before
// the work it protects and reported as an E-limit diagnostic that says which
// limit was hit and where.

/** Longest source text parse() accepts, in UTF-16 code units (the loader's cap in bytes is the same number). */
export const MAX_SOURCE_CHARS = 16 * 2 ** 20;

/**
 * Most tokens in one file, line breaks included. Counted by a cheap scan
 * before the lexer runs: lexing costs ~200 bytes per token and parsing ~1 KB,
 * so this keeps one file under about 1 GB while parsing.
 */
export const MAX_TOKENS = 1_000_000;

/**
 * Deepest expression tree: every operator, call, index, member access, list,
 * conditional and unary prefix is one level (a chain `a + b + c` nests one
 * level per operator; parentheses add none). Keeps every recursive walk over
 * the AST (the builders, elaboration, checks) far from the stack limit.
 * The same number bounds `if ... else if ...` chains in bodies and blocks.
 */
export const MAX_EXPRESSION_DEPTH = 256;

/** `1,000,000` */
export function fmtInt(n: number): string {
  return n.toLocaleString('en-US');
}
