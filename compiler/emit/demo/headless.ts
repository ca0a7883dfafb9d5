// Driving the demo page in headless Chromium (playwright-core, a dev
// dependency, with the system's chromium binary): the Chromium test
// (test/emit/chromium.test.ts) and bench/ttft.ts open the page the same way
// and read what it did from `window.loomDemo` (demo.js).
import type { Browser, Page } from 'playwright-core';

/** Debian's chromium package; LOOM_CHROMIUM overrides. */
export const CHROMIUM = process.env.LOOM_CHROMIUM ?? '/usr/bin/chromium';

/**
 * WebGPU without a GPU on Linux. Chromium keeps WebGPU behind
 * --enable-unsafe-webgpu there (without it: navigator.gpu but no adapter);
 * the rest pins the adapter to SwiftShader (Vulkan on the CPU) so that a
 * machine with a GPU runs the same thing. Checked with Debian bookworm's
 * chromium 156, where --enable-unsafe-webgpu alone also gives SwiftShader.
 */
export const CHROMIUM_WEBGPU_FLAGS = ['--enable-unsafe-webgpu', '--enable-features=Vulkan', '--use-vulkan=swiftshader', '--use-angle=swiftshader', '--disable-vulkan-surface'];

/** What the page keeps in window.loomDemo (demo.js). */
export interface DemoState {
  state: 'starting' | 'loading' | 'ready' | 'generating' | 'done' | 'error';
  backend?: string;
  adapter?: string;
  fallback?: string;
  package?: string;
  weights?: string;
  weightBytes: number;
  loadMs?: number;
  tokens: number[];
  text: string;
  ttftMs?: number;
  tokensPerSecond?: number;
  error?: string;
}

export async function launchChromium(args: readonly string[]): Promise<Browser> {
  const { chromium } = await import('playwright-core');
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: [...args] });
}

/** The page's state once it is `until` (or failed); throws on timeout. */
export async function demoStateWhen(page: Page, until: DemoState['state'], timeoutMs: number): Promise<DemoState> {
  await page.waitForFunction(
    (want) => {
      const s = (window as unknown as { loomDemo?: DemoState }).loomDemo?.state;
      return s === want || s === 'error';
    },
    until,
    { timeout: timeoutMs, polling: 100 },
  );
  return page.evaluate(() => (window as unknown as { loomDemo: DemoState }).loomDemo);
}

/** Opens the demo at `url` with `query` (autorun=1 is added) and waits until it is `until` (default: done generating) or failed. */
export async function runDemoPage(
  browser: Browser,
  url: string,
  query: Readonly<Record<string, string | number>>,
  { until = 'done', timeoutMs = 150_000 }: { until?: DemoState['state']; timeoutMs?: number } = {},
): Promise<{ page: Page; state: DemoState; log: string[] }> {
  const page = await browser.newPage();
  const log: string[] = [];
  page.on('console', (m) => log.push(`${m.type()}: ${m.text()}`));
  page.on('pageerror', (e) => log.push(`pageerror: ${e.message}`));
  const search = new URLSearchParams([...Object.entries(query).map(([k, v]): [string, string] => [k, String(v)]), ['autorun', '1']]);
  await page.goto(`${url}?${search}`);
  return { page, state: await demoStateWhen(page, until, timeoutMs), log };
}
