// Bundle size and time to first token of a `loom build` package, the figures
// issue 13 asks for: the package's size (raw, and gzip as `npm pack` writes
// it), and the time from `load` to the first generated token in Node on js,
// in Node on WebGPU (lavapipe, or a real adapter) and in headless Chromium on
// WebGPU (SwiftShader) through the demo page (`loom serve`).
//
//   node --import tsx bench/ttft.ts [--set k=v ...] [--runs N] [--out bench/results/ttft.md]
//
// The model is dsl-examples/gpt.loom (defaults unless --set), built as
// inference-only js and webgpu packages plus full (training) ones for the
// size table; weights are initParams(1) (values do not change the timings).
// Every Node figure comes from a fresh process (`--child`), so no run
// profits from an earlier one's JIT or pipelines; WebGPU under Node is run
// with Mesa's shader cache warm (as a user's second visit) and disabled
// (MESA_SHADER_CACHE_DISABLE=true: the first visit). Chromium launches with
// a fresh profile each run, so its shader cache is always cold.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { compileBundle, packageBundle, writeFiles } from '../compiler/emit/index.ts';
import { writeDemoPackages } from '../compiler/emit/demo/packages.ts';
import { CHROMIUM, CHROMIUM_WEBGPU_FLAGS, launchChromium, runDemoPage } from '../compiler/emit/demo/headless.ts';
import { serveDemo } from '../compiler/emit/demo/server.ts';
import { parseConfig } from '../cli/args.ts';

const root = path.join(import.meta.dirname, '..');
const gptFile = path.join(root, 'dsl-examples', 'gpt.loom');
const PROMPT = 'Call me ';
const MAX_TOKENS = 16;

/** One timed generation: ms from the start of `load` (weights read, kernels built) to the first token, and the rate after it. */
interface Timing { loadMs: number; ttftMs: number; tokensPerSecond: number }

async function child(target: 'js' | 'webgpu', dir: string, weights: string): Promise<Timing> {
  let device: unknown;
  if (target === 'webgpu') {
    const { acquireDevice } = await import('../runtime/backends/webgpu/device.ts');
    const gpu = await acquireDevice();
    if ('unavailable' in gpu) throw new Error(`no WebGPU adapter: ${gpu.unavailable}`);
    device = gpu.device;
  }
  const mod = (await import(pathToFileURL(path.join(dir, target, 'index.js')).href)) as {
    load(o: { weights: string; device?: unknown }): Promise<{ generate(p: number[], o: object): AsyncGenerator<number>; dispose(): void }>;
  };
  const t0 = performance.now();
  const model = await mod.load({ weights, ...(device ? { device } : {}) });
  const t1 = performance.now();
  let first = 0;
  let last = 0;
  let n = 0;
  for await (const _ of model.generate([...new TextEncoder().encode(PROMPT)], { maxTokens: MAX_TOKENS, temperature: 0 })) {
    last = performance.now();
    if (n++ === 0) first = last;
  }
  model.dispose();
  return { loadMs: t1 - t0, ttftMs: first - t1, tokensPerSecond: ((n - 1) * 1000) / (last - first) };
}

function runChild(target: 'js' | 'webgpu', dir: string, weights: string, env: Record<string, string> = {}): Timing {
  const r = spawnSync(process.execPath, ['--import', 'tsx', import.meta.filename, '--child', target, dir, weights], { cwd: root, encoding: 'utf8', env: { ...process.env, ...env } });
  if (r.status !== 0) throw new Error(`child ${target} failed: ${r.stderr}`);
  return JSON.parse(r.stdout.trim().split('\n').at(-1)!) as Timing;
}

async function chromiumRun(dir: string): Promise<Timing> {
  const server = await serveDemo({ root: dir, port: 0 });
  const browser = await launchChromium(CHROMIUM_WEBGPU_FLAGS);
  try {
    const { state, log } = await runDemoPage(browser, server.url, { backend: 'webgpu', prompt: PROMPT, maxTokens: MAX_TOKENS, temperature: 0, topK: 0 }, { timeoutMs: 600_000 });
    if (state.error) throw new Error(`the page failed: ${state.error}\n${log.join('\n')}`);
    // The page's loadMs counts from its import of the module: the import, the weights' download and load().
    return { loadMs: state.loadMs!, ttftMs: state.ttftMs!, tokensPerSecond: state.tokensPerSecond! };
  } finally {
    await browser.close();
    await server.close();
  }
}

/** Bytes of every file under `dir`, and of its `npm pack` tarball (gzip). */
function packageSize(dir: string): { raw: number; gzip: number; files: number } {
  const files = fs.readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
  const raw = files.reduce((a, e) => a + fs.statSync(path.join(e.parentPath, e.name)).size, 0);
  const pack = spawnSync('npm', ['pack', '--silent', '--offline', '--pack-destination', os.tmpdir()], { cwd: dir, encoding: 'utf8' });
  if (pack.status !== 0) throw new Error(`npm pack failed in ${dir}: ${pack.stderr}`);
  const tarball = path.join(os.tmpdir(), pack.stdout.trim().split('\n').at(-1)!);
  const gzip = fs.statSync(tarball).size;
  fs.rmSync(tarball);
  return { raw, gzip, files: files.length };
}

const kib = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
const ms = (xs: number[]) => xs.map((x) => x.toFixed(0)).join(', ');

async function main(argv: string[]): Promise<void> {
  if (argv[0] === '--child') {
    console.log(JSON.stringify(await child(argv[1] as 'js' | 'webgpu', argv[2]!, argv[3]!)));
    return;
  }
  const sets = argv.flatMap((a, i) => (argv[i - 1] === '--set' ? [a] : []));
  const value = (flag: string) => (argv.includes(flag) ? argv[argv.indexOf(flag) + 1] : undefined);
  const runs = Number(value('--runs') ?? 2);
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs must be a positive integer, got ${value('--runs')}`);
  const out = value('--out');
  const config = parseConfig(sets);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'loom-ttft-'));
  const weights = await writeDemoPackages(dir, { file: gptFile, config, weights: { seed: 1 } });
  for (const target of ['js', 'webgpu'] as const) {
    writeFiles(path.join(dir, 'full', target), packageBundle(compileBundle(gptFile, { target, config })));
  }
  const sizeRows = [
    ...(['js', 'webgpu'] as const).map((t) => [`${t}, --inference`, packageSize(path.join(dir, t))] as const),
    ...(['js', 'webgpu'] as const).map((t) => [`${t}, full (train step too)`, packageSize(path.join(dir, 'full', t))] as const),
  ];
  const weightBytes = fs.statSync(weights).size;
  const weightsGzip = (await import('node:zlib')).gzipSync(fs.readFileSync(weights)).length;

  const timings: [string, Timing[]][] = [];
  const time = async (what: string, one: () => Promise<Timing> | Timing) => {
    const xs: Timing[] = [];
    for (let i = 0; i < runs; i++) xs.push(await one());
    timings.push([what, xs]);
    process.stderr.write(`${what}: load ${ms(xs.map((x) => x.loadMs))} ms, first token ${ms(xs.map((x) => x.ttftMs))} ms\n`);
  };
  await time('Node, js', () => runChild('js', dir, weights));
  await time('Node, WebGPU (lavapipe), shader cache warm', () => runChild('webgpu', dir, weights));
  await time('Node, WebGPU (lavapipe), shader cache off', () => runChild('webgpu', dir, weights, { MESA_SHADER_CACHE_DISABLE: 'true' }));
  if (fs.existsSync(CHROMIUM)) await time('headless Chromium, WebGPU (SwiftShader), fresh profile', () => chromiumRun(dir));
  else process.stderr.write(`no ${CHROMIUM}: Chromium not measured\n`);

  const command = `node --import tsx bench/ttft.ts${sets.map((s) => ` --set ${s}`).join('')} --runs ${runs}`;
  const report = [
    '# Bundle size and time to first token',
    '',
    `gpt.loom${sets.length ? ` (${sets.join(', ')})` : ' (defaults: dim 64, depth 2, ctx 64)'}, \`${command}\`, ${new Date().toISOString().slice(0, 10)}, ${os.cpus().length} CPUs (${os.cpus()[0]?.model ?? 'unknown'}), shared.`,
    '',
    '## Package size',
    '',
    '| package | files | raw | `npm pack` (gzip) |',
    '|---|---:|---:|---:|',
    ...sizeRows.map(([what, s]) => `| ${what} | ${s.files} | ${kib(s.raw)} | ${kib(s.gzip)} |`),
    `| weights.safetensors (f32, not in the package) | 1 | ${kib(weightBytes)} | ${kib(weightsGzip)} |`,
    '',
    '## Time to first token',
    '',
    `Prompt "${PROMPT}" (${new TextEncoder().encode(PROMPT).length} tokens), ${MAX_TOKENS} greedy tokens; ${runs} runs each (ms, in order). *load*: \`load()\` (weights read, forward kernels built; in Chromium also the module import and the weights download); *first token*: from then to the first token; *tokens/s*: the rate after the first.`,
    '',
    '| where | load (ms) | first token (ms) | load + first token (ms) | tokens/s |',
    '|---|---:|---:|---:|---:|',
    ...timings.map(([what, xs]) => `| ${what} | ${ms(xs.map((x) => x.loadMs))} | ${ms(xs.map((x) => x.ttftMs))} | ${ms(xs.map((x) => x.loadMs + x.ttftMs))} | ${xs.map((x) => x.tokensPerSecond.toFixed(0)).join(', ')} |`),
    '',
  ].join('\n');
  process.stdout.write(report);
  if (out) fs.writeFileSync(out, report);
  fs.rmSync(dir, { recursive: true, force: true });
}

await main(process.argv.slice(2));
