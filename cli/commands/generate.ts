// loom generate: sample text from a trained checkpoint.
import { defaultOptimizer } from '../../compiler/autodiff/optimizer.ts';
import { loadBackend } from '../../runtime/backend.ts';
import { checkCompatible, loadCheckpoint } from '../../runtime/checkpoint.ts';
import { generate } from '../../runtime/generate.ts';
import { compileLanguageModel, type ConfigValue } from '../../compiler/model.ts';
import { assertFinite } from '../../runtime/finite.ts';
import {
  inputFile, intFlag, MAX_SAFETENSORS_BYTES, modelFile, numFlag, parseConfig, requireFlag, UsageError,
  type CliIo, type CommandSpec, type ParsedArgs,
} from '../args.ts';
import { ALLOW_NONFINITE, BACKEND, backendFlag, NONFINITE_HINT, SET } from '../options.ts';

export const spec: CommandSpec = {
  name: 'generate',
  summary: 'Sample text from a trained checkpoint, byte by byte, streaming it to stdout.',
  synopsis: '<file.loom> --ckpt FILE --prompt TEXT [options]',
  positionals: [{ name: '<file.loom>', description: 'the model the checkpoint was trained from' }],
  options: [
    { name: 'ckpt', type: 'option', value: 'FILE', description: 'the checkpoint (safetensors) (required)' },
    { name: 'prompt', type: 'option', value: 'TEXT', description: 'the text to continue (required; --prompt=--x for text starting with --)' },
    { name: 'length', type: 'option', value: 'N', description: 'how many bytes to generate (default 200)' },
    { name: 'temperature', type: 'option', value: 'X', description: 'sampling temperature, 0 = greedy (default 0.8)' },
    { name: 'top-k', type: 'option', value: 'N', description: 'sample among the N most likely bytes (default 40)' },
    { name: 'seed', type: 'option', value: 'N', description: 'random seed, 0 to 4294967295 (default 7)' },
    BACKEND,
    ALLOW_NONFINITE,
    { ...SET, description: 'override a hyperparameter the checkpoint was trained with' },
  ],
};

export async function run(args: ParsedArgs, io: CliIo): Promise<number> {
  // Every argument and path is checked before any work.
  const ckptFile = inputFile(requireFlag(args.str('ckpt'), 'ckpt'), 'checkpoint', MAX_SAFETENSORS_BYTES);
  const prompt = args.str('prompt');
  if (prompt === undefined) throw new UsageError('--prompt is required', { hint: true });
  if (prompt === '') throw new UsageError('--prompt must not be empty: generation continues a text of at least one byte');
  const options = {
    length: intFlag(args.str('length'), 'length', 200),
    temperature: numFlag(args.str('temperature'), 'temperature', 0.8),
    topK: intFlag(args.str('top-k'), 'top-k', 40),
    seed: intFlag(args.str('seed'), 'seed', 7, 0, 2 ** 32 - 1),
  };
  const backendName = backendFlag(args);
  const overrides = parseConfig(args.list('set'));
  const file = modelFile(args);

  const ckpt = loadCheckpoint(ckptFile);
  if (!args.flag('allow-nonfinite')) assertFinite(ckpt.params, ckptFile, { hint: NONFINITE_HINT });
  // The checkpoint remembers the configuration it was trained with; --set overrides it.
  const config: Record<string, ConfigValue> = { ...((ckpt.config as Record<string, ConfigValue>) ?? {}), ...overrides };
  const m = compileLanguageModel(file, { config, batch: 1, optimizer: defaultOptimizer });
  checkCompatible(ckpt, new Map(m.weights.map((w) => [w.name, [...w.shape]])));
  const state = new Map([...ckpt.params].map(([name, t]) => [name, t.data]));
  const backend = await loadBackend(backendName);
  const session = await backend.createSession({ forward: m.graphs.forward }, state);
  try {
    io.stdout.write(prompt);
    await generate(session, 'forward', [...Buffer.from(prompt, 'utf8')], {
      ...options,
      ctx: m.shapes.ctx,
      vocab: Number(m.config.vocab ?? 256),
      onToken: (t) => io.stdout.write(Buffer.from([t])),
    });
    io.stdout.write('\n');
  } finally {
    session.dispose();
  }
  return 0;
}
