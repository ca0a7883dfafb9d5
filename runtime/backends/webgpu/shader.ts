/// <reference types="@webgpu/types" />
// WGSL compilation with errors people can act on. Dawn reports shader
// problems three ways: GPUCompilationInfo messages (line:col, the best
// source), validation errors on the device (caught here with error scopes so
// they never reach the device's uncaptured-error handler), and rejected
// createComputePipelineAsync promises (entry point / layout mismatches,
// workgroup memory over the limit). Every error we throw names the kernel,
// its .loom source location and Dawn's own text.
import type { GpuDevice } from './device.ts';
import { kernelLabel, uniformStructBytes, type WgslKernel } from './kernel.ts';

export class WgslCompileError extends Error {
  override readonly name = 'WgslCompileError';
  constructor(
    readonly kernel: string,
    readonly source: string | undefined,
    /** Dawn's messages, each `line:col: text` where Dawn gave a position. */
    readonly diagnostics: string[],
    detail: string,
  ) {
    super(detail);
  }
}

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
  const errors = info.messages.filter((m) => m.type === 'error').map(formatMessage);
  const warnings = info.messages.filter((m) => m.type === 'warning').map(formatMessage);
  // The scope repeats the compilation errors; use it only if compilation info had none.
  if (scopeError && errors.length === 0) errors.push(scopeError.message.trim());
  if (options.entryPoint && errors.length === 0) {
    try {
      await dev.createComputePipelineAsync({ layout: 'auto', compute: { module, entryPoint: options.entryPoint } });
    } catch (e) {
      errors.push(`pipeline: ${errorText(e).trim()}`);
    }
  }
  return { errors, warnings };
}

/** Checks a kernel against the device limits before Dawn sees it, for clearer messages. */
export function checkKernelLimits(kernel: WgslKernel, limits: GPUSupportedLimits): void {
  const fail = (why: string): never => {
    throw new Error(`WGSL kernel ${kernelLabel(kernel)}: ${why}`);
  };
  const [x, y, z] = kernel.workgroupSize;
  if (![x, y, z].every((d) => Number.isInteger(d) && d >= 1)) fail(`workgroupSize ${kernel.workgroupSize} must be positive integers`);
  if (x > limits.maxComputeWorkgroupSizeX || y > limits.maxComputeWorkgroupSizeY || z > limits.maxComputeWorkgroupSizeZ) {
    fail(`workgroupSize [${x},${y},${z}] exceeds the per-dimension limits [${limits.maxComputeWorkgroupSizeX},${limits.maxComputeWorkgroupSizeY},${limits.maxComputeWorkgroupSizeZ}]`);
  }
  if (x * y * z > limits.maxComputeInvocationsPerWorkgroup) {
    fail(`workgroupSize [${x},${y},${z}] has ${x * y * z} invocations; the limit is ${limits.maxComputeInvocationsPerWorkgroup}`);
  }
  if (kernel.bindings.length > limits.maxStorageBuffersPerShaderStage) {
    fail(`${kernel.bindings.length} storage buffers; the limit is ${limits.maxStorageBuffersPerShaderStage} per shader stage`);
  }
  if (uniformStructBytes(kernel) > limits.maxUniformBufferBindingSize) {
    fail(`uniform struct of ${uniformStructBytes(kernel)} bytes exceeds maxUniformBufferBindingSize`);
  }
}

/**
 * Compiles a kernel for `layout`, awaiting everything Dawn has to say.
 * Throws WgslCompileError on any error; resolves with warnings otherwise.
 */
export async function compileKernel(
  device: GPUDevice,
  kernel: WgslKernel,
  layout: GPUPipelineLayout,
): Promise<{ pipeline: GPUComputePipeline; warnings: string[] }> {
  device.pushErrorScope('validation');
  const module = device.createShaderModule({ code: kernel.code, label: kernel.name });
  const scope = device.popErrorScope();
  const info = await module.getCompilationInfo();
  const scopeError = await scope;
  const errors = info.messages.filter((m) => m.type === 'error');
  if (errors.length > 0 || scopeError) {
    throw compileError(kernel, errors, kernel.code, scopeError?.message);
  }
  let pipeline: GPUComputePipeline;
  try {
    pipeline = await device.createComputePipelineAsync({
      label: kernel.name,
      layout,
      compute: { module, entryPoint: kernel.entryPoint },
    });
  } catch (e) {
    throw pipelineError(kernel, errorText(e));
  }
  const warnings = info.messages.filter((m) => m.type === 'warning').map(formatMessage);
  return { pipeline, warnings };
}

/**
 * Creates a pipeline synchronously (so a step can be encoded without
 * awaiting) and returns a promise for the error, if any, which resolves once
 * Dawn has validated it. Dawn creates an invalid pipeline on failure; the
 * caller must not reuse it when `error` yields non-null.
 */
export function createPipelineNow(
  device: GPUDevice,
  kernel: WgslKernel,
  layout: GPUPipelineLayout,
): { pipeline: GPUComputePipeline; error: Promise<WgslCompileError | null> } {
  device.pushErrorScope('validation');
  const module = device.createShaderModule({ code: kernel.code, label: kernel.name });
  const pipeline = device.createComputePipeline({ label: kernel.name, layout, compute: { module, entryPoint: kernel.entryPoint } });
  const scope = device.popErrorScope();
  const error = scope.then(async (scopeError) => {
    if (!scopeError) return null;
    const messages = (await module.getCompilationInfo()).messages.filter((m) => m.type === 'error');
    return messages.length > 0 ? compileError(kernel, messages, kernel.code) : pipelineError(kernel, scopeError.message);
  });
  return { pipeline, error };
}

function compileError(
  kernel: WgslKernel,
  messages: readonly GPUCompilationMessage[],
  code: string,
  fallback?: string,
): WgslCompileError {
  const diagnostics = messages.map(formatMessage);
  const lines = code.split('\n');
  const body = messages.length > 0
    ? messages.map((m) => `  error at WGSL ${m.lineNum}:${m.linePos}: ${m.message}${excerpt(lines, m)}`).join('\n')
    : `  ${(fallback ?? 'unknown error').trim()}`;
  if (diagnostics.length === 0 && fallback) diagnostics.push(fallback.trim());
  return new WgslCompileError(kernel.name, kernel.source, diagnostics, `WGSL kernel ${kernelLabel(kernel)} failed to compile:\n${body}`);
}

function pipelineError(kernel: WgslKernel, dawnMessage: string): WgslCompileError {
  return new WgslCompileError(
    kernel.name,
    kernel.source,
    [dawnMessage.trim()],
    `WGSL kernel ${kernelLabel(kernel)} failed to build a compute pipeline (entry point "${kernel.entryPoint}"):\n  ${dawnMessage.trim()}`,
  );
}

/** The offending WGSL line with carets under the reported span. */
function excerpt(lines: string[], m: GPUCompilationMessage): string {
  const line = lines[m.lineNum - 1];
  if (line === undefined || m.linePos < 1) return '';
  const width = Math.max(1, Math.min(m.length || 1, line.length - m.linePos + 1));
  return `\n    ${line}\n    ${' '.repeat(m.linePos - 1)}${'^'.repeat(width)}`;
}

function formatMessage(m: GPUCompilationMessage): string {
  return m.lineNum > 0 ? `${m.lineNum}:${m.linePos}: ${m.message}` : m.message;
}

function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
