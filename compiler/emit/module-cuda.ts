// The cuda target's bundle: per program, one CUDA C++ translation unit,
// kernels/<program>.cu, rendered by the target's renderer, with PTX beside it
// for sm_80 and sm_90 (cuda-ptx.ts, when nvcc is installed), and an index.ts
// of self-contained TypeScript that runs them on an NVIDIA GPU with loom's
// own CUDA executor and driver binding (runtime/exec/cuda*.ts), inlined with
// the input checks, sampler and initialiser (inline.ts). It needs Node and
// the `koffi` package (the FFI to libcuda); weights and optimizer slots stay
// on the GPU between calls.
import { renderCuda, renderCudaModule } from '../render/cuda.ts';
import { hasNvcc, nvccPtx, PTX_ARCHS } from './cuda-ptx.ts';
import type { ProgramName } from './manifest.ts';
import { MODEL_API_TYPES, PLAN_TYPES, programNames, type BundleKernel, type BundleWriter, type ModuleSpec } from './module-common.ts';
import { deviceModuleSource } from './module-device.ts';
import { quote } from './ts-literal.ts';

export const CUDA_SUPPORT = [
  'compiler/graph/random.ts',
  'runtime/sample.ts',
  'runtime/decode-loop.ts',
  'compiler/plan.ts',
  'runtime/exec/inputs.ts',
  'runtime/exec/cuda-driver.ts',
  'runtime/exec/cuda.ts',
  'compiler/emit/support/init.ts',
  'runtime/json-keys.ts',
  'runtime/safetensors-decode.ts',
  'compiler/emit/support/weights.ts',
  'compiler/emit/support/cuda-files.ts',
  'compiler/emit/support/model.ts',
] as const;

const CUDA_EXPORTED = new Set([
  'ParamInit', 'TensorSpec', 'WeightsSource', 'SamplerOptions', 'ProgramInputs', 'StateArrays', ...PLAN_TYPES,
  'CudaExecutor', 'CudaError', 'CudaDriver', 'CudaStats', 'CudaTiming', 'CudaModuleSource', 'CudaKernelEntry', 'openCudaDriver',
  'CudaProgramFiles', 'BundleFileReader', ...MODEL_API_TYPES,
]);

export const cudaModuleFile = (program: ProgramName): string => `kernels/${program}.cu`;
export const ptxFile = (program: ProgramName, cc: number): string => `kernels/${program}.sm_${cc}.ptx`;

export const CUDA_BUNDLE: BundleWriter = {
  kernelFiles(_target, program, kernels, header, options) {
    const files = new Map<string, string>();
    const comment = header.map((l) => `// ${l}`.trimEnd()).join('\n');
    const source = `${comment}\n${renderCudaModule(kernels)}`;
    files.set(cudaModuleFile(program), source);
    const ptx = options.ptx ?? (hasNvcc() ? PTX_ARCHS : []);
    for (const cc of ptx) files.set(ptxFile(program, cc), nvccPtx(source, cc, program));
    const out = kernels.map((k): BundleKernel => {
      if (k.launch.kind !== 'grid') throw new Error(`kernel ${k.name}: the cuda target runs grid kernels only`);
      return { program, name: k.name, file: cudaModuleFile(program), entryPoint: renderCuda(k).entryPoint, block: k.launch.workgroupSize, ptx };
    });
    return { files, kernels: out };
  },
  moduleSource: cudaModuleSource,
};

export function cudaModuleSource(spec: ModuleSpec, kernels: readonly BundleKernel[]): string {
  const programs = programNames(spec).map((program) => {
    const rows = kernels.filter((k) => k.program === program).map((k) => {
      const block = k.block ?? [1, 1, 1];
      return `      ${quote(k.name)}: { entryPoint: ${quote(k.entryPoint)}, block: [${block.join(', ')}] },`;
    });
    const archs = kernels.find((k) => k.program === program)?.ptx ?? [];
    const ptx = archs.map((cc) => `${cc}: ${quote(ptxFile(program, cc))}`).join(', ');
    return `  ${program}: {\n    cu: ${quote(cudaModuleFile(program))},\n    ptx: {${ptx ? ` ${ptx} ` : ''}},\n    kernels: {\n${rows.join('\n')}\n    },\n  },`;
  });
  return deviceModuleSource(spec, {
    support: CUDA_SUPPORT,
    exported: CUDA_EXPORTED,
    kernelFiles: {
      type: 'Readonly<Record<ProgramName, CudaProgramFiles>>',
      doc: 'Each program\'s kernel files beside this module (CUDA C++ and PTX) and its kernels\' entry points and block sizes.',
      initializer: `{\n${programs.join('\n')}\n}`,
    },
    executor: 'CudaExecutor',
    modelDoc: 'The model on a GPU (from loadExecutor()): its programs, loaded, and its weights and optimizer slots.',
    deviceOptions: [
      { name: 'device', type: 'number', hasQuestionToken: true, docs: ['The CUDA device ordinal; 0 by default.'] },
      { name: 'readFile', type: 'BundleFileReader', hasQuestionToken: true, docs: ['Reads a kernel file of the bundle; by default from disk beside this module.'] },
    ],
    openExecutor: ['return new CudaExecutor(await openCudaDriver(options.device ?? 0));'],
    // The driver (its context) was opened for this executor alone.
    closeExecutor: ['model.dispose();', 'model.driver.close();'],
    loadProgram: [
      'const read = options.readFile ?? readBeside(import.meta.url);',
      'const [major, minor] = model.driver.computeCapability;',
      'const files = kernelFiles[name];',
      'const ptxPath = ptxFor(files, major, minor);',
      'let ptx: string;',
      'if (ptxPath !== undefined) ptx = await read(ptxPath);',
      'else if (model.driver.compilePtx) ptx = model.driver.compilePtx(await read(files.cu), files.cu);',
      'else throw new CudaError(`no PTX for sm_${major}${minor} in this bundle and no NVRTC to compile ${files.cu}`);',
      'model.load(name, plans[name], { ptx, kernels: files.kernels });',
    ],
    loadDoc: 'an NVIDIA GPU (`options.device`, ordinal 0 by default; koffi reaches its driver)',
    trainStepDoc: 'One training step on the GPU (forward, loss, backward, AdamW), every kernel on one stream; the weights and slots stay there, only the outputs are read back.',
  });
}
