// Regression tests for lowering bugs found in review (issue 6), each run on
// both targets against the interpreter (grid kernels through the JS
// workgroup emulation):
//  - an einsum operand computed from the index alone (a causal mask built
//    from iota) has no buffer; lowering used to demand one;
//  - stage suffixes past the 26th letter were not identifiers (`k0{_ew`);
//  - a concat of 8 or more tensors bound more than 8 storage buffers on WebGPU;
//  - a generated value (not a constant) as a graph result: its copy kernel
//    used to evaluate the op with the copy's one load as every operand.
import { describe, expect, test } from 'vitest';
import { defaultOptimizer } from '../../compiler/autodiff/optimizer.ts';
import { buildTrainStep } from '../../compiler/autodiff/train-step.ts';
import { GraphBuilder, lit } from '../../compiler/graph/builder.ts';
import type { Graph, NodeId } from '../../compiler/graph/types.ts';
import { renderWgsl } from '../../compiler/render/wgsl.ts';
import { JS_TARGET, WEBGPU_TARGET } from '../../compiler/target.ts';
import { compileChecked } from './helpers.ts';

const TARGETS = [JS_TARGET, WEBGPU_TARGET] as const;
const EACH = TARGETS.map((t) => [t.name, t] as const);
const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** (arange(t)[:, None] >= arange(t)[None, :]) as f32: 1 on and below the diagonal. */
function causalMask(b: GraphBuilder, t: number): NodeId {
  const i = b.reshape(b.iota([t], 0), [t, 1]);
  const j = b.reshape(b.iota([t], 0), [1, t]);
  return b.cast(b.binary('ge', i, j), 'f32');
}

describe('an einsum operand built only from iota', () => {
  test.each(EACH)('mask · v (prefix sums) on %s', (_name, target) => {
    const b = new GraphBuilder();
    const v = b.input('v', [6, 4]);
    b.output('y', b.einsum('ij,jd->id', causalMask(b, 6), v));
    const lowered = compileChecked(b.build(), target);
    expect(lowered.kernels.map((k) => k.kernel.name)).toEqual(['k0_einsum']);
  });

  test.each(EACH)('batched, the mask as the second operand and transposed, with an epilogue, on %s', (_name, target) => {
    const b = new GraphBuilder();
    const t = 5;
    const x = b.input('x', [2, 3, t]);
    const mask = causalMask(b, t);
    // y[b, c, i] = Σ_j x[b, c, j] · mask[i, j], then a residual add.
    const y = b.einsum('bcj,ij->bci', x, mask);
    b.output('y', b.add(y, x));
    compileChecked(b.build(), target);
  });

  test.each(EACH)('a scaled mask (a generated op over the mask) times a param on %s', (_name, target) => {
    const b = new GraphBuilder();
    const t = 7;
    const w = b.param('w', [t, 3], { kind: 'normal', mean: 0, std: 1 });
    b.output('y', b.einsum('ij,jk->ik', b.mul(causalMask(b, t), lit(0.5)), w));
    compileChecked(b.build(), target);
  });

  test.each(EACH)('in a train step (forward, gradient, AdamW) on %s', (_name, target) => {
    const b = new GraphBuilder();
    const t = 4;
    const w = b.param('w', [t, 2], { kind: 'normal', mean: 0, std: 1 });
    const y = b.einsum('ij,jk->ik', causalMask(b, t), w);
    b.output('loss', b.sum(b.mul(y, y), [0, 1], false));
    compileChecked(buildTrainStep(b.build(), defaultOptimizer), target, 1e-4);
  });
});

describe('a group cut into more than 26 stages', () => {
  /** A chain reading a new input at every step and writing every step: on WebGPU, a few steps per kernel. */
  function chain(steps: number): Graph {
    const b = new GraphBuilder();
    let acc = b.input('x0', [4, 8]);
    for (let i = 1; i <= steps; i++) {
      acc = b.add(b.mul(acc, b.input(`x${i}`, [4, 8])), lit(0.25));
      b.output(`y${i}`, acc);
    }
    return b.build();
  }

  test('kernel names stay identifiers (a … z, aa, ab, …) and render as WGSL', () => {
    const lowered = compileChecked(chain(90), WEBGPU_TARGET);
    const names = lowered.kernels.map((k) => k.kernel.name);
    expect(names.length).toBeGreaterThan(26);
    expect(names.slice(0, 3)).toEqual(['k0a_ew', 'k0b_ew', 'k0c_ew']);
    expect(names[26]).toBe('k0aa_ew');
    expect(new Set(names).size).toBe(names.length);
    for (const k of lowered.kernels) {
      expect(k.kernel.name).toMatch(IDENTIFIER);
      expect(renderWgsl(k.kernel).entryPoint).toMatch(IDENTIFIER);
    }
  });

  test('the CPU runs the same chain as one kernel', () => {
    expect(compileChecked(chain(90), JS_TARGET).kernels.map((k) => k.kernel.name)).toEqual(['k0_ew']);
  });
});

describe('concat of many tensors', () => {
  function concat(count: number): Graph {
    const b = new GraphBuilder();
    const parts = Array.from({ length: count }, (_, i) => b.input(`x${i}`, [2, 1 + (i % 3), 3]));
    b.output('y', b.concat(parts, 1));
    return b.build();
  }

  test.each([8, 9, 20])('%i inputs: every WebGPU kernel within 8 storage buffers', (count) => {
    const lowered = compileChecked(concat(count), WEBGPU_TARGET);
    for (const k of lowered.kernels) expect(k.kernel.buffers.length).toBeLessThanOrEqual(8);
    // Seven inputs and the output per kernel.
    expect(lowered.kernels).toHaveLength(Math.ceil(count / 7));
  });

  test.each([8, 9, 20])('%i inputs: one kernel on the CPU', (count) => {
    expect(compileChecked(concat(count), JS_TARGET).kernels).toHaveLength(1);
  });

  test('seven inputs still fit one WebGPU kernel, and repeated inputs bind once', () => {
    expect(compileChecked(concat(7), WEBGPU_TARGET).kernels).toHaveLength(1);
    const b = new GraphBuilder();
    const x = b.input('x', [3, 2]);
    const y = b.input('y', [3, 2]);
    b.output('z', b.concat([x, y, x, y, x, y, x, y, x, y], 0));
    expect(compileChecked(b.build(), WEBGPU_TARGET).kernels).toHaveLength(1);
  });

  test('a concat along the last axis, fused into a consumer, and a mask among the inputs', () => {
    for (const target of TARGETS) {
      const b = new GraphBuilder();
      const parts = Array.from({ length: 10 }, (_, i) => b.input(`x${i}`, [3, 2]));
      const cat = b.concat([...parts.slice(0, 5), causalMask(b, 3), ...parts.slice(5)], 1);
      b.output('y', b.unary('tanh', cat));
      compileChecked(b.build(), target);
    }
  });
});

describe('generated values as results', () => {
  test.each(EACH)('a causal mask output is written by a copy kernel on %s', (_name, target) => {
    const b = new GraphBuilder();
    b.output('mask', causalMask(b, 5));
    b.output('scaled', b.mul(causalMask(b, 4), lit(3)));
    const lowered = compileChecked(b.build(), target);
    expect(lowered.kernels.every((k) => k.kernel.name.endsWith('_copy'))).toBe(true);
  });
});
