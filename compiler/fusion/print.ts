// A readable listing of a fused program, one block per kernel:
//
//   k3 reduction [2, 16, 64] reduce [2]  (4 nodes)
//     %43 reduce_sum axes=[2] %42 : f32[2, 16, 1]        row
//     ...
//     load %41 ← %1 view [2, 16, 64] strides [0, 64, 1] +0
//     out  %59
import { fmtOp } from '../graph/print.ts';
import { fmtShape, fmtType } from '../graph/types.ts';
import { templateOf } from './templates/registry.ts';
import type { FusedProgram, KernelGroup, KernelLoad } from './types.ts';

export function formatProgram(p: FusedProgram): string {
  return p.kernels.map((k) => formatKernel(p, k)).join('\n');
}

export function formatKernel(p: FusedProgram, k: KernelGroup): string {
  const g = p.graph;
  const space = templateOf(k.kind).rows
    ? `${fmtShape(k.space.shape)} reduce ${fmtShape(k.space.reduceAxes)}${k.space.total ? ' + total' : ''}`
    : fmtShape(k.space.shape);
  const lines = [`k${k.id} ${k.kind} ${space}  (${k.nodes.length} node${k.nodes.length === 1 ? '' : 's'})`];
  for (const { node, level } of k.nodes) {
    const n = g.nodes[node]!;
    const args = n.inputs.map((i) => `%${i}`).join(', ');
    lines.push(`  %${node} = ${fmtOp(n)}${args ? ` ${args}` : ''} : ${fmtType(n.type)}   ${level}`);
  }
  for (const l of k.loads) lines.push(`  load ${formatLoad(l)}`);
  if (k.outputs.length) lines.push(`  out  ${k.outputs.map((o) => `%${o}`).join(', ')}`);
  return lines.join('\n');
}

export function formatLoad(l: KernelLoad): string {
  const v = l.view;
  const guards = v.guards.map((gd) => ` guard(axis ${gd.axis}: 0 ≤ ${gd.scale}i${gd.offset >= 0 ? '+' : ''}${gd.offset} < ${gd.size})`).join('');
  const from = l.generated ? `generated %${l.source}` : `%${l.source}`;
  return `%${l.value} ← ${from} view ${fmtShape(v.shape)} strides ${fmtShape(v.strides)} +${v.offset}${guards} @${l.level}`;
}
