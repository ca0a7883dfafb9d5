// Shared gate for every suite that needs a real WebGPU adapter.
//
//   describeWebGpu('my kernels', (gpu) => {
//     it('adds', async () => { const ex = new WebGpuExecutor(gpu().device); ... });
//   });
//
// With an adapter, the suite runs against one device shared by all suites of
// the test file, destroyed after the last of them. Without one, the suite is
// skipped with the reason printed (console.warn), put in the suite name, and
// appended to a skip log, so a green run can never hide that GPU tests did
// not run. With LOOM_REQUIRE_WEBGPU=1 (CI sets it) a missing adapter FAILS.
import { appendFileSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, it } from 'vitest';
import { acquireDevice, type AcquireResult, type GpuDevice } from '../../runtime/backends/webgpu/device.ts';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** Where skips are logged; override with LOOM_WEBGPU_SKIP_FILE. */
export const skipLogPath = process.env.LOOM_WEBGPU_SKIP_FILE
  ?? join(repoRoot, 'node_modules', '.cache', 'loom', 'webgpu-skips.log');

export type SuiteMode = { mode: 'run' } | { mode: 'skip'; reason: string } | { mode: 'fail'; reason: string };

/** What to do with a WebGPU suite, given the device probe and the environment. */
export function suiteMode(probe: AcquireResult, env: Record<string, string | undefined>): SuiteMode {
  if (!('unavailable' in probe)) return { mode: 'run' };
  return env.LOOM_REQUIRE_WEBGPU === '1'
    ? { mode: 'fail', reason: probe.unavailable }
    : { mode: 'skip', reason: probe.unavailable };
}

/** Appends one line per skipped suite: time, suite, reason. */
export function recordSkip(path: string, suite: string, reason: string): void {
  mkdirSync(dirname(path), { recursive: true });
  appendFileSync(path, `${new Date().toISOString()}\tSKIP\t${suite}\t${reason.replace(/\s+/g, ' ')}\n`);
}

// Probed once per test file (vitest runs each file in its own module graph),
// at import time, because skip-or-run must be known while tests are collected.
const probe: AcquireResult = await acquireDevice();
if (!('unavailable' in probe)) console.info(`WebGPU adapter: ${probe.adapterInfo}`);

let suitesUsingDevice = 0;

export function describeWebGpu(name: string, fn: (gpu: () => GpuDevice) => void): void {
  const decision = suiteMode(probe, process.env);
  if (decision.mode === 'fail') {
    describe(name, () => {
      it('needs a WebGPU adapter (LOOM_REQUIRE_WEBGPU=1)', () => {
        throw new Error(`LOOM_REQUIRE_WEBGPU=1 but no WebGPU adapter: ${decision.reason}`);
      });
    });
    return;
  }
  if (decision.mode === 'skip') {
    console.warn(`[webgpu] skipping "${name}": ${decision.reason}`);
    recordSkip(skipLogPath, name, decision.reason);
    // The factory still runs to collect (skipped) tests, so gpu() must not be called there.
    describe.skip(`${name} [skipped: no WebGPU adapter]`, () => fn(noDevice(decision.reason)));
    return;
  }
  const gpu = probe as GpuDevice;
  suitesUsingDevice++;
  describe(name, () => {
    // The last suite out destroys the device, so the worker has nothing
    // native left open when vitest tears it down.
    afterAll(() => {
      if (--suitesUsingDevice === 0) gpu.destroy();
    });
    fn(() => gpu);
  });
}

function noDevice(reason: string): () => GpuDevice {
  return () => {
    throw new Error(`no WebGPU adapter: ${reason}`);
  };
}
