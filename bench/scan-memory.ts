// Scan backprop storing every step's state against recomputing it from
// checkpoints (docs/scan.md, "Store vs. recompute"): one train step of
// dsl-examples/mamba.loom at its default width, batch 1, ctx 1024 — the
// planned intermediate bytes (`loom stats`' peak buffer bytes) and the time
// per step, the two programs interleaved in one process (bench/interleave.ts)
// so the shared machine's noise hits both alike. Both start from the same
// weights; their first losses must agree (checked first).
//
//   node --import tsx bench/scan-memory.ts [--backend js] [--ctx 1024] [--batch 1] [--budget-ms N]
// Writes bench/results/scan-memory-mamba-<backend>.md.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { defaultOptimizer } from '../compiler/autodiff/optimizer.ts';
import type { OpAttrs } from '../compiler/graph/types.ts';
import { compileLanguageModel } from '../compiler/model.ts';
import { programStats } from '../compiler/stats.ts';
import { loadBackend, type Session } from '../runtime/backend.ts';
import { markdownTable } from '../runtime/plot.ts';
import { initialState } from '../runtime/train.ts';
import { runInterleaved, speedRatio, summarize } from './interleave.ts';

const { values } = parseArgs({
  options: {
    backend: { type: 'string', default: 'js' },
    ctx: { type: 'string', default: '1024' },
    batch: { type: 'string', default: '1' },
    'budget-ms': { type: 'string', default: '20000' },
  },
});
const ctx = Number(values.ctx);
const batch = Number(values.batch);
const root = join(import.meta.dirname, '..');
const backend = await loadBackend(values.backend!);
const n = batch * ctx;
const inputs = new Map([
  ['tokens', Float32Array.from({ length: n }, (_, i) => (i * 37 + 5) % 256)],
  ['targets', Float32Array.from({ length: n }, (_, i) => (i * 11 + 3) % 256)],
  ['step', Float32Array.of(10)],
]);

interface Program {
  mode: 'store' | 'recompute';
  stats: ReturnType<typeof programStats>['fused'];
  segment: number | undefined;
  session: Session;
  firstLoss: number;
}
const modes = ['store', 'recompute'] as const;
const programs: Program[] = [];
for (const mode of modes) {
  const m = compileLanguageModel(join(root, 'dsl-examples', 'mamba.loom'), { batch, ctx, optimizer: defaultOptimizer, scanMemory: { mode } });
  const stats = programStats(m.graphs.train).fused;
  const segment = m.graphs.train.nodes.map((x) => (x.op === 'scan' ? (x.attrs as OpAttrs['scan']).checkpoint : undefined)).find((x) => x !== undefined);
  const session = await backend.createSession({ train: m.graphs.train }, initialState(m, 1));
  const firstLoss = (await session.run('train', inputs, ['loss'])).get('loss')![0]!;
  programs.push({ mode, stats, segment, session, firstLoss });
}
const [store, recompute] = programs as [Program, Program];
if (store.firstLoss !== recompute.firstLoss) throw new Error(`store and recompute losses differ: ${store.firstLoss} vs ${recompute.firstLoss}`);

const timed = (p: Program) => async () => {
  const s = performance.now();
  await p.session.run('train', inputs, ['loss']);
  return performance.now() - s;
};
const run = await runInterleaved(
  programs.map((p) => ({ name: p.mode, step: timed(p) })),
  { budgetMs: Number(values['budget-ms']), warmupSteps: 2, minRounds: 5, onRound: (r) => process.stderr.write(`round ${r + 1}\r`) },
);
for (const p of programs) p.session.dispose();
const summary = summarize(run, n);
// Speed of store ÷ speed of recompute = recompute's time ÷ store's.
const ratio = speedRatio(run, 0, 1);
const mib = (bytes: number) => (bytes / 2 ** 20).toFixed(2);
const table = markdownTable(
  ['scan backprop', 'segment', 'kernels', 'peak intermediate MiB', 'GFLOP', 'median ms / step', 'p25–p75 ms', 'samples'],
  programs.map((p, i) => [
    p.mode, p.segment === undefined ? '–' : String(p.segment), String(p.stats.kernels), mib(p.stats.peakBytes), (p.stats.flops / 1e9).toFixed(3),
    summary[i]!.medianMs.toFixed(0), `${summary[i]!.p25Ms.toFixed(0)}–${summary[i]!.p75Ms.toFixed(0)}`, String(summary[i]!.samples),
  ]),
  ['left', 'right', 'right', 'right', 'right', 'right', 'right', 'right'],
);
const md = `# Scan backprop: store vs recompute (mamba, ${values.backend}, batch ${batch} × ctx ${ctx})\n\n` +
  `dsl-examples/mamba.loom at its default width, one train step; first-step losses equal (${store.firstLoss.toFixed(6)}). ` +
  `Interleaved over ${run.rounds.length} rounds: \`node --import tsx bench/scan-memory.ts --backend ${values.backend} --ctx ${ctx} --batch ${batch}\`.\n\n` +
  `${table}\n\nrecompute ÷ store time: ${ratio.ofMedians.toFixed(2)}× (of medians), ${ratio.pairedMedian.toFixed(2)}× (paired per round); ` +
  `peak intermediate bytes ${(recompute.stats.peakBytes / store.stats.peakBytes).toFixed(2)}×.\n`;
const dir = join(root, 'bench', 'results');
mkdirSync(dir, { recursive: true });
writeFileSync(join(dir, `scan-memory-mamba-${values.backend}.md`), md);
process.stdout.write(md);
