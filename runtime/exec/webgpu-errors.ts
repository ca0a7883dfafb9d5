// How the WebGPU executor reports shader trouble: a compile error that names
// the kernel and its .loom location, Dawn's messages as `line:col: text`,
// and the offending WGSL line with carets under the span.
//
// This file is inlined into generated modules (compiler/emit/inline.ts): it
// may import only the other runtime/exec files and the plan's types.

/** A shader that failed to compile, or whose pipeline could not be built: names the kernel and its .loom location. */
export class WgslCompileError extends Error {
  override readonly name = 'WgslCompileError';
  constructor(
    readonly kernel: string,
    /** The .loom `file:line:col` the kernel came from. */
    readonly source: string | undefined,
    /** Dawn's messages, each `line:col: text` where Dawn gave a position. */
    readonly diagnostics: readonly string[],
    message: string,
  ) {
    super(message);
  }
}

/** A shader compiler message, as GPUCompilationMessage has it. */
export interface WgslMessage {
  readonly type: string;
  readonly message: string;
  readonly lineNum: number;
  readonly linePos: number;
  readonly length: number;
}

/** `line:col: text`, or the text alone where Dawn gave no position. */
export function formatWgslMessage(m: WgslMessage): string {
  return m.lineNum > 0 ? `${m.lineNum}:${m.linePos}: ${m.message}` : m.message;
}

/** `"name" (file:line:col)`, or `"name"`: how errors refer to a kernel. */
export function kernelLabel(kernel: string, loc: string | undefined): string {
  return loc ? `"${kernel}" (${loc})` : `"${kernel}"`;
}

export function errorText(e: unknown): string {
  return (e instanceof Error ? e.message : String(e)).trim();
}

/** The offending WGSL line with carets under the reported span. */
export function excerpt(lines: readonly string[], m: WgslMessage): string {
  const line = lines[m.lineNum - 1];
  if (line === undefined || m.linePos < 1) return '';
  const width = Math.max(1, Math.min(m.length || 1, line.length - m.linePos + 1));
  return `\n    ${line}\n    ${' '.repeat(m.linePos - 1)}${'^'.repeat(width)}`;
}
