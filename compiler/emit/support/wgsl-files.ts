// What a webgpu bundle adds to the WebGPU executor (runtime/exec/webgpu.ts,
// inlined beside it): its kernels live in .wgsl files beside the generated
// module, found with `new URL('./kernels/…wgsl', import.meta.url)` (a form
// browser bundlers copy as assets) and read with fetch in a browser, from
// disk under Node, or with any loader the caller gives.
//
// This file is inlined into generated modules (compiler/emit/inline.ts): it
// imports nothing.

/** Reads a kernel's WGSL: `file` is relative to the module, `url` resolved against it. */
export type SourceLoader = (file: string, url: URL) => Promise<string>;

/** A kernel's .wgsl file beside the module and its entry point. */
export interface WgslFile {
  readonly file: string;
  readonly url: URL;
  readonly entryPoint: string;
}

/** Default loader: the file system under Node (file: URLs), fetch elsewhere. */
export async function loadBesideModule(_file: string, url: URL): Promise<string> {
  if (url.protocol === 'file:') {
    // A non-literal specifier keeps browser bundlers from resolving node:fs.
    const specifier = 'node:fs/promises';
    const fs = (await import(/* @vite-ignore */ specifier)) as { readFile(path: URL, encoding: 'utf8'): Promise<string> };
    return fs.readFile(url, 'utf8');
  }
  const response = await fetch(url);
  if (!response.ok) throw new Error(`cannot load ${url.href}: HTTP ${response.status}`);
  return response.text();
}

/** The WGSL of every kernel of a program, by kernel name, read through `load`: the executor's sources. */
export async function loadSources(
  kernels: Readonly<Record<string, WgslFile>>,
  load: SourceLoader,
): Promise<Record<string, { code: string; entryPoint: string }>> {
  const entries = await Promise.all(Object.entries(kernels).map(async ([name, f]) => [name, { code: await load(f.file, f.url), entryPoint: f.entryPoint }] as const));
  return Object.fromEntries(entries);
}
