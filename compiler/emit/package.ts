// `loom build`: a bundle (bundle.ts) as an npm package that plain Node, a
// bundler and a browser can import: index.ts compiled to ES2022 JavaScript
// with its declarations (index.js, index.d.ts), the kernel files beside it
// as they are (js kernels are already JavaScript with .d.ts; .wgsl files are
// found with `new URL('./kernels/…', import.meta.url)`, which bundlers copy
// as assets), manifest.json, and a package.json whose `exports` map the
// package to index.js and its types. The TypeScript compiler is ts-morph's
// (already loom's dependency): the module is type-checked as it is emitted,
// so a package never ships code that does not compile.
import { ModuleKind, ModuleResolutionKind, Project, ScriptTarget } from 'ts-morph';
import type { Bundle } from './bundle.ts';
import { MANIFEST_FILE, MODULE_FILE } from './bundle.ts';

export interface PackageOptions {
  /** npm package name; default `loom-<model>` in lower case. */
  readonly name?: string;
  /** Default 0.1.0. */
  readonly version?: string;
}

/** What a target's package needs at run time besides itself. */
const RUNTIME_DEPENDENCIES: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  js: {},
  // A GPUDevice comes from navigator.gpu in a browser; under Node from the `webgpu` package, which the caller installs.
  webgpu: {},
  cuda: { koffi: '^3.3.4' },
};

/** The package's files: path → content (index.js, index.d.ts, kernels, manifest.json, package.json, README.md). */
export function packageBundle(bundle: Bundle, options: PackageOptions = {}): Map<string, string> {
  const { manifest } = bundle;
  const name = options.name ?? `loom-${manifest.model.toLowerCase().replace(/[^a-z0-9-]+/g, '-')}`;
  if (!/^(@[a-z0-9-~][a-z0-9-._~]*\/)?[a-z0-9-~][a-z0-9-._~]*$/.test(name) || name.length > 214) {
    throw new Error(`"${name}" is not a valid npm package name (lower case, digits, - . _ ~; at most 214 characters)`);
  }
  const version = options.version ?? '0.1.0';
  if (!/^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/.test(version)) throw new Error(`"${version}" is not a semantic version (like 1.2.3)`);

  const project = new Project({
    useInMemoryFileSystem: true,
    compilerOptions: {
      target: ScriptTarget.ES2022,
      module: ModuleKind.ESNext,
      moduleResolution: ModuleResolutionKind.Bundler,
      declaration: true,
      strict: true,
      skipLibCheck: true,
      lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'],
      types: [],
      outDir: '/out',
      rootDir: '/src',
    },
  });
  for (const [rel, text] of bundle.files) {
    if (rel.endsWith('.ts')) project.createSourceFile(`/src/${rel}`, text);
  }
  // What the module uses from its host, declared for the type check only: Node's `process` (read where
  // it exists) and, for cuda, the koffi FFI, a dependency of the package.
  project.createSourceFile('/src/host.d.ts', [
    'declare const process: { readonly env?: Record<string, string | undefined> } | undefined;',
    "declare module 'koffi' { const koffi: { load(path: string): { func(prototype: string): (...args: any[]) => any } }; export default koffi; export function load(path: string): { func(prototype: string): (...args: any[]) => any }; }",
    '',
  ].join('\n'));
  const errors = project.getPreEmitDiagnostics().filter((d) => d.getSourceFile()?.getFilePath() === `/src/${MODULE_FILE}`);
  if (errors.length > 0) {
    throw new Error(`the generated module does not type-check:\n${project.formatDiagnosticsWithColorAndContext(errors.slice(0, 5))}`);
  }
  const emitted = project.getSourceFileOrThrow(`/src/${MODULE_FILE}`).getEmitOutput();
  const files = new Map<string, string>();
  for (const f of emitted.getOutputFiles()) files.set(f.getFilePath().replace(/^\/out\//, ''), f.getText());
  for (const [rel, text] of bundle.files) if (rel !== MODULE_FILE) files.set(rel, text);

  const pkg = {
    name,
    version,
    description: `${manifest.model} compiled by loom for the ${manifest.target} target (${manifest.source})`,
    type: 'module',
    main: './index.js',
    types: './index.d.ts',
    exports: { '.': { types: './index.d.ts', import: './index.js' }, './manifest.json': './manifest.json', './package.json': './package.json' },
    files: ['index.js', 'index.d.ts', 'kernels', MANIFEST_FILE, 'README.md'],
    sideEffects: false,
    engines: { node: '>=20' },
    dependencies: RUNTIME_DEPENDENCIES[manifest.target] ?? {},
    loom: { format: manifest.format, target: manifest.target, command: manifest.command },
  };
  files.set('package.json', `${JSON.stringify(pkg, null, 2)}\n`);
  files.set('README.md', readme(name, manifest.model, manifest.target, manifest.command));
  return new Map([...files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

function readme(name: string, model: string, target: string, command: string): string {
  const device = target === 'js'
    ? '// runs on the CPU'
    : target === 'webgpu'
      ? "// a browser's navigator.gpu; under Node pass { device } from the `webgpu` package"
      : '// an NVIDIA GPU and its driver (koffi reaches libcuda); { device: ordinal }';
  const use = [
    `import { load } from '${name}';`,
    '',
    `const model = await load({ weights: 'weights.safetensors' });   ${device}`,
    "const prompt = [...new TextEncoder().encode('Call me ')];",
    'for await (const token of model.generate(prompt, { maxTokens: 32, temperature: 0 })) console.log(token);',
    'model.dispose();',
  ];
  return [
    `# ${name}`,
    '',
    `${model}, compiled by [loom](https://github.com/) for the ${target} target with \`${command}\`.`,
    'Plain ES modules with type declarations: `import` it from Node (20 or later) or any bundler.',
    '',
    '```js',
    ...use,
    '```',
    '',
    '`manifest.json` lists every tensor, program and kernel.',
    '',
  ].join('\n');
}
