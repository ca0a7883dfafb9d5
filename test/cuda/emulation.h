// Runs CUDA C++ kernels on the CPU, to check the numerics of loom's CUDA
// renderer without a GPU. Each block's threads are real threads (a pool of
// blockDim threads per launch, walking the blocks in order); __syncthreads
// is a std::barrier over the block's threads, and block ends are barriers
// too, so one block's shared memory is never touched by the next block
// while any thread still runs. __shared__ arrays become function-local
// statics: shared by the threads of the block that is running, which is the
// only block running. Warp shuffles are not emulated (the IR has none yet).
//
// Compile a rendered module with: g++ -std=c++20 -O1 -pthread -include emulation.h
#pragma once
#define LOOM_CUDA_EMULATION 1
#include <algorithm>
#include <barrier>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <thread>
#include <vector>

struct uint3 { unsigned int x, y, z; };
struct dim3 {
  unsigned int x, y, z;
  constexpr dim3(unsigned int x_ = 1, unsigned int y_ = 1, unsigned int z_ = 1) : x(x_), y(y_), z(z_) {}
};

inline thread_local uint3 threadIdx;
inline thread_local uint3 blockIdx;
inline thread_local dim3 blockDim;
inline thread_local dim3 gridDim;
inline thread_local std::barrier<>* loom_emu_barrier = nullptr;

#define __global__
#define __launch_bounds__(n)
#define __shared__ static
#define __syncthreads() (loom_emu_barrier->arrive_and_wait())

inline float rsqrtf(float x) { return 1.0f / sqrtf(x); }
inline float __int_as_float(int x) { float f; std::memcpy(&f, &x, 4); return f; }
inline float __uint_as_float(unsigned int x) { float f; std::memcpy(&f, &x, 4); return f; }
inline int __float_as_int(float x) { int i; std::memcpy(&i, &x, 4); return i; }
inline unsigned int __float_as_uint(float x) { unsigned int i; std::memcpy(&i, &x, 4); return i; }
using std::max;
using std::min;

/** kernel<<<grid, block>>>(args...) on the CPU. */
template <class... P, class... A>
void loom_emu_launch(void (*kernel)(P...), dim3 grid, dim3 block, A... args) {
  const unsigned int threads = block.x * block.y * block.z;
  std::barrier<> barrier(threads);
  std::vector<std::thread> pool;
  pool.reserve(threads);
  for (unsigned int t = 0; t < threads; t++) {
    pool.emplace_back([&, t] {
      threadIdx = uint3{t % block.x, (t / block.x) % block.y, t / (block.x * block.y)};
      blockDim = block;
      gridDim = grid;
      loom_emu_barrier = &barrier;
      for (unsigned int bz = 0; bz < grid.z; bz++)
        for (unsigned int by = 0; by < grid.y; by++)
          for (unsigned int bx = 0; bx < grid.x; bx++) {
            blockIdx = uint3{bx, by, bz};
            kernel(args...);
            barrier.arrive_and_wait();  // the block ends for every thread before the next one starts
          }
    });
  }
  for (auto& th : pool) th.join();
}
