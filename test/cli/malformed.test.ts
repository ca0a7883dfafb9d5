// A corpus of malformed loom invocations, each with its exit code and message.
// Exit 2: the command line is wrong (nothing was done); exit 1: a file's
// contents or the work failed (docs/cli.md). Runs in-process (loomIn): no
// node start-up per case.
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readSafetensors, writeSafetensors } from '../../runtime/safetensors.ts';
import { gptFile as G, loomIn, root, tempDir } from './helpers.ts';

const D = tempDir();
afterAll(() => fs.rmSync(D, { recursive: true, force: true }));
const at = (name: string) => path.join(D, name);

// Inputs.
const fixtures = path.join(root, 'test', 'fixtures', 'parity', 'gpt');
const W = path.join(fixtures, 'weights.safetensors');
const I = path.join(fixtures, 'inputs.safetensors');
const small = ['--set', 'ctx=16', '--set', 'dim=32'];
const corpus = at('corpus.txt');
fs.writeFileSync(corpus, 'the quick brown fox jumps over the lazy dog. '.repeat(50));
const fifo = at('fifo');
execFileSync('mkfifo', [fifo]);
const binary = at('binary.loom');
fs.writeFileSync(binary, Buffer.concat([Buffer.from('model M() {\n'), Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x00, 0x01])]));
const latin1 = at('latin1.loom');
fs.writeFileSync(latin1, Buffer.from('# caf\xe9\nmodel M() {}\n', 'latin1'));
const huge = at('huge.loom');
{
  const fd = fs.openSync(huge, 'w');
  fs.ftruncateSync(fd, 17 * 2 ** 20); // sparse; refused from its size, never read
  fs.closeSync(fd);
}
const aFile = at('a-file');
fs.writeFileSync(aFile, 'x');
// Weights with a NaN, from the parity fixture.
const nanWeights = at('nan.safetensors');
{
  const st = readSafetensors(W);
  const t = st.tensors.get('ln_f.g')!;
  const data = Float32Array.from(t.data as Float32Array);
  data[5] = NaN;
  writeSafetensors(nanWeights, Object.fromEntries([...st.tensors].map(([n, x]) => [n, { dtype: 'F32' as const, shape: x.shape, data: n === 'ln_f.g' ? data : x.data }])));
}
const truncated = at('truncated.safetensors');
fs.writeFileSync(truncated, fs.readFileSync(W).subarray(0, 1000));
const atStep5 = at('step5.safetensors');
writeSafetensors(atStep5, { 'ln_f.g': { dtype: 'F32', shape: [2], data: [1, 1] } }, { format: 'loom-checkpoint/1', step: '5' });
const out = at('out.safetensors');
const bundle = at('bundle');

/** [args, exit code, expected stderr: exact first line, or an exact substring when it starts with "…"]. */
type Case = [string[], 1 | 2, string];
const cases: Case[] = [
  // the command itself
  [[], 2, 'loom — a declarative model-graph compiler'],
  [['nosuch'], 2, 'loom: unknown command "nosuch"; the commands are check, graph, stats, train, generate, import, quantize, eval, compile, build, serve, kernels, bench, arena (\'loom --help\' describes them)'],
  [['help', 'nosuch'], 2, 'loom: unknown command "nosuch"; the commands are check, graph, stats, train, generate, import, quantize, eval, compile, build, serve, kernels, bench, arena'],
  [['__proto__'], 2, 'loom: unknown command "__proto__"; the commands are check, graph, stats, train, generate, import, quantize, eval, compile, build, serve, kernels, bench, arena (\'loom --help\' describes them)'],
  // arguments and options
  [['check'], 2, 'loom check: missing <file.loom>'],
  [['check', G, 'extra'], 2, 'loom check: unexpected argument "extra" (loom check takes one <file.loom>)'],
  [['check', '--verbose', G], 2, 'loom check: unknown option --verbose'],
  [['graph', G, '--metod', 'loss'], 2, 'loom graph: unknown option --metod (did you mean --method?)'],
  [['kernels', G, '-x'], 2, 'loom kernels: unknown option -x'],
  [['graph', G, '--train=yes'], 2, 'loom graph: --train is a flag and takes no value, got "--train=yes"'],
  [['graph', G, '--set'], 2, 'loom graph: --set needs a value (NAME=VALUE)'],
  [['train', G, '--steps'], 2, 'loom train: --steps needs a value (N)'],
  [['train', G, '--out', '--steps', '5'], 2, 'loom train: --out needs a value (FILE)'],
  // model files
  [['check', 'nope/missing.loom'], 2, 'loom check: model source nope/missing.loom does not exist'],
  [['check', D], 2, `loom check: model source ${D} is a directory, not a file`],
  [['check', '/dev/zero'], 2, 'loom check: model source /dev/zero is not a regular file (a FIFO, socket or device cannot be read as one)'],
  [['graph', fifo], 2, `loom graph: model source ${fifo} is not a regular file (a FIFO, socket or device cannot be read as one)`],
  [['check', huge], 2, `loom check: model source ${huge} is 17.0 MiB; the limit is 16.0 MiB`],
  // a binary model is one diagnostic from the loader, not thousands
  [['check', binary], 1, `${binary}:2:6: error: not a text file (byte 0x00 at 2:6 is a NUL byte)`],
  [['stats', latin1], 1, `${latin1}:1:6: error: not a text file (byte 0xe9 at 1:6 is not valid UTF-8)`],
  // values
  [['graph', G, '--method', 'nosuch'], 2, 'loom graph: --method must be forward or loss (the graphs of a language model), got "nosuch"; model GPT has forward, loss'],
  [['graph', G, '--method', 'loss', '--train'], 2, 'loom graph: --method and --train cannot be combined: --train prints the whole train step'],
  [['graph', G, '--batch', '0'], 2, 'loom graph: --batch must be a positive integer, got 0'],
  [['graph', G, '--ctx', 'abc'], 2, 'loom graph: --ctx must be a positive integer, got abc'],
  [['graph', G, '--set', 'dim'], 2, 'loom graph: --set expects name=value, got "dim"'],
  [['graph', G, '--set', '1x=3'], 2, 'loom graph: --set 1x=3: "1x" is not a hyperparameter name'],
  [['stats', G, '--batch', '1.5'], 2, 'loom stats: --batch must be a positive integer, got 1.5'],
  [['stats', G, '--batch', '99999999999999999999'], 2, 'loom stats: --batch must be a positive integer, got 99999999999999999999'],
  [['stats', G, '--batch', ''], 2, 'loom stats: --batch must be a positive integer, got an empty value'],
  [['train', G, '--steps', '-5'], 2, 'loom train: --steps must be a positive integer, got -5'],
  [['train', G, '--steps', '0'], 2, 'loom train: --steps must be a positive integer, got 0'],
  [['train', G, '--steps', '1e3'], 2, 'loom train: --steps must be a positive integer, got 1e3'],
  [['train', G, '--steps', ' 5'], 2, 'loom train: --steps must be a positive integer, got " 5"'],
  [['train', G, '--steps', '10', '--stop-at', '20'], 2, 'loom train: --stop-at 20 is beyond --steps 10; the run ends at step 10'],
  [['train', G, '--lr', '0'], 2, 'loom train: --lr must be a positive number, got 0'],
  [['train', G, '--lr', 'NaN'], 2, 'loom train: --lr must be a positive number, got NaN'],
  [['train', G, '--lr', '1e400'], 2, 'loom train: --lr must be a positive number, got 1e400 (too large)'],
  [['train', G, '--min-lr', '-1'], 2, 'loom train: --min-lr must be a non-negative number, got -1'],
  [['train', G, '--warmup', '-1'], 2, 'loom train: --warmup must be a non-negative integer, got -1'],
  [['train', G, '--seed', '4294967296'], 2, 'loom train: --seed must be an integer from 0 to 4294967295, got 4294967296'],
  [['train', G, '--backend', 'metal'], 2, 'loom train: --backend must be one of reference, js, webgpu, cuda, got metal'],
  [['train', G, '--nan-check', 'maybe'], 2, 'loom train: --nan-check must be one of on, off, got maybe'],
  [['train', G, '--memory-budget', '4 parsecs'], 2, 'loom train: --memory-budget must be a size such as 4GiB, 512MiB, 2GB or a number of bytes, got "4 parsecs"'],
  [['train', G, '--memory-budget', '0'], 2, 'loom train: --memory-budget must be at least 1 byte and at most 8 PiB, got 0'],
  [['train', G, '--scan-memory', 'lazy'], 2, 'loom train: --scan-memory must be store, recompute, auto or a size such as 16MiB (auto with that budget), got "lazy"'],
  [['train', G, '--scan-memory', '16 parsecs'], 2, 'loom train: --scan-memory must be a size such as 4GiB, 512MiB, 2GB or a number of bytes, got "16 parsecs"'],
  [['train', G, '--allow-nonfinite'], 2, 'loom train: --allow-nonfinite applies to the checkpoint of --resume; there is none'],
  [['train', G, '--prompt', 'x'], 2, 'loom train: --prompt applies to the sample; add --sample'],
  [['generate', G, '--ckpt', W, '--prompt', 'x', '--temperature', '-1'], 2, 'loom generate: --temperature must be a non-negative number, got -1'],
  [['generate', G, '--ckpt', W, '--prompt', 'x', '--top-k', '0'], 2, 'loom generate: --top-k must be a positive integer, got 0'],
  [['kernels', G, '--program', 'backward'], 2, 'loom kernels: --program must be one of forward, train, got backward'],
  [['kernels', G, '--target', 'metal'], 2, 'loom kernels: --target must be one of js, webgpu, cuda, got metal'],
  [['compile', G, '--target', 'js', '-o', bundle, '--scan-memory', '0'], 2, 'loom compile: --scan-memory must be at least 1 byte and at most 8 PiB, got 0'],
  [['compile', G, '--target', 'metal', '-o', bundle], 2, 'loom compile: --target must be one of js, webgpu, cuda, got metal'],
  [['compile', G, '--target', 'cuda', '--ptx', 'sm_8x', '-o', bundle], 2, 'loom compile: --ptx must be "none" or compute capabilities like 80,90 (got "sm_8x")'],
  // required options
  [['generate', G], 2, 'loom generate: --ckpt is required'],
  [['generate', G, '--ckpt', W], 2, 'loom generate: --prompt is required'],
  [['generate', G, '--ckpt', W, '--prompt', ''], 2, 'loom generate: --prompt must not be empty: generation continues a text of at least one byte'],
  [['eval', G, '--inputs', I, '--out', out], 2, 'loom eval: --weights is required'],
  [['eval', G, '--weights', W, '--inputs', I], 2, 'loom eval: --out is required'],
  [['compile', G, '-o', bundle], 2, 'loom compile: --target is required (js or webgpu or cuda)'],
  [['compile', G, '--target', 'js'], 2, 'loom compile: --out is required'],
  // input files
  [['train', G, '--data', at('missing.txt')], 2, `loom train: text file ${at('missing.txt')} does not exist`],
  [['train', G, '--data', '/dev/zero'], 2, 'loom train: text file /dev/zero is not a regular file (a FIFO, socket or device cannot be read as one)'],
  [['train', G, '--resume', at('missing.safetensors')], 2, `loom train: checkpoint ${at('missing.safetensors')} does not exist`],
  [['generate', G, '--ckpt', '/dev/zero', '--prompt', 'x'], 2, 'loom generate: checkpoint /dev/zero is not a regular file (a FIFO, socket or device cannot be read as one)'],
  [['eval', G, '--weights', D, '--inputs', I, '--out', out], 2, `loom eval: weights file ${D} is a directory, not a file`],
  [['eval', G, '--weights', W, '--inputs', fifo, '--out', out], 2, `loom eval: inputs file ${fifo} is not a regular file (a FIFO, socket or device cannot be read as one)`],
  // output paths, checked before any work
  [['train', G, '--data', corpus, '--out', '/proc/loom/ckpt.safetensors'], 2, 'loom train: cannot write checkpoint /proc/loom/ckpt.safetensors: /proc is on the proc pseudo file system'],
  [['train', G, '--data', corpus, '--out', out, '--report', '/proc/self/loom'], 2, 'loom train: cannot write report directory /proc/self/loom: /proc/self is on the proc pseudo file system'],
  [['train', G, '--data', corpus, '--out', D], 2, `loom train: checkpoint ${D} is a directory; give a file path`],
  [['train', G, '--data', corpus, '--out', path.join(aFile, 'ckpt.safetensors')], 2, `loom train: cannot write checkpoint ${path.join(aFile, 'ckpt.safetensors')}: ${aFile} is not a directory`],
  [['eval', G, '--weights', W, '--inputs', I, '--out', '/proc/out.safetensors', ...small], 2, 'loom eval: cannot write output file /proc/out.safetensors: /proc is on the proc pseudo file system'],
  [['compile', G, '--target', 'js', '-o', '/proc/loom-bundle'], 2, 'loom compile: cannot write bundle directory /proc/loom-bundle: /proc is on the proc pseudo file system'],
  [['compile', G, '--target', 'js', '-o', aFile], 2, `loom compile: cannot write bundle directory ${aFile}: ${aFile} is not a directory`],
  // file contents and program errors: exit 1
  [['train', G, '--backend', 'cuda', '--steps', '1'], 1,
    'loom train: the cuda backend needs an NVIDIA GPU with its driver: no CUDA driver: none of libcuda.so.1, libcuda.so, nvcuda.dll could be loaded (is an NVIDIA GPU and its driver installed? run nvidia-smi)'],
  [['eval', G, '--weights', truncated, '--inputs', I, '--out', out, ...small], 1, `loom eval: ${truncated}: header length 2984 exceeds the 992 bytes after the length prefix (truncated or not a safetensors file?)`],
  [['eval', G, '--weights', nanWeights, '--inputs', I, '--out', out, ...small], 1,
    `loom eval: ${nanWeights}: tensor "ln_f.g" holds NaN at index [5] (element 5), the first non-finite value; pass --allow-nonfinite to load it anyway`],
  [['generate', G, '--ckpt', nanWeights, '--prompt', 'x', ...small], 1,
    `loom generate: ${nanWeights}: tensor "ln_f.g" holds NaN at index [5] (element 5), the first non-finite value; pass --allow-nonfinite to load it anyway`],
  [['train', G, '--data', corpus, '--out', out, '--resume', nanWeights, ...small], 1,
    `loom train: ${nanWeights}: tensor "ln_f.g" holds NaN at index [5] (element 5), the first non-finite value; pass --allow-nonfinite to load it anyway`],
  [['train', G, '--data', corpus, '--out', out, '--resume', atStep5, '--steps', '3'], 1,
    `loom train: checkpoint ${atStep5} is at step 5, so --steps 3 leaves nothing to train; give --steps above 5`],
  [['train', G, '--data', corpus, '--out', out, '--resume', atStep5, '--steps', '30', '--stop-at', '4'], 1,
    `loom train: checkpoint ${atStep5} is at step 5, so --stop-at 4 leaves nothing to train; give --stop-at above 5`],
  [['eval', G, '--weights', W, '--inputs', I, '--out', out, '--memory-budget', '1KiB', ...small], 1,
    'loom eval: evaluation needs 201.6 KiB (weights 133.5 KiB, results 32.0 KiB, activations 36.1 KiB); the memory budget is 1.0 KiB (--memory-budget); nothing was allocated'],
  [['graph', G, '--set', 'nosuch=1'], 1, `${G}:19:7: error: config: model GPT has no hyperparameter 'nosuch'; it has vocab, ctx, dim, depth, heads`],
];

describe('malformed invocations: exit code and message', () => {
  it('the corpus has at least 40 cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
    expect(cases.filter(([, code]) => code === 2).length).toBeGreaterThanOrEqual(40);
  });

  it.each(cases)('loom %j → exit %i', async (args, code, message) => {
    const r = await loomIn(args);
    if (message.startsWith('…')) expect(r.stderr).toContain(message.slice(1));
    else expect(r.stderr.split('\n')[0]).toBe(message);
    expect(r.status).toBe(code);
    expect(r.stdout).toBe('');
    // Nothing was written: no checkpoint, outputs or bundle.
    expect(fs.existsSync(out)).toBe(false);
    expect(fs.existsSync(bundle)).toBe(false);
  });
});

describe('usage errors point at --help; messages carry one prefix', () => {
  it('a parse error ends with the --help hint; a bad value does not', async () => {
    expect((await loomIn(['train', G, '--stepz', '5'])).stderr).toBe(
      "loom train: unknown option --stepz (did you mean --steps?)\n'loom train --help' lists the arguments and options\n");
    expect((await loomIn(['train', G, '--steps', '-5'])).stderr).toBe('loom train: --steps must be a positive integer, got -5\n');
  });

  it('generate: no doubled "loom generate:" prefix', async () => {
    const r = await loomIn(['generate', G, '--prompt', 'x']);
    expect(r.stderr).toBe("loom generate: --ckpt is required\n'loom generate --help' lists the arguments and options\n");
  });
});
