// Runs a compiled program's plan with the js target's kernels
// (kernels/<program>.js), with the semantics of loom's JS backend
// (runtime/backends/js/session.ts): one Float32Array per plan buffer,
// allocated once, intermediates as views of shared memory slots, the kernels
// in order, and the updates copied into the state after every kernel has run
// (a kernel may still read the old value).
//
// The caller owns the state's Float32Arrays: they are copied into the
// program's param buffers before a run and the updates copied back into them
// after it. For the model sizes a bundle targets that copy is a small
// fraction of a step.
//
// This file is inlined into generated modules (compiler/emit/inline.ts):
// it may import only other inlined support files.
import { checkInputs, type ProgramInputs, type ProgramPlan } from './plan.ts';

/** A kernel of kernels/<program>.js: `fn(buffers, uniforms)`, buffers by parameter name. */
export type KernelFn = (buffers: Readonly<Record<string, Float32Array>>, uniforms: Readonly<Record<string, number>>) => void;

/** A kernel module's export: each kernel's function and its buffer parameter names, in binding order. */
export type KernelTable = Readonly<Record<string, { readonly fn: KernelFn; readonly buffers: readonly string[] }>>;

interface PreparedCall {
  readonly name: string;
  readonly fn: KernelFn;
  readonly buffers: Readonly<Record<string, Float32Array>>;
}

const NO_UNIFORMS: Readonly<Record<string, number>> = Object.freeze({});

export class JsProgram {
  private readonly arrays: Float32Array[];
  private readonly calls: PreparedCall[];

  constructor(
    private readonly name: string,
    private readonly plan: ProgramPlan,
    kernels: KernelTable,
  ) {
    // An intermediate is a view of its slot: buffers of one slot are never live at the same time.
    const slots = plan.slots.map((n) => new Float32Array(n));
    this.arrays = plan.buffers.map((b) => (b.slot === undefined ? new Float32Array(b.length) : slots[b.slot]!.subarray(0, b.length)));
    this.calls = plan.launches.map((launch) => {
      const k = kernels[launch.kernel];
      if (!k) throw new Error(`${name}: kernel "${launch.kernel}" is missing from its kernel module`);
      const buffers: Record<string, Float32Array> = {};
      k.buffers.forEach((param, i) => {
        buffers[param] = this.arrays[launch.buffers[i]!]!;
      });
      return { name: launch.kernel, fn: k.fn, buffers };
    });
  }

  /**
   * Runs the program on `inputs` (numbers for scalar inputs), reading
   * `state`; writes the updated state back into `state`'s arrays and returns
   * copies of the outputs.
   */
  run(inputs: ProgramInputs, state: Readonly<Record<string, Float32Array>>): Record<string, Float32Array> {
    const values = checkInputs(this.name, this.plan, inputs);
    for (const { name, buffer } of this.plan.inputs) this.arrays[buffer]!.set(values.get(name)!);
    for (const { name, buffer } of this.plan.state) {
      const value = state[name];
      const target = this.arrays[buffer]!;
      if (!(value instanceof Float32Array)) throw new Error(`${this.name}: state "${name}" is missing (expected a Float32Array)`);
      if (value.length !== target.length) throw new Error(`${this.name}: state "${name}" has ${value.length} elements; the program expects ${target.length}`);
      target.set(value);
    }
    for (const call of this.calls) {
      try {
        call.fn(call.buffers, NO_UNIFORMS);
      } catch (e) {
        throw new Error(`${this.name}: kernel "${call.name}" failed: ${e instanceof Error ? e.message : String(e)}`);
      }
    }
    const outputs: Record<string, Float32Array> = {};
    for (const { name, buffer } of this.plan.outputs) outputs[name] = this.arrays[buffer]!.slice();
    for (const { name, buffer } of this.plan.updates) state[name]!.set(this.arrays[buffer]!);
    return outputs;
  }
}
