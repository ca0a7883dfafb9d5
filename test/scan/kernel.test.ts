// The scan kernel template: every scan is exactly one forward kernel, on the
// CPU (serial) and the GPU lowering (one workgroup, run here through the JS
// renderer's workgroup emulation), numerically equal to the interpreter,
// forward and backward. And the GPU form past the target's limits: body
// values in a scratch buffer (storage barriers), inputs packed into one
// buffer by `pack` kernels.
import { describe, expect, it } from 'vitest';
import { k } from '../../compiler/kernel/build.ts';
import { type KStmt, walkStmts } from '../../compiler/kernel/ir.ts';
import type { LoweredProgram } from '../../compiler/kernel/lower/types.ts';
import { printKernel } from '../../compiler/render/kernel-ir.ts';
import { CUDA_TARGET, JS_TARGET, type TargetSpec, WEBGPU_TARGET } from '../../compiler/target.ts';
import { compileChecked } from '../lower/helpers.ts';
import { linear, RECURRENCES, withGrads } from './helpers.ts';

const scanKernels = (names: readonly string[]) => names.filter((n) => n.endsWith('_scan'));

describe('scan kernel', () => {
  for (const target of [JS_TARGET, WEBGPU_TARGET]) {
    for (const rec of RECURRENCES(6)) {
      it(`${target.name} ${rec.name}: one kernel per scan, equal to the interpreter`, () => {
        const lowered = compileChecked(rec.build(true), target, 1e-5);
        expect(scanKernels(lowered.kernels.map((k) => k.kernel.name))).toHaveLength(1);
      });
      it(`${target.name} ${rec.name}: the backward (stored states, reverse scan) equals the interpreter`, () => {
        const lowered = compileChecked(withGrads(rec.build(true), 5), target, 1e-4);
        // The forward, the forward that stores its states, the reverse scan.
        expect(scanKernels(lowered.kernels.map((k) => k.kernel.name))).toHaveLength(3);
      });
    }
  }
});

/** WebGPU with 64 bytes of workgroup memory and 4 storage buffers: every test recurrence is past both. */
const TIGHT: TargetSpec = { ...WEBGPU_TARGET, limits: { ...WEBGPU_TARGET.limits, maxWorkgroupMemoryBytes: 64, maxStorageBuffers: 4 } };

const names = (p: LoweredProgram) => p.kernels.map((k) => k.kernel.name);

function barriers(body: readonly KStmt[]): Extract<KStmt, { kind: 'barrier' }>[] {
  const found: Extract<KStmt, { kind: 'barrier' }>[] = [];
  walkStmts(body, (s) => { if (s.kind === 'barrier') found.push(s); });
  return found;
}

describe('scan kernel past the target limits (scratch buffer, packed inputs)', () => {
  for (const rec of RECURRENCES(6)) {
    it(`${rec.name}: one scan kernel, scratch in a buffer with storage barriers, equal to the interpreter`, () => {
      const lowered = compileChecked(rec.build(true), TIGHT, 1e-5);
      const scans = lowered.kernels.filter((k) => k.kernel.name.endsWith('_scan'));
      expect(scans).toHaveLength(1);
      const scan = scans[0]!.kernel;
      expect(scan.body.some((s) => s.kind === 'wg_decl')).toBe(false);
      expect(scan.buffers.some((b) => b.name.endsWith('_scratch') && b.access === 'read_write')).toBe(true);
      const bs = barriers(scan.body);
      expect(bs.length).toBeGreaterThan(0);
      expect(bs.every((b) => b.storage)).toBe(true);
      // No workgroup memory: storage barriers alone.
      const wgsl = WEBGPU_TARGET.renderKernel(scan).code;
      expect(wgsl).toContain('storageBarrier();');
      expect(wgsl).not.toContain('workgroupBarrier');
    });
    it(`${rec.name}: the backward past the limits equals the interpreter`, () => {
      const lowered = compileChecked(withGrads(rec.build(true), 5), TIGHT, 1e-4);
      expect(scanKernels(names(lowered))).toHaveLength(3);
    });
  }

  it('packs the three smallest of linear\'s buffers (a, w, h0) with one copy kernel before the scan', () => {
    const lowered = compileChecked(linear(6).build(true), TIGHT, 1e-5);
    const scanAt = names(lowered).findIndex((n) => n.endsWith('_scan'));
    // linear is a linear recurrence: the chunked form (chunked.test.ts), packed the same way.
    expect(names(lowered).slice(0, scanAt + 1)).toEqual(['k0a_pack', 'k0b_chunked_scan']);
    const packed = lowered.buffers.filter((b) => b.name.endsWith('_packed'));
    // a [3] + w [3] + h0 [2, 3]; x [2, 6, 3] stays in its own buffer.
    expect(packed.map((b) => b.length)).toEqual([12]);
    const scan = lowered.kernels[scanAt]!.kernel;
    // The scan binds x, the packed buffer, its scratch and its result (t<scan node>): 4 of 4.
    const t = packed[0]!.name.replace(/_packed$/, '');
    expect(scan.buffers.map((b) => b.name).sort()).toEqual(['in_x', t, `${t}_packed`, `${t}_scratch`]);
  });

  it('keeps workgroup memory and plain barriers when the body fits (WebGPU defaults)', () => {
    const lowered = compileChecked(linear(6).build(true), WEBGPU_TARGET, 1e-5);
    expect(names(lowered).filter((n) => n.endsWith('_pack'))).toEqual([]);
    const scan = lowered.kernels.find((k) => k.kernel.name.endsWith('_scan'))!.kernel;
    expect(scan.body.some((s) => s.kind === 'wg_decl')).toBe(true);
    expect(barriers(scan.body).every((b) => !b.storage)).toBe(true);
  });
});

describe('the storage barrier', () => {
  // buf[1 - lid] read after buf[lid] written: the barrier must order storage memory; arr likewise for workgroup memory.
  const buf = k.buffer('buf', 'f32', 2, 'read_write');
  const lid = k.cast('i32', k.localId(0));
  const arr = k.workgroupArray('arr', 'f32', 2);
  const kernel = (withArray: boolean) => k.kernel({
    name: 'swap',
    buffers: [buf],
    launch: k.grid([2, 1, 1], [1, 1, 1]),
    body: [
      ...(withArray ? [arr, k.wgStore(arr, lid, k.f32(1))] : []),
      k.store(buf, lid, k.f32(2)),
      k.barrier('storage'),
      k.store(buf, lid, withArray ? k.add(k.load(buf, k.sub(1, lid)), k.wgLoad(arr, k.sub(1, lid))) : k.load(buf, k.sub(1, lid))),
    ],
  });

  it('is storageBarrier() in WGSL, with workgroupBarrier() when the kernel has workgroup memory', () => {
    expect(WEBGPU_TARGET.renderKernel(kernel(false)).code).toMatch(/^\s*storageBarrier\(\);$/m);
    expect(WEBGPU_TARGET.renderKernel(kernel(true)).code).toMatch(/^\s*storageBarrier\(\); workgroupBarrier\(\);$/m);
  });

  it('is __syncthreads() in CUDA (it orders global and shared memory) and printed as `barrier storage`', () => {
    expect(CUDA_TARGET.renderKernel(kernel(false)).code).toContain('__syncthreads();');
    expect(printKernel(kernel(false))).toContain('barrier storage');
  });
});
