// The op table: one OpDef per primitive, looked up by name.
import type { OpDef } from '../op.ts';
import type { OpName } from '../types.ts';
import { castDef, binaryDef, unaryDef, whereDef } from './elementwise.ts';
import { attentionDef } from './attention.ts';
import { einsumDef } from './einsum.ts';
import { gradAsDef, stopGradDef } from './gradient.ts';
import { gatherDef, scatterAddDef } from './indexing.ts';
import { groupedMatmulDef } from './grouped-matmul.ts';
import { q4MatmulDef } from './q4-matmul.ts';
import { signMatmulDef } from './sign-matmul.ts';
import { skipZeroMatmulDef } from './skip-zero-matmul.ts';
import { groupSortDef, topkDef } from './topk.ts';
import { constDef, inputDef, iotaDef, paramDef, randomDef } from './leaves.ts';
import { concatDef, expandDef, padDef, permuteDef, reshapeDef, sliceDef } from './movement.ts';
import { reduceDef } from './reduce.ts';
import { scanDef } from './scan.ts';

type OpTable = { readonly [K in OpName]: OpDef<K> };

// Built on first use, not at module load: scan.ts differentiates its body
// (autodiff → this table), so the modules form an import cycle and a table
// built at load could see scanDef before scan.ts has defined it.
let table: OpTable | undefined;
const ops = (): OpTable => (table ??= {
  input: inputDef,
  param: paramDef,
  const: constDef,
  iota: iotaDef,
  random: randomDef,
  unary: unaryDef,
  binary: binaryDef,
  where: whereDef,
  cast: castDef,
  reduce: reduceDef,
  reshape: reshapeDef,
  permute: permuteDef,
  expand: expandDef,
  slice: sliceDef,
  pad: padDef,
  concat: concatDef,
  gather: gatherDef,
  scatter_add: scatterAddDef,
  einsum: einsumDef,
  attention: attentionDef,
  topk: topkDef,
  group_sort: groupSortDef,
  grouped_matmul: groupedMatmulDef,
  q4_matmul: q4MatmulDef,
  sign_matmul: signMatmulDef,
  skip_zero_matmul: skipZeroMatmulDef,
  scan: scanDef,
  stop_grad: stopGradDef,
  grad_as: gradAsDef,
});

export function opDef<K extends OpName>(name: K): OpDef<K> {
  const def = ops()[name];
  if (!def) throw new Error(`unknown op ${String(name)}`);
  return def;
}
