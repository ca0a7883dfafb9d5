// Small program plans for the WebGPU executor's tests: named buffers, and
// launches of hand-written kernels (test-kernels.ts) over them, with
// uniform values when the kernel has uniforms.
import type { PlanBinding, ProgramPlan } from '../../compiler/plan.ts';
import type { WgslKernel } from '../../compiler/render/wgsl.ts';
import type { WgslSource } from '../../runtime/exec/webgpu.ts';

export interface TestBuffer {
  readonly name: string;
  readonly length: number;
  /** Filled by the caller before each run (default true). */
  readonly input?: boolean;
  /** Read back (default true). */
  readonly output?: boolean;
  /** Persistent state of this name (then neither input nor output unless asked). */
  readonly state?: string;
  /** Intermediates: the memory slot shared with others. */
  readonly slot?: number;
}

export interface TestLaunch {
  readonly kernel: WgslKernel;
  /** Buffer names, in the kernel's binding order. */
  readonly buffers: readonly string[];
  readonly workgroups: readonly [number, number, number];
  /** One value per kernel uniform, in order. */
  readonly uniforms?: readonly number[];
  /** The plan's name for the kernel (default the kernel's). */
  readonly as?: string;
}

export interface TestProgram {
  readonly plan: ProgramPlan;
  readonly sources: Readonly<Record<string, WgslSource>>;
}

export function testPlan(
  buffers: readonly TestBuffer[],
  launches: readonly TestLaunch[],
  extra: { slots?: number[]; updates?: { state: string; from: string }[] } = {},
): TestProgram {
  const index = new Map(buffers.map((b, i) => [b.name, i]));
  const at = (name: string): number => {
    const i = index.get(name);
    if (i === undefined) throw new Error(`test plan: no buffer "${name}"`);
    return i;
  };
  const bind = (b: TestBuffer): PlanBinding => ({ name: b.name, buffer: at(b.name) });
  const sources: Record<string, WgslSource> = {};
  const plan: ProgramPlan = {
    target: 'webgpu',
    buffers: buffers.map((b) => ({ name: b.name, length: b.length, dtype: 'f32', ...(b.slot !== undefined ? { slot: b.slot } : {}) })),
    slots: extra.slots ?? [],
    inputs: buffers.filter((b) => b.state === undefined && b.slot === undefined && b.input !== false)
      .map((b) => ({ ...bind(b), shape: [b.length], dtype: 'f32' as const })),
    indexInputs: [],
    state: buffers.filter((b) => b.state !== undefined).map((b) => ({ name: b.state!, buffer: at(b.name) })),
    outputs: buffers.filter((b) => (b.output ?? b.state === undefined)).map(bind),
    updates: (extra.updates ?? []).map((u) => ({ name: u.state, buffer: at(u.from) })),
    launches: launches.map((l) => {
      const name = l.as ?? l.kernel.name;
      sources[name] = { code: l.kernel.code, entryPoint: l.kernel.entryPoint };
      const fields = l.kernel.uniforms ?? [];
      if ((l.uniforms ?? []).length !== fields.length) throw new Error(`test plan: ${name} takes ${fields.length} uniforms`);
      return {
        kernel: name,
        ...(l.kernel.source !== undefined ? { loc: l.kernel.source } : {}),
        buffers: l.buffers.map(at),
        access: l.kernel.bindings.map((b) => b.access),
        workgroups: l.workgroups,
        ...(fields.length > 0 ? { uniforms: fields.map((f, i) => ({ name: f.name, type: f.type, value: l.uniforms![i]! })) } : {}),
      };
    }),
  };
  return { plan, sources };
}

/** The bits of a read-back buffer as i32 (kernels that write array<i32>). */
export function asInt32(values: Float32Array): Int32Array {
  return new Int32Array(values.buffer, values.byteOffset, values.length);
}

/** i32 values as the bits of a Float32Array, to upload as an input of an array<i32> kernel. */
export function int32Bits(values: ArrayLike<number>): Float32Array {
  return new Float32Array(Int32Array.from(values).buffer);
}
