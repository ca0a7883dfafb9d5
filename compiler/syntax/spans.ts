// SourceSpans for tokens, CST nodes and raw offsets. Conventions (shared with
// codeFrame in diagnostics.ts): lines and columns are 1-based, `endCol` is the
// column just past the last character, `start`/`end` are 0-based offsets with
// `end` exclusive. A tab counts as one column, as codeFrame prints it as one space.
import type { CstNodeLocation, IToken } from 'chevrotain';
import type { SourceSpan } from '../diagnostics.ts';

/** A file's text with a line index, to turn offsets into spans. */
export class SourceText {
  private readonly lineStarts: number[] = [0];

  constructor(
    readonly text: string,
    readonly file: string,
  ) {
    for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) this.lineStarts.push(i + 1);
  }

  /** 1-based line and column of an offset (clamped to the text). */
  position(offset: number): { line: number; col: number } {
    const at = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.lineStarts[mid]! <= at) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, col: at - this.lineStarts[lo]! + 1 };
  }

  span(start: number, end: number): SourceSpan {
    const a = this.position(start);
    const b = this.position(Math.max(start, end));
    return { file: this.file, line: a.line, col: a.col, endLine: b.line, endCol: b.col, start, end: Math.max(start, end) };
  }

  /** The whole file. */
  all(): SourceSpan {
    return this.span(0, this.text.length);
  }
}

/** A token that really is in the text (not one chevrotain invented while recovering). */
export function isReal(t: IToken | undefined): t is IToken {
  return t !== undefined && !t.isInsertedInRecovery && Number.isFinite(t.startOffset);
}

export function tokenSpan(file: string, t: IToken): SourceSpan {
  return {
    file,
    line: t.startLine!,
    col: t.startColumn!,
    endLine: t.endLine!,
    endCol: t.endColumn! + 1,
    start: t.startOffset,
    end: t.endOffset! + 1,
  };
}

/** The span of a CST node's real tokens, or undefined when it consumed none. */
export function locationSpan(file: string, loc: CstNodeLocation | undefined): SourceSpan | undefined {
  if (loc === undefined || !Number.isFinite(loc.startOffset) || !Number.isFinite(loc.endOffset)) return undefined;
  return {
    file,
    line: loc.startLine!,
    col: loc.startColumn!,
    endLine: loc.endLine!,
    endCol: loc.endColumn! + 1,
    start: loc.startOffset,
    end: loc.endOffset! + 1,
  };
}
