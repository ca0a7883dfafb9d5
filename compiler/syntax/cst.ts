// Defensive access to chevrotain CST nodes for the AST builders. After error
// recovery a node may lack any child, and a token may have been invented by
// the parser (isInsertedInRecovery, no position): these helpers hide both, so
// a builder asks for what it needs and gets undefined when it is not there.
import type { CstElement, CstNode, IToken } from 'chevrotain';
import type { Diagnostic, SourceSpan } from '../diagnostics.ts';
import { isReal, locationSpan, tokenSpan, type SourceText } from './spans.ts';

/** State shared by the builders of one parse. */
export interface BuildContext {
  source: SourceText;
  file: string;
  /** Syntax errors only a builder can see (an unknown hyperparameter type, chained comparisons). */
  diagnostics: Diagnostic[];
}

function isNode(e: CstElement | undefined): e is CstNode {
  return e !== undefined && 'children' in e;
}

export function child(n: CstNode, key: string, i = 0): CstNode | undefined {
  const e = n.children[key]?.[i];
  return isNode(e) ? e : undefined;
}

export function children(n: CstNode, key: string): CstNode[] {
  return (n.children[key] ?? []).filter(isNode);
}

/** A real (not recovery-inserted) token under `key`, or undefined. */
export function token(n: CstNode, key: string, i = 0): IToken | undefined {
  const e = n.children[key]?.[i];
  return e !== undefined && !isNode(e) && isReal(e) ? e : undefined;
}

/** All tokens under `key`, inserted ones included: callers that need them all real check with isReal. */
export function tokens(n: CstNode, key: string): IToken[] {
  return (n.children[key] ?? []).filter((e): e is IToken => !isNode(e));
}

export function has(n: CstNode, key: string): boolean {
  return (n.children[key]?.length ?? 0) > 0;
}

/**
 * The span of a node's real tokens; undefined when recovery left it empty.
 * A node that recovery cut short can end with the newline token that ended
 * its line; the span stops before it, so it stays on the node's own lines.
 */
export function nodeSpan(c: BuildContext, n: CstNode): SourceSpan | undefined {
  const span = locationSpan(c.file, n.location);
  if (span === undefined || c.source.text.charCodeAt(span.end - 1) !== 10 || span.end - 1 <= span.start) return span;
  return c.source.span(span.start, span.end - 1);
}

export function tokSpan(c: BuildContext, t: IToken): SourceSpan {
  return tokenSpan(c.file, t);
}

export function report(c: BuildContext, message: string, span: SourceSpan): void {
  c.diagnostics.push({ severity: 'error', code: 'E-parse', message, span });
}
