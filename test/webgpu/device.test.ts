import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { acquireDevice } from '../../runtime/backends/webgpu/device.ts';
import { DEFAULT_LIMITS } from '../../runtime/backends/webgpu/gpu-constants.ts';
import { describeWebGpu, recordSkip, suiteMode } from './require-adapter.ts';

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = resolve(here, '../..');

/** Runs fixtures/device-probe.ts in a fresh Node; a hang shows up as a timeout kill. */
function probeInChild(args: string[], env: Record<string, string> = {}) {
  const child = spawnSync(process.execPath, ['--import', 'tsx', join(here, 'fixtures', 'device-probe.ts'), ...args], {
    cwd: repoRoot,
    env: { ...process.env, ...env },
    encoding: 'utf8',
    timeout: 60_000,
  });
  const line = child.stdout.trim().split('\n').pop() ?? '';
  return { status: child.status, signal: child.signal, stderr: child.stderr, result: line.startsWith('{') ? JSON.parse(line) : null };
}

describeWebGpu('device acquisition', (gpu) => {
  it('finds a real adapter and describes it', () => {
    const { adapter, adapterInfo, platform } = gpu();
    expect(platform).toBe('node');
    expect(adapter.device).not.toBe('null-backend');
    expect(adapterInfo.length).toBeGreaterThan(0);
    console.info(`adapter: ${adapterInfo}`);
  });

  it('requests exactly the WebGPU default limits', () => {
    const limits = gpu().device.limits;
    for (const [name, value] of Object.entries(DEFAULT_LIMITS)) {
      expect(limits[name as keyof GPUSupportedLimits], name).toBe(value);
    }
  });

  it('a child process that ran kernels exits by itself, with or without destroy()', () => {
    for (const args of [['run'], ['run', 'keep-device']]) {
      const child = probeInChild(args);
      expect(child.signal, `hung: ${args.join(' ')}\n${child.stderr}`).toBeNull();
      expect(child.status).toBe(0);
      expect(child.result.values).toEqual([2, 4, 6]);
    }
  });
});

describe('device acquisition without a usable adapter', () => {
  it("refuses Dawn's null backend", async () => {
    const result = await acquireDevice({ dawnOptions: ['backend=null'] });
    expect(result).toEqual({ unavailable: expect.stringMatching(/null backend/) });
  });

  it.runIf(process.platform === 'linux')('explains a missing adapter (no Vulkan driver) and exits cleanly', () => {
    const child = probeInChild([], { VK_ICD_FILENAMES: '/nonexistent/icd.json', VK_DRIVER_FILES: '/nonexistent/icd.json' });
    expect(child.signal).toBeNull();
    expect(child.status).toBe(0);
    expect(child.result.unavailable).toMatch(/no WebGPU adapter/);
    expect(child.result.unavailable).toMatch(/VK_ICD_FILENAMES=\/nonexistent\/icd\.json overrides/);
    expect(child.result.unavailable).toMatch(/install-webgpu\.sh/);
  });
});

describe('describeWebGpu gate', () => {
  const missing = { unavailable: 'no adapter here' };
  it('runs with an adapter, skips without one, and fails without one when LOOM_REQUIRE_WEBGPU=1', () => {
    expect(suiteMode({ unavailable: 'x' }, {})).toEqual({ mode: 'skip', reason: 'x' });
    expect(suiteMode(missing, { LOOM_REQUIRE_WEBGPU: '1' })).toEqual({ mode: 'fail', reason: 'no adapter here' });
    expect(suiteMode(missing, { LOOM_REQUIRE_WEBGPU: '0' })).toEqual({ mode: 'skip', reason: 'no adapter here' });
  });

  it('logs skips to a file, one line each', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'loom-skip-')), 'nested', 'skips.log');
    recordSkip(path, 'suite A', 'no adapter:\n  details');
    recordSkip(path, 'suite B', 'again');
    const lines = readFileSync(path, 'utf8').trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^\S+\tSKIP\tsuite A\tno adapter: details$/);
  });
});
