// Shared helpers for elaboration tests: load source text with virtual
// imports, elaborate a method, format diagnostics, run graphs on the
// reference interpreter.
import { formatDiagnostics } from '../../compiler/diagnostics.ts';
import { elaborate, type ElaborateOptions, type ElaborateResult } from '../../compiler/elaborate/elaborate.ts';
import { defaultReadFile, type LoadedProgram, loadSource } from '../../compiler/elaborate/load.ts';
import type { DType, Graph, OpAttrs, TensorType } from '../../compiler/graph/types.ts';
import { initParams, runGraph } from '../../runtime/reference/interpreter.ts';

/** Load `src` as `main.loom`; other files come from `files` first, then the file system (std). */
export function load(src: string, files: Record<string, string> = {}): LoadedProgram {
  return loadSource(src, 'main.loom', { readFile: (p) => files[p] ?? defaultReadFile(p) });
}

export const f32 = (...shape: number[]): TensorType => ({ shape, dtype: 'f32' });
export const i32 = (...shape: number[]): TensorType => ({ shape, dtype: 'i32' });

export function elab(
  src: string,
  method = 'forward',
  args: Record<string, TensorType> = {},
  config: Record<string, number | boolean | string> = {},
  files: Record<string, string> = {},
  limits?: ElaborateOptions['limits'],
): ElaborateResult & { program: LoadedProgram; text: string } {
  const program = load(src, files);
  const r = elaborate(program, { method, args, config, ...(limits ? { limits } : {}) });
  return { ...r, program, text: formatDiagnostics(r.diagnostics, program.sources) };
}

/** Formatted diagnostics of elaborating `src` (must have at least one). */
export function errors(src: string, method = 'forward', args: Record<string, TensorType> = {}, config: Record<string, number | boolean | string> = {}, files: Record<string, string> = {}): string {
  const r = elab(src, method, args, config, files);
  if (r.diagnostics.length === 0) throw new Error('expected diagnostics, got none');
  return r.text;
}

/** The graph of `src`'s method, failing the test with the diagnostics if there is none. */
export function graphOf(src: string, method = 'forward', args: Record<string, TensorType> = {}, config: Record<string, number | boolean | string> = {}): Graph {
  const r = elab(src, method, args, config);
  if (!r.graph) throw new Error(`elaboration failed:\n${r.text}`);
  return r.graph;
}

export function params(g: Graph): { name: string; shape: number[] }[] {
  return g.nodes.filter((n) => n.op === 'param').map((n) => ({ name: (n.attrs as OpAttrs['param']).name, shape: [...n.type.shape] }));
}

/** Run a graph in float64 with given inputs (and params, else their inits with seed 0). */
export function run(g: Graph, inputs: Record<string, number[]>, paramValues: Record<string, number[]> = {}): Map<string, number[]> {
  const init = initParams(g, 0, { float64: true });
  for (const [k, v] of Object.entries(paramValues)) init.set(k, Float64Array.from(v));
  const r = runGraph(g, { inputs: new Map(Object.entries(inputs).map(([k, v]) => [k, Float64Array.from(v)])), params: init }, { float64: true });
  return new Map([...r.outputs].map(([k, v]) => [k, Array.from(v)]));
}

export function dtypeOfOutput(g: Graph, name = 'output'): DType {
  return g.nodes[g.outputs.find((o) => o.name === name)!.node]!.type.dtype;
}

export function shapeOfOutput(g: Graph, name = 'output'): number[] {
  return [...g.nodes[g.outputs.find((o) => o.name === name)!.node]!.type.shape];
}
