// Statistics a model marks with `stat(x, name)` (compiler/elaborate/stats.ts):
// extra scalar outputs `stat.<label>` of the train step, the loss and the
// forward pass. The train loop averages them over the steps between two
// validations and over the validation batches, and reports both.
import type { Graph } from '../compiler/graph/types.ts';
import { statOutputs } from '../compiler/graph/stats.ts';
import { markdownTable } from './plot.ts';

/** label → value (e.g. "first.lif.spike_rate" → 0.137). */
export type Stats = Record<string, number>;

/** Running means of a graph's statistic outputs over the runs added since the last `take`. */
export class StatMeans {
  readonly outputs: { output: string; label: string }[];
  private sums: number[];
  private runs = 0;

  constructor(g: Graph) {
    this.outputs = statOutputs(g);
    this.sums = this.outputs.map(() => 0);
  }

  /** Adds one run's outputs (each statistic a scalar). */
  add(out: ReadonlyMap<string, Float32Array>): void {
    this.outputs.forEach((s, i) => {
      const v = out.get(s.output);
      if (!v) throw new Error(`statistic ${s.output} was not among the outputs read back`);
      this.sums[i]! += v[0]!;
    });
    this.runs++;
  }

  /** The means since the last take (undefined when nothing was added or nothing is marked), and a fresh start. */
  take(): Stats | undefined {
    if (this.runs === 0 || this.outputs.length === 0) return undefined;
    const r: Stats = {};
    this.outputs.forEach((s, i) => (r[s.label] = this.sums[i]! / this.runs));
    this.sums = this.outputs.map(() => 0);
    this.runs = 0;
    return r;
  }
}

/** "first.lif.spike_rate 0.1370, rest.0.lif.spike_rate 0.0912". */
export function formatStats(s: Stats): string {
  return Object.entries(s).map(([k, v]) => `${k} ${v.toFixed(4)}`).join(', ');
}

/** A Markdown table of each statistic at the first and last validation and over the last training interval. */
export function statsTable(first: Stats | undefined, last: Stats | undefined, train: Stats | undefined): string {
  const labels = Object.keys(last ?? first ?? train ?? {});
  const f = (s: Stats | undefined, k: string) => (s?.[k] === undefined ? '—' : s[k]!.toFixed(4));
  return markdownTable(['statistic', 'initial (val)', 'final (val)', 'final (train, last interval)'], labels.map((k) => [k, f(first, k), f(last, k), f(train, k)]));
}
