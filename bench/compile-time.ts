// Compile time against graph size: train steps of unrolled recurrences
// (test/fusion/recurrence.ts) of about 1k, 4k and 16k nodes, compiled for
// both targets. Each phase (passes, fusion, lowering for js and for webgpu)
// is timed separately, `--repeats` times in one process; the tables report
// medians. Writes bench/results/compile-time.md and compile-time.json, and
// prints the table.
//
//   node --import tsx bench/compile-time.ts [--sizes 1000,4000,16000] [--cells diag,rnn] [--repeats 3]
//
// Compile time should grow about linearly with the graph: the 16k-node
// graph compiles in well under 10 s on a 2-core machine.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { fuse } from '../compiler/fusion/fuse.ts';
import type { Graph } from '../compiler/graph/types.ts';
import { lowerProgram } from '../compiler/kernel/lower/lower.ts';
import { optimizeGraph } from '../compiler/passes/pipeline.ts';
import { JS_TARGET, WEBGPU_TARGET } from '../compiler/target.ts';
import { markdownTable } from '../runtime/plot.ts';
import { type Cell, recurrenceTrainStep } from '../test/fusion/recurrence.ts';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,4000,16000' },
    cells: { type: 'string', default: 'diag,rnn' },
    repeats: { type: 'string', default: '3' },
  },
});
const sizes = values.sizes!.split(',').map(Number);
const cells = values.cells!.split(',') as Cell[];
const repeats = Math.max(1, Number(values.repeats));

/** The unrolled length whose train step has about `nodes` nodes (node counts grow linearly in the steps). */
function stepsFor(cell: Cell, nodes: number): number {
  const count = (steps: number) => recurrenceTrainStep({ cell, steps }).nodes.length;
  const [a, b] = [count(8), count(16)];
  return Math.max(1, Math.round(8 + ((nodes - a) * 8) / (b - a)));
}

const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((x, y) => x - y);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

interface Row {
  cell: Cell;
  steps: number;
  nodes: number;
  /** After the passes. */
  optimizedNodes: number;
  fusedKernels: number;
  jsKernels: number;
  webgpuKernels: number;
  /** Medians, in ms. */
  passesMs: number;
  fusionMs: number;
  lowerJsMs: number;
  lowerWebgpuMs: number;
  /** passes + fusion + both lowerings. */
  totalMs: number;
}

function measure(cell: Cell, graph: Graph, steps: number): Row {
  const times = { passes: [] as number[], fusion: [] as number[], js: [] as number[], webgpu: [] as number[] };
  let counts = { optimized: 0, fused: 0, js: 0, webgpu: 0 };
  for (let r = 0; r < repeats; r++) {
    const t0 = performance.now();
    const optimized = optimizeGraph(graph);
    const t1 = performance.now();
    const fused = fuse(optimized);
    const t2 = performance.now();
    const js = lowerProgram(fused, JS_TARGET);
    const t3 = performance.now();
    const webgpu = lowerProgram(fused, WEBGPU_TARGET);
    const t4 = performance.now();
    times.passes.push(t1 - t0);
    times.fusion.push(t2 - t1);
    times.js.push(t3 - t2);
    times.webgpu.push(t4 - t3);
    counts = { optimized: optimized.nodes.length, fused: fused.kernels.length, js: js.kernels.length, webgpu: webgpu.kernels.length };
  }
  const [passesMs, fusionMs, lowerJsMs, lowerWebgpuMs] = [times.passes, times.fusion, times.js, times.webgpu].map(median) as [number, number, number, number];
  return {
    cell, steps, nodes: graph.nodes.length, optimizedNodes: counts.optimized,
    fusedKernels: counts.fused, jsKernels: counts.js, webgpuKernels: counts.webgpu,
    passesMs, fusionMs, lowerJsMs, lowerWebgpuMs, totalMs: passesMs + fusionMs + lowerJsMs + lowerWebgpuMs,
  };
}

const rows: Row[] = [];
for (const cell of cells) {
  for (const size of sizes) {
    const steps = stepsFor(cell, size);
    const graph = recurrenceTrainStep({ cell, steps });
    process.stderr.write(`${cell}, ${steps} steps: ${graph.nodes.length} nodes…\n`);
    rows.push(measure(cell, graph, steps));
  }
}

const ms = (x: number) => x.toFixed(0);
const table = markdownTable(
  ['cell', 'steps', 'nodes', 'after passes', 'kernels (fused / js / webgpu)', 'passes ms', 'fusion ms', 'lower js ms', 'lower webgpu ms', 'total ms', 'µs / node'],
  rows.map((r) => [
    r.cell, r.steps, r.nodes, r.optimizedNodes, `${r.fusedKernels} / ${r.jsKernels} / ${r.webgpuKernels}`,
    ms(r.passesMs), ms(r.fusionMs), ms(r.lowerJsMs), ms(r.lowerWebgpuMs), ms(r.totalMs), (1000 * r.totalMs / r.nodes).toFixed(0),
  ]),
  ['left', 'right', 'right', 'right', 'right', 'right', 'right', 'right', 'right', 'right', 'right'],
);
const report = [
  '# Compile time against graph size',
  '',
  'Train steps (forward, gradients, AdamW) of unrolled recurrences (`test/fusion/recurrence.ts`): `diag` is a diagonal',
  'selective scan (elementwise only: one long chain per direction), `rnn` a tanh RNN cell (two matmuls per step).',
  `Medians of ${repeats} compilations in one process; graph construction is not counted.`,
  'Regenerate with `npm run bench:compile`.',
  '',
  table,
  '',
].join('\n');
const dir = join(import.meta.dirname, 'results');
mkdirSync(dir, { recursive: true });
writeFileSync(join(dir, 'compile-time.md'), report);
writeFileSync(join(dir, 'compile-time.json'), JSON.stringify({ repeats, rows }, null, 2) + '\n');
process.stdout.write(report);
