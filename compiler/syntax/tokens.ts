// Token types of the loom language. Every token has a `label` that error
// messages print verbatim ("')'", "a name"), so messages never leak internal
// token names.
import { createToken, Lexer, type TokenType } from 'chevrotain';

// ---------------------------------------------------------------- categories
// Categories let the grammar consume "any binary operator" with one CONSUME
// (precedence is resolved in build-expr.ts), and let messages ask "is this a keyword?".

export const Keyword = createToken({ name: 'Keyword', pattern: Lexer.NA, label: 'a keyword' });
/** Newline or `;`: what ends a statement, member or item. */
export const Terminator = createToken({ name: 'Terminator', pattern: Lexer.NA, label: "end of line or ';'" });
export const BinaryOperator = createToken({ name: 'BinaryOperator', pattern: Lexer.NA, label: 'a binary operator' });

// ---------------------------------------------------------------- trivia

export const Whitespace = createToken({ name: 'Whitespace', pattern: /[ \t\r]+/, group: Lexer.SKIPPED });
export const Comment = createToken({ name: 'Comment', pattern: /#[^\n]*/, group: Lexer.SKIPPED });
/** Kept by the lexer; lexer.ts drops the ones inside (...) and [...] before parsing. */
export const Newline = createToken({
  name: 'Newline',
  pattern: /\n/,
  line_breaks: true,
  categories: [Terminator],
  label: 'end of line',
});

// ---------------------------------------------------------------- literals and names

export const Identifier = createToken({ name: 'Identifier', pattern: /[A-Za-z_][A-Za-z0-9_]*/, label: 'a name' });
/** `0.5`, `1e-5`, `2.5E+3`. A float needs digits on both sides of the point (`.5` and `5.` are not floats) so that `0..n` lexes as a range. */
export const Float = createToken({
  name: 'Float',
  pattern: /\d+(?:\.\d+(?:[eE][+-]?\d+)?|[eE][+-]?\d+)/,
  label: 'a number',
});
export const Int = createToken({ name: 'Int', pattern: /\d+/, label: 'a number' });
/**
 * A double-quoted string on one line. The closing quote is optional in the
 * pattern so that an unterminated string is still one token: lexer.ts reports
 * it and the parser carries on as if it were closed.
 */
export const StringLit = createToken({ name: 'StringLit', pattern: /"(?:[^"\\\n]|\\[^\n])*(?:"|\\)?/, label: 'a string' });

// ---------------------------------------------------------------- keywords

function keyword(word: string, categories: TokenType[] = []): TokenType {
  const name = word[0]!.toUpperCase() + word.slice(1);
  return createToken({ name, pattern: new RegExp(word), longer_alt: Identifier, categories: [Keyword, ...categories], label: `'${word}'` });
}

export const Import = keyword('import');
export const Block = keyword('block');
export const Model = keyword('model');
export const Fn = keyword('fn');
export const Param = keyword('param');
export const Let = keyword('let');
export const If = keyword('if');
export const Then = keyword('then');
export const Else = keyword('else');
export const For = keyword('for');
export const In = keyword('in');
export const Return = keyword('return');
export const Repeat = keyword('repeat');
export const True = keyword('true');
export const False = keyword('false');
export const None = keyword('None');
export const And = keyword('and', [BinaryOperator]);
export const Or = keyword('or', [BinaryOperator]);
export const Not = keyword('not');
export const Scan = keyword('scan');
export const Yield = keyword('yield');

const keywords = [Import, Block, Model, Fn, Param, Let, If, Then, Else, For, In, Return, Repeat, True, False, None, And, Or, Not, Scan, Yield];

// ---------------------------------------------------------------- punctuation and operators

function punct(name: string, text: string, categories: TokenType[] = []): TokenType {
  const pattern = new RegExp(text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'));
  return createToken({ name, pattern, categories, label: `'${text}'` });
}

export const DotDotDot = punct('DotDotDot', '...');
export const DotDot = punct('DotDot', '..');
export const Dot = punct('Dot', '.');
export const Arrow = punct('Arrow', '->');
export const StarStar = punct('StarStar', '**');
export const Star = punct('Star', '*', [BinaryOperator]);
export const SlashSlash = punct('SlashSlash', '//', [BinaryOperator]);
export const Slash = punct('Slash', '/', [BinaryOperator]);
export const Percent = punct('Percent', '%', [BinaryOperator]);
export const At = punct('At', '@', [BinaryOperator]);
export const Plus = punct('Plus', '+', [BinaryOperator]);
export const Minus = punct('Minus', '-', [BinaryOperator]);
export const LessEq = punct('LessEq', '<=', [BinaryOperator]);
export const Less = punct('Less', '<', [BinaryOperator]);
export const GreaterEq = punct('GreaterEq', '>=', [BinaryOperator]);
export const Greater = punct('Greater', '>', [BinaryOperator]);
export const EqEq = punct('EqEq', '==', [BinaryOperator]);
export const NotEq = punct('NotEq', '!=', [BinaryOperator]);
export const Equals = punct('Equals', '=');
export const Comma = punct('Comma', ',');
export const Colon = punct('Colon', ':');
export const Semicolon = punct('Semicolon', ';', [Terminator]);
export const LParen = punct('LParen', '(');
export const RParen = punct('RParen', ')');
export const LBracket = punct('LBracket', '[');
export const RBracket = punct('RBracket', ']');
export const LBrace = punct('LBrace', '{');
export const RBrace = punct('RBrace', '}');

/**
 * Lexer order matters: keywords before Identifier (with longer_alt so `format`
 * stays a name), longer operators before their prefixes (`...` `..` `.`,
 * `**` `*`, `//` `/`, `->` `-`, `<=` `<`, `==` `=`), Float before Int.
 */
export const allTokens: TokenType[] = [
  Whitespace, Comment, Newline,
  ...keywords, Identifier,
  Float, Int, StringLit,
  DotDotDot, DotDot, Dot, Arrow, StarStar, Star, SlashSlash, Slash, Percent, At, Plus, Minus,
  LessEq, Less, GreaterEq, Greater, EqEq, NotEq, Equals,
  Comma, Colon, Semicolon, LParen, RParen, LBracket, RBracket, LBrace, RBrace,
  Keyword, Terminator, BinaryOperator,
];

/** Keywords that can only start a statement, member or item, never appear inside an expression. */
export const statementOnlyKeywords: ReadonlySet<TokenType> = new Set([Import, Block, Model, Fn, Param, Let, For, Return, Yield]);
