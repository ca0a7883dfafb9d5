// Initial values of a bundle's params and optimizer slots, through the one
// definition of loom's initialisation (fillInitial, also used by initParams):
// the same counter-based streams (compiler/graph/random.ts, inlined into the
// bundle next to this file), one stream per param keyed by a hash of its name,
// drawn in float64, stored in float32, then scaled in float64 and stored again.
//
// This file is inlined into generated modules (compiler/emit/inline.ts):
// it may import only other inlined support files.
import { fillInitial, hashString, type InitSpec } from '../../graph/random.ts';

/** How a param starts: the initialiser written in the .loom source (optimizer slots start at zeros). */
export type ParamInit = InitSpec;

/** A tensor of a bundle (a param or an optimizer slot): its shape and how it starts. */
export interface TensorSpec {
  readonly shape: readonly number[];
  readonly init: ParamInit;
}

/** The initial value of param `name` for `seed`, as loom computes it (fillInitial, stored in float32). */
export function initialValue(name: string, spec: TensorSpec, seed: number): Float32Array {
  const out = new Float32Array(spec.shape.reduce((n, d) => n * d, 1));
  fillInitial(out, spec.init, seed, hashString(name));
  return out;
}

/** Checks that `values` holds exactly the tensors `specs` names, each of the right length. */
export function checkTensors(what: string, specs: Readonly<Record<string, TensorSpec>>, values: Readonly<Record<string, Float32Array>>): void {
  for (const [name, spec] of Object.entries(specs)) {
    const v = values[name];
    if (!(v instanceof Float32Array)) throw new Error(`${what}: "${name}" is missing (expected a Float32Array of shape [${spec.shape.join(', ')}])`);
    const n = spec.shape.reduce((count, d) => count * d, 1);
    if (v.length !== n) throw new Error(`${what}: "${name}" has ${v.length} elements; shape [${spec.shape.join(', ')}] has ${n}`);
  }
}
