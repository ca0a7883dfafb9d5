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
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const type = t.tokenType;
    if (type === Newline) {
      let j = i + 1;
      while (j < tokens.length && tokens[j]!.tokenType === Newline) j++;
      const next = tokens[j];
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
