// The js executor's profiling hook (runtime/exec/js.ts) and the per-kernel
// table built from it (runtime/backends/js/session.ts): one row per kernel,
// calls = runs, shares that sum to 100 %, cost-model figures on the right
// rows, and no clock read at all when no profiler is attached. No wall-clock
// thresholds: only counts and sums.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { GraphBuilder } from '../../compiler/graph/builder.ts';
import type { Graph } from '../../compiler/graph/types.ts';
import { compileGraph } from '../../compiler/program.ts';
import { JS_TARGET } from '../../compiler/target.ts';
import { createJsSession, JsProgram, KernelProfile, kernelProfileRows } from '../../runtime/backends/js/session.ts';
import { JsExecutor, type KernelProfiler } from '../../runtime/exec/js.ts';
import { planProgram } from '../../compiler/plan.ts';
import { compileJs } from '../../compiler/render/js.ts';

/** h = x·w, and the total of the row sums of exp(h): a matmul, and a reduction over rows then over them all (a rows kernel, then a totals kernel). */
function smallGraph(): Graph {
  const b = new GraphBuilder();
  const x = b.input('x', [8, 16]);
  const w = b.param('w', [16, 16], { kind: 'normal', mean: 0, std: 0.5 });
  const h = b.einsum('ik,kj->ij', x, w);
  b.output('h', h);
  b.output('total', b.reduce('sum', b.reduce('sum', b.unary('exp', h), [1]), [0]));
  return b.build();
}

const inputs = new Map([['x', Float32Array.from({ length: 128 }, (_, i) => Math.sin(i))]]);
const state = () => new Map([['w', Float32Array.from({ length: 256 }, (_, i) => Math.cos(i) / 4)]]);

afterEach(() => {
  vi.restoreAllMocks();
});

describe('js executor profiling', () => {
  it('one row per kernel, calls = runs, shares summing to 100 %, the run times recorded', async () => {
    const profile = new KernelProfile();
    const session = createJsSession({ small: smallGraph() }, state(), { profiler: profile });
    const runs = 5;
    for (let i = 0; i < runs; i++) await session.run('small', inputs);
    const launches = session.program('small').launches;
    expect(launches.length).toBeGreaterThanOrEqual(2);
    const rows = session.kernelProfile('small', profile);
    expect(rows.map((r) => r.kernel).sort()).toEqual(launches.map((l) => l.kernel).sort());
    for (const r of rows) {
      expect(r.calls, r.kernel).toBe(runs);
      expect(r.totalMs).toBeGreaterThanOrEqual(0);
    }
    expect(rows.reduce((s, r) => s + r.percent, 0)).toBeCloseTo(100, 6);
    // Longest first.
    for (let i = 1; i < rows.length; i++) expect(rows[i - 1]!.totalMs).toBeGreaterThanOrEqual(rows[i]!.totalMs);
    expect(profile.runs('small')).toHaveLength(runs);
    // Every run takes at least as long as its kernels.
    const kernelMs = rows.reduce((s, r) => s + r.totalMs, 0);
    expect(profile.runs('small').reduce((s, x) => s + x, 0)).toBeGreaterThanOrEqual(kernelMs);
    session.dispose();
  });

  it('kinds, locations and cost-model figures: a split group carries its cost on its first kernel', () => {
    const g = smallGraph();
    const { fused, lowered } = compileGraph(g, { target: JS_TARGET });
    const program = new JsProgram('small', g, lowered, state(), { fused });
    const kinds = program.launches.map((l) => l.kind);
    expect(kinds).toContain('contraction');
    expect(kinds).toContain('reduction');
    const split = program.launches.filter((l) => l.groupKernels > 1);
    expect(split.length).toBeGreaterThanOrEqual(2); // the sum: rows, then totals
    const groups = new Map<number, typeof split>();
    for (const l of split) groups.set(l.group, [...(groups.get(l.group) ?? []), l]);
    for (const ls of groups.values()) expect(ls.map((l) => l.cost !== undefined)).toEqual(ls.map((_, i) => i === 0));
    const matmul = program.launches.find((l) => l.kind === 'contraction')!;
    expect(matmul.cost!.flops).toBe(2 * 8 * 16 * 16);
    expect(matmul.cost!.bytesWritten).toBe(8 * 16 * 4);
    expect(program.launches.every((l) => l.loc === undefined || /:\d+:\d+$/.test(l.loc))).toBe(true);

    const profile = new KernelProfile();
    program.profiler = profile;
    program.run(inputs);
    program.run(inputs);
    const rows = kernelProfileRows(program.launches, profile, 'small');
    expect(rows).toHaveLength(program.launches.length);
    for (const r of rows) {
      expect(r.calls).toBe(2);
      const l = program.launches.find((x) => x.kernel === r.kernel)!;
      expect(r.kind).toBe(l.kind);
      expect(r.bytes).toBe(l.cost ? l.cost.bytesRead + l.cost.bytesWritten : undefined);
      expect(r.flops).toBe(l.cost?.flops);
    }
  });

  it('reads no clock without a profiler, and one per kernel (and run) with one', async () => {
    const g = smallGraph();
    const { lowered } = compileGraph(g, { target: JS_TARGET });
    const program = new JsProgram('small', g, lowered, state());
    program.run(inputs); // compile and first-touch outside the count
    const now = vi.spyOn(performance, 'now');
    program.run(inputs);
    expect(now).not.toHaveBeenCalled();

    const seen: [string, number][] = [];
    const runs: number[] = [];
    const profiler: KernelProfiler = { kernel: (p, i) => seen.push([p, i]), run: (_, ms) => runs.push(ms) };
    program.profiler = profiler;
    program.run(inputs);
    expect(seen).toEqual(lowered.kernels.map((_, i) => ['small', i]));
    expect(runs).toHaveLength(1);
    expect(now).toHaveBeenCalledTimes(2 * lowered.kernels.length + 2);

    program.profiler = undefined;
    now.mockClear();
    program.run(inputs);
    expect(now).not.toHaveBeenCalled();
  });

  it('takes a profiler per run, in place of the executor\'s', () => {
    const g = smallGraph();
    const { lowered } = compileGraph(g, { target: JS_TARGET });
    const fns = compileJs(lowered.kernels.map((k) => k.kernel), { checked: false });
    const table = Object.fromEntries(lowered.kernels.map(({ kernel }) => [kernel.name, { fn: fns[kernel.name]!, buffers: kernel.buffers.map((b) => b.name) }]));
    const always = new KernelProfile();
    const once = new KernelProfile();
    const executor = new JsExecutor('small', planProgram(lowered), table, { profiler: always });
    const s = state();
    executor.run(inputs, s);
    executor.run(inputs, s, undefined, { profiler: once });
    executor.run(inputs, s);
    expect(always.runs('small')).toHaveLength(2);
    expect(once.runs('small')).toHaveLength(1);
    expect(once.launch('small', 0).calls).toBe(1);
    expect(always.launch('small', 0).calls).toBe(2);
  });
});
