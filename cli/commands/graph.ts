// loom graph: the graph IR of a method (or of the whole train step), the
// parameter count and the FLOPs per token.
import { defaultOptimizer } from '../../compiler/autodiff/optimizer.ts';
import { modelInfo } from '../../compiler/elaborate/elaborate.ts';
import { graphCost } from '../../compiler/graph/cost.ts';
import { printGraph } from '../../compiler/graph/print.ts';
import { numel, type OpAttrs } from '../../compiler/graph/types.ts';
import { compileLanguageModel, loadOrThrow } from '../../compiler/model.ts';
import { intFlag, modelFile, parseConfig, UsageError, type CliIo, type CommandSpec, type ParsedArgs } from '../args.ts';
import { batch, CTX, SET } from '../options.ts';

/** The methods a language model's graph is built for. */
const METHODS = ['forward', 'loss'] as const;

export const spec: CommandSpec = {
  name: 'graph',
  summary: "Print a language model's graph IR (the forward pass, the loss, or the whole train step), its parameter count and FLOPs per token.",
  synopsis: '<file.loom> [--method forward|loss | --train] [options]',
  positionals: [{ name: '<file.loom>', description: 'the model' }],
  options: [
    { name: 'method', type: 'option', value: 'NAME', description: 'the method whose graph to print: forward (default) or loss' },
    { name: 'train', type: 'flag', description: 'print the whole train step (forward, loss, backward, AdamW) instead' },
    batch(1, 'batch size of the loss and train-step graphs'),
    CTX,
    SET,
  ],
};

export async function run(args: ParsedArgs, io: CliIo): Promise<number> {
  const method = args.str('method') ?? 'forward';
  if (args.has('method') && args.flag('train')) throw new UsageError('--method and --train cannot be combined: --train prints the whole train step');
  const bsz = intFlag(args.str('batch'), 'batch', 1);
  const ctx = args.str('ctx') === undefined ? undefined : intFlag(args.str('ctx'), 'ctx', 1);
  const config = parseConfig(args.list('set'));
  const file = modelFile(args);
  if (!(METHODS as readonly string[]).includes(method)) {
    // Name the model's methods when the model loads; the answer is the same either way.
    let has = '';
    try {
      const info = modelInfo(loadOrThrow(file), { config });
      if (info.name) has = `; model ${info.name} has ${info.methods.map((m) => m.name).join(', ') || 'no methods'}`;
    } catch {
      // reported by the compile below if the user fixes --method
    }
    throw new UsageError(`--method must be forward or loss (the graphs of a language model), got ${JSON.stringify(method)}${has}`);
  }
  const m = compileLanguageModel(file, { config, batch: bsz, ctx, optimizer: defaultOptimizer });
  const graph = args.flag('train') ? m.graphs.train : method === 'loss' ? m.graphs.loss : m.graphs.forward;
  io.stdout.write(printGraph(graph));
  const params = m.weights.reduce((acc, w) => acc + numel(w.shape), 0);
  const forwardTokens = m.shapes.ctx; // the forward graph is compiled for B = 1, T = ctx
  const fwd = graphCost(m.graphs.forward);
  const trainCost = graphCost(m.graphs.train);
  const weightNodes = graph.nodes.filter((n) => n.op === 'param' && (n.attrs as OpAttrs['param']).role === 'weight').length;
  io.stdout.write(
    `\n# model ${m.model} (${Object.entries(m.config).map(([k, v]) => `${k}=${v}`).join(', ')})\n` +
      `# params: ${params.toLocaleString('en-US')} in ${weightNodes} tensors\n` +
      `# forward FLOPs per token: ${Math.round(fwd.flops / forwardTokens).toLocaleString('en-US')} (T = ${forwardTokens})\n` +
      `# train-step FLOPs per token: ${Math.round(trainCost.flops / (m.shapes.batch * m.shapes.ctx)).toLocaleString('en-US')} (B = ${m.shapes.batch}, T = ${m.shapes.ctx})\n`,
  );
  return 0;
}
