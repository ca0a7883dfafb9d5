// Gradient control. Both are identities in value; they differ only in where
// reverse mode sends the gradient. At run time they are views (no cost).
import type { OpDef } from '../op.ts';
import { fail, requireDType, requireSameShape } from './util.ts';

const VIEW_COST = { flops: 0, bytesRead: 0, bytesWritten: 0 };

export const stopGradDef: OpDef<'stop_grad'> = {
  name: 'stop_grad',
  arity: 1,
  infer: (_attrs, [x]) => ({ shape: [...x!.shape], dtype: x!.dtype }),
  evaluate: (_node, [x]) => x!,
  vjp: () => [null],
  cost: () => ({ ...VIEW_COST }),
};

export const gradAsDef: OpDef<'grad_as'> = {
  name: 'grad_as',
  arity: 2,
  infer(_attrs, [value, surrogate]) {
    requireSameShape('grad_as', value!.shape, surrogate!.shape);
    requireDType('grad_as', surrogate!, ['f32'], 'surrogate');
    if (value!.dtype !== 'f32') fail(`grad_as: value must be f32, got ${value!.dtype}`);
    return { shape: [...value!.shape], dtype: value!.dtype };
  },
  evaluate: (_node, [value]) => value!,
  // The value's gradient is the surrogate's: straight-through estimators and surrogate gradients.
  vjp: (_node, g) => [null, g],
  cost: () => ({ ...VIEW_COST }),
};
