// The arena's report: per task, a table of accuracy by model and context
// length (with parameters and training cost), and two SVG charts — accuracy
// against sequence length, and accuracy against training FLOPs.
import { lossCurveSvg, markdownTable, type Series } from '../plot.ts';
import type { ArenaOptions, ArenaRun } from './arena.ts';
import type { TaskName } from './tasks.ts';

const TASK_TITLES: Readonly<Record<TaskName, string>> = {
  mqar: 'multi-query associative recall',
  copy: 'copying',
  regular: 'in-context regular language',
};

const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;
const gflop = (f: number): string => (f / 1e9).toFixed(f < 1e10 ? 2 : 1);

export interface ArenaReport {
  markdown: string;
  /** File name → SVG text. */
  charts: Map<string, string>;
}

export function arenaReport(runs: readonly ArenaRun[], o: Pick<ArenaOptions, 'params' | 'steps' | 'batch' | 'evalBatches' | 'seed' | 'backend' | 'threads'>, conditions: string[]): ArenaReport {
  const tasks = [...new Set(runs.map((r) => r.task))];
  const models = [...new Set(runs.map((r) => r.model))];
  const lengths = [...new Set(runs.map((r) => r.ctx))].sort((a, b) => a - b);
  const find = (model: string, task: TaskName, ctx: number) => runs.find((r) => r.model === model && r.task === task && r.ctx === ctx);
  const lines: string[] = [
    '# Architecture arena',
    '',
    `Every model sized to about ${o.params.toLocaleString('en-US')} weights, trained from scratch for ${o.steps} steps of batch ${o.batch} on each task at each context length, then scored on ${o.evalBatches} held-out batches (seed ${o.seed}, backend ${o.backend}${(o.threads ?? 1) > 1 ? `, ${o.threads} threads` : ''}). Accuracy: the share of scored positions whose argmax prediction is right. Method and tasks: [docs/arena.md](../../docs/arena.md).`,
    '',
  ];
  const charts = new Map<string, string>();
  for (const task of tasks) {
    lines.push(`## ${TASK_TITLES[task]} (\`${task}\`)`, '');
    const header = ['model', 'weights', ...lengths.map((t) => `ctx ${t}`), ...lengths.map((t) => `GFLOP ${t}`), ...lengths.map((t) => `ms/step ${t}`)];
    const rows = models.map((m) => {
      const at = lengths.map((t) => find(m, task, t));
      const first = at.find((r) => r !== undefined);
      return [
        m,
        first ? first.params.toLocaleString('en-US') : '–',
        ...at.map((r) => (r ? `${pct(r.accuracy)}${r.diverged ? ' (diverged)' : ''}` : '–')),
        ...at.map((r) => (r ? gflop(r.trainFlops) : '–')),
        ...at.map((r) => (r ? r.msPerStep.toFixed(1) : '–')),
      ];
    });
    lines.push(markdownTable(header, rows, ['left', ...header.slice(1).map(() => 'right' as const)]), '');
    const byLength: Series[] = models.map((m) => ({ name: m, points: lengths.flatMap((t) => { const r = find(m, task, t); return r ? [[t, r.accuracy * 100] as const] : []; }) }));
    const byCost: Series[] = models.map((m) => ({ name: m, points: lengths.flatMap((t) => { const r = find(m, task, t); return r ? [[r.trainFlops / 1e9, r.accuracy * 100] as const] : []; }) }));
    charts.set(`arena-${task}-length.svg`, lossCurveSvg(byLength, { title: `${TASK_TITLES[task]}: accuracy by context length`, xLabel: 'context length (tokens)', yLabel: 'accuracy (%)' }));
    charts.set(`arena-${task}-cost.svg`, lossCurveSvg(byCost, { title: `${TASK_TITLES[task]}: accuracy by training cost`, xLabel: 'training GFLOP (cost model)', yLabel: 'accuracy (%)' }));
    lines.push(`![accuracy by context length](arena-${task}-length.svg) ![accuracy by training cost](arena-${task}-cost.svg)`, '');
  }
  lines.push('## Conditions', '', ...conditions.map((c) => `- ${c}`), '');
  return { markdown: lines.join('\n'), charts };
}
