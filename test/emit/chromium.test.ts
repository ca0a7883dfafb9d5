// The demo page (`loom serve`, compiler/emit/demo/) in real headless
// Chromium (Debian's `chromium`, driven by playwright-core): the gpt model
// built as inference-only js and webgpu packages with seeded weights is
// served, the page generates with WebGPU (SwiftShader) and, in a browser
// without an adapter, falls back to the js package; every run must give the
// very tokens Node generates from the same package on js, and Node on WebGPU
// (lavapipe) must give them too. So the one package runs identically in
// Node (js), Node (webgpu) and Chromium (webgpu) — issue 13's acceptance.
//
// Skipped, with the reason printed, only where the chromium binary is absent,
// and failing then under LOOM_REQUIRE_CHROMIUM=1 (.ci/run installs chromium
// and sets it); the Node WebGPU suite follows describeWebGpu (fails
// without an adapter under LOOM_REQUIRE_WEBGPU=1, as in CI).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { CHROMIUM, CHROMIUM_WEBGPU_FLAGS, demoStateWhen, launchChromium, runDemoPage, type DemoState } from '../../compiler/emit/demo/headless.ts';
import { serveDemo, type DemoServer } from '../../compiler/emit/demo/server.ts';
import { WEIGHTS_FILE, writeDemoPackages } from '../../compiler/emit/demo/packages.ts';
import { describeWebGpu } from '../webgpu/require-adapter.ts';
import { loomIn, tinyGpt } from '../cli/helpers.ts';
import { gptFile, tempDir, tinyConfig } from './helpers.ts';

const hasChromium = fs.existsSync(CHROMIUM);
const noChromium = `no ${CHROMIUM} (apt-get install chromium, as .ci/run does; or set LOOM_CHROMIUM)`;
if (!hasChromium && process.env.LOOM_REQUIRE_CHROMIUM === '1') {
  it('needs Chromium (LOOM_REQUIRE_CHROMIUM=1)', () => {
    throw new Error(`LOOM_REQUIRE_CHROMIUM=1 but ${noChromium}`);
  });
} else if (!hasChromium) {
  console.warn(`[chromium] skipping the demo page tests: ${noChromium}`);
}

const PROMPT = 'Call me';
const MAX_TOKENS = 8;
const GREEDY = { temperature: 0 };
const SAMPLED = { temperature: 0.8, topK: 40, seed: 3 };

interface ModelApi {
  generate(prompt: readonly number[], options: { maxTokens: number; temperature: number; topK?: number; seed?: number }): AsyncGenerator<number>;
  dispose(): void;
}
interface PackageModule { load(options: { weights: string; device?: unknown }): Promise<ModelApi> }

const collect = async (it: AsyncIterable<number>): Promise<number[]> => {
  const out: number[] = [];
  for await (const t of it) out.push(t);
  return out;
};
const promptTokens = [...new TextEncoder().encode(PROMPT)];

/**
 * The packages, weights and Node's js tokens, built once per file. The
 * weights are a real checkpoint: the tiny GPT trained for a few seconds
 * (`loom train`, seeded, js backend), so that greedy decoding writes
 * varied bytes ("Call me the the…") where random weights repeat one token.
 */
let fixture: Promise<{ dir: string; weights: string; greedy: number[]; sampled: number[] }> | undefined;
function demoFixture() {
  fixture ??= (async () => {
    const dir = tempDir('loom-demo-');
    const checkpoint = path.join(dir, 'train', 'checkpoint.safetensors');
    const trained = await loomIn(['train', gptFile, ...tinyGpt, '--steps', '400', '--batch', '8', '--lr', '0.01', '--out', checkpoint, '--report', path.join(dir, 'train')]);
    if (trained.status !== 0) throw new Error(`loom train failed: ${trained.stderr}`);
    const weights = await writeDemoPackages(dir, { file: gptFile, config: tinyConfig, weights: { checkpoint }, name: 'tiny-gpt' });
    const js = (await import(pathToFileURL(path.join(dir, 'js', 'index.js')).href)) as PackageModule;
    const model = await js.load({ weights });
    const greedy = await collect(model.generate(promptTokens, { maxTokens: MAX_TOKENS, ...GREEDY }));
    const sampled = await collect(model.generate(promptTokens, { maxTokens: MAX_TOKENS, ...SAMPLED }));
    model.dispose();
    // The test is only as strong as the text is varied.
    expect(new Set(greedy).size).toBeGreaterThanOrEqual(3);
    return { dir, weights, greedy, sampled };
  })();
  return fixture;
}

describe.skipIf(!hasChromium)(`the demo page in headless Chromium (${hasChromium ? CHROMIUM : `skipped: ${noChromium}`})`, () => {
  let server: DemoServer;
  let expected: Awaited<ReturnType<typeof demoFixture>>;
  const browsers: Browser[] = [];
  const launch = async (args: readonly string[]) => {
    const browser = await launchChromium(args);
    browsers.push(browser);
    return browser;
  };
  const runPage = (browser: Browser, query: Record<string, string | number>, until: DemoState['state'] = 'done') => runDemoPage(browser, server.url, query, { until });

  beforeAll(async () => {
    expected = await demoFixture();
    server = await serveDemo({ root: expected.dir, port: 0 });
    expect(server.listing).toEqual({
      packages: [
        { url: './js/', name: 'tiny-gpt-js', target: 'js', model: 'GPT' },
        { url: './webgpu/', name: 'tiny-gpt-webgpu', target: 'webgpu', model: 'GPT' },
      ],
      weights: [`./${WEIGHTS_FILE}`],
    });
  });
  afterAll(async () => {
    for (const b of browsers) await b.close();
    await server?.close();
  });

  it('WebGPU (SwiftShader): the page streams the tokens Node generates, greedy and seeded', async () => {
    const browser = await launch(CHROMIUM_WEBGPU_FLAGS);
    const { page, state, log } = await runPage(browser, { backend: 'webgpu', prompt: PROMPT, maxTokens: MAX_TOKENS, ...GREEDY, topK: 0 });
    expect(state.error, log.join('\n')).toBeUndefined();
    expect(state.backend).toBe('webgpu');
    expect(state.adapter).toMatch(/swiftshader/i);
    expect(state.tokens).toEqual(expected.greedy);
    expect(state.tokens).toHaveLength(MAX_TOKENS);
    expect(state.text).toBe(new TextDecoder().decode(Uint8Array.from(expected.greedy)));
    expect(await page.locator('#output').textContent()).toBe(PROMPT + state.text);
    expect(state.ttftMs).toBeGreaterThan(0);
    expect(state.tokensPerSecond).toBeGreaterThan(0);
    expect(await page.locator('#figures').textContent()).toMatch(/^8 tokens · first token \d+ ms · [\d.]+ tokens\/s · webgpu \(/);
    // The same page, driven through its form: seeded sampling.
    await page.fill('#temperature', String(SAMPLED.temperature));
    await page.fill('#topK', String(SAMPLED.topK));
    await page.fill('#seed', String(SAMPLED.seed));
    await page.click('#run');
    const sampled = await demoStateWhen(page, 'done', 60_000);
    expect(sampled.error).toBeUndefined();
    expect(sampled.tokens).toEqual(expected.sampled);
    const ttft = { chromiumWebgpuMs: Math.round(state.ttftMs!), loadMs: Math.round(state.loadMs!) };
    process.stderr.write(`[chromium] SwiftShader: ${JSON.stringify(PROMPT + state.text)}, load ${ttft.loadMs} ms, first token ${ttft.chromiumWebgpuMs} ms, ${state.tokensPerSecond!.toFixed(1)} tokens/s\n`);
  }, 240_000);

  it('without a WebGPU adapter the page falls back to the js package: same tokens', async () => {
    // No --enable-unsafe-webgpu: Chromium on Linux then has navigator.gpu but no adapter.
    const browser = await launch([]);
    const { state, log } = await runPage(browser, { prompt: PROMPT, maxTokens: MAX_TOKENS, ...GREEDY, topK: 0 });
    expect(state.error, log.join('\n')).toBeUndefined();
    expect(state.backend).toBe('js');
    expect(state.fallback).toBe('navigator.gpu has no adapter');
    expect(state.tokens).toEqual(expected.greedy);
    // Stop: the stream ends where it is, after the tokens already shown (a prefix of Node's greedy tokens).
    const long = await runPage(browser, { prompt: PROMPT, maxTokens: 1_000_000, ...GREEDY, topK: 0 }, 'generating');
    await long.page.waitForFunction(() => (window as unknown as { loomDemo: DemoState }).loomDemo.tokens.length >= 3, undefined, { polling: 50 });
    await long.page.click('#stop');
    const stopped = await demoStateWhen(long.page, 'done', 60_000);
    expect(stopped.error).toBeUndefined();
    expect(await long.page.locator('#status').textContent()).toBe('stopped');
    expect(stopped.tokens.length).toBeGreaterThanOrEqual(3);
    expect(stopped.tokens.length).toBeLessThan(1_000_000);
    expect(stopped.tokens.slice(0, MAX_TOKENS)).toEqual(expected.greedy.slice(0, stopped.tokens.length));
    // Asking for WebGPU explicitly is an error that says what to do, not a silent fallback.
    const forced = await runPage(browser, { backend: 'webgpu' });
    expect(forced.state.state).toBe('error');
    expect(forced.state.error).toBe('WebGPU is unavailable: navigator.gpu has no adapter; backend=auto or backend=js runs the js build (served: js (./js/), webgpu (./webgpu/))');
  }, 120_000);
});

type GpuHandle = () => { device: unknown };
const webgpuSuite: (name: string, fn: (gpu: GpuHandle) => void) => void = describeWebGpu;

webgpuSuite('the demo packages in Node on WebGPU', (gpu) => {
  it('the webgpu package gives the js package\'s tokens, greedy and seeded', async () => {
    const { dir, weights, greedy, sampled } = await demoFixture();
    const webgpu = (await import(pathToFileURL(path.join(dir, 'webgpu', 'index.js')).href)) as PackageModule;
    const model = await webgpu.load({ weights, device: gpu().device });
    try {
      expect(await collect(model.generate(promptTokens, { maxTokens: MAX_TOKENS, ...GREEDY }))).toEqual(greedy);
      expect(await collect(model.generate(promptTokens, { maxTokens: MAX_TOKENS, ...SAMPLED }))).toEqual(sampled);
    } finally {
      model.dispose();
    }
  }, 120_000);
});
