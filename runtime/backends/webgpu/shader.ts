/// <reference types="@webgpu/types" />
// Checking WGSL outside any program: validateWgsl compiles code (and, given
// an entry point, builds a pipeline) and returns Dawn's errors and warnings
// as `line:col: message`, never letting them reach the device's
// uncaptured-error handler. The tests hold every generated shader to "no
// errors, no warnings" with it. Compiling kernels to run them, with errors
// that name the kernel, is the executor's (runtime/exec/webgpu.ts).
import { formatWgslMessage } from '../../exec/webgpu-errors.ts';
import type { GpuDevice } from './device.ts';

export interface WgslDiagnostics {
  errors: string[];
  warnings: string[];
}

/**
 * Compiles `code` and returns Dawn's errors and warnings as `line:col: text`.
 * With `entryPoint`, also builds a compute pipeline (layout 'auto') so that
 * pipeline-time checks run too, e.g. workgroup storage over the 16 KiB limit.
 */
export async function validateWgsl(
  device: GPUDevice | GpuDevice,
  code: string,
  options: { entryPoint?: string } = {},
): Promise<WgslDiagnostics> {
  const dev = 'device' in device ? device.device : device;
  dev.pushErrorScope('validation');
  const module = dev.createShaderModule({ code });
  const scope = dev.popErrorScope();
  const info = await module.getCompilationInfo();
  const scopeError = await scope;
  const errors = info.messages.filter((m) => m.type === 'error').map(formatWgslMessage);
  const warnings = info.messages.filter((m) => m.type === 'warning').map(formatWgslMessage);
  // The scope repeats the compilation errors; use it only if compilation info had none.
  if (scopeError && errors.length === 0) errors.push(scopeError.message.trim());
  if (options.entryPoint && errors.length === 0) {
    dev.pushErrorScope('validation');
    try {
      await dev.createComputePipelineAsync({ layout: 'auto', compute: { module, entryPoint: options.entryPoint } });
    } catch (e) {
      errors.push(`pipeline: ${(e instanceof Error ? e.message : String(e)).trim()}`);
    }
    const pipelineScope = await dev.popErrorScope();
    if (pipelineScope && !errors.some((e) => e.startsWith('pipeline:'))) errors.push(`pipeline: ${pipelineScope.message.trim()}`);
  }
  return { errors, warnings };
}
