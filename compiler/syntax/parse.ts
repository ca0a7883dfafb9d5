// The syntax stage's entry point: text -> (partial) AST + every lexing and
// parsing error found in one run. Never throws.
import { EOF, type IRecognitionException, type IToken } from 'chevrotain';
import type { Diagnostic, SourceSpan } from '../diagnostics.ts';
import type { Program } from './ast.ts';
import { buildProgram } from './build-items.ts';
import type { BuildContext } from './cst.ts';
import { TooDeep } from './grammar-expr.ts';
import { parseTokens } from './grammar.ts';
import { lex } from './lexer.ts';
import { fmtInt, MAX_EXPRESSION_DEPTH, MAX_SOURCE_CHARS } from './limits.ts';
import { isReal, SourceText, tokenSpan } from './spans.ts';
import { Newline } from './tokens.ts';

export interface ParseResult {
  program: Program;
  diagnostics: Diagnostic[];
}

export function parse(text: string, file: string): ParseResult {
  const start: SourceSpan = { file, line: 1, col: 1, endLine: 1, endCol: 1, start: 0, end: 0 };
  if (text.length > MAX_SOURCE_CHARS) {
    // Before indexing lines or lexing: nothing proportional to the text is allocated.
    const message = `the source is ${fmtInt(text.length)} characters; the limit is ${fmtInt(MAX_SOURCE_CHARS)} (16 MiB)`;
    return { program: { file, items: [], span: start }, diagnostics: [{ severity: 'error', code: 'E-limit', message, span: start }] };
  }
  let source: SourceText | undefined;
  try {
    source = new SourceText(text, file);
    return parseSource(source);
  } catch (e) {
    // A bug in this stage must not take the compiler down: report it where the user can see it.
    const span = source?.span(0, 0) ?? start;
    // Nesting is bounded (MAX_NESTING brackets, MAX_EXPRESSION_DEPTH levels), so the
    // stack should never run out; if it does, say so rather than crash.
    const tooDeep = e instanceof RangeError && /call stack/i.test(e.message);
    const diagnostic: Diagnostic = tooDeep
      ? { severity: 'error', code: 'E-limit', message: 'the program is nested too deeply to parse', span }
      : { severity: 'error', code: 'E-internal', message: `internal error in the parser: ${e instanceof Error ? e.message : String(e)}`, span };
    return { program: { file, items: [], span: source?.all() ?? span }, diagnostics: [diagnostic] };
  }
}

/** The one diagnostic of a parse that stopped because the input nests too deeply. */
function tooDeepDiagnostic(e: TooDeep, tokens: readonly IToken[], source: SourceText): Diagnostic {
  const message =
    e.kind === 'expression'
      ? `expression nesting is deeper than ${MAX_EXPRESSION_DEPTH} levels`
      : `'if' statements nest deeper than ${MAX_EXPRESSION_DEPTH} levels (each 'else if' is a level)`;
  return { severity: 'error', code: 'E-limit', message, span: errorSpan(e.token, tokens, source) };
}

function parseSource(source: SourceText): ParseResult {
  const lexed = lex(source);
  let raw: ReturnType<typeof parseTokens>;
  try {
    raw = parseTokens(lexed.tokens);
  } catch (e) {
    if (!(e instanceof TooDeep)) throw e;
    const diagnostics = orderAndDedupe([...lexed.diagnostics, tooDeepDiagnostic(e, lexed.tokens, source)]);
    return { program: { file: source.file, items: [], span: source.all() }, diagnostics };
  }
  const droppedChars = lexed.diagnostics.filter((d) => d.message.startsWith('unexpected character'));
  const parseErrors = withoutCascades(raw.errors, lexed.tokens)
    .filter((e) => !followsDroppedCharacters(e.token, lexed.tokens, droppedChars, source))
    .map((e) => parseErrorDiagnostic(e, lexed.tokens, source));
  const context: BuildContext = { source, file: source.file, diagnostics: [] };
  const program = buildProgram(context, raw.cst);
  const diagnostics = [...lexed.diagnostics, ...parseErrors, ...context.diagnostics];
  return { program, diagnostics: orderAndDedupe(diagnostics) };
}

/**
 * Where a parse error points: the offending token, except that "unexpected end
 * of line/file" points just after the last real token before it (not at the
 * end of a trailing comment, nor on the empty line past the end of the file).
 */
function parseErrorDiagnostic(e: IRecognitionException, tokens: readonly IToken[], source: SourceText): Diagnostic {
  return { severity: 'error', code: 'E-parse', message: e.message, span: errorSpan(e.token, tokens, source) };
}

function errorSpan(t: IToken, tokens: readonly IToken[], source: SourceText): SourceSpan {
  const atEnd = t.tokenType === EOF || !isReal(t);
  if (!atEnd && t.tokenType !== Newline) return tokenSpan(source.file, t);
  const limit = atEnd ? Infinity : t.startOffset;
  const before = lastTokenBefore(tokens, limit);
  const offset = before === undefined ? (atEnd ? source.text.length : t.startOffset) : before.endOffset! + 1;
  return source.span(offset, offset);
}

/** The last token (skipping newlines unless told not to) that starts before `offset`; tokens are in text order. */
function lastTokenBefore(tokens: readonly IToken[], offset: number, skipNewlines = true): IToken | undefined {
  const lo = tokenIndex(tokens, offset);
  for (let i = lo - 1; i >= 0; i--) if (!skipNewlines || tokens[i]!.tokenType !== Newline) return tokens[i];
  return undefined;
}

/**
 * True when the lexer dropped characters right before the token the parser
 * tripped on (between it and the previous token). The lexer's "unexpected
 * character '$'" is then the real problem and the parse error is noise.
 */
function followsDroppedCharacters(t: IToken, tokens: readonly IToken[], dropped: Diagnostic[], source: SourceText): boolean {
  if (dropped.length === 0) return false;
  const at = isReal(t) ? t.startOffset : source.text.length;
  const from = lastTokenBefore(tokens, at, false)?.endOffset ?? -1;
  return dropped.some((d) => d.span.start > from && d.span.start < at);
}

/**
 * Keeps the first parse error of each line, and drops an error on the token
 * right after the previous error's token. After `x = return }` fails at
 * `return`, recovery restarts there and trips again on `}`; after a missing
 * `(`, the rest of the line rarely parses. The user made one mistake; later
 * lines are still checked.
 */
function withoutCascades(errors: IRecognitionException[], tokens: readonly IToken[]): IRecognitionException[] {
  const indexOf = (t: IToken): number => (isReal(t) ? tokenIndex(tokens, t.startOffset) : tokens.length);
  const kept: IRecognitionException[] = [];
  let lastIndex = -2;
  let lastLine = -1;
  for (const e of [...errors].sort((a, b) => indexOf(a.token) - indexOf(b.token))) {
    const index = indexOf(e.token);
    const line = isReal(e.token) ? e.token.startLine! : -2;
    if (index > lastIndex + 1 && line !== lastLine) {
      kept.push(e);
      lastLine = line;
    }
    lastIndex = index;
  }
  return kept;
}

/** Index of the token starting at `offset` (or of the first token after it). */
function tokenIndex(tokens: readonly IToken[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.startOffset < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Sorted by position; at most one error per start offset (recovery can report the same spot twice). */
function orderAndDedupe(ds: Diagnostic[]): Diagnostic[] {
  const sorted = ds.map((d, i) => ({ d, i })).sort((a, b) => a.d.span.start - b.d.span.start || a.i - b.i);
  const seen = new Set<number>();
  const out: Diagnostic[] = [];
  for (const { d } of sorted) {
    if (seen.has(d.span.start)) continue;
    seen.add(d.span.start);
    out.push(d);
  }
  return out;
}
