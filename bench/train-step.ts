// Benchmarks of one gpt.loom train step (default config: batch 16 × ctx 64)
// on each backend, with tinybench, plus the fused-vs-unfused figures from
// `loom stats`. Writes bench/results/train-step.md (tables) and
// bench/results/train-step.svg (bar chart), and prints the tables.
//
//   node --import tsx bench/train-step.ts [--backends js,reference,webgpu] [--time-ms N]
//
// Timings are medians over tinybench's samples, measured in one run so the
// ratios are comparable on a noisy shared machine.
//
// With `--peers torch` (npm run bench -- --peers torch) it runs the PyTorch
// comparison instead: bench/vs-torch.ts, which takes its own options
// (docs/benchmarks.md).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { Bench } from 'tinybench';
import { defaultOptimizer } from '../compiler/autodiff/optimizer.ts';
import { programStats } from '../compiler/stats.ts';
import { loadBackend } from '../runtime/backend.ts';
import { compileLanguageModel } from '../compiler/model.ts';
import { markdownTable } from '../runtime/plot.ts';
import { initialState } from '../runtime/train.ts';
import { barChartSvg } from './bar-chart.ts';

const argv = process.argv.slice(2);
if (argv.some((a) => a === '--peers' || a.startsWith('--peers='))) {
  const { main } = await import('./vs-torch.ts');
  process.exitCode = await main(argv);
} else {
  await backendBench();
}

/** Each backend's train step with tinybench, and the fusion figures. */
async function backendBench(): Promise<void> {
  const { values } = parseArgs({
    options: {
      backends: { type: 'string', default: 'js,reference' },
      'time-ms': { type: 'string', default: '8000' },
      batch: { type: 'string', default: '16' },
    },
  });
  const backends = values.backends!.split(',');
  const batch = Number(values.batch);
  const file = 'dsl-examples/gpt.loom';
  const m = compileLanguageModel(file, { batch, optimizer: defaultOptimizer });
  const n = batch * m.shapes.ctx;
  const inputs = new Map([
    ['tokens', Float32Array.from({ length: n }, (_, i) => (i * 37 + 5) % 256)],
    ['targets', Float32Array.from({ length: n }, (_, i) => (i * 11 + 3) % 256)],
    ['step', Float32Array.of(10)],
  ]);

  const bench = new Bench({ time: Number(values['time-ms']), warmup: true, warmupIterations: 2 });
  const disposers: (() => void)[] = [];
  for (const name of backends) {
    const backend = await loadBackend(name);
    const session = await backend.createSession({ train: m.graphs.train }, initialState(m, 1));
    await session.run('train', inputs, ['loss']); // compile outside the timing
    disposers.push(() => session.dispose());
    bench.add(name, async () => {
      await session.run('train', inputs, ['loss']);
    });
  }
  process.stderr.write(`benchmarking a ${file} train step (batch ${batch} × ctx ${m.shapes.ctx}) on ${backends.join(', ')}…\n`);
  await bench.run();
  for (const d of disposers) d();

  /** The task's latency statistics; a task that errored or aborted fails the run with its reason. */
  const latency = (t: (typeof bench.tasks)[number]) => {
    const r = t.result;
    if (r.state !== 'completed') throw new Error(`benchmark "${t.name}" did not complete: ${r.state === 'errored' ? r.error.message : r.state}`);
    return r.latency;
  };
  const median = new Map(bench.tasks.map((t) => [t.name, latency(t).p50!]));
  const ref = median.get('reference');
  const timing = markdownTable(
    ['backend', 'median ms / step', 'samples', 'tokens/s', 'speed-up vs reference'],
    bench.tasks.map((t) => {
      const ms = median.get(t.name)!;
      return [t.name, ms.toFixed(1), latency(t).samplesCount, Math.round((n / ms) * 1000).toLocaleString('en-US'), ref ? `${(ref / ms).toFixed(2)}×` : '–'];
    }),
    ['left', 'right', 'right', 'right', 'right'],
  );

  const stats = programStats(m.graphs.train);
  const row = (label: string, f: (x: typeof stats.fused) => number, unit = 1) =>
    [label, (f(stats.unfused) / unit).toLocaleString('en-US', { maximumFractionDigits: 1 }), (f(stats.fused) / unit).toLocaleString('en-US', { maximumFractionDigits: 1 }), `${(f(stats.fused) / f(stats.unfused)).toFixed(3)}×`];
  const figures = markdownTable(
    ['train step', 'unfused', 'fused', 'fused / unfused'],
    [
      row('kernels', (x) => x.kernels),
      row('MB moved', (x) => x.bytesRead + x.bytesWritten, 1e6),
      row('MFLOP', (x) => x.flops, 1e6),
      row('peak buffer MB', (x) => x.peakBytes, 1e6),
    ],
    ['left', 'right', 'right', 'right'],
  );

  const report = [
    `# gpt.loom train step (batch ${batch} × ctx ${m.shapes.ctx})`,
    '',
    'Regenerate with `node --import tsx bench/train-step.ts`.',
    '',
    '## Time per step (tinybench, median)',
    '',
    timing,
    '',
    '## Fusion figures (`loom stats`)',
    '',
    figures,
    '',
  ].join('\n');
  const dir = join(import.meta.dirname, 'results');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'train-step.md'), report);
  writeFileSync(join(dir, 'train-step.svg'), barChartSvg(
    [{ label: `gpt train step (${batch} × ${m.shapes.ctx})`, values: bench.tasks.map((t) => median.get(t.name)) }],
    { title: 'gpt.loom train step', series: bench.tasks.map((t) => t.name), valueLabel: 'median ms per step (lower is better)' },
  ));
  process.stdout.write(report);
}
