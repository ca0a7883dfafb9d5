// Statistics a model author marks for the runtime to report (docs/scan.md,
// "Spike statistics"): `stat(x, "name")` returns x unchanged and adds the
// mean of x as an extra output `stat.<block path>.<name>` of every program
// the method is elaborated into (the loss, so the train step and validation;
// the forward pass, so `loom eval`; prefill and decode). The train loop
// (runtime/train.ts) averages them over the steps between validations and
// prints them with the validation loss; `loom eval` writes them with the
// logits. std.spiking's LIF marks its spikes, so a spiking layer's output
// `stat.<layer>.spike_rate` is the fraction of its neurons firing per step.
// A stat is an output, not a node feeding the loss: it changes no gradient.
import type { SourceSpan } from '../diagnostics.ts';
import { STAT_PREFIX } from '../graph/stats.ts';
import type { NodeId } from '../graph/types.ts';
import { type Builtin, T, tensorArg } from './builtins.ts';
import { type Ctx, err } from './context.ts';
import { describe } from './values.ts';
import type { Env } from './scope.ts';


/** Nesting depth of scan bodies being elaborated: a body's nodes become a sub-graph, which has no program outputs. */
const bodyDepth = new WeakMap<Ctx, number>();

/** Runs `f` (a scan body's elaboration) with `stat` refused inside it. */
export function inScanBody<R>(ctx: Ctx, f: () => R): R {
  bodyDepth.set(ctx, (bodyDepth.get(ctx) ?? 0) + 1);
  try {
    return f();
  } finally {
    bodyDepth.set(ctx, bodyDepth.get(ctx)! - 1);
  }
}

/** Whether a scan body is being elaborated (its nodes become a sub-graph: no outputs, no state updates). */
export const insideScanBody = (ctx: Ctx): boolean => (bodyDepth.get(ctx) ?? 0) > 0;

export function statOf(ctx: Ctx, env: Env, x: NodeId, name: string, span: SourceSpan): NodeId {
  if (!env.inst) throw err('stat: call it in a block\'s method, not in a function: a statistic is named after the block instance', span, 'E-type');
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) throw err(`stat: the name must be an identifier, got "${name}"`, span, 'E-value');
  if (insideScanBody(ctx)) {
    throw err('stat: a scan body is one step of a recurrence and has no program outputs; mark the scan\'s yielded sequence instead (stat(scan … { … }, name))', span, 'E-scan');
  }
  const output = `${STAT_PREFIX}${env.inst.path ? `${env.inst.path}.` : ''}${name}`;
  if (ctx.b.outputs.some((o) => o.name === output)) throw err(`stat: ${output} is recorded twice in one program (is the block called twice? each call needs its own name)`, span, 'E-value');
  const shape = ctx.b.shape(x);
  const f = ctx.b.cast(x, 'f32');
  const sum = shape.length === 0 ? f : ctx.b.reduce('sum', f, shape.map((_, i) => i));
  const count = shape.reduce((a, d) => a * d, 1);
  ctx.b.output(output, ctx.b.reshape(ctx.b.mul(ctx.b.stopGrad(sum), { literal: 1 / count }), []));
  return x;
}

export const STAT_BUILTINS: Record<string, Builtin> = {
  stat: {
    params: [{ name: 'x', required: true }, { name: 'name', required: true }],
    run(ctx, a, span, env) {
      const name = a.get('name')!;
      if (name.value.kind !== 'str') throw err(`stat: name must be a string, got ${describe(name.value)}`, name.span, 'E-type');
      return T(statOf(ctx, env, tensorArg(ctx, a, 'x', 'stat'), name.value.v, span));
    },
  },
};
