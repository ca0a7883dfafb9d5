// The packed-sign matmul kernel: one `sign_matmul` node (graph/ops/sign-matmul.ts)
// per kernel, one output element y[row, n] per invocation (a loop on the
// CPU). It walks column n's words — 24 signs each, an exact integer in an f32
// (compiler/quant/sign1.ts) — converts a word to u32 once, and adds x[k] or
// −x[k] by bit b: x[k] · (2·bit − 1). Whole words first, then the last word's
// K mod 24 signs, so no bound is tested per element. No ±1 matrix is written.
import { k } from '../../kernel/build.ts';
import type { KExpr, Kernel } from '../../kernel/ir.ts';
import { Scope } from '../../kernel/lower/scope.ts';
import type { StageLowering } from '../../kernel/lower/stage-kernel.ts';
import { stageNodes } from '../../kernel/lower/stages.ts';
import { signMatmulDims } from '../../graph/ops/sign-matmul.ts';
import type { Node } from '../../graph/types.ts';
import { SIGNS_PER_WORD } from '../../quant/sign1.ts';
import type { KernelTemplate } from '../template.ts';
import { packedMatmulKernel } from './packed-matmul.ts';

const isSignMatmul = (n: Node): n is Node<'sign_matmul'> => n.op === 'sign_matmul';

export const signMatmul: KernelTemplate = {
  kind: 'sign_matmul',
  label: () => 'signmm',
  anchors: isSignMatmul,
  maxAnchors: 1,
  alone: true,
  space: (_g, n) => ({ shape: [...n.type.shape], reduceAxes: [] }),
  anchorLevels: (_g, n) => ({ output: 'element', inputs: n.inputs.map(() => null) }),
  stages: (_p, group) => [{ nodes: stageNodes(group), lower: lowerSignMatmul, fitted: true }],
};

function lowerSignMatmul(s: StageLowering): Kernel {
  return packedMatmulKernel(s, 'sign_matmul', isSignMatmul, (o) => {
    const { K } = signMatmulDims(o.types);
    const whole = Math.floor(K / SIGNS_PER_WORD);
    const rest = K % SIGNS_PER_WORD;
    const scope = new Scope(s.names);
    const acc = s.names.variable('acc', 'f32');
    /** acc += Σ_{b < count} x[24·w + b] · (2·bit_b − 1), for word index w. */
    const word = (sc: Scope, w: KExpr, count: number): void => {
      const bits = sc.bind('bits', k.cast('u32', o.word(sc, w)));
      const b = s.names.variable('b', 'i32');
      const inner = sc.child();
      const bit = k.cast('f32', k.bitAnd(k.shr(bits, k.cast('u32', b)), k.u32(1)));
      const x = o.x(inner, k.add(k.mul(w, SIGNS_PER_WORD), b));
      inner.push(k.assign(acc, k.add(acc, k.mul(x, k.sub(k.mul(bit, k.f32(2)), k.f32(1))))));
      sc.push(k.for(b, 0, count, inner.stmts));
    };
    scope.push(k.let(acc, k.f32(0)));
    if (whole > 0) {
      const w = s.names.variable('w', 'i32');
      const perWord = scope.child();
      word(perWord, w, SIGNS_PER_WORD);
      scope.push(k.for(w, 0, whole, perWord.stmts));
    }
    if (rest > 0) {
      const last = scope.child();
      word(last, k.i32(whole), rest);
      scope.push(...last.stmts);
    }
    scope.push(o.store(acc));
    return scope.stmts;
  });
}
