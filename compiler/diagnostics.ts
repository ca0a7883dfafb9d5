// Diagnostics shared by every compiler stage. A stage never throws on bad user
// input: it returns what it could build plus a list of Diagnostic.

/** A half-open source range. Lines and columns are 1-based. */
export interface SourceSpan {
  file: string;
  line: number;
  col: number;
  endLine: number;
  endCol: number;
  /** 0-based character offsets into the file's text. */
  start: number;
  end: number;
}

export type Severity = 'error' | 'warning';

export interface Diagnostic {
  severity: Severity;
  message: string;
  span: SourceSpan;
  /** Short stable code, e.g. "E-parse", "E-shape"; lets tests and tools match kinds. */
  code: string;
}

/** Source texts by file name, so diagnostics can print code frames. */
export type SourceMap = ReadonlyMap<string, string>;

/**
 * `file:line:col: error: message`, followed by the offending line and a caret
 * under the span (tildes for the rest of a one-line span).
 */
export function formatDiagnostic(d: Diagnostic, sources: SourceMap): string {
  const head = `${d.span.file}:${d.span.line}:${d.span.col}: ${d.severity}: ${d.message}`;
  const text = sources.get(d.span.file);
  if (text === undefined) return head;
  return `${head}\n${codeFrame(text, d.span)}`;
}

/** At most this many diagnostics are printed in full; the rest are counted (a binary or badly broken file cannot flood a terminal). */
export const MAX_SHOWN_DIAGNOSTICS = 50;

/** Diagnostics with code frames: the first `max`, then `… and N more errors`. */
export function formatDiagnostics(ds: readonly Diagnostic[], sources: SourceMap, max = MAX_SHOWN_DIAGNOSTICS): string {
  const shown = ds.slice(0, max).map((d) => formatDiagnostic(d, sources));
  if (ds.length > max) {
    const hidden = ds.slice(max);
    const errors = hidden.filter((d) => d.severity === 'error').length;
    const warnings = hidden.length - errors;
    const parts = [];
    if (errors) parts.push(`${errors} more error${errors === 1 ? '' : 's'}`);
    if (warnings) parts.push(`${warnings} more warning${warnings === 1 ? '' : 's'}`);
    shown.push(`… and ${parts.join(' and ')}`);
  }
  return shown.join('\n');
}

/** Widest source excerpt a code frame shows; longer lines are cut around the span, marked with `…`. */
const FRAME_WIDTH = 120;

export function codeFrame(text: string, span: SourceSpan): string {
  const lineText = sourceLine(text, span).replace(/\t/g, ' ').replace(/\r$/, '');
  const gutter = String(span.line);
  const pad = ' '.repeat(gutter.length);
  let width =
    span.endLine === span.line ? Math.max(1, span.endCol - span.col) : Math.max(1, lineText.length - span.col + 1);
  // A minified or generated one-line file must not print megabytes: show a window around the span.
  let from = 0;
  let shown = lineText;
  if (lineText.length > FRAME_WIDTH) {
    from = Math.max(0, Math.min(span.col - 1 - 20, lineText.length - FRAME_WIDTH));
    shown = (from > 0 ? '…' : '') + lineText.slice(from, from + FRAME_WIDTH) + (from + FRAME_WIDTH < lineText.length ? '…' : '');
    if (from > 0) from -= 1; // the leading … takes one column
    width = Math.min(width, FRAME_WIDTH - (span.col - 1 - from));
  }
  const marker = ' '.repeat(Math.max(0, span.col - 1 - from)) + '^' + '~'.repeat(Math.max(0, width - 1));
  return `${gutter} | ${shown}\n${pad} | ${marker}`;
}

/** Line `span.line` of `text`, found without splitting the whole file. */
function sourceLine(text: string, span: SourceSpan): string {
  let start = 0;
  for (let line = 1; line < span.line; line++) {
    const next = text.indexOf('\n', start);
    if (next < 0) return '';
    start = next + 1;
  }
  const end = text.indexOf('\n', start);
  return text.slice(start, end < 0 ? text.length : end);
}

export function hasErrors(ds: readonly Diagnostic[]): boolean {
  return ds.some((d) => d.severity === 'error');
}

/** A span covering `a` through `b`. */
export function joinSpans(a: SourceSpan, b: SourceSpan): SourceSpan {
  return { file: a.file, line: a.line, col: a.col, endLine: b.endLine, endCol: b.endCol, start: a.start, end: b.end };
}

/** Thrown inside a stage and caught at its entry function, which turns it into a Diagnostic. */
export class CompileError extends Error {
  constructor(
    message: string,
    readonly span: SourceSpan | undefined,
    readonly code: string = 'E-compile',
  ) {
    super(message);
  }
}
