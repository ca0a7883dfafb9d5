// The error function to ~1e-15 relative accuracy, for the reference
// interpreter and float64 gradient checks (exact GELU uses it, so it is hot).
//
// erf(x) itself: a Taylor step from the nearest point x0 of a 1/16 grid on
// [0, 6], whose erf(x0) and e^(−x0²) are tabulated once:
//   erf(x0 + h) = erf(x0) + 2/√π · e^(−x0²) · Σ_{n≥0} (−1)ⁿ Hₙ(x0) h^(n+1) / (n+1)!
// (Hₙ the physicists' Hermite polynomials, Hₙ₊₁ = 2x Hₙ − 2n Hₙ₋₁; |h| ≤ 1/32,
// so ten terms and no exp call per element). Beyond 6, erf = ±1 to within 2e-17.
//
// The table comes from two slower exact methods:
// |x| < 3: erf(x) = 2/√π · e^(−x²) · Σ_{n≥0} 2ⁿ x^(2n+1) / (1·3·…·(2n+1)).
//   Every term is positive, so unlike the plain Taylor series there is no
//   cancellation; term n+1 = term n · 2x² / (2n+3), summed until negligible.
// |x| ≥ 3: erfc(x) = e^(−x²)/√π · 1/(x + (1/2)/(x + 1/(x + (3/2)/(x + …)))),
//   the Laplace continued fraction, evaluated with the modified Lentz method;
//   it converges in a few dozen steps for x ≥ 3, and erf = 1 − erfc.

const TWO_OVER_SQRT_PI = 1.1283791670955126;
const ONE_OVER_SQRT_PI = 0.5641895835477563;
const SERIES_LIMIT = 3;
const EPS = 1e-17;
const TINY = 1e-300;

function erfSeries(x: number): number {
  const x2 = x * x;
  let term = x;
  let sum = x;
  for (let n = 0; n < 200; n++) {
    term *= (2 * x2) / (2 * n + 3);
    sum += term;
    if (term < EPS * sum) break;
  }
  return TWO_OVER_SQRT_PI * Math.exp(-x2) * sum;
}

/** erfc(x) for x ≥ SERIES_LIMIT by the continued fraction x + a1/(x + a2/(x + …)), a_k = k/2. */
function erfcContinuedFraction(x: number): number {
  // Modified Lentz: f = b0 + a1/(b1 + a2/(b2 + …)) with b_k = x, a_k = k/2.
  let f = x;
  let c = x;
  let d = 0;
  for (let k = 1; k < 500; k++) {
    const a = k / 2;
    d = x + a * d;
    d = d === 0 ? 1 / TINY : 1 / d;
    c = x + a / c;
    if (c === 0) c = TINY;
    const delta = c * d;
    f *= delta;
    if (Math.abs(delta - 1) < EPS) break;
  }
  return (ONE_OVER_SQRT_PI * Math.exp(-x * x)) / f;
}

/** erf by the exact methods; builds the table and serves erfc. */
function erfExact(ax: number): number {
  return ax < SERIES_LIMIT ? erfSeries(ax) : 1 - erfcContinuedFraction(ax);
}

const GRID = 16;
const TABLE_END = 6;
const ERF_AT = Float64Array.from({ length: TABLE_END * GRID + 1 }, (_, k) => (k === 0 ? 0 : erfExact(k / GRID)));
const SLOPE_AT = Float64Array.from({ length: TABLE_END * GRID + 1 }, (_, k) => TWO_OVER_SQRT_PI * Math.exp(-((k / GRID) ** 2)));

/** 1/(n+1), so the Taylor loop multiplies instead of dividing. */
const INVERSE = Float64Array.from({ length: 16 }, (_, n) => 1 / (n + 1));
/** Terms of the Taylor step: with |h| ≤ 1/32 ten reach the float64 floor for every x0 in [0, 6] (tested). */
const TERMS = 10;

export function erf(x: number): number {
  if (Number.isNaN(x)) return x;
  const ax = Math.abs(x);
  if (ax === 0) return x; // keeps the sign of −0
  if (ax >= TABLE_END) return x < 0 ? -1 : 1;
  const k = Math.round(ax * GRID);
  const x0 = k / GRID;
  const h = ax - x0;
  // h · Σ Hₙ(x0) (−h)ⁿ/(n+1)!, the Hermite recurrence run alongside.
  const q = -h;
  let hermitePrev = 0;
  let hermite = 1;
  let power = 1;
  let sum = 1;
  for (let n = 1; n < TERMS; n++) {
    const next = 2 * x0 * hermite - 2 * (n - 1) * hermitePrev;
    hermitePrev = hermite;
    hermite = next;
    power *= q * INVERSE[n]!;
    sum += hermite * power;
  }
  const r = ERF_AT[k]! + SLOPE_AT[k]! * h * sum;
  return x < 0 ? -r : r;
}

/** 1 − erf(x), accurate in the tail where 1 − erf(x) would cancel. */
export function erfc(x: number): number {
  if (x >= SERIES_LIMIT) return erfcContinuedFraction(x);
  return 1 - erf(x);
}

/** The slow exact method, exported so tests can compare the fast path against it. */
export function erfReference(x: number): number {
  const ax = Math.abs(x);
  const r = ax === 0 ? 0 : erfExact(ax);
  return x < 0 ? -r : r;
}
