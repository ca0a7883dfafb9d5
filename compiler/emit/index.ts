// Emit: a compiled .loom model → a bundle (typed TypeScript module, kernel
// sources, manifest.json). See docs/emit.md.
export { compileBundle, MANIFEST_FILE, MODULE_FILE } from './bundle.ts';
export type { Bundle, BundleOptions, BundleProgram } from './bundle.ts';
export { PROGRAM_NAMES, BUNDLE_FORMAT } from './manifest.ts';
export type { Manifest, ManifestGeneration, ManifestKernel, ManifestProgram, ProgramName } from './manifest.ts';
export { writeBundle, writeFiles } from './write.ts';
export { packageBundle } from './package.ts';
export type { PackageOptions } from './package.ts';
