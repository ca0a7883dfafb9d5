// loom graph: the graph IR of a method (or of the whole train step), the
// parameter count and the FLOPs per token.
import { parseArgs } from 'node:util';
import { buildTrainStep } from '../../compiler/autodiff/train-step.ts';
import { defaultOptimizer } from '../../compiler/autodiff/optimizer.ts';
import { graphCost } from '../../compiler/graph/cost.ts';
import { printGraph } from '../../compiler/graph/print.ts';
import { numel, type OpAttrs } from '../../compiler/graph/types.ts';
import { compileLanguageModel } from '../../runtime/model.ts';
import { intFlag, parseConfig } from '../args.ts';

export async function run(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      method: { type: 'string' },
      train: { type: 'boolean' },
      batch: { type: 'string' },
      ctx: { type: 'string' },
      set: { type: 'string', multiple: true },
    },
  });
  const file = positionals[0];
  if (!file) throw new Error('usage: loom graph <file.loom> [--method forward|loss] [--train]');
  const batch = intFlag(values.batch, 'batch', 1);
  const m = compileLanguageModel(file, {
    config: parseConfig(values.set),
    batch,
    ctx: values.ctx === undefined ? undefined : intFlag(values.ctx, 'ctx', 1),
    optimizer: defaultOptimizer,
  });
  const method = values.method ?? 'forward';
  const graph = values.train ? buildTrainStep(m.graphs.loss, defaultOptimizer) : method === 'loss' ? m.graphs.loss : m.graphs.forward;
  process.stdout.write(printGraph(graph));
  const params = m.weights.reduce((acc, w) => acc + numel(w.shape), 0);
  const forwardTokens = m.shapes.ctx; // the forward graph is compiled for B = 1, T = ctx
  const fwd = graphCost(m.graphs.forward);
  const trainCost = graphCost(m.graphs.train);
  const weightNodes = graph.nodes.filter((n) => n.op === 'param' && (n.attrs as OpAttrs['param']).role === 'weight').length;
  process.stdout.write(
    `\n# model ${m.model} (${Object.entries(m.config).map(([k, v]) => `${k}=${v}`).join(', ')})\n` +
      `# params: ${params.toLocaleString('en-US')} in ${weightNodes} tensors\n` +
      `# forward FLOPs per token: ${Math.round(fwd.flops / forwardTokens).toLocaleString('en-US')} (T = ${forwardTokens})\n` +
      `# train-step FLOPs per token: ${Math.round(trainCost.flops / (m.shapes.batch * m.shapes.ctx)).toLocaleString('en-US')} (B = ${m.shapes.batch}, T = ${m.shapes.ctx})\n`,
  );
  return 0;
}
