// Spike functions with surrogate gradients (spiking neurons). Forward: the
// Heaviside step H(u), with H(0) = 0 (snnTorch) or 1 (SpikingJelly).
// Backward: the surrogate derivative σ'(u) of a smooth stand-in, as the
// snnTorch and SpikingJelly reference implementations define them.
//
// Not a primitive op: spike(u) = grad_as(H(u), u · stop_grad(σ'(u))). The
// value is H(u); the gradient is that of u · c with c = σ'(u) held constant,
// i.e. g · σ'(u), exactly the surrogate formula (no chain through an
// antiderivative, so no rounding beyond the formula's own). Every layer
// already handles grad_as, stop_grad and these elementwise ops: the forward
// fuses into its neighbours, and after differentiation `simplify` replaces
// grad_as by H(u), so the forward program never computes σ'.
import { type GraphBuilder, lit } from '../builder.ts';
import type { NodeId } from '../types.ts';

export interface SurrogateRule {
  /** The surrogate's one parameter (its name in `atan(alpha=2)`) and default. */
  readonly param: string;
  readonly defaultValue: number;
  /** Formula shown in diagnostics and docs. */
  readonly formula: string;
  /** σ'(u) as graph ops. */
  derivative(b: GraphBuilder, u: NodeId, p: number): NodeId;
  /** σ'(u) on a number, for tests and the PyTorch fixtures' checks. */
  scalar(u: number, p: number): number;
}

const HALF_PI = Math.PI / 2;

export const SURROGATES: Readonly<Record<string, SurrogateRule>> = {
  // ATan (Fang et al. 2021; snnTorch and SpikingJelly): σ(u) = atan(π/2·α·u)/π + 1/2.
  atan: {
    param: 'alpha',
    defaultValue: 2,
    formula: '(α/2) / (1 + (π/2·α·u)²)',
    derivative: (b, u, a) => {
      const z = b.mul(u, lit(HALF_PI * a));
      return b.div(lit(a / 2), b.add(lit(1), b.mul(z, z)));
    },
    scalar: (u, a) => a / 2 / (1 + (HALF_PI * a * u) ** 2),
  },
  // Fast sigmoid (Zenke & Ganguli 2018; snnTorch's default slope 25): σ(u) = u / (1 + k|u|).
  fast_sigmoid: {
    param: 'slope',
    defaultValue: 25,
    formula: '1 / (1 + k·|u|)²',
    derivative: (b, u, k) => {
      const d = b.add(lit(1), b.mul(b.unary('abs', u), lit(k)));
      return b.unary('recip', b.mul(d, d));
    },
    scalar: (u, k) => 1 / (1 + k * Math.abs(u)) ** 2,
  },
  // Sigmoid (SpikingJelly's default, α = 4): σ(u) = sigmoid(α·u).
  sigmoid: {
    param: 'alpha',
    defaultValue: 4,
    formula: 'α·s·(1 − s), s = sigmoid(α·u)',
    derivative: (b, u, a) => {
      const s = b.unary('sigmoid', b.mul(u, lit(a)));
      return b.mul(b.mul(s, b.sub(lit(1), s)), lit(a));
    },
    scalar: (u, a) => {
      const s = 1 / (1 + Math.exp(-a * u));
      return a * s * (1 - s);
    },
  },
};

export interface SpikeSpec {
  readonly surrogate: string;
  /** The surrogate's parameter (α or k). */
  readonly param: number;
  /** H(0): 0 (snnTorch) or 1 (SpikingJelly). */
  readonly h0: 0 | 1;
}

/** H(u) as f32 0/1 with the surrogate gradient of `spec`. `u` must be f32. */
export function spike(b: GraphBuilder, u: NodeId, spec: SpikeSpec): NodeId {
  const rule = SURROGATES[spec.surrogate];
  if (!rule) throw new Error(`spike: unknown surrogate ${spec.surrogate}`);
  const fired = b.cast(b.binary(spec.h0 === 1 ? 'ge' : 'gt', u, lit(0)), 'f32');
  return b.gradAs(fired, b.mul(u, b.stopGrad(rule.derivative(b, u, spec.param))));
}
