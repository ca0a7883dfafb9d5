// The JavaScript backend: a thin adapter from graphs to the CPU executor
// (runtime/exec/js.ts). Each graph is compiled once, on first use
// (compileGraph → planProgram → compileJs), and its plan runs over the
// session's state arrays, bound directly: the updates land in them in place.
//
// Profiling: `createJsSession(graphs, state, { profiler })` (or
// `session.setProfiler`) times every kernel launch through the executor's
// KernelProfiler hook; a `KernelProfile` collects those times and
// `session.kernelProfile(graph, profile)` joins them with what the compiler
// knows of each kernel (template kind, .loom location, bytes moved, FLOPs)
// into the rows of `loom bench --profile`. Without a profiler no clock is read.
import { kernelCost } from '../../../compiler/fusion/cost.ts';
import type { FusedProgram } from '../../../compiler/fusion/types.ts';
import type { Graph } from '../../../compiler/graph/types.ts';
import type { LoweredProgram } from '../../../compiler/kernel/lower/types.ts';
import { planProgram } from '../../../compiler/plan.ts';
import { compileGraph } from '../../../compiler/program.ts';
import { jsModuleSource, MODULE_ALLOCATE, renderJs, type RenderedJs } from '../../../compiler/render/js.ts';
import { JS_TARGET } from '../../../compiler/target.ts';
import type { Backend, Session, StateMap } from '../../backend.ts';
import { JsExecutor, type JsExecutorOptions, type KernelFn, type KernelProfiler, type KernelTable } from '../../exec/js.ts';
import { installNativeGemm } from './native-gemm.ts';

export type { KernelProfiler } from '../../exec/js.ts';

/** What the compiler knows of one kernel launch of a program. */
export interface LaunchInfo {
  /** Position in the program's launch order. */
  readonly index: number;
  readonly kernel: string;
  /** The .loom `file:line:col` it computes. */
  readonly loc?: string;
  /** The fused group's template kind (elementwise, reduction, contraction, …); undefined without the fused program. */
  readonly kind?: string;
  /** The fused group (FusedProgram.kernels index) the kernel computes, or part of. */
  readonly group: number;
  /** Kernels the group was lowered to (2 for a whole-tensor reduction: rows, then totals). */
  readonly groupKernels: number;
  /**
   * The group's cost under the fusion cost model (docs/fusion.md), on the
   * group's first kernel only (a later kernel of a split group has none).
   */
  readonly cost?: { readonly bytesRead: number; readonly bytesWritten: number; readonly flops: number };
  /** On the CPU: whether the kernel's loop nests run as WebAssembly SIMD, or stay JS and why (RenderedJs.code). */
  readonly code?: RenderedJs['code'];
}

/**
 * A program lowered and ready to run on the CPU with the js executor. Grid
 * (GPU-shaped) programs run too, through the JS renderer's workgroup
 * emulation, which is how tests check the GPU lowering without a GPU.
 */
export class JsProgram {
  private readonly executor: JsExecutor;
  /** The kernels' module text (renderJsModule's): data-parallel workers compile the same one. */
  readonly source: string;
  /** One entry per launch, in order. */
  readonly launches: readonly LaunchInfo[];

  constructor(
    readonly name: string,
    readonly graph: Graph,
    readonly program: LoweredProgram,
    /** The state the program will run over (run() binds whichever it is given). */
    readonly state: StateMap,
    options: {
      /** The fused program `program` was lowered from: gives each launch its kind and cost. */
      readonly fused?: FusedProgram;
      readonly profiler?: KernelProfiler;
    } = {},
  ) {
    const rendered = program.kernels.map((k) => renderJs(k.kernel, { simd: simdEnabled() }));
    this.source = jsModuleSource(rendered);
    const fns = new Function(this.source)() as Record<string, KernelFn>;
    const table: KernelTable = Object.fromEntries(program.kernels.map(({ kernel }) => [
      kernel.name, { fn: fns[kernel.name]!, buffers: kernel.buffers.map((b) => b.name) },
    ]));
    const allocate = (fns as Record<string, unknown>)[MODULE_ALLOCATE] as JsExecutorOptions['allocate'];
    this.executor = new JsExecutor(name, planProgram(program), table, { profiler: options.profiler, allocate });
    this.launches = launchInfo(program, options.fused).map((l, i) => ({ ...l, code: rendered[i]!.code }));
  }

  /** Times every later run (undefined: stop timing). */
  set profiler(p: KernelProfiler | undefined) {
    this.executor.profiler = p;
  }

  get profiler(): KernelProfiler | undefined {
    return this.executor.profiler;
  }

  /** Runs every kernel, then applies the updates to `state`'s arrays in place. */
  run(inputs: ReadonlyMap<string, Float32Array>, state: StateMap = this.state, outputs?: readonly string[]): Map<string, Float32Array> {
    return new Map(Object.entries(this.executor.run(inputs, state, outputs)));
  }
}

/**
 * LOOM_SIMD in the environment: unset, `on` or `auto` — serial kernels' loop
 * nests run as WebAssembly SIMD where they allow (docs/simd.md); `off` —
 * plain JavaScript (for comparisons). Anything else is an error.
 */
export function simdEnabled(env: Readonly<Record<string, string | undefined>> = process.env): boolean {
  const v = env.LOOM_SIMD;
  if (v === undefined || v === '' || v === 'on' || v === 'auto') return true;
  if (v === 'off') return false;
  throw new Error(`LOOM_SIMD must be "on" or "off", not "${v}"`);
}

export function launchInfo(program: LoweredProgram, fused: FusedProgram | undefined): LaunchInfo[] {
  const perGroup = new Map<number, number>();
  for (const lk of program.kernels) perGroup.set(lk.group, (perGroup.get(lk.group) ?? 0) + 1);
  const seen = new Set<number>();
  return program.kernels.map((lk, index) => {
    const group = fused?.kernels[lk.group];
    const first = !seen.has(lk.group);
    seen.add(lk.group);
    return {
      index,
      kernel: lk.kernel.name,
      ...(lk.kernel.loc !== undefined ? { loc: lk.kernel.loc } : {}),
      ...(group ? { kind: group.kind } : {}),
      group: lk.group,
      groupKernels: perGroup.get(lk.group)!,
      ...(group && first ? { cost: kernelCost(fused!, group) } : {}),
    };
  });
}

/**
 * Collects a KernelProfiler's timings: per program, every launch's calls and
 * total time, and the wall time of every run.
 */
export class KernelProfile implements KernelProfiler {
  private readonly programs = new Map<string, { calls: number[]; ms: number[]; runs: number[] }>();

  private entry(program: string) {
    let e = this.programs.get(program);
    if (!e) this.programs.set(program, (e = { calls: [], ms: [], runs: [] }));
    return e;
  }

  kernel(program: string, launch: number, ms: number): void {
    const e = this.entry(program);
    e.calls[launch] = (e.calls[launch] ?? 0) + 1;
    e.ms[launch] = (e.ms[launch] ?? 0) + ms;
  }

  run(program: string, ms: number): void {
    this.entry(program).runs.push(ms);
  }

  /** Calls and total ms of launch `launch` of `program`. */
  launch(program: string, launch: number): { calls: number; ms: number } {
    const e = this.programs.get(program);
    return { calls: e?.calls[launch] ?? 0, ms: e?.ms[launch] ?? 0 };
  }

  /** Wall time (ms) of every run of `program`, in order. */
  runs(program: string): readonly number[] {
    return this.programs.get(program)?.runs ?? [];
  }

  clear(): void {
    this.programs.clear();
  }
}

/** One kernel's line of a profile: what it is, how often it ran, its time and its rates. */
export interface KernelProfileRow {
  readonly kernel: string;
  readonly kind?: string;
  /** See LaunchInfo.code. */
  readonly code?: LaunchInfo['code'];
  readonly loc?: string;
  readonly calls: number;
  readonly totalMs: number;
  /** Share of the time of all the program's kernels, in percent (the rows sum to 100). */
  readonly percent: number;
  /** Bytes read + written per call under the cost model; undefined where unknown (the second kernel of a split group). */
  readonly bytes?: number;
  readonly flops?: number;
  /** bytes / time per call, over the time of every kernel of its group. */
  readonly gbPerSecond?: number;
  /** flops / time per call, over the time of every kernel of its group; undefined for a kernel without FLOPs. */
  readonly gflopPerSecond?: number;
}

/**
 * The profile of one program: a row per kernel (launches of the same kernel
 * merged), sorted by total time, longest first.
 */
export function kernelProfileRows(launches: readonly LaunchInfo[], profile: KernelProfile, program: string): KernelProfileRow[] {
  const groupMs = new Map<number, number>();
  const groupCalls = new Map<number, number>();
  for (const l of launches) {
    const t = profile.launch(program, l.index);
    groupMs.set(l.group, (groupMs.get(l.group) ?? 0) + t.ms);
    if (l.cost) groupCalls.set(l.group, (groupCalls.get(l.group) ?? 0) + t.calls);
  }
  const byName = new Map<string, { info: LaunchInfo; calls: number; ms: number; bytes?: number; flops?: number; rateMs: number }>();
  for (const l of launches) {
    const t = profile.launch(program, l.index);
    const row = byName.get(l.kernel) ?? { info: l, calls: 0, ms: 0, rateMs: 0 };
    row.calls += t.calls;
    row.ms += t.ms;
    if (l.cost) {
      row.bytes = l.cost.bytesRead + l.cost.bytesWritten;
      row.flops = l.cost.flops;
      // The group's time per call of this kernel: a split group's rates count both of its kernels.
      row.rateMs += t.calls > 0 ? (groupMs.get(l.group)! / groupCalls.get(l.group)!) * t.calls : 0;
    }
    byName.set(l.kernel, row);
  }
  const total = [...byName.values()].reduce((s, r) => s + r.ms, 0);
  const rows = [...byName.values()].map((r): KernelProfileRow => {
    const perCallSeconds = r.calls > 0 ? r.rateMs / r.calls / 1000 : 0;
    return {
      kernel: r.info.kernel,
      ...(r.info.kind !== undefined ? { kind: r.info.kind } : {}),
      ...(r.info.code !== undefined ? { code: r.info.code } : {}),
      ...(r.info.loc !== undefined ? { loc: r.info.loc } : {}),
      calls: r.calls,
      totalMs: r.ms,
      percent: total > 0 ? (100 * r.ms) / total : 0,
      ...(r.bytes !== undefined ? { bytes: r.bytes } : {}),
      ...(r.flops !== undefined ? { flops: r.flops } : {}),
      ...(r.bytes !== undefined && perCallSeconds > 0 ? { gbPerSecond: r.bytes / perCallSeconds / 1e9 } : {}),
      ...(r.flops !== undefined && r.flops > 0 && perCallSeconds > 0 ? { gflopPerSecond: r.flops / perCallSeconds / 1e9 } : {}),
    };
  });
  return rows.sort((a, b) => b.totalMs - a.totalMs || a.kernel.localeCompare(b.kernel));
}

export class JsSession implements Session {
  private readonly compiled = new Map<string, JsProgram>();
  private profilerNow: KernelProfiler | undefined;

  private readonly fuse: boolean;

  constructor(
    private readonly graphs: Readonly<Record<string, Graph>>,
    private readonly state: StateMap,
    options: JsSessionOptions = {},
  ) {
    this.profilerNow = options.profiler;
    this.fuse = options.fuse ?? true;
  }

  /** The compiled program of graph `name` (compiled on first use). */
  program(name: string): JsProgram {
    let c = this.compiled.get(name);
    if (!c) {
      const g = this.graphs[name];
      if (!g) throw new Error(`no graph named "${name}" in this session`);
      const { fused, lowered } = compileGraph(g, { target: JS_TARGET, fuse: this.fuse });
      c = new JsProgram(name, g, lowered, this.state, { fused, profiler: this.profilerNow });
      this.compiled.set(name, c);
    }
    return c;
  }

  /** Times every kernel of every later run, of every graph (undefined: stop timing). */
  setProfiler(profiler: KernelProfiler | undefined): void {
    this.profilerNow = profiler;
    for (const c of this.compiled.values()) c.profiler = profiler;
  }

  /** The per-kernel rows of graph `name` from the timings `profile` collected. */
  kernelProfile(name: string, profile: KernelProfile): KernelProfileRow[] {
    return kernelProfileRows(this.program(name).launches, profile, name);
  }

  async run(name: string, inputs: ReadonlyMap<string, Float32Array>, outputs?: readonly string[]): Promise<Map<string, Float32Array>> {
    return this.program(name).run(inputs, this.state, outputs);
  }

  async readState(): Promise<StateMap> {
    return new Map([...this.state].map(([k, v]) => [k, v.slice()]));
  }

  dispose(): void {
    this.compiled.clear();
  }
}

/** A js session (with the profiling API the Session interface does not have); the session owns copies of `state`. */
export interface JsSessionOptions {
  readonly profiler?: KernelProfiler;
  /** false: every op its own kernel (what fusion is measured against, `loom bench --unfused`). Default true. */
  readonly fuse?: boolean;
}

export function createJsSession(graphs: Readonly<Record<string, Graph>>, state: StateMap, options: JsSessionOptions = {}): JsSession {
  installNativeGemm();
  // The session owns copies: updates write into its arrays in place.
  return new JsSession(graphs, new Map([...state].map(([k, v]) => [k, Float32Array.from(v)])), options);
}

export const jsBackend: Backend = {
  name: 'js',
  async createSession(graphs, state) {
    return createJsSession(graphs, state);
  },
};

/** This target's backend, as loadBackend finds it (runtime/backend.ts). */
export { jsBackend as backend };
