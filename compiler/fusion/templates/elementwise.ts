// Elementwise kernels: chains of unary, binary, where and cast ops (and the
// views between them) over one iteration space, iterated flat. This is the
// fallback template: it takes the groups that have no anchor, and its ops
// join every other template's kernels (a matmul's bias and activation, a
// row kernel's normalisation, an embedding's positional add). AdamW's update
// of one parameter (new p, m and v) is one such kernel.
import type { OpName } from '../../graph/types.ts';
import { lowerElementwise } from '../../kernel/lower/elementwise.ts';
import { stageNodes } from '../../kernel/lower/stages.ts';
import type { KernelTemplate } from '../template.ts';

/** The ops the kernel evaluator computes (kernel/lower/ops.ts): what joins any kernel. */
const ELEMENTWISE_OPS: ReadonlySet<OpName> = new Set<OpName>(['unary', 'binary', 'where', 'cast']);

export const elementwise: KernelTemplate = {
  kind: 'elementwise',
  label: () => 'ew',
  fallback: true,
  siblings: true,
  anchors: () => false,
  joins: (n) => ELEMENTWISE_OPS.has(n.op),
  space: (_g, first) => ({ shape: [...first.type.shape], reduceAxes: [] }),
  anchorLevels: () => 'an elementwise kernel has no anchors',
  stages: (_p, group) => [{ nodes: stageNodes(group), lower: (s) => lowerElementwise(s) }],
};
