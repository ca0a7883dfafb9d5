// loom generate: sample text from a trained checkpoint.
import { parseArgs } from 'node:util';
import { defaultOptimizer } from '../../compiler/autodiff/optimizer.ts';
import { DEFAULT_BACKEND, loadBackend } from '../../runtime/backend.ts';
import { checkCompatible, loadCheckpoint } from '../../runtime/checkpoint.ts';
import { generate } from '../../runtime/generate.ts';
import { compileLanguageModel, type ConfigValue } from '../../runtime/model.ts';
import { intFlag, numFlag, parseConfig, requireFlag } from '../args.ts';

export async function run(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      ckpt: { type: 'string' },
      prompt: { type: 'string' },
      length: { type: 'string' },
      temperature: { type: 'string' },
      'top-k': { type: 'string' },
      seed: { type: 'string' },
      backend: { type: 'string' },
      set: { type: 'string', multiple: true },
    },
  });
  const file = positionals[0];
  if (!file) throw new Error('usage: loom generate <file.loom> --ckpt F --prompt S');
  const ckpt = loadCheckpoint(requireFlag(values.ckpt, 'ckpt', 'generate'));
  const prompt = requireFlag(values.prompt, 'prompt', 'generate');
  // The checkpoint remembers the configuration it was trained with; --set overrides it.
  const config: Record<string, ConfigValue> = { ...((ckpt.config as Record<string, ConfigValue>) ?? {}), ...parseConfig(values.set) };
  const m = compileLanguageModel(file, { config, batch: 1, optimizer: defaultOptimizer });
  checkCompatible(ckpt, new Map(m.weights.map((w) => [w.name, [...w.shape]])));
  const state = new Map([...ckpt.params].map(([name, t]) => [name, t.data]));
  const backend = await loadBackend(values.backend ?? DEFAULT_BACKEND);
  const session = await backend.createSession({ forward: m.graphs.forward }, state);
  process.stdout.write(prompt);
  await generate(session, 'forward', [...Buffer.from(prompt, 'utf8')], {
    length: intFlag(values.length, 'length', 200),
    temperature: numFlag(values.temperature, 'temperature', 0.8),
    topK: intFlag(values['top-k'], 'top-k', 40),
    seed: intFlag(values.seed, 'seed', 7, 0),
    ctx: m.shapes.ctx,
    vocab: Number(m.config.vocab ?? 256),
    onToken: (t) => process.stdout.write(Buffer.from([t])),
  });
  process.stdout.write('\n');
  session.dispose();
  return 0;
}
