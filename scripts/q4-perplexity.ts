// Validation perplexity of gpt-style checkpoints (f32 and the f32 weights a
// q4_0 file stands for, from `loom quantize --dequantized`): mean next-byte
// cross-entropy over consecutive ctx-long windows of the validation split
// (the last 10% of the Moby-Dick corpus, as `loom train` uses), through the
// model's loss method on the js backend.
//   npx tsx scripts/q4-perplexity.ts dsl-examples/gpt.loom A.safetensors [B.safetensors …]
import { elaborateOrThrow, loadOrThrow } from '../compiler/model.ts';
import { loadBackend } from '../runtime/backend.ts';
import { loadMobyDick, splitTrainVal } from '../runtime/data.ts';
import { readSafetensors } from '../runtime/safetensors.ts';

const [file, ...ckpts] = process.argv.slice(2);
if (!file || ckpts.length === 0) throw new Error('usage: q4-perplexity.ts <file.loom> CKPT...');
const { val } = splitTrainVal(loadMobyDick());
const windows = 64;
for (const ckpt of ckpts) {
  const st = readSafetensors(ckpt);
  const config = JSON.parse(st.metadata.config ?? '{}');
  const ctx = config.ctx as number;
  const type = { shape: [windows, ctx], dtype: 'i32' as const };
  const g = elaborateOrThrow(loadOrThrow(file), 'loss', { tokens: type, targets: type }, config).graph;
  const state = new Map([...st.tensors].filter(([n]) => !n.startsWith('optim.')).map(([n, t]) => [n, Float32Array.from(t.data as ArrayLike<number>)]));
  const session = await (await loadBackend('js')).createSession({ g }, state);
  let total = 0, runs = 0;
  for (let at = 0; at + windows * (ctx + 1) <= val.length; at += windows * (ctx + 1)) {
    const tokens = new Float32Array(windows * ctx), targets = new Float32Array(windows * ctx);
    for (let w = 0; w < windows; w++) for (let t = 0; t < ctx; t++) {
      tokens[w * ctx + t] = val[at + w * (ctx + 1) + t]!;
      targets[w * ctx + t] = val[at + w * (ctx + 1) + t + 1]!;
    }
    const out = await session.run('g', new Map([['tokens', tokens], ['targets', targets]]));
    total += [...out.values()][0]![0]!;
    runs++;
  }
  session.dispose();
  const loss = total / runs;
  console.log(`${ckpt}: ${runs * windows * ctx} validation bytes, loss ${loss.toFixed(4)}, perplexity ${Math.exp(loss).toFixed(4)}`);
}
