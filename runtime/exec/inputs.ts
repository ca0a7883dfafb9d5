// The one set of checks on what a caller hands a compiled program, shared by
// every executor (js.ts, webgpu.ts), the reference backend and the bundles of
// `loom compile`: inputs present and of the right length, index inputs (token
// ids, class indices) integers inside the table they index — reported with
// the input's name, the position and what it indexes — requested outputs
// that exist, and state tensors of the right length. Everything is checked
// before anything runs, so a bad call changes nothing.
//
// This file is inlined into generated modules (compiler/emit/inline.ts): it
// may import only the other runtime/exec files and the plan's types.
import type { PlanBinding, PlanInputChecks, ProgramPlan } from '../../compiler/plan.ts';

/** A program's inputs by name: arrays, or numbers for scalar inputs. */
export type ProgramInputs =
  | ReadonlyMap<string, ArrayLike<number> | number>
  | Readonly<Record<string, ArrayLike<number> | number>>;

/** Persistent state by name (weights, optimizer slots): a Map or a record of Float32Arrays. */
export type StateArrays = ReadonlyMap<string, Float32Array> | Readonly<Record<string, Float32Array>>;

/** Looks `name` up in a Map or a record. */
export function lookup<T>(values: ReadonlyMap<string, T> | Readonly<Record<string, T>>, name: string): T | undefined {
  if (values instanceof Map) return (values as ReadonlyMap<string, T>).get(name);
  return Object.prototype.hasOwnProperty.call(values, name) ? (values as Readonly<Record<string, T>>)[name] : undefined;
}

/** The [name, value] pairs of a Map or a record. */
export function entriesOf<T>(values: ReadonlyMap<string, T> | Readonly<Record<string, T>>): [string, T][] {
  return values instanceof Map ? [...(values as ReadonlyMap<string, T>)] : Object.entries(values as Readonly<Record<string, T>>);
}

/** Elements of a tensor of `shape`. */
export function elementsOf(shape: readonly number[]): number {
  let n = 1;
  for (const d of shape) n *= d;
  return n;
}

/**
 * Checks the inputs' presence and lengths and every index input's values;
 * returns the inputs as arrays by name.
 */
export function checkInputs(program: string, checks: PlanInputChecks, inputs: ProgramInputs): Map<string, ArrayLike<number>> {
  const out = new Map<string, ArrayLike<number>>();
  for (const { name, shape } of checks.inputs) {
    const value = lookup(inputs, name);
    if (value === undefined) throw new Error(`program "${program}" needs input "${name}"`);
    const data = typeof value === 'number' ? [value] : value;
    const length = elementsOf(shape);
    if (data.length !== length) {
      throw new Error(`input "${name}" has ${data.length} elements; program "${program}" needs ${length} ([${shape.join(', ')}])`);
    }
    out.set(name, data);
  }
  for (const b of checks.indexInputs) {
    const data = out.get(b.input);
    if (!data) continue;
    for (let i = 0; i < data.length; i++) {
      const x = data[i]!;
      if (Number.isInteger(x) && x >= 0 && x < b.size) continue;
      const shape = checks.inputs.find((t) => t.name === b.input)!.shape;
      throw new Error(`input "${b.input}": value ${x} at [${positionOf(i, shape).join(', ')}] is out of range [0, ${b.size}) for ${b.indexes}`);
    }
  }
  return out;
}

/** The index of flat element `i` in a row-major tensor of `shape`. */
function positionOf(i: number, shape: readonly number[]): number[] {
  const pos = new Array<number>(shape.length);
  let rest = i;
  for (let k = shape.length - 1; k >= 0; k--) {
    pos[k] = rest % shape[k]!;
    rest = Math.floor(rest / shape[k]!);
  }
  return pos;
}

/** The outputs to return: those requested (each must exist), else all. */
export function selectOutputs(program: string, plan: ProgramPlan, requested?: readonly string[]): readonly PlanBinding[] {
  if (!requested) return plan.outputs;
  return requested.map((name) => {
    const o = plan.outputs.find((x) => x.name === name);
    if (!o) throw new Error(`program "${program}" has no output "${name}" (it has: ${plan.outputs.map((x) => x.name).join(', ')})`);
    return o;
  });
}

/** Checks that state tensor `name` has the length program `program` needs; returns it. */
export function checkState<T extends { readonly length: number }>(program: string, name: string, value: T | undefined, length: number): T {
  if (value === undefined) throw new Error(`program "${program}" needs state "${name}", which was not given`);
  if (value.length !== length) throw new Error(`state "${name}" has ${value.length} elements; program "${program}" needs ${length}`);
  return value;
}

/** Every state tensor a plan reads or updates, with its length. */
export function stateLengths(plan: ProgramPlan): Map<string, number> {
  const out = new Map<string, number>();
  for (const { name, buffer } of [...plan.state, ...plan.updates]) out.set(name, plan.buffers[buffer]!.length);
  return out;
}
