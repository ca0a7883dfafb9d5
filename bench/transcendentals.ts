// The JS target's transcendental helpers (compiler/render/helpers.ts) on
// their own: ns per element of loom_exp and loom_erf, with Math.exp and a
// plain copy loop for scale, and each one's worst error in f32 ulps (the
// kernels store f32) against Math.exp and the reference erf
// (compiler/graph/ops/erf.ts, ~1e-15).
//
// Each function is timed in its own loop compiled from source (one call site
// per loop, so V8 inlines it as it does in a kernel), over 4096 arguments
// spread like the kernels' (softmax exponents in [−20, 0], GELU's erf
// arguments in [−4, 4]). Rounds interleave the contestants so that a busy
// shared machine slows all of them alike; medians over rounds.
//
// `--before FILE` also times the helpers of another copy of helpers.ts (a
// module exporting JS_HELPERS, e.g. the previous version), interleaved with
// the current ones: an A/B in one process.
//
//   node --import tsx bench/transcendentals.ts [--rounds N] [--before path/to/helpers.ts]
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { erf as referenceErf } from '../compiler/graph/ops/erf.ts';
import { JS_HELPERS } from '../compiler/render/helpers.ts';
import { markdownTable } from '../runtime/plot.ts';
import { f32Ulps } from './ulps.ts';

const { values } = parseArgs({ options: { rounds: { type: 'string', default: '7' }, before: { type: 'string' } } });
const N = 4096;
const REPS = 400;

type Helpers = Readonly<Record<string, string>>;
interface Contestant {
  readonly name: string;
  /** Runs the loop `reps` times over `xs` into `out`; returns ms. */
  readonly run: (xs: Float32Array, out: Float32Array, reps: number) => number;
  /** One call, for the error check (undefined: not checked). */
  readonly call?: (x: number) => number;
  readonly inputs: Float32Array;
  readonly reference?: (x: number) => number;
}

/** A timing loop around `call(x)`, with `prelude` (helper definitions) in scope. */
function loop(prelude: string, call: string): Contestant['run'] {
  return new Function('xs', 'out', 'reps', `${prelude}
    const t0 = performance.now();
    for (let w = 0; w < reps; w++) for (let i = 0; i < ${N}; i++) out[i] = ${call}(xs[i]);
    return performance.now() - t0;`) as Contestant['run'];
}

function fn(prelude: string, name: string): (x: number) => number {
  return new Function(`${prelude}\nreturn ${name};`)() as (x: number) => number;
}

/** Deterministic arguments spread uniformly over [lo, hi). */
function spread(lo: number, hi: number): Float32Array {
  let s = 0x9e3779b9;
  return Float32Array.from({ length: N }, () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return lo + ((hi - lo) * s) / 2 ** 32;
  });
}

const expArgs = spread(-20, 0);
const erfArgs = spread(-4, 4);

function contestants(label: string, h: Helpers): Contestant[] {
  const exp = h.exp!;
  const erf = `${h.exp}\n${h.erf}`;
  return [
    { name: `loom_exp${label}`, run: loop(exp, 'loom_exp'), call: fn(exp, 'loom_exp'), inputs: expArgs, reference: Math.exp },
    { name: `loom_erf${label}`, run: loop(erf, 'loom_erf'), call: fn(erf, 'loom_erf'), inputs: erfArgs, reference: referenceErf },
  ];
}

const all: Contestant[] = [
  { name: 'copy (loop overhead)', run: loop('', ''), inputs: expArgs },
  { name: 'Math.exp', run: loop('', 'Math.exp'), inputs: expArgs },
  ...contestants('', JS_HELPERS),
];
if (values.before) {
  const mod = (await import(pathToFileURL(resolve(values.before)).href)) as { JS_HELPERS: Helpers };
  all.push(...contestants(' (before)', mod.JS_HELPERS));
}

/** The worst ulp error over a dense sweep of the function's range and its edge cases. */
function worstUlps(c: Contestant): { ulps: number; at: number } {
  const isExp = c.name.startsWith('loom_exp');
  const xs: number[] = [];
  if (isExp) {
    for (let i = 0; i <= 400000; i++) xs.push(Math.fround(-110 + (200 * i) / 400000));
    for (let i = 0; i <= 100000; i++) xs.push(-745 + (1455 * i) / 100000);
    xs.push(0, -0, 1e-30, -1e-30, 88.72, 88.73, -87.33, -103.97, -104, 708, -708, 709, -709, 709.78, 709.79, -745.13, -746, 1e300, -1e300, Infinity, -Infinity, NaN);
  } else {
    for (let i = 0; i <= 400000; i++) xs.push(Math.fround(-7 + (14 * i) / 400000));
    xs.push(0, -0, 1e-30, -1e-30, 1e-6, -3e-4, 10, -10, 1e30, Infinity, -Infinity, NaN);
  }
  let ulps = 0;
  let at = 0;
  for (const x of xs) {
    const u = f32Ulps(c.call!(x), c.reference!(x));
    if (u > ulps) { ulps = u; at = x; }
  }
  return { ulps, at };
}

const out = new Float32Array(N);
for (const c of all) c.run(c.inputs, out, 50); // warm up: compiled and optimised before timing
const times = new Map<string, number[]>(all.map((c) => [c.name, []]));
const rounds = Number(values.rounds);
for (let r = 0; r < rounds; r++) {
  // Rotate the order each round, so no contestant always follows the same one.
  for (let i = 0; i < all.length; i++) {
    const c = all[(i + r) % all.length]!;
    times.get(c.name)!.push((c.run(c.inputs, out, REPS) * 1e6) / (REPS * N));
  }
}
const median = (a: number[]) => [...a].sort((x, y) => x - y)[a.length >> 1]!;
const rows = all.map((c) => {
  const err = c.call ? worstUlps(c) : undefined;
  return [c.name, median(times.get(c.name)!).toFixed(2), err ? String(err.ulps) : '–', err && err.ulps > 0 ? String(err.at) : '–'];
});
process.stdout.write(`${markdownTable(['function', 'ns / element', 'max error (f32 ulps)', 'at x'], rows)}\n`);
process.stdout.write(`Medians of ${rounds} interleaved rounds of ${REPS} × ${N} calls; load average ${(await import('node:os')).loadavg().map((l) => l.toFixed(2)).join(', ')}.\n`);
