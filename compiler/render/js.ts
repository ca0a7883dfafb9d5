// Public entry points of the JavaScript target: render kernels to function
// source, bundle them into a module with their helpers, and compile that
// module with `new Function` for the CPU backend.
//
// A rendered kernel is `function name(buffers, uniforms)`: `buffers` maps each
// buffer parameter's name to a Float32Array / Int32Array / Uint32Array (bool
// data lives in u32 buffers), `uniforms` maps each uniform's name to a number.
import { evalHost } from '../kernel/eval.ts';
import type { Kernel } from '../kernel/ir.ts';
import { kernelLabel } from '../kernel/ir.ts';
import { assertValidKernel } from '../kernel/verify.ts';
import { helperSource, JS_HELPERS } from './helpers.ts';
import { JsGridRenderer } from './js-grid.ts';
import { JsRenderer } from './js-render.ts';

export type JsBuffer = Float32Array | Int32Array | Uint32Array;
export type JsKernelFn = (buffers: Readonly<Record<string, JsBuffer>>, uniforms: Readonly<Record<string, number>>) => void;

export interface RenderedJs {
  readonly name: string;
  /** `function name(buffers, uniforms) { … }`, calling the helpers below. */
  readonly source: string;
  /** Names of the support functions the source calls (see renderJsModule). */
  readonly helpers: readonly string[];
  /** Whether the kernel's loop nests run as WebAssembly SIMD (wasm-simd.ts), or why not. */
  readonly code: { readonly simd: true } | { readonly simd: false; readonly why: string };
}

export interface RenderJsOptions {
  /**
   * Compile serial kernels' loop nests to WebAssembly SIMD where they allow
   * (wasm-simd.ts, docs/simd.md), keeping the JS loops as the fallback.
   * Default true; false renders plain JavaScript only.
   */
  readonly simd?: boolean;
}

/** Renders one kernel (verified first) to a JS function declaration. */
export function renderJs(kernel: Kernel, options: RenderJsOptions = {}): RenderedJs {
  assertValidKernel(kernel);
  const simd = options.simd ?? true;
  const r = kernel.launch.kind === 'grid' ? new JsGridRenderer() : new JsRenderer(simd);
  const source = r.renderFunction(kernel);
  const why = kernel.launch.kind === 'grid' ? 'a grid launch' : !simd ? 'rendered without SIMD (LOOM_SIMD=off)' : r.simdRefusal;
  return { name: kernel.name, source, helpers: [...r.helpers].sort(), code: why === undefined ? { simd: true } : { simd: false, why } };
}

/**
 * A module body for `new Function(body)()`: strict mode, each helper once,
 * every kernel's function, and `return { name: fn, … }`.
 */
export function renderJsModule(kernels: readonly Kernel[], options: RenderJsOptions = {}): string {
  return jsModuleSource(kernels.map((kernel) => renderJs(kernel, options)));
}

/** renderJsModule's text from kernels already rendered. */
export function jsModuleSource(rendered: readonly RenderedJs[]): string {
  const names = new Set<string>();
  for (const r of rendered) {
    if (names.has(r.name)) throw new Error(`two kernels are named "${r.name}"`);
    names.add(r.name);
  }
  const helpers = rendered.flatMap((r) => r.helpers);
  const entries = rendered.map((r) => `${JSON.stringify(r.name)}: ${functionName(r.source)}`);
  return [
    "'use strict';",
    ...helperSource(JS_HELPERS, helpers),
    ...rendered.map((r) => r.source),
    `return { ${[...entries, `${MODULE_ALLOCATE}: ${moduleAllocator(helpers)}`].join(', ')} };`,
  ].join('\n');
}

/** The key of a module's allocator (JsExecutorOptions.allocate) beside its kernels: `loom_` names no kernel. */
export const MODULE_ALLOCATE = 'loom_allocate';

/** The allocator expression of a module with these helpers: its SIMD memory's, or undefined. */
export function moduleAllocator(helpers: Iterable<string>): string {
  return new Set(helpers).has('simd') ? 'loom_simd_alloc' : 'undefined';
}

export interface CompileJsOptions extends RenderJsOptions {
  /**
   * Check every call's buffers (present, right typed-array kind, long enough)
   * and uniforms before running, with errors naming the kernel. Default true;
   * the checks cost a few property reads per call, nothing per element.
   */
  readonly checked?: boolean;
}

/** Compiles kernels into callable functions, by kernel name. */
export function compileJs(kernels: readonly Kernel[], options: CompileJsOptions = {}): Record<string, JsKernelFn> {
  const fns = new Function(renderJsModule(kernels, options))() as Record<string, JsKernelFn>;
  if (options.checked === false) return fns;
  return Object.fromEntries(kernels.map((kern) => [kern.name, checkedCall(kern, fns[kern.name]!)]));
}

/** Compiles one kernel. */
export function compileJsKernel(kernel: Kernel, options: CompileJsOptions = {}): JsKernelFn {
  return compileJs([kernel], options)[kernel.name]!;
}

const ARRAY_KIND = { f32: Float32Array, i32: Int32Array, u32: Uint32Array } as const;

function checkedCall(kernel: Kernel, fn: JsKernelFn): JsKernelFn {
  return (buffers, uniforms) => {
    const fail = (why: string): never => {
      throw new Error(`${kernelLabel(kernel)}: ${why}`);
    };
    for (const u of kernel.uniforms) {
      if (typeof uniforms[u.name] !== 'number') fail(`uniform "${u.name}" is missing`);
    }
    for (const b of kernel.buffers) {
      const arr = buffers[b.name];
      if (arr === undefined) fail(`buffer "${b.name}" is missing`);
      if (!(arr instanceof ARRAY_KIND[b.dtype])) fail(`buffer "${b.name}" must be a ${ARRAY_KIND[b.dtype].name}`);
      const count = evalHost(b.count, uniforms);
      if (arr!.length < count) fail(`buffer "${b.name}" has ${arr!.length} elements; the kernel uses ${count}`);
    }
    fn(buffers, uniforms);
  };
}

/** The declared function name (the kernel name, mangled if it is a JS keyword). */
function functionName(source: string): string {
  const m = /^function ([A-Za-z0-9_]+)\(/m.exec(source);
  if (!m) throw new Error('rendered JS has no function declaration');
  return m[1]!;
}
