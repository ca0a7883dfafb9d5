// A CPU stand-in for libcuda: the driver calls loom's CUDA executor makes
// (runtime/exec/cuda-driver.ts), with the same C signatures, implemented on
// host memory. A "module image" is `loom-fake-module:<path>` naming a shared
// library built from loom's rendered CUDA C++ with test/cuda/emulation.h,
// whose `loom_fake_launch_<kernel>(grid, block, params)` entry points run a
// kernel's blocks and threads on the CPU. So the tests exercise the real
// FFI binding (koffi types, out-parameters, the kernelParams array), the
// executor and the CUDA text together, without a GPU.
//
// Build: cc -shared -fPIC -O1 -o libcuda-fake.so fake-driver.c -ldl
#include <dlfcn.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

typedef int CUresult;
enum {
  SUCCESS = 0, INVALID_VALUE = 1, OUT_OF_MEMORY = 2, INVALID_DEVICE = 101,
  INVALID_IMAGE = 200, NOT_FOUND = 500, LAUNCH_FAILED = 719,
};
typedef void (*fake_launch)(const unsigned int *grid, const unsigned int *block, void **params);

static const char *error_name(int e) {
  switch (e) {
    case SUCCESS: return "CUDA_SUCCESS";
    case INVALID_VALUE: return "CUDA_ERROR_INVALID_VALUE";
    case OUT_OF_MEMORY: return "CUDA_ERROR_OUT_OF_MEMORY";
    case INVALID_DEVICE: return "CUDA_ERROR_INVALID_DEVICE";
    case INVALID_IMAGE: return "CUDA_ERROR_INVALID_IMAGE";
    case NOT_FOUND: return "CUDA_ERROR_NOT_FOUND";
    default: return "CUDA_ERROR_UNKNOWN";
  }
}

CUresult cuGetErrorName(int e, const char **s) { *s = error_name(e); return SUCCESS; }
CUresult cuGetErrorString(int e, const char **s) {
  *s = e == INVALID_IMAGE ? "device kernel image is invalid" : e == NOT_FOUND ? "named symbol not found" : "fake driver error";
  return SUCCESS;
}
CUresult cuInit(unsigned int flags) { return flags == 0 ? SUCCESS : INVALID_VALUE; }
CUresult cuDeviceGetCount(int *count) { *count = 1; return SUCCESS; }
CUresult cuDeviceGet(int *device, int ordinal) { *device = ordinal; return ordinal == 0 ? SUCCESS : INVALID_DEVICE; }
CUresult cuDeviceGetName(char *name, int len, int dev) { snprintf(name, (size_t)len, "loom fake CUDA device %d (CPU emulation)", dev); return SUCCESS; }
CUresult cuDeviceGetAttribute(int *value, int attribute, int dev) {
  (void)dev;
  *value = attribute == 75 ? 9 : 0;  // compute capability 9.0
  return SUCCESS;
}
CUresult cuDeviceTotalMem_v2(size_t *bytes, int dev) { (void)dev; *bytes = (size_t)1 << 30; return SUCCESS; }
CUresult cuDevicePrimaryCtxRetain(void **ctx, int dev) { (void)dev; *ctx = (void *)0x100; return SUCCESS; }
CUresult cuDevicePrimaryCtxRelease_v2(int dev) { (void)dev; return SUCCESS; }
CUresult cuCtxSetCurrent(void *ctx) { return ctx == (void *)0x100 ? SUCCESS : INVALID_VALUE; }

static const char PREFIX[] = "loom-fake-module:";
CUresult cuModuleLoadData(void **module, const char *image) {
  if (strncmp(image, PREFIX, sizeof PREFIX - 1) != 0) return INVALID_IMAGE;
  void *h = dlopen(image + sizeof PREFIX - 1, RTLD_NOW | RTLD_LOCAL);
  if (!h) { fprintf(stderr, "fake driver: %s\n", dlerror()); return INVALID_IMAGE; }
  *module = h;
  return SUCCESS;
}
CUresult cuModuleUnload(void *module) { return dlclose(module) == 0 ? SUCCESS : INVALID_VALUE; }
CUresult cuModuleGetFunction(void **fn, void *module, const char *name) {
  char symbol[512];
  snprintf(symbol, sizeof symbol, "loom_fake_launch_%s", name);
  void *f = dlsym(module, symbol);
  if (!f) return NOT_FOUND;
  *fn = f;
  return SUCCESS;
}

CUresult cuFuncSetAttribute(void *fn, int attribute, int value) {
  (void)fn;
  return attribute == 8 && value >= 0 && value <= 227 * 1024 ? SUCCESS : INVALID_VALUE;
}

CUresult cuMemAlloc_v2(uint64_t *ptr, size_t bytes) {
  void *p = malloc(bytes);
  if (!p) return OUT_OF_MEMORY;
  memset(p, 0xff, bytes);  // like a GPU: whatever was there before (NaN bits), never zeros for free
  *ptr = (uint64_t)(uintptr_t)p;
  return SUCCESS;
}
CUresult cuMemFree_v2(uint64_t ptr) { free((void *)(uintptr_t)ptr); return SUCCESS; }
CUresult cuMemcpyHtoD_v2(uint64_t dst, const void *src, size_t bytes) { memcpy((void *)(uintptr_t)dst, src, bytes); return SUCCESS; }
CUresult cuMemcpyDtoH_v2(void *dst, uint64_t src, size_t bytes) { memcpy(dst, (const void *)(uintptr_t)src, bytes); return SUCCESS; }
CUresult cuMemcpyDtoDAsync_v2(uint64_t dst, uint64_t src, size_t bytes, void *stream) {
  (void)stream;
  memmove((void *)(uintptr_t)dst, (const void *)(uintptr_t)src, bytes);
  return SUCCESS;
}
CUresult cuMemsetD32Async(uint64_t dst, unsigned int value, size_t count, void *stream) {
  (void)stream;
  uint32_t *p = (uint32_t *)(uintptr_t)dst;
  for (size_t i = 0; i < count; i++) p[i] = value;
  return SUCCESS;
}

CUresult cuLaunchKernel(void *fn, unsigned int gx, unsigned int gy, unsigned int gz, unsigned int bx, unsigned int by, unsigned int bz,
                        unsigned int shared, void *stream, void **params, void **extra) {
  (void)stream;
  if (shared != 0 || extra != NULL || bx * by * bz == 0 || bx * by * bz > 1024) return INVALID_VALUE;
  const unsigned int grid[3] = {gx, gy, gz};
  const unsigned int block[3] = {bx, by, bz};
  ((fake_launch)fn)(grid, block, params);
  return SUCCESS;
}

CUresult cuStreamCreate(void **stream, unsigned int flags) { (void)flags; *stream = (void *)0x200; return SUCCESS; }
CUresult cuStreamSynchronize(void *stream) { (void)stream; return SUCCESS; }
CUresult cuStreamDestroy_v2(void *stream) { (void)stream; return SUCCESS; }

CUresult cuEventCreate(void **event, unsigned int flags) {
  (void)flags;
  double *t = calloc(1, sizeof(double));
  if (!t) return OUT_OF_MEMORY;
  *event = t;
  return SUCCESS;
}
CUresult cuEventRecord(void *event, void *stream) {
  (void)stream;
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  *(double *)event = (double)ts.tv_sec * 1e3 + (double)ts.tv_nsec / 1e6;
  return SUCCESS;
}
CUresult cuEventSynchronize(void *event) { (void)event; return SUCCESS; }
CUresult cuEventElapsedTime(float *ms, void *start, void *end) { *ms = (float)(*(double *)end - *(double *)start); return SUCCESS; }
CUresult cuEventDestroy_v2(void *event) { free(event); return SUCCESS; }
