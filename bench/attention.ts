// Fused vs op-by-op attention: `attention(q, k, v)` (one kernel, online
// softmax, no score matrix) against `attention_reference` (the same formula
// written op by op: the T×T scores, mask, softmax and weighted sum, fused by
// the generic templates) — both from compiler/std, causal, 4 heads of 32,
// batch 1 — for the forward pass and for forward + backward, on each
// backend, at T = 256 and 1024. Medians from one tinybench run per backend,
// the variants interleaved by tinybench's task order; peak buffer memory and
// kernel counts from the compiled programs. Writes bench/results/attention.md.
//
//   node --import tsx bench/attention.ts [--backends js,webgpu] [--sizes 256,1024] [--time-ms N]
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { Bench } from 'tinybench';
import { buildLossAndGrads } from '../compiler/autodiff/train-step.ts';
import { loadSource } from '../compiler/elaborate/load.ts';
import type { Graph } from '../compiler/graph/types.ts';
import { elaborateOrThrow } from '../compiler/model.ts';
import { compileGraph } from '../compiler/program.ts';
import { targetSpec } from '../compiler/target.ts';
import { loadBackend } from '../runtime/backend.ts';
import { markdownTable } from '../runtime/plot.ts';

const { values } = parseArgs({
  options: {
    backends: { type: 'string', default: 'js,webgpu' },
    sizes: { type: 'string', default: '256,1024' },
    'time-ms': { type: 'string', default: '3000' },
  },
});

const HEADS = 4;
const HEAD_DIM = 32;
const source = (fn: string) => `import std.functional
model Bench(heads: int = ${HEADS}, hd: int = ${HEAD_DIM}) {
  param w: [hd] = ones
  forward(q: [B, H, T, D], k: [B, H, T, D], v: [B, H, T, D]) -> [B, H, T, D] = ${fn}(q * w, k, v)
  loss(q: [B, H, T, D], k: [B, H, T, D], v: [B, H, T, D]) = sum(${fn}(q * w, k, v) ** 2)
}`;

function graphs(fn: string, T: number): { forward: Graph; backward: Graph } {
  const program = loadSource(source(fn), `bench-${fn}.loom`);
  const x = { shape: [1, HEADS, T, HEAD_DIM], dtype: 'f32' as const };
  const args = { q: x, k: x, v: x };
  return {
    forward: elaborateOrThrow(program, 'forward', args, {}).graph,
    backward: buildLossAndGrads(elaborateOrThrow(program, 'loss', args, {}).graph),
  };
}

const backends = values.backends!.split(',');
const sizes = values.sizes!.split(',').map(Number);
const variants = [['fused', 'attention'], ['op by op', 'attention_reference']] as const;
const rows: (string | number)[][] = [];
const figures: (string | number)[][] = [];

for (const backendName of backends) {
  let backend;
  try {
    backend = await loadBackend(backendName);
  } catch (e) {
    process.stderr.write(`skipping ${backendName}: ${(e as Error).message}\n`);
    continue;
  }
  const bench = new Bench({ time: Number(values['time-ms']), warmup: true, warmupIterations: 1 });
  const disposers: (() => void)[] = [];
  for (const T of sizes) {
    const n = HEADS * T * HEAD_DIM;
    const input = (seed: number) => Float32Array.from({ length: n }, (_, i) => Math.sin(i * 0.37 + seed));
    const inputs = new Map([['q', input(1)], ['k', input(2)], ['v', input(3)]]);
    for (const [variant, fn] of variants) {
      const g = graphs(fn, T);
      for (const [pass, graph] of [['forward', g.forward], ['forward + backward', g.backward]] as const) {
        try {
          const session = await backend.createSession({ p: graph }, new Map([['w', new Float32Array(HEAD_DIM).fill(1)]]));
          await session.run('p', inputs); // compile outside the timing
          disposers.push(() => session.dispose());
          bench.add(`${backendName}|${T}|${pass}|${variant}`, async () => { await session.run('p', inputs); });
          const { lowered } = compileGraph(graph, { target: targetSpec(backendName) });
          const own = lowered.buffers.filter((b) => b.slot === undefined).reduce((acc, b) => acc + b.length * 4, 0);
          figures.push([backendName, T, pass, variant, lowered.kernels.length, ((own + lowered.memory.peakBytes) / 2 ** 20).toFixed(2)]);
        } catch (e) {
          process.stderr.write(`${backendName} T=${T} ${pass} ${variant}: ${(e as Error).message.split('\n')[0]}\n`);
        }
      }
    }
  }
  process.stderr.write(`benchmarking attention on ${backendName}…\n`);
  await bench.run();
  for (const d of disposers) d();
  const median = new Map(bench.tasks.map((t) => [t.name, t.result.state === 'completed' ? t.result.latency.p50! : NaN]));
  for (const T of sizes) {
    for (const pass of ['forward', 'forward + backward']) {
      const f = median.get(`${backendName}|${T}|${pass}|fused`);
      const u = median.get(`${backendName}|${T}|${pass}|op by op`);
      rows.push([backendName, T, pass, f?.toFixed(2) ?? '–', u?.toFixed(2) ?? '–', f && u ? `${(u / f).toFixed(2)}×` : '–']);
    }
  }
}

const report = [
  `# Attention: fused vs op by op (causal, batch 1, ${HEADS} heads × ${HEAD_DIM})`,
  '',
  'Regenerate with `node --import tsx bench/attention.ts`. Medians of tinybench samples from one run per backend.',
  '',
  markdownTable(['backend', 'T', 'pass', 'fused ms', 'op-by-op ms', 'speed-up'], rows, ['left', 'right', 'left', 'right', 'right', 'right']),
  '',
  '## Compiled programs',
  '',
  markdownTable(['backend', 'T', 'pass', 'variant', 'kernels', 'buffer MiB (own + pooled peak)'], figures, ['left', 'right', 'left', 'left', 'right', 'right']),
  '',
].join('\n');
const dir = join(import.meta.dirname, 'results');
mkdirSync(dir, { recursive: true });
writeFileSync(join(dir, 'attention.md'), report);
process.stdout.write(report);
