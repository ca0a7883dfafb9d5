// Prints how far loom's logits are from PyTorch's for every imported fixture
// checkpoint (test/fixtures/interop, scripts/interop_fixtures.py): the figures
// docs/interop.md quotes. test/io/interop.test.ts asserts the 1e-4 bar.
//   node --import tsx scripts/interop_errors.ts
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { main } from '../cli/main.ts';
import { readSafetensors, writeSafetensors } from '../runtime/safetensors.ts';

const root = path.join(import.meta.dirname, '..');
const fx = (f: string) => path.join(root, 'test', 'fixtures', 'interop', f);
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'loom-interop-'));
const quiet = { stdout: { write: () => true }, stderr: process.stderr };
const cases: [model: string, layout: string, checkpoint: string, expected: string, set: string[]][] = [
  ['gpt', 'nanogpt', 'nanogpt.safetensors', 'nanogpt', ['heads=4']],
  ['llama', 'llama2c', 'llama2c-v1.bin', 'llama2c-v1', []],
  ['llama', 'llama2c', 'llama2c-v0.bin', 'llama2c-v0', []],
  ['gqa', 'llama2c', 'llama2c-gqa-v1.bin', 'llama2c-gqa-v1', []],
  ['gqa', 'hf-llama', 'hf-llama', 'hf-llama', []],
  ['gqa', 'hf-llama', 'hf-llama', 'hf-llama', ['rope_convention=half']],
];
for (const [model, layout, checkpoint, exp, set] of cases) {
  const file = path.join(root, 'dsl-examples', `${model}.loom`);
  const ckpt = path.join(tmp, 'ckpt.safetensors'), inputs = path.join(tmp, 'inputs.safetensors'), out = path.join(tmp, 'out.safetensors');
  if (await main(['import', file, fx(checkpoint), '--from', layout, '-o', ckpt, ...set.flatMap((s) => ['--set', s])], quiet) !== 0) process.exit(1);
  const expected = readSafetensors(fx(`${exp}.expected.safetensors`)).tensors;
  const tokens = expected.get('tokens')!;
  writeSafetensors(inputs, { tokens: { dtype: 'I32', shape: tokens.shape, data: tokens.data } });
  const config = JSON.parse(readSafetensors(ckpt).metadata.config!) as Record<string, unknown>;
  if (await main(['eval', file, '--weights', ckpt, '--inputs', inputs, '--out', out, ...Object.entries(config).flatMap(([k, v]) => ['--set', `${k}=${v}`])], quiet) !== 0) process.exit(1);
  const got = readSafetensors(out).tensors.get('output')!.data, want = expected.get('logits')!.data;
  let ref = 0, err = 0;
  for (let i = 0; i < want.length; i++) {
    ref = Math.max(ref, Math.abs(want[i]!));
    err = Math.max(err, Math.abs(got[i]! - want[i]!));
  }
  console.log(`${checkpoint} --from ${layout} → ${model}.loom${set.length ? ` --set ${set.join(' ')}` : ''}: max |loom − torch| ${err.toExponential(2)}, max |torch| ${ref.toFixed(2)}, relative ${(err / ref).toExponential(2)}`);
}
fs.rmSync(tmp, { recursive: true });
