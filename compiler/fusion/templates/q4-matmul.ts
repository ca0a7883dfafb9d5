// The q4_0 matmul kernel: one `q4_matmul` node (graph/ops/q4-matmul.ts) per
// kernel, one output element y[row, n] per invocation (a loop on the CPU).
// It walks W's column n block by block — 6 f32 words per 32 weights, each
// word three of ggml's block bytes as an exact integer (compiler/quant/q4_0.ts)
// — and dequantises in registers: the f16 scale from word 0's low 16 bits
// (its bits placed into an f32, a subnormal scaled by 2^-24), then byte j of
// the codes gives elements j (low nibble) and j + 16 (high nibble). Each
// block's products are summed before its scale multiplies them, so the scale
// costs one multiply per 32 weights. No dequantise kernel, no f32 copy of W.
import { k } from '../../kernel/build.ts';
import type { KExpr, Kernel } from '../../kernel/ir.ts';
import { Scope } from '../../kernel/lower/scope.ts';
import type { StageLowering } from '../../kernel/lower/stage-kernel.ts';
import { stageNodes } from '../../kernel/lower/stages.ts';
import { q4MatmulDims } from '../../graph/ops/q4-matmul.ts';
import type { Node } from '../../graph/types.ts';
import { Q4_BLOCK, Q4_BLOCK_WORDS } from '../../quant/q4_0.ts';
import type { KernelTemplate } from '../template.ts';
import { packedMatmulKernel } from './packed-matmul.ts';

const isQ4 = (n: Node): n is Node<'q4_matmul'> => n.op === 'q4_matmul';

export const q4Matmul: KernelTemplate = {
  kind: 'q4_matmul',
  label: () => 'q4mm',
  anchors: isQ4,
  maxAnchors: 1,
  alone: true,
  space: (_g, n) => ({ shape: [...n.type.shape], reduceAxes: [] }),
  anchorLevels: (_g, n) => ({ output: 'element', inputs: n.inputs.map(() => null) }),
  stages: (_p, group) => [{ nodes: stageNodes(group), lower: lowerQ4Matmul, fitted: true }],
};

/** The f32 value of f16 bits h (a u32 below 2^16; never inf or NaN: the quantiser rejects those). */
function f16ToF32(scope: Scope, h: KExpr): KExpr {
  const e = scope.bind('he', k.bitAnd(k.shr(h, k.u32(10)), k.u32(31)));
  const m = scope.bind('hm', k.bitAnd(h, k.u32(1023)));
  const sign = k.shl(k.shr(h, k.u32(15)), k.u32(31));
  const normal = k.bitcast('f32', k.bitOr(sign, k.bitOr(k.shl(k.add(e, k.u32(112)), k.u32(23)), k.shl(m, k.u32(13)))));
  const sub = k.mul(k.cast('f32', m), k.f32(2 ** -24));
  const signed = k.select(k.eq(k.shr(h, k.u32(15)), k.u32(0)), sub, k.neg(sub));
  return scope.bind('d', k.select(k.eq(e, k.u32(0)), signed, normal));
}

function lowerQ4Matmul(s: StageLowering): Kernel {
  return packedMatmulKernel(s, 'q4_matmul', isQ4, (o) => {
    const { K } = q4MatmulDims(o.types);
    const blocks = K / Q4_BLOCK;
    const scope = new Scope(s.names);
    const word = (sc: Scope, w: KExpr) => k.cast('u32', o.word(sc, w));
    const acc = s.names.variable('acc', 'f32');
    const b = s.names.variable('b', 'i32');
    const perBlock = scope.child();
    const w0 = perBlock.bind('w0', k.mul(b, Q4_BLOCK_WORDS));
    const d = f16ToF32(perBlock, k.bitAnd(word(perBlock, w0), k.u32(0xffff)));
    const part = s.names.variable('part', 'f32');
    const j = s.names.variable('j', 'i32');
    const perByte = perBlock.child();
    // Code byte j is block byte 2 + j: word (2 + j) / 3, bits 8·((2 + j) mod 3).
    const at = perByte.bind('at', k.add(j, 2));
    const shift = k.cast('u32', k.mul(k.mod(at, 3), 8));
    const byte = perByte.bind('q', k.bitAnd(k.shr(word(perByte, k.add(w0, k.idiv(at, 3))), shift), k.u32(255)));
    const lo = k.sub(k.cast('f32', k.bitAnd(byte, k.u32(15))), k.f32(8));
    const hi = k.sub(k.cast('f32', k.shr(byte, k.u32(4))), k.f32(8));
    const k0 = perByte.bind('k0', k.add(k.mul(b, Q4_BLOCK), j));
    perByte.push(k.assign(part, k.add(part, k.add(k.mul(o.x(perByte, k0), lo), k.mul(o.x(perByte, k.add(k0, 16)), hi)))));
    perBlock.push(k.let(part, k.f32(0)), k.for(j, 0, Q4_BLOCK / 2, perByte.stmts), k.assign(acc, k.add(acc, k.mul(d, part))));
    scope.push(k.let(acc, k.f32(0)), k.for(b, 0, blocks, perBlock.stmts), o.store(acc));
    return scope.stmts;
  });
}
