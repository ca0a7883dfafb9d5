// loom import: another project's checkpoint (nanoGPT, Hugging Face GPT-2 or
// Llama, llama2.c) → a loom checkpoint for a .loom model, through a layout
// table (compiler/io/layouts/*.json, or a table file of your own). The result
// is an ordinary loom checkpoint: `loom generate`, `eval`, `train --resume`
// and `build --weights` read it, with the configuration it records.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { saveCheckpoint } from '../../runtime/checkpoint.ts';
import { assertFinite } from '../../runtime/finite.ts';
import { builtinLayouts, findLayout, loadLayout } from '../../compiler/io/import-layout.ts';
import { importCheckpoint } from '../../compiler/io/import.ts';
import { inputFile, MAX_SAFETENSORS_BYTES, modelFile, outputFile, parseConfig, requireFlag, UsageError, type CliIo, type CommandSpec, type ParsedArgs } from '../args.ts';
import { ALLOW_NONFINITE, NONFINITE_HINT, SET } from '../options.ts';

export const spec: CommandSpec = {
  name: 'import',
  summary: "Convert another project's checkpoint (nanoGPT, GPT-2, llama2.c, Hugging Face Llama) into a loom checkpoint for a model.",
  synopsis: '<file.loom> <checkpoint> --from LAYOUT -o FILE [options]',
  positionals: [
    { name: '<file.loom>', description: 'the model the weights are for' },
    { name: '<checkpoint>', description: 'safetensors file, Hugging Face model directory, or llama2.c model.bin' },
  ],
  options: [
    { name: 'from', type: 'option', value: 'LAYOUT', description: `the checkpoint's layout: ${builtinLayouts().join(', ')}, a table <model>.LAYOUT.json beside the .loom file, or a layout table FILE.json (required)` },
    { name: 'out', short: 'o', type: 'option', value: 'FILE', description: 'where to write the loom checkpoint (safetensors) (required)' },
    ALLOW_NONFINITE,
    { ...SET, description: "set a hyperparameter; wins over what the checkpoint records (e.g. --set heads=12 for a checkpoint that does not say)" },
  ],
  notes: 'Hyperparameters the checkpoint records (llama2.c\'s header, config.json beside a Hugging Face file, tensor shapes) configure the model; '
    + 'every param must be found with its shape and every tensor of the checkpoint used, or nothing is written. '
    + 'PyTorch pickles (.pt) are not read: save the state_dict with safetensors first (the error says how). docs/interop.md',
};

export async function run(args: ParsedArgs, io: CliIo): Promise<number> {
  const file = modelFile(args);
  const checkpoint = args.positionals[1]!;
  if (!fs.existsSync(checkpoint)) throw new UsageError(`checkpoint ${checkpoint} does not exist`);
  if (!fs.statSync(checkpoint).isDirectory()) inputFile(checkpoint, 'checkpoint', MAX_SAFETENSORS_BYTES);
  const layoutName = requireFlag(args.str('from'), 'from');
  const layoutFile = findLayout(layoutName, file);
  if (layoutFile === undefined) {
    const beside = path.join(path.dirname(file), `${path.basename(file, '.loom')}.${layoutName}.json`);
    throw new UsageError(`--from: unknown layout "${layoutName}" (built in: ${builtinLayouts().join(', ')}; no table ${beside} beside the model; or a layout table FILE.json)`);
  }
  inputFile(layoutFile, 'layout table', 16 * 2 ** 20);
  const outFile = outputFile(requireFlag(args.str('out'), 'out'), 'output file');
  const overrides = parseConfig(args.list('set'));

  const layout = loadLayout(layoutFile);
  const r = importCheckpoint(file, layout, checkpoint, overrides);
  if (!args.flag('allow-nonfinite')) assertFinite(r.params, checkpoint, { hint: NONFINITE_HINT });
  fs.mkdirSync(path.dirname(outFile), { recursive: true }); // outputFile checked it can be created
  saveCheckpoint(outFile, { params: r.params, optimizerState: new Map(), step: 0, config: r.config, modelFile: file });
  for (const w of r.warnings) io.stderr.write(`loom import: warning: ${w}\n`);
  const values = [...r.params.values()].reduce((n, t) => n + t.data.length, 0);
  io.stdout.write(`${checkpoint} (${r.format}, layout ${layout.layout}): ${r.counts.foreign} tensors`
    + `${r.counts.tied ? `, ${r.counts.tied} tied checked` : ''}${r.counts.ignored ? `, ${r.counts.ignored} ignored` : ''}\n`);
  if (r.derived.length) io.stdout.write(`from the checkpoint: ${r.derived.join(', ')}\n`);
  io.stdout.write(`wrote ${r.params.size} params (${values.toLocaleString('en-US')} values) of ${r.model} to ${outFile}\n`);
  io.stdout.write(`config: ${Object.entries(r.config).map(([k, v]) => `${k}=${v}`).join(' ')}\n`);
  return 0;
}
