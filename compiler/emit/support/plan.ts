// The execution plan of one compiled program, as a generated module embeds
// it (compiler/emit/module-*.ts writes it from a LoweredProgram): the buffers
// to allocate (intermediates share memory slots whose live ranges do not
// overlap), which buffers hold the inputs, the persistent state, the outputs
// and the updates, and the kernel launches in order. Shapes are concrete, so
// every size and workgroup count is a number fixed at compile time. Every
// buffer stores f32: integer values (token ids) as exact integers, as loom's
// reference interpreter does.
//
// This file is inlined into generated modules (compiler/emit/inline.ts).

export interface PlanBuffer {
  /** The name kernels give the buffer (for error messages and debugging). */
  readonly name: string;
  /** Elements (f32). */
  readonly length: number;
  /** Intermediates: the memory slot it occupies, from element 0. Others own their memory. */
  readonly slot?: number;
}

/** A named value held in a buffer of the plan. */
export interface PlanBinding {
  readonly name: string;
  readonly buffer: number;
}

/** An integer input used as an index: every value must lie in [0, size). */
export interface PlanIndexInput {
  readonly input: string;
  readonly size: number;
  /** What it indexes, for the error message. */
  readonly target: string;
}

export interface PlanLaunch {
  readonly kernel: string;
  /** The plan buffer bound to each of the kernel's buffer parameters, in the kernel's order. */
  readonly buffers: readonly number[];
  /** Workgroup counts of a grid kernel; [1, 1, 1] for a serial (CPU) kernel. */
  readonly workgroups: readonly [number, number, number];
}

export interface ProgramPlan {
  readonly buffers: readonly PlanBuffer[];
  /** Elements of each memory slot. */
  readonly slots: readonly number[];
  /** Runtime inputs (tokens, targets, the optimizer step), copied in before each run. */
  readonly inputs: readonly PlanBinding[];
  /** Integer inputs that index a table (token ids), checked before each run. */
  readonly indexInputs: readonly PlanIndexInput[];
  /** Persistent state the program reads: weights, and for the train step the optimizer slots. */
  readonly state: readonly PlanBinding[];
  readonly outputs: readonly PlanBinding[];
  /** After a run, state `name` takes the value in `buffer`. */
  readonly updates: readonly PlanBinding[];
  readonly launches: readonly PlanLaunch[];
}

/** A program's inputs: arrays, or numbers for scalar inputs. */
export type ProgramInputs = Readonly<Record<string, ArrayLike<number> | number>>;

/** Checks the inputs' presence and lengths, and index inputs' ranges; returns them as arrays by name. */
export function checkInputs(program: string, plan: ProgramPlan, inputs: ProgramInputs): Map<string, ArrayLike<number>> {
  const out = new Map<string, ArrayLike<number>>();
  for (const { name, buffer } of plan.inputs) {
    const value = inputs[name];
    if (value === undefined) throw new Error(`${program}: input "${name}" is missing`);
    const data = typeof value === 'number' ? [value] : value;
    const length = plan.buffers[buffer]!.length;
    if (data.length !== length) throw new Error(`${program}: input "${name}" has ${data.length} elements; the program expects ${length}`);
    out.set(name, data);
  }
  for (const b of plan.indexInputs) {
    const data = out.get(b.input);
    if (!data) continue;
    for (let i = 0; i < data.length; i++) {
      const x = data[i]!;
      if (!(Number.isInteger(x) && x >= 0 && x < b.size)) {
        throw new Error(`${program}: input "${b.input}": value ${x} at ${i} is out of range [0, ${b.size}) for ${b.target}`);
      }
    }
  }
  return out;
}
