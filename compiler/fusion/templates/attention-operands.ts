// What every attention lowering (attention.ts's row form, attention-grid.ts's
// GPU tiles) needs of its node: the dims, the lead indices of the row being
// computed, and each operand read at [lead…, head, row, col] through the
// view the group loads it with (the head split of a projection is a view,
// so q, k and v are never copied).
import type { KExpr } from '../../kernel/ir.ts';
import type { Evaluator } from '../../kernel/lower/evaluator.ts';
import { Point } from '../../kernel/lower/point.ts';
import type { Scope } from '../../kernel/lower/scope.ts';
import type { StageLowering } from '../../kernel/lower/stage-kernel.ts';
import { findLoad } from '../../kernel/lower/stages.ts';
import { ATTENTION_INPUTS, type AttentionDims } from '../../graph/ops/attention.ts';
import type { Node, OpAttrs } from '../../graph/types.ts';
import type { KernelLoad } from '../types.ts';

export interface AttentionContext {
  readonly s: StageLowering;
  readonly n: Node<'attention'>;
  readonly a: OpAttrs['attention'];
  readonly d: AttentionDims;
  readonly ev: Evaluator;
  readonly lead: readonly KExpr[];
}

/** The group's load of attention operand `name`. */
function operand(c: AttentionContext, name: string): { load: KernelLoad; shape: readonly number[] } {
  const input = c.n.inputs[ATTENTION_INPUTS[c.a.part].indexOf(name)]!;
  const load = findLoad(c.s.stage.group, input, 'element');
  if (!load) throw new Error(`lowering: %${c.n.id} must read its ${name} (%${input}) from memory`);
  return { load, shape: c.s.p.graph.nodes[input]!.type.shape };
}

/** operand[lead…, head, row, col] */
export function readOperand(c: AttentionContext, scope: Scope, name: string, head: KExpr, row: KExpr, col: KExpr): KExpr {
  const { load, shape } = operand(c, name);
  return c.ev.loadAt(scope, load, Point.axes(shape, [...c.lead, head, row, col]));
}
