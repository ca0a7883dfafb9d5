// What every backend that runs a lowered program checks, with one set of
// messages: the session's state has each param the program binds (at its
// length), and a run's inputs and requested outputs match the program —
// all before anything runs, so a bad call changes nothing.
import type { Graph } from '../../compiler/graph/types.ts';
import type { LoweredProgram, NamedBuffer } from '../../compiler/kernel/lower/types.ts';
import { checkIndexInputs } from '../validate.ts';

/** The state entry for param `param` of graph `graph`, which `uses` (reads, or updates) it with `length` elements. */
export function stateEntry<T extends { readonly length: number }>(
  graph: string, state: ReadonlyMap<string, T>, param: string, length: number, uses: 'needs' | 'updates' = 'needs',
): T {
  const entry = state.get(param);
  if (!entry) throw new Error(`graph "${graph}" ${uses} param "${param}", which the session's state does not have`);
  if (entry.length !== length) {
    throw new Error(`param "${param}" has ${entry.length} elements; graph "${graph}" ${uses === 'needs' ? 'needs' : 'updates it with'} ${length}`);
  }
  return entry;
}

export interface CheckedRun {
  /** Each input buffer with the value to write into it. */
  readonly inputs: readonly { readonly buffer: number; readonly value: Float32Array }[];
  /** The outputs to return: those requested, else all. */
  readonly outputs: readonly NamedBuffer[];
}

export function checkRun(
  name: string, graph: Graph, program: LoweredProgram, inputs: ReadonlyMap<string, Float32Array>, outputs?: readonly string[],
): CheckedRun {
  checkIndexInputs(graph, inputs);
  const fed = program.inputs.map(({ name: input, buffer }) => {
    const value = inputs.get(input);
    const length = program.buffers[buffer]!.length;
    if (!value) throw new Error(`graph "${name}" needs input "${input}"`);
    if (value.length !== length) throw new Error(`input "${input}" has ${value.length} elements; graph "${name}" needs ${length}`);
    return { buffer, value };
  });
  const wanted = program.outputs.filter((o) => !outputs || outputs.includes(o.name));
  for (const requested of outputs ?? []) {
    if (!wanted.some((o) => o.name === requested)) throw new Error(`graph "${name}" has no output "${requested}"`);
  }
  return { inputs: fed, outputs: wanted };
}
