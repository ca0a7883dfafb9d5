// The CUDA driver API (libcuda) and NVRTC, reached from Node through the
// `koffi` FFI: only the calls an executor needs — a context on one device,
// modules from PTX, launches, device memory, a stream, events for timing —
// each checked, so a failure names the call and CUDA's error name and text.
//
// Kernels are compiled to PTX either ahead of time (nvcc, `loom compile
// --target cuda`) or here at load time with NVRTC (libnvrtc, found beside
// the driver or in a CUDA toolkit); the driver JIT-compiles PTX for the
// device it runs on. Nothing here is loaded until a CUDA session is asked
// for: the `koffi` module and libcuda are looked up then, and their absence
// is a clear error, not a crash (docs/cuda.md).
//
// This file is inlined into `loom compile --target cuda` bundles: it imports
// nothing but `koffi` (dynamically) and Node built-ins.

/** A failed driver or NVRTC call (or no driver): what was called and what CUDA said. */
export class CudaError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CudaError';
  }
}

/** An opaque driver handle (CUcontext, CUmodule, CUfunction, CUstream, CUevent). */
export type Handle = unknown;
/** A device address (CUdeviceptr). */
export type DevicePtr = number | bigint;

/** The driver calls an executor makes, already error-checked. */
export interface CudaDriver {
  readonly deviceName: string;
  /** Compute capability [major, minor]. */
  readonly computeCapability: readonly [number, number];
  readonly totalMemoryBytes: number;
  loadModule(ptx: string): Handle;
  unloadModule(module: Handle): void;
  getFunction(module: Handle, name: string): Handle;
  /** Lets `fn` use up to `bytes` of dynamic shared memory (above the default 48 KiB needs this). */
  setMaxDynamicShared(fn: Handle, bytes: number): void;
  alloc(bytes: number): DevicePtr;
  free(ptr: DevicePtr): void;
  copyToDevice(dst: DevicePtr, src: ArrayBufferView, bytes: number): void;
  copyFromDevice(dst: ArrayBufferView, src: DevicePtr, bytes: number): void;
  copyDeviceToDevice(dst: DevicePtr, src: DevicePtr, bytes: number, stream: Handle): void;
  /** Fills `count` 32-bit words with `value` (its bit pattern). */
  fill32(dst: DevicePtr, value: number, count: number, stream: Handle): void;
  /** Launches `fn` on `stream`; args are the kernel's parameters, each already encoded (see encodePointer/encodeScalar). */
  launch(fn: Handle, grid: readonly [number, number, number], block: readonly [number, number, number], sharedBytes: number, stream: Handle, args: readonly Uint8Array[]): void;
  createStream(): Handle;
  synchronize(stream: Handle): void;
  createEvent(): Handle;
  record(event: Handle, stream: Handle): void;
  /** Milliseconds between two recorded events (waits for the second). */
  elapsedMs(start: Handle, end: Handle): number;
  destroyEvent(event: Handle): void;
  destroyStream(stream: Handle): void;
  /**
   * PTX for this device from CUDA C++ source, with NVRTC; undefined when NVRTC is not installed.
   * `archSuffix` 'a' targets the device's architecture-specific features (compute_90a: wgmma,
   * setmaxnreg), which PTX for plain compute_90 cannot use and other devices cannot load.
   */
  compilePtx?(source: string, name: string, archSuffix?: '' | 'a'): string;
  /** Releases the context (the driver frees everything allocated in it). */
  close(): void;
}

/** A kernel parameter that is a device pointer. */
export function encodePointer(ptr: DevicePtr): Uint8Array {
  const b = new Uint8Array(8);
  new DataView(b.buffer).setBigUint64(0, BigInt(ptr), true);
  return b;
}

/** A 32-bit scalar kernel parameter. */
export function encodeScalar(type: 'i32' | 'u32' | 'f32', value: number): Uint8Array {
  const b = new Uint8Array(4);
  const v = new DataView(b.buffer);
  if (type === 'f32') v.setFloat32(0, value, true);
  else if (type === 'i32') v.setInt32(0, value, true);
  else v.setUint32(0, value, true);
  return b;
}

const CU_DEVICE_ATTRIBUTE_COMPUTE_CAPABILITY_MAJOR = 75;
const CU_DEVICE_ATTRIBUTE_COMPUTE_CAPABILITY_MINOR = 76;
const CU_FUNC_ATTRIBUTE_MAX_DYNAMIC_SHARED_SIZE_BYTES = 8;
const CU_EVENT_DEFAULT = 0;
const CU_STREAM_NON_BLOCKING = 1;

/** Where the driver and NVRTC may be: the loader's path first, then CUDA toolkits and Python wheels. */
const DRIVER_NAMES = ['libcuda.so.1', 'libcuda.so', 'nvcuda.dll'];
const NVRTC_NAMES = [
  'libnvrtc.so', 'libnvrtc.so.13', 'libnvrtc.so.12',
  '/usr/local/cuda/lib64/libnvrtc.so', '/usr/local/cuda/targets/x86_64-linux/lib/libnvrtc.so',
];

type Koffi = typeof import('koffi');

async function importKoffi(): Promise<Koffi> {
  try {
    const m = (await import('koffi')) as unknown as { default?: Koffi } & Koffi;
    return m.default ?? m;
  } catch (e) {
    throw new CudaError(`the cuda backend needs the "koffi" package (FFI to the CUDA driver), which could not be loaded: ${(e as Error).message}`);
  }
}

function loadFirst(koffi: Koffi, names: readonly string[]): { lib: ReturnType<Koffi['load']>; name: string } | undefined {
  for (const name of names) {
    try {
      return { lib: koffi.load(name), name };
    } catch {
      // try the next name
    }
  }
  return undefined;
}

export interface CudaDriverOptions {
  /** The driver library to load instead of the system's libcuda (tests load a CPU stand-in, test/cuda/fake-driver.c). */
  readonly driverPath?: string;
  /** NVRTC libraries to try before the usual names; false: do not use NVRTC. */
  readonly nvrtcPaths?: readonly string[] | false;
}

/** NVRTC named by the LOOM_NVRTC environment variable (under Node), tried first. */
function nvrtcFromEnvironment(): string[] {
  const env = typeof process === 'undefined' ? undefined : process.env?.LOOM_NVRTC;
  return env ? [env] : [];
}

/**
 * Opens device `ordinal` through the driver API. Throws CudaError when koffi,
 * the driver library or a device is missing, with what was looked for.
 */
export async function openCudaDriver(ordinal = 0, options: CudaDriverOptions = {}): Promise<CudaDriver> {
  const koffi = await importKoffi();
  const names = options.driverPath !== undefined ? [options.driverPath] : DRIVER_NAMES;
  const found = loadFirst(koffi, names);
  if (!found) {
    throw new CudaError(`no CUDA driver: none of ${names.join(', ')} could be loaded (is an NVIDIA GPU and its driver installed? run nvidia-smi)`);
  }
  const lib = found.lib;
  const f = (proto: string) => lib.func(proto);
  const api = {
    cuGetErrorName: f('int cuGetErrorName(int error, _Out_ const char **str)'),
    cuGetErrorString: f('int cuGetErrorString(int error, _Out_ const char **str)'),
    cuInit: f('int cuInit(unsigned int flags)'),
    cuDeviceGetCount: f('int cuDeviceGetCount(_Out_ int *count)'),
    cuDeviceGet: f('int cuDeviceGet(_Out_ int *device, int ordinal)'),
    cuDeviceGetName: f('int cuDeviceGetName(_Out_ uint8_t *name, int len, int dev)'),
    cuDeviceGetAttribute: f('int cuDeviceGetAttribute(_Out_ int *pi, int attrib, int dev)'),
    cuDeviceTotalMem: f('int cuDeviceTotalMem_v2(_Out_ size_t *bytes, int dev)'),
    cuDevicePrimaryCtxRetain: f('int cuDevicePrimaryCtxRetain(_Out_ void **pctx, int dev)'),
    cuDevicePrimaryCtxRelease: f('int cuDevicePrimaryCtxRelease_v2(int dev)'),
    cuCtxSetCurrent: f('int cuCtxSetCurrent(void *ctx)'),
    cuModuleLoadData: f('int cuModuleLoadData(_Out_ void **module, const char *image)'),
    cuModuleUnload: f('int cuModuleUnload(void *module)'),
    cuModuleGetFunction: f('int cuModuleGetFunction(_Out_ void **fn, void *module, const char *name)'),
    cuFuncSetAttribute: f('int cuFuncSetAttribute(void *fn, int attrib, int value)'),
    cuMemAlloc: f('int cuMemAlloc_v2(_Out_ uint64_t *dptr, size_t bytes)'),
    cuMemFree: f('int cuMemFree_v2(uint64_t dptr)'),
    cuMemcpyHtoD: f('int cuMemcpyHtoD_v2(uint64_t dst, const void *src, size_t bytes)'),
    cuMemcpyDtoH: f('int cuMemcpyDtoH_v2(_Out_ void *dst, uint64_t src, size_t bytes)'),
    cuMemcpyDtoDAsync: f('int cuMemcpyDtoDAsync_v2(uint64_t dst, uint64_t src, size_t bytes, void *stream)'),
    cuMemsetD32Async: f('int cuMemsetD32Async(uint64_t dst, unsigned int value, size_t count, void *stream)'),
    cuLaunchKernel: f('int cuLaunchKernel(void *fn, unsigned int gx, unsigned int gy, unsigned int gz, unsigned int bx, unsigned int by, unsigned int bz, unsigned int shared, void *stream, void **params, void **extra)'),
    cuStreamCreate: f('int cuStreamCreate(_Out_ void **stream, unsigned int flags)'),
    cuStreamSynchronize: f('int cuStreamSynchronize(void *stream)'),
    cuStreamDestroy: f('int cuStreamDestroy_v2(void *stream)'),
    cuEventCreate: f('int cuEventCreate(_Out_ void **event, unsigned int flags)'),
    cuEventRecord: f('int cuEventRecord(void *event, void *stream)'),
    cuEventSynchronize: f('int cuEventSynchronize(void *event)'),
    cuEventElapsedTime: f('int cuEventElapsedTime(_Out_ float *ms, void *start, void *end)'),
    cuEventDestroy: f('int cuEventDestroy_v2(void *event)'),
  };

  const describe = (code: number): string => {
    const name: [string | null] = [null];
    const text: [string | null] = [null];
    api.cuGetErrorName(code, name);
    api.cuGetErrorString(code, text);
    return `${name[0] ?? `CUDA error ${code}`}${text[0] ? `: ${text[0]}` : ''}`;
  };
  const check = (call: string, code: number): void => {
    if (code !== 0) throw new CudaError(`${call} failed: ${describe(code)}`);
  };
  const out = <T>(call: string, fn: (o: [T | null]) => number): T => {
    const o: [T | null] = [null];
    check(call, fn(o));
    return o[0] as T;
  };

  check('cuInit', api.cuInit(0));
  const count = out<number>('cuDeviceGetCount', (o) => api.cuDeviceGetCount(o));
  if (count === 0) throw new CudaError('the CUDA driver found no GPU (cuDeviceGetCount = 0)');
  if (!(ordinal >= 0 && ordinal < count)) throw new CudaError(`no CUDA device ${ordinal}: the driver found ${count}`);
  const dev = out<number>('cuDeviceGet', (o) => api.cuDeviceGet(o, ordinal));
  const nameBuf = new Uint8Array(256);
  check('cuDeviceGetName', api.cuDeviceGetName(nameBuf, nameBuf.length, dev));
  const deviceName = new TextDecoder().decode(nameBuf.subarray(0, nameBuf.indexOf(0)));
  const major = out<number>('cuDeviceGetAttribute', (o) => api.cuDeviceGetAttribute(o, CU_DEVICE_ATTRIBUTE_COMPUTE_CAPABILITY_MAJOR, dev));
  const minor = out<number>('cuDeviceGetAttribute', (o) => api.cuDeviceGetAttribute(o, CU_DEVICE_ATTRIBUTE_COMPUTE_CAPABILITY_MINOR, dev));
  const totalMemoryBytes = Number(out<number | bigint>('cuDeviceTotalMem', (o) => api.cuDeviceTotalMem(o, dev)));
  const ctx = out<Handle>('cuDevicePrimaryCtxRetain', (o) => api.cuDevicePrimaryCtxRetain(o, dev));
  check('cuCtxSetCurrent', api.cuCtxSetCurrent(ctx));

  const nvrtc = options.nvrtcPaths === false ? undefined : loadNvrtc(koffi, [...(options.nvrtcPaths ?? []), ...nvrtcFromEnvironment(), ...NVRTC_NAMES]);
  let closed = false;
  return {
    deviceName,
    computeCapability: [major, minor],
    totalMemoryBytes,
    loadModule(ptx) {
      // The driver reads a NUL-terminated image.
      return out<Handle>('cuModuleLoadData', (o) => api.cuModuleLoadData(o, ptx.endsWith('\0') ? ptx : `${ptx}\0`));
    },
    unloadModule(module) {
      check('cuModuleUnload', api.cuModuleUnload(module));
    },
    getFunction(module, name) {
      return out<Handle>(`cuModuleGetFunction(${name})`, (o) => api.cuModuleGetFunction(o, module, name));
    },
    setMaxDynamicShared(fn, bytes) {
      check('cuFuncSetAttribute(MAX_DYNAMIC_SHARED_SIZE_BYTES)', api.cuFuncSetAttribute(fn, CU_FUNC_ATTRIBUTE_MAX_DYNAMIC_SHARED_SIZE_BYTES, bytes));
    },
    alloc(bytes) {
      return out<DevicePtr>(`cuMemAlloc(${bytes} bytes)`, (o) => api.cuMemAlloc(o, Math.max(4, bytes)));
    },
    free(ptr) {
      check('cuMemFree', api.cuMemFree(ptr));
    },
    copyToDevice(dst, src, bytes) {
      check('cuMemcpyHtoD', api.cuMemcpyHtoD(dst, src, bytes));
    },
    copyFromDevice(dst, src, bytes) {
      check('cuMemcpyDtoH', api.cuMemcpyDtoH(dst, src, bytes));
    },
    copyDeviceToDevice(dst, src, bytes, stream) {
      check('cuMemcpyDtoDAsync', api.cuMemcpyDtoDAsync(dst, src, bytes, stream));
    },
    fill32(dst, value, count, stream) {
      check('cuMemsetD32Async', api.cuMemsetD32Async(dst, value >>> 0, count, stream));
    },
    launch(fn, grid, block, sharedBytes, stream, args) {
      // kernelParams: one pointer per parameter, to that parameter's value (koffi passes each array's address).
      check('cuLaunchKernel', api.cuLaunchKernel(fn, grid[0], grid[1], grid[2], block[0], block[1], block[2], sharedBytes, stream, [...args], null));
    },
    createStream() {
      return out<Handle>('cuStreamCreate', (o) => api.cuStreamCreate(o, CU_STREAM_NON_BLOCKING));
    },
    synchronize(stream) {
      check('cuStreamSynchronize', api.cuStreamSynchronize(stream));
    },
    createEvent() {
      return out<Handle>('cuEventCreate', (o) => api.cuEventCreate(o, CU_EVENT_DEFAULT));
    },
    record(event, stream) {
      check('cuEventRecord', api.cuEventRecord(event, stream));
    },
    elapsedMs(start, end) {
      check('cuEventSynchronize', api.cuEventSynchronize(end));
      return out<number>('cuEventElapsedTime', (o) => api.cuEventElapsedTime(o, start, end));
    },
    destroyEvent(event) {
      check('cuEventDestroy', api.cuEventDestroy(event));
    },
    destroyStream(stream) {
      check('cuStreamDestroy', api.cuStreamDestroy(stream));
    },
    compilePtx: nvrtc ? (source, name, archSuffix = '') => nvrtc.compile(source, name, `compute_${major}${minor}${archSuffix}`) : undefined,
    close() {
      if (closed) return;
      closed = true;
      check('cuDevicePrimaryCtxRelease', api.cuDevicePrimaryCtxRelease(dev));
    },
  };
}

interface Nvrtc {
  compile(source: string, name: string, arch: string): string;
}

function loadNvrtc(koffi: Koffi, names: readonly string[]): Nvrtc | undefined {
  const found = loadFirst(koffi, names);
  if (!found) return undefined;
  const f = (proto: string) => found.lib.func(proto);
  const api = {
    nvrtcGetErrorString: f('const char *nvrtcGetErrorString(int result)'),
    nvrtcCreateProgram: f('int nvrtcCreateProgram(_Out_ void **prog, const char *src, const char *name, int numHeaders, void *headers, void *includeNames)'),
    nvrtcCompileProgram: f('int nvrtcCompileProgram(void *prog, int numOptions, const char **options)'),
    nvrtcGetProgramLogSize: f('int nvrtcGetProgramLogSize(void *prog, _Out_ size_t *size)'),
    nvrtcGetProgramLog: f('int nvrtcGetProgramLog(void *prog, _Out_ uint8_t *log)'),
    nvrtcGetPTXSize: f('int nvrtcGetPTXSize(void *prog, _Out_ size_t *size)'),
    nvrtcGetPTX: f('int nvrtcGetPTX(void *prog, _Out_ uint8_t *ptx)'),
    nvrtcDestroyProgram: f('int nvrtcDestroyProgram(_Inout_ void **prog)'),
  };
  const check = (call: string, code: number): void => {
    if (code !== 0) throw new CudaError(`${call} failed: ${api.nvrtcGetErrorString(code)}`);
  };
  const size = (call: string, fn: (o: [number | bigint | null]) => number): number => {
    const o: [number | bigint | null] = [null];
    check(call, fn(o));
    return Number(o[0]);
  };
  return {
    compile(source, name, arch) {
      const prog: [Handle | null] = [null];
      check('nvrtcCreateProgram', api.nvrtcCreateProgram(prog, source, name, 0, null, null));
      try {
        const code = api.nvrtcCompileProgram(prog[0], 3, [`--gpu-architecture=${arch}`, '--std=c++17', '-default-device']);
        if (code !== 0) {
          const n = size('nvrtcGetProgramLogSize', (o) => api.nvrtcGetProgramLogSize(prog[0], o));
          const log = new Uint8Array(Math.max(1, n));
          api.nvrtcGetProgramLog(prog[0], log);
          throw new CudaError(`NVRTC could not compile ${name}: ${api.nvrtcGetErrorString(code)}\n${new TextDecoder().decode(log.subarray(0, Math.max(0, n - 1)))}`);
        }
        const n = size('nvrtcGetPTXSize', (o) => api.nvrtcGetPTXSize(prog[0], o));
        const ptx = new Uint8Array(n);
        check('nvrtcGetPTX', api.nvrtcGetPTX(prog[0], ptx));
        return new TextDecoder().decode(ptx.subarray(0, n - 1));
      } finally {
        api.nvrtcDestroyProgram(prog);
      }
    },
  };
}
