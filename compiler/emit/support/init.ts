// Initial values of a bundle's params and optimizer slots, bit-identical to
// loom's own initialisation (initParams in runtime/reference/interpreter.ts):
// the same counter-based streams (compiler/graph/random.ts, inlined into the
// bundle next to this file), one stream per param keyed by a hash of its name,
// drawn in float64, stored in float32, then scaled in float64 and stored again.
//
// This file is inlined into generated modules (compiler/emit/inline.ts):
// it may import only other inlined support files.
import { fillRandom, hashString } from '../../graph/random.ts';

/** How a param starts: the initialiser written in the .loom source (optimizer slots start at zeros). */
export type ParamInit =
  | { readonly kind: 'zeros' }
  | { readonly kind: 'ones' }
  | { readonly kind: 'const'; readonly value: number }
  | { readonly kind: 'normal'; readonly std: number; readonly mean: number }
  | { readonly kind: 'uniform'; readonly low: number; readonly high: number };

export interface ParamSpec {
  readonly shape: readonly number[];
  readonly init: ParamInit;
}

/** Elements of a tensor of `shape`. */
export function elementCount(shape: readonly number[]): number {
  let n = 1;
  for (const d of shape) n *= d;
  return n;
}

/** The initial value of param `name` for `seed`, as loom computes it. */
export function initialValue(name: string, spec: ParamSpec, seed: number): Float32Array {
  const out = new Float32Array(elementCount(spec.shape));
  const { init } = spec;
  switch (init.kind) {
    case 'zeros':
      break;
    case 'ones':
      out.fill(1);
      break;
    case 'const':
      out.fill(init.value);
      break;
    case 'normal':
    case 'uniform': {
      fillRandom(out, seed, hashString(name), init.kind);
      const [offset, scale] = init.kind === 'normal' ? [init.mean, init.std] : [init.low, init.high - init.low];
      for (let i = 0; i < out.length; i++) out[i] = offset + scale * out[i]!;
      break;
    }
  }
  return out;
}

/** Checks that `values` holds exactly the tensors `specs` names, each of the right length. */
export function checkTensors(what: string, specs: Readonly<Record<string, ParamSpec>>, values: Readonly<Record<string, Float32Array>>): void {
  for (const [name, spec] of Object.entries(specs)) {
    const v = values[name];
    if (!(v instanceof Float32Array)) throw new Error(`${what}: "${name}" is missing (expected a Float32Array of shape [${spec.shape.join(', ')}])`);
    const n = elementCount(spec.shape);
    if (v.length !== n) throw new Error(`${what}: "${name}" has ${v.length} elements; shape [${spec.shape.join(', ')}] has ${n}`);
  }
}
