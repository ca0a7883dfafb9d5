// The kernel files of a js bundle, rendered by loom's JS renderer
// (compiler/render/js.ts): one ES module per program, kernels/<program>.js,
// holding the helpers once and each kernel as a function, exported as
// `kernels = { name: { fn, buffers } }` (the js executor's KernelTable), with
// a .d.ts beside it so the TypeScript module imports it under `strict`.
// (A webgpu bundle's kernels are one .wgsl file each; see module-webgpu.ts.)
import { IndentationText, NewLineKind, Project, QuoteKind, VariableDeclarationKind } from 'ts-morph';
import type { Kernel } from '../kernel/ir.ts';
import { helperSource, JS_HELPERS } from '../render/helpers.ts';
import { moduleAllocator, renderJs } from '../render/js.ts';
import type { ProgramName } from './manifest.ts';

export const jsKernelFile = (program: ProgramName): string => `kernels/${program}.js`;
export const jsKernelTypesFile = (program: ProgramName): string => `kernels/${program}.d.ts`;

const commentLines = (header: readonly string[]): string[] => header.map((l) => `// ${l}`.trimEnd());

/** kernels/<program>.js: the helpers once, each kernel's function, and `export const kernels`. */
export function jsKernelModule(kernels: readonly Kernel[], header: readonly string[]): string {
  const rendered = kernels.map((kernel) => renderJs(kernel));
  const table = rendered.map((r, i) => `  ${JSON.stringify(r.name)}: { fn: ${declaredName(r.source)}, buffers: ${JSON.stringify(kernels[i]!.buffers.map((b) => b.name))} },`);
  return [
    ...commentLines(header),
    "'use strict';",
    ...helperSource(JS_HELPERS, rendered.flatMap((r) => r.helpers)),
    ...rendered.map((r) => r.source.replace(/\n$/, '')),
    '/** Every kernel, by name: fn(buffers, uniforms) and its buffer parameter names, in binding order. */',
    `export const kernels = Object.freeze({\n${table.join('\n')}\n});`,
    '/** Allocates the program\'s buffers in the SIMD kernels\' memory (JsExecutorOptions.allocate), or undefined. */',
    `export const allocate = ${moduleAllocator(rendered.flatMap((r) => r.helpers))};`,
    '',
  ].join('\n');
}

/** kernels/<program>.d.ts: the type of the kernel module's export. */
export function jsKernelTypes(header: readonly string[]): string {
  const project = new Project({
    useInMemoryFileSystem: true,
    manipulationSettings: { indentationText: IndentationText.TwoSpaces, newLineKind: NewLineKind.LineFeed, quoteKind: QuoteKind.Single },
  });
  const file = project.createSourceFile('/kernels.d.ts');
  file.addStatements(commentLines(header).join('\n'));
  file.addTypeAlias({
    name: 'KernelFn',
    isExported: true,
    type: '(buffers: Readonly<Record<string, Float32Array>>, uniforms: Readonly<Record<string, number>>) => void',
    docs: ['One kernel: buffers and uniforms by parameter name.'],
  });
  file.addVariableStatement({
    declarationKind: VariableDeclarationKind.Const,
    hasDeclareKeyword: true,
    isExported: true,
    declarations: [{ name: 'kernels', type: 'Readonly<Record<string, { readonly fn: KernelFn; readonly buffers: readonly string[] }>>' }],
    docs: ['Every kernel of the program, by name.'],
  });
  file.addVariableStatement({
    declarationKind: VariableDeclarationKind.Const,
    hasDeclareKeyword: true,
    isExported: true,
    declarations: [{ name: 'allocate', type: '((lengths: readonly number[]) => Float32Array[] | null) | undefined' }],
    docs: ['Allocates the program\'s buffers in the SIMD kernels\' memory, or undefined.'],
  });
  return file.getFullText();
}

/** The declared function name in a rendered kernel (the kernel name, mangled when it is a JS keyword). */
function declaredName(source: string): string {
  const m = /^function ([A-Za-z0-9_$]+)\(/m.exec(source);
  if (!m) throw new Error('a rendered JS kernel has no function declaration');
  return m[1]!;
}
