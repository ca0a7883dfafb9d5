// What a cuda bundle adds to the CUDA executor (runtime/exec/cuda.ts, inlined
// beside it): each program's kernels are one CUDA C++ file with PTX beside
// it for sm_80 and sm_90, compiled by nvcc when the bundle was built. The
// driver JIT-compiles PTX forward, so the newest PTX not newer than the
// device is loaded; a device older than every PTX (or a bundle built without
// nvcc) compiles the .cu with NVRTC instead.
//
// This file is inlined into generated modules (compiler/emit/inline.ts): it
// imports nothing but Node built-ins, dynamically.

/** A program's kernel files beside the module and, by kernel name, its entry points and block sizes. */
export interface CudaProgramFiles {
  /** The CUDA C++ translation unit, relative to the module. */
  readonly cu: string;
  /** PTX by compute capability (80 for sm_80), relative to the module. */
  readonly ptx: Readonly<Record<number, string>>;
  readonly kernels: Readonly<Record<string, { readonly entryPoint: string; readonly block: readonly [number, number, number] }>>;
}

/** Reads a bundle file relative to the module, as text. */
export type BundleFileReader = (file: string) => Promise<string>;

/** The PTX to load on a device of compute capability `major.minor`: the newest not newer than it, else undefined. */
export function ptxFor(files: CudaProgramFiles, major: number, minor: number): string | undefined {
  const device = major * 10 + minor;
  const usable = Object.keys(files.ptx).map(Number).filter((cc) => cc <= device).sort((a, b) => b - a);
  return usable.length > 0 ? files.ptx[usable[0]!] : undefined;
}

/** Default reader: the file beside `moduleUrl` on disk. */
export function readBeside(moduleUrl: string): BundleFileReader {
  return async (file) => {
    const specifier = 'node:fs/promises';
    const fs = (await import(/* @vite-ignore */ specifier)) as { readFile(path: URL, encoding: 'utf8'): Promise<string> };
    return fs.readFile(new URL(`./${file}`, moduleUrl), 'utf8');
  };
}
