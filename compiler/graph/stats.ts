// Statistic outputs (compiler/elaborate/stats.ts, the `stat` builtin): a
// program output named `stat.<block path>.<name>` is a scalar the runtime
// reports (the train loop, `loom eval`) rather than a model result.
import type { Graph } from './types.ts';

export const STAT_PREFIX = 'stat.';

/** The graph's statistic outputs: output name and the label reported (the name without the prefix). */
export function statOutputs(g: Graph): { output: string; label: string }[] {
  return g.outputs.filter((o) => o.name.startsWith(STAT_PREFIX)).map((o) => ({ output: o.name, label: o.name.slice(STAT_PREFIX.length) }));
}
