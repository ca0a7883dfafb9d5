/// <reference types="@webgpu/types" />
// Finding a WebGPU device. In the browser that is `navigator.gpu`; in Node it
// is Dawn through the `webgpu` npm package, which is imported only on that
// path (through a non-literal specifier) so browser bundles never pull it in.
//
// We always request DEFAULT limits and no optional features a kernel could
// use: anything loom generates must run in every WebGPU browser, so a machine
// with bigger limits must not let us depend on them by accident. (Profiling
// may ask for `timestamp-query`, which only the profiler's passes use.)

/** The parts of GPUAdapterInfo worth logging. */
export interface AdapterDescription {
  vendor: string;
  architecture: string;
  device: string;
  description: string;
  /** True for software adapters such as Mesa lavapipe/llvmpipe. */
  isFallbackAdapter: boolean;
}

export interface GpuDevice {
  readonly device: GPUDevice;
  readonly adapter: AdapterDescription;
  /** One line for logs, e.g. `mesa software llvmpipe-… (llvmpipe: Mesa 25.0.7 …) [fallback]`. */
  readonly adapterInfo: string;
  readonly platform: 'node' | 'browser';
  /** Resolves when the device is lost; `reason` is 'destroyed' after destroy(). */
  readonly lost: Promise<GPUDeviceLostInfo>;
  /** Destroys the device and drops the Dawn instance so Node can exit. Idempotent. */
  destroy(): void;
}

export interface AcquireOptions {
  powerPreference?: GPUPowerPreference;
  /**
   * Node only: flags for Dawn's `create()`, e.g. `adapter=NAME` or
   * `enable-dawn-features=...`. `backend=null` is refused: Dawn's null
   * backend accepts every command and executes none, so results would be garbage.
   */
  dawnOptions?: string[];
  /**
   * Also request the optional `timestamp-query` feature when the adapter has
   * it, for per-kernel device times (`loom bench --backend webgpu --profile`).
   * It changes no limit, and no kernel depends on it.
   */
  timestamps?: boolean;
}

export type AcquireResult = GpuDevice | { unavailable: string };

const INSTALL_HINT =
  'On Linux without a GPU install Mesa lavapipe from bookworm-backports: run .ci/install-webgpu.sh as root (see docs/webgpu.md).';

/**
 * Finds an adapter and requests a device with default limits. Never throws
 * for a missing or broken WebGPU stack: returns `{ unavailable: reason }`.
 */
export async function acquireDevice(options: AcquireOptions = {}): Promise<AcquireResult> {
  const browserGpu = (globalThis as { navigator?: { gpu?: GPU } }).navigator?.gpu;
  if (browserGpu) return acquireFrom(browserGpu, 'browser', options, () => {});
  if (!isNode()) {
    return { unavailable: 'navigator.gpu is undefined: this browser lacks WebGPU, or the page is not a secure context (https or localhost)' };
  }
  return acquireInNode(options);
}

function isNode(): boolean {
  const proc = (globalThis as { process?: { versions?: { node?: string } } }).process;
  return typeof proc?.versions?.node === 'string';
}

type WebGpuModule = typeof import('webgpu');

async function acquireInNode(options: AcquireOptions): Promise<AcquireResult> {
  const dawnOptions = options.dawnOptions ?? [];
  if (dawnOptions.some((o) => o.replace(/\s/g, '') === 'backend=null')) {
    return { unavailable: "refusing Dawn's null backend: it executes nothing, so results would be meaningless" };
  }
  let mod: WebGpuModule;
  try {
    // A variable specifier keeps bundlers from resolving the native package
    // into browser builds; Node resolves it normally.
    const specifier = 'webgpu';
    mod = (await import(/* @vite-ignore */ specifier)) as WebGpuModule;
  } catch (e) {
    return { unavailable: `the 'webgpu' npm package (Dawn for Node) could not be loaded: ${errorText(e)}` };
  }
  // Dawn lives as long as this object is referenced. We keep it in a closure
  // owned by the returned GpuDevice and drop it in destroy(), so nothing
  // global pins the native instance and Node can exit when tests finish.
  let dawn: GPU | null = mod.create(dawnOptions);
  return acquireFrom(dawn, 'node', options, () => {
    dawn = null;
  });
}

async function acquireFrom(
  gpu: GPU,
  platform: 'node' | 'browser',
  options: AcquireOptions,
  release: () => void,
): Promise<AcquireResult> {
  let adapter: GPUAdapter | null;
  try {
    adapter = await gpu.requestAdapter(options.powerPreference ? { powerPreference: options.powerPreference } : {});
  } catch (e) {
    release();
    return { unavailable: `requestAdapter() failed: ${errorText(e)}` };
  }
  if (!adapter) {
    release();
    return { unavailable: await noAdapterReason(platform) };
  }
  const info = describeAdapter(adapter.info);
  if (info.device === 'null-backend') {
    release();
    return { unavailable: "Dawn offered only its null backend, which executes nothing; no real adapter is usable. " + INSTALL_HINT };
  }
  let device: GPUDevice;
  try {
    // No requiredLimits, and no feature a kernel could depend on: WebGPU defaults only (see top of file).
    const timestamps = options.timestamps === true && adapter.features.has('timestamp-query');
    device = await adapter.requestDevice({ label: 'loom', ...(timestamps ? { requiredFeatures: ['timestamp-query'] } : {}) });
  } catch (e) {
    release();
    return { unavailable: `requestDevice() failed on ${formatAdapterInfo(info)}: ${errorText(e)}` };
  }
  let destroyed = false;
  return {
    device,
    adapter: info,
    adapterInfo: formatAdapterInfo(info),
    platform,
    lost: device.lost,
    destroy() {
      if (destroyed) return;
      destroyed = true;
      device.destroy();
      release();
    },
  };
}

export function describeAdapter(info: GPUAdapterInfo): AdapterDescription {
  return {
    vendor: info.vendor ?? '',
    architecture: info.architecture ?? '',
    device: info.device ?? '',
    description: info.description ?? '',
    isFallbackAdapter: Boolean((info as { isFallbackAdapter?: boolean }).isFallbackAdapter),
  };
}

export function formatAdapterInfo(a: AdapterDescription): string {
  const head = [a.vendor, a.architecture, a.device].filter(Boolean).join(' ') || 'unknown adapter';
  const desc = a.description ? ` (${a.description})` : '';
  return `${head}${desc}${a.isFallbackAdapter ? ' [fallback]' : ''}`;
}

/** Why requestAdapter() gave nothing, with the most likely cause on Linux. */
async function noAdapterReason(platform: 'node' | 'browser'): Promise<string> {
  if (platform === 'browser') {
    return 'navigator.gpu.requestAdapter() returned null: WebGPU is present but no adapter is available (blocklisted GPU or disabled in settings)';
  }
  let detail = '';
  if (process.platform === 'linux') {
    const { existsSync, readdirSync } = await import('node:fs');
    const icdDirs = ['/usr/share/vulkan/icd.d', '/etc/vulkan/icd.d'];
    const icds = icdDirs.flatMap((d) => (existsSync(d) ? readdirSync(d).filter((f) => f.endsWith('.json')) : []));
    detail = icds.length === 0
      ? ' No Vulkan driver (ICD) is installed in /usr/share/vulkan/icd.d.'
      : ` Vulkan ICDs present (${icds.join(', ')}) but Dawn rejected them all (too old a Mesa? bookworm's 22.x is).`;
    // These loader variables replace the ICD search entirely, a common cause in CI.
    for (const v of ['VK_ICD_FILENAMES', 'VK_DRIVER_FILES']) {
      if (process.env[v]) detail += ` ${v}=${process.env[v]} overrides the Vulkan driver search.`;
    }
  }
  return `Dawn found no WebGPU adapter (requestAdapter() returned null).${detail} ${INSTALL_HINT}`;
}

function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
