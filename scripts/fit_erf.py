"""Fits the polynomials of the JS target's loom_erf (compiler/render/helpers.ts).

  |x| < 1.5:      erf(x)        = x · P(x²),            P of degree 8 in x²
  1.5 ≤ z < 6:    log erfc(z)   = Q(u), u = (z − 3.75)/2.25 ∈ [−1, 1],  Q of degree 10

Both near-minimax (Lawson's iteratively reweighted least squares on Chebyshev
nodes, against mpmath at 40 digits): P for relative error (erf keeps its
relative accuracy near 0), Q for absolute error (so erfc = exp(Q) keeps its
relative accuracy in the tail, where 1 + erf(−z) is all that GELU uses).
Prints the fitted errors and the coefficients, constant term first, as
TypeScript arrays to paste into helpers.ts.

  python3 scripts/fit_erf.py
"""
import mpmath as mp
import numpy as np

mp.mp.dps = 40
SMALL_END = 1.5
TAIL = (1.5, 6.0)


def lawson(xs, ys, columns, relative, iterations=80):
    """Coefficients minimising the max (relative or absolute) error of columns · c on the points."""
    a = np.array([[col(x) for col in columns] for x in xs])
    y = np.array(ys)
    scale = np.abs(y) if relative else np.ones(len(xs))
    w = np.full(len(xs), 1 / len(xs))
    best = None
    for _ in range(iterations):
        root = np.sqrt(w) / scale
        c, *_ = np.linalg.lstsq(a * root[:, None], y * root, rcond=None)
        err = np.abs(a @ c - y) / scale
        if best is None or err.max() < best[1]:
            best = (c, err.max())
        w = w * err
        w /= w.sum()
    return best


def chebyshev(lo, hi, n):
    return np.cos(np.linspace(0, np.pi, n)) * (hi - lo) / 2 + (hi + lo) / 2


def main():
    xs = [x for x in chebyshev(0, SMALL_END, 1200) if x > 1e-6]
    p, p_err = lawson(xs, [float(mp.erf(x) / x) for x in xs], [lambda x, k=k: x ** (2 * k) for k in range(9)], True)
    lo, hi = TAIL
    mid, half = (lo + hi) / 2, (hi - lo) / 2
    zs = chebyshev(lo, hi, 1200)
    q, q_err = lawson(zs, [float(mp.log(mp.erfc(z))) for z in zs], [lambda z, k=k: ((z - mid) / half) ** k for k in range(11)], False)
    print(f'// P: max relative error of erf {p_err:.2e}; Q: max absolute error of log erfc {q_err:.2e} (u = (z - {mid}) / {half})')
    print('const ERF_SMALL = [' + ', '.join(repr(float(c)) for c in p) + '];')
    print('const LOG_ERFC_TAIL = [' + ', '.join(repr(float(c)) for c in q) + '];')


if __name__ == '__main__':
    main()
