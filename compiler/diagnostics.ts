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

export function formatDiagnostics(ds: readonly Diagnostic[], sources: SourceMap): string {
  return ds.map((d) => formatDiagnostic(d, sources)).join('\n');
}

export function codeFrame(text: string, span: SourceSpan): string {
  const lines = text.split('\n');
  const lineText = (lines[span.line - 1] ?? '').replace(/\t/g, ' ').replace(/\r$/, '');
  const gutter = String(span.line);
  const pad = ' '.repeat(gutter.length);
  const width =
    span.endLine === span.line ? Math.max(1, span.endCol - span.col) : Math.max(1, lineText.length - span.col + 1);
  const marker = ' '.repeat(Math.max(0, span.col - 1)) + '^' + '~'.repeat(Math.max(0, width - 1));
  return `${gutter} | ${lineText}\n${pad} | ${marker}`;
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
