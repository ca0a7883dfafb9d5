// Lexing: chevrotain's lexer plus two passes of our own.
//  1. Token checks the regexes cannot express: unterminated strings and bad
//     escapes become E-lex diagnostics (the token itself is kept, so parsing
//     carries on as if the string were closed).
//  2. Newline significance. Newlines end statements, except inside (...) and
//     [...]. Doing this here, with a bracket stack, keeps the grammar free of
//     "optional newline" noise and makes it robust: `}` closes any brackets
//     left open inside its braces, and a newline followed by a keyword that
//     can only start a statement (`let`, `return`, ...) ends an unclosed
//     bracket instead of joining the next line onto it. The same pass caps
//     bracket nesting (MAX_NESTING) so that recovery cannot exhaust the stack.
import { Lexer, type ILexingError, type IToken } from 'chevrotain';
import type { Diagnostic } from '../diagnostics.ts';
import {
  allTokens, Else, LBrace, LBracket, LParen, Newline, RBrace, RBracket, RParen, statementOnlyKeywords, StringLit,
} from './tokens.ts';
import { fmtInt, MAX_TOKENS } from './limits.ts';
import type { SourceText } from './spans.ts';

export const loomLexer = new Lexer(allTokens, {
  positionTracking: 'full',
  // Only `\n` starts a line: codeFrame() in diagnostics.ts splits on `\n`, and
  // a lone `\r` must not shift our line numbers away from its.
  lineTerminatorsPattern: /\n/g,
  lineTerminatorCharacters: ['\n'],
  ensureOptimizations: false,
});

export interface LexResult {
  /** Tokens for the parser, with insignificant newlines removed. */
  tokens: IToken[];
  diagnostics: Diagnostic[];
}

export function lex(source: SourceText): LexResult {
  const over = tokenLimitOffset(source.text, MAX_TOKENS);
  if (over >= 0) {
    // Checked before the lexer allocates anything: a huge file is one diagnostic, not gigabytes of tokens.
    const message = `the file has more than ${fmtInt(MAX_TOKENS)} tokens (line breaks count); split it into modules`;
    return { tokens: [], diagnostics: [{ severity: 'error', code: 'E-limit', message, span: source.span(over, over + 1) }] };
  }
  const result = loomLexer.tokenize(source.text);
  const diagnostics: Diagnostic[] = result.errors.map((e) => unexpectedCharacters(e, source));
  for (const t of result.tokens) {
    if (t.tokenType === StringLit) {
      for (const p of decodeString(t.image).problems) {
        const start = t.startOffset + p.offset;
        diagnostics.push({ severity: 'error', code: 'E-lex', message: p.message, span: source.span(start, start + p.length) });
      }
    }
  }
  const significant = significantTokens(result.tokens, source, diagnostics);
  return { tokens: significant, diagnostics };
}

const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isWordChar = (c: number): boolean => isDigit(c) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
/** Two-character operators (`..` `->` `**` `//` `<=` `>=` `==` `!=`) by their first character code. */
const PAIRS: ReadonlyMap<number, number> = new Map([[46, 46], [45, 62], [42, 42], [47, 47], [60, 61], [62, 61], [61, 61], [33, 61]]);

/**
 * The offset of the token that takes `text` past `limit` tokens, or -1. A
 * linear scan that follows the token patterns in tokens.ts (names, numbers,
 * strings, operators, line breaks; whitespace and comments are free); a
 * character the lexer rejects counts as one, as each costs a diagnostic.
 */
export function tokenLimitOffset(text: string, limit: number): number {
  const n = text.length;
  let count = 0;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 9 || c === 13) {
      i++;
      continue;
    }
    if (c === 35) { // '#': a comment runs to the end of the line
      while (i < n && text.charCodeAt(i) !== 10) i++;
      continue;
    }
    if (++count > limit) return i;
    if (isDigit(c)) {
      // Int or Float: \d+ (\.\d+)? ([eE][+-]?\d+)?
      while (i < n && isDigit(text.charCodeAt(i))) i++;
      if (text.charCodeAt(i) === 46 && isDigit(text.charCodeAt(i + 1))) for (i++; i < n && isDigit(text.charCodeAt(i)); i++);
      const e = text.charCodeAt(i);
      if (e === 101 || e === 69) {
        const sign = text.charCodeAt(i + 1);
        const j = sign === 43 || sign === 45 ? i + 2 : i + 1;
        if (isDigit(text.charCodeAt(j))) for (i = j; i < n && isDigit(text.charCodeAt(i)); i++);
      }
    } else if (isWordChar(c)) {
      while (i < n && isWordChar(text.charCodeAt(i))) i++;
    } else if (c === 34) { // a string: to the closing quote or the end of the line
      for (i++; i < n; ) {
        const d = text.charCodeAt(i);
        if (d === 10) break;
        i++;
        if (d === 34) break;
        if (d === 92 && i < n && text.charCodeAt(i) !== 10) i++;
      }
    } else if (c === 46 && text.charCodeAt(i + 1) === 46) {
      i += text.charCodeAt(i + 2) === 46 ? 3 : 2;
    } else {
      i += PAIRS.get(c) === text.charCodeAt(i + 1) ? 2 : 1;
    }
  }
  return -1;
}

function unexpectedCharacters(e: ILexingError, source: SourceText): Diagnostic {
  const chars = source.text.slice(e.offset, e.offset + e.length);
  const shown = [...chars].map(printable).join('');
  const message = [...chars].length === 1 ? `unexpected character '${shown}'` : `unexpected characters '${shown}'`;
  return { severity: 'error', code: 'E-lex', message, span: source.span(e.offset, e.offset + e.length) };
}

function printable(ch: string): string {
  const code = ch.codePointAt(0)!;
  if (code < 0x20 || code === 0x7f) return `\\u{${code.toString(16)}}`;
  return ch;
}

// ---------------------------------------------------------------- strings

const escapes: Record<string, string> = { n: '\n', t: '\t', r: '\r', '0': '\0', '\\': '\\', '"': '"', "'": "'" };

export interface StringProblem {
  /** Offset within the token image. */
  offset: number;
  length: number;
  message: string;
}

/** The value of a string token's image, and what is wrong with it (bad escapes, no closing quote). */
export function decodeString(image: string): { value: string; problems: StringProblem[] } {
  const problems: StringProblem[] = [];
  let value = '';
  let closed = false;
  for (let i = 1; i < image.length; i++) {
    const ch = image[i]!;
    if (ch === '"') {
      closed = true;
      break;
    }
    if (ch !== '\\') {
      value += ch;
      continue;
    }
    const next = image[i + 1];
    if (next === undefined) break; // a backslash right before the end of the line: unterminated
    const decoded = escapes[next];
    if (decoded === undefined) {
      problems.push({ offset: i, length: 2, message: `unknown escape '\\${next}' in string (use \\n, \\t, \\r, \\0, \\\\ or \\")` });
      value += next;
    } else {
      value += decoded;
    }
    i++;
  }
  if (!closed) problems.push({ offset: 0, length: image.length, message: 'unterminated string' });
  return { value, problems };
}

// ---------------------------------------------------------------- newline significance

type Opener = typeof LParen | typeof LBracket | typeof LBrace;

/**
 * How deeply brackets may nest. Far beyond real programs, and well inside
 * what the recursive-descent parser's error recovery can handle without
 * exhausting the stack (its cost grows with depth squared).
 */
export const MAX_NESTING = 48;

/**
 * Drops the newlines the grammar must not see: inside (...) and [...], runs
 * of newlines, newlines at the start, and newlines right before `else` or `{`
 * (neither can start a statement, so `}\nelse {` and a brace on its own line
 * both work). Stops at a bracket nested deeper than MAX_NESTING, reporting it.
 */
export function significantTokens(tokens: readonly IToken[], source: SourceText, diagnostics: Diagnostic[]): IToken[] {
  const out: IToken[] = [];
  const open: Opener[] = [];
  const insideParens = () => open.length > 0 && open[open.length - 1] !== LBrace;
  const unwindTo = (opener: Opener): void => {
    const i = open.lastIndexOf(opener);
    // A closer only closes brackets opened inside the innermost brace pair.
    if (i >= 0 && (opener === LBrace || open.lastIndexOf(LBrace) < i)) open.length = i;
  };
  // Index of the first token after the current run of newlines. Every newline
  // of a run shares it, so it is found once per run: a file of blank or
  // comment-only lines stays linear (rescanning the run was quadratic).
  let runEnd = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const type = t.tokenType;
    if (type === Newline) {
      if (runEnd <= i) {
        runEnd = i + 1;
        while (runEnd < tokens.length && tokens[runEnd]!.tokenType === Newline) runEnd++;
      }
      const next = tokens[runEnd];
      if (next !== undefined && statementOnlyKeywords.has(next.tokenType) && insideParens()) {
        // An unclosed bracket: close it here so the error stays on this line.
        open.length = open.lastIndexOf(LBrace) + 1;
      }
      if (insideParens()) continue;
      const prev = out[out.length - 1];
      if (prev === undefined || prev.tokenType === Newline) continue;
      if (next !== undefined && (next.tokenType === Else || next.tokenType === LBrace)) continue;
      out.push(t);
      continue;
    }
    if (type === LParen || type === LBracket || type === LBrace) {
      if (open.length === MAX_NESTING) {
        const message = `brackets and braces are nested more than ${MAX_NESTING} deep; the rest of the file is not parsed`;
        diagnostics.push({ severity: 'error', code: 'E-parse', message, span: source.span(t.startOffset, t.endOffset! + 1) });
        break;
      }
      open.push(type);
    } else if (type === RParen) unwindTo(LParen);
    else if (type === RBracket) unwindTo(LBracket);
    else if (type === RBrace) unwindTo(LBrace);
    out.push(t);
  }
  return out;
}
