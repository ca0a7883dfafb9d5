// Elaboration errors: the exact formatted text (file:line:col, message, code
// frame) of each diagnostic.
import { describe, expect, test } from 'vitest';
import type { TensorType } from '../../compiler/graph/types.ts';
import { elab, f32, i32 } from './helpers.ts';

const CWD = process.cwd();

interface Case {
  name: string;
  src: string;
  method?: string;
  args: Record<string, TensorType>;
  config?: Record<string, number | boolean | string>;
  files?: Record<string, string>;
  expected: string;
}

const CASES: Case[] = [
  { name: 'einsum axis sizes disagree', src: 'model M() {\n  forward(x: [2, 64], w: [32, 8]) = einsum("b d, d k -> b k", x, w)\n}\n', args: { x: f32(2, 64), w: f32(32, 8) } ,
    expected: `main.loom:2:37: error: einsum: axis d is 64 in x but 32 in w
2 |   forward(x: [2, 64], w: [32, 8]) = einsum("b d, d k -> b k", x, w)
  |                                     ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~` },
  { name: 'einsum operand that is not a plain name', src: 'model M() {\n  forward(x: [2, 64], w: [32, 8]) = einsum("b d, d k -> b k", x, w * 2)\n}\n', args: { x: f32(2, 64), w: f32(32, 8) } ,
    expected: `main.loom:2:37: error: einsum: axis d is 64 in x but 32 in operand 2
2 |   forward(x: [2, 64], w: [32, 8]) = einsum("b d, d k -> b k", x, w * 2)
  |                                     ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~` },
  { name: 'unification failure names the bound dim', src: 'model M() {\n  forward(tokens: i32[B, T]) = tokens\n  loss(tokens: i32[B, T], targets: i32[B, T]) = mean(float(tokens))\n}\n', method: 'loss', args: { tokens: i32(2, 16), targets: i32(2, 8) } ,
    expected: `main.loom:3:36: error: loss: argument targets is i32[2, 8] but its type says i32[B, T] with T = 16
3 |   loss(tokens: i32[B, T], targets: i32[B, T]) = mean(float(tokens))
  |                                    ^~~~~~~~~` },
  { name: 'unification failure names the hyperparameter', src: 'model M(dim: int = 64) {\n  forward(x: [B, T, dim]) = x\n}\n', args: { x: f32(2, 8, 32) } ,
    expected: `main.loom:2:14: error: forward: argument x is f32[2, 8, 32] but its type says [B, T, dim] with dim = 64
2 |   forward(x: [B, T, dim]) = x
  |              ^~~~~~~~~~~` },
  { name: 'wrong dtype at the entry', src: 'model M() {\n  forward(tokens: i32[B, T]) = tokens\n}\n', args: { tokens: f32(2, 3) } ,
    expected: `main.loom:2:19: error: forward: argument tokens is f32[2, 3] but its type says i32[B, T]
2 |   forward(tokens: i32[B, T]) = tokens
  |                   ^~~~~~~~~` },
  { name: 'inner call with a typed parameter', src: 'fn f(x: [n, n]) = x\nmodel M() {\n  forward(x: [2, 3]) = f(x)\n}\n', args: { x: f32(2, 3) } ,
    expected: `main.loom:3:26: error: f: argument x is f32[2, 3] but its type says [n, n] with n = 2
3 |   forward(x: [2, 3]) = f(x)
  |                          ^` },
  { name: 'unknown name with suggestion', src: 'import std.nn\nmodel M() {\n  forward(x: [2]) = sofmax(x)\n}\n', args: { x: f32(2) } ,
    expected: `main.loom:3:21: error: unknown name 'sofmax' (did you mean 'softmax'?)
3 |   forward(x: [2]) = sofmax(x)
  |                     ^~~~~~` },
  { name: 'unknown name', src: 'model M() {\n  forward(x: [2]) = exp(hidden) + x\n}\n', args: { x: f32(2) } ,
    expected: `main.loom:2:25: error: unknown name 'hidden'
2 |   forward(x: [2]) = exp(hidden) + x
  |                         ^~~~~~` },
  { name: 'duplicate param', src: 'model M() {\n  param w: [2] = zeros\n  param w: [3] = zeros\n  forward(x: [2]) = x\n}\n', args: { x: f32(2) } ,
    expected: `main.loom:3:9: error: duplicate definition of 'w' (first defined at main.loom:2:9)
3 |   param w: [3] = zeros
  |         ^` },
  { name: 'duplicate function', src: 'fn f(x) = x\nfn f(x) = 2 * x\nmodel M() {\n  forward(x: [2]) = f(x)\n}\n', args: { x: f32(2) } ,
    expected: `main.loom:2:4: error: duplicate definition of 'f' (first defined at main.loom:1:4)
2 | fn f(x) = 2 * x
  |    ^` },
  { name: 'definition clashing with an import', src: 'import "a.loom"\nfn g(x) = x\nmodel M() {\n  forward(x: [2]) = g(x)\n}\n', args: { x: f32(2) }, files: { 'a.loom': 'fn g(x) = 2 * x\n' } ,
    expected: `main.loom:2:4: error: duplicate definition of 'g' (first defined at a.loom:1:4)
2 | fn g(x) = x
  |    ^` },
  { name: 'unknown config key', src: 'model M(dim: int = 4) {\n  forward(x: [2]) = x\n}\n', args: { x: f32(2) }, config: { dmi: 3 } ,
    expected: `main.loom:1:7: error: config: model M has no hyperparameter 'dmi' (did you mean 'dim'?); it has dim
1 | model M(dim: int = 4) {
  |       ^` },
  { name: 'config value of the wrong type', src: 'model M(dim: int = 4) {\n  forward(x: [2]) = x\n}\n', args: { x: f32(2) }, config: { dim: 2.5 } ,
    expected: `main.loom:1:9: error: config: dim is an int, got 2.5
1 | model M(dim: int = 4) {
  |         ^~~` },
  { name: 'too many arguments', src: 'fn f(a, b) = a + b\nmodel M() {\n  forward(x: [2]) = f(x, x, x)\n}\n', args: { x: f32(2) } ,
    expected: `main.loom:3:29: error: f: expected 2 arguments, got 3
3 |   forward(x: [2]) = f(x, x, x)
  |                             ^` },
  { name: 'missing argument', src: 'fn f(a, b) = a + b\nmodel M() {\n  forward(x: [2]) = f(x)\n}\n', args: { x: f32(2) } ,
    expected: `main.loom:3:21: error: f: missing argument 'b'
3 |   forward(x: [2]) = f(x)
  |                     ^~~~` },
  { name: 'unknown keyword', src: 'import std.nn\nmodel M() {\n  forward(x: [2]) = softmax(x, axs=0)\n}\n', args: { x: f32(2) } ,
    expected: `main.loom:3:32: error: softmax: unknown keyword argument 'axs' (did you mean 'axis'?)
3 |   forward(x: [2]) = softmax(x, axs=0)
  |                                ^~~~~` },
  { name: 'calling a tensor', src: 'model M() {\n  param w: [2] = zeros\n  forward(x: [2]) = w(x)\n}\n', args: { x: f32(2) } ,
    expected: `main.loom:3:21: error: 'w' is a tensor, not something that can be called
3 |   forward(x: [2]) = w(x)
  |                     ^` },
  { name: 'index out of range', src: 'model M() {\n  forward(x: [2, 3]) = x[:, 3]\n}\n', args: { x: f32(2, 3) } ,
    expected: `main.loom:2:29: error: index 3 is out of range for axis 1 of 'x' [2, 3]
2 |   forward(x: [2, 3]) = x[:, 3]
  |                             ^` },
  { name: 'slice past the end (sequence longer than ctx)', src: 'model M(ctx: int = 4) {\n  param wpe: [ctx, 2] = zeros\n  forward(x: [T, 2]) = x + wpe[0:T]\n}\n', args: { x: f32(6, 2) } ,
    expected: `main.loom:3:32: error: slice stop 6 is out of range for axis 0 of 'wpe' [4, 2]
3 |   forward(x: [T, 2]) = x + wpe[0:T]
  |                                ^~~` },
  { name: 'param dimension not positive', src: 'model M(d: int = 0) {\n  param w: [d, 2] = zeros\n  forward(x: [2]) = x\n}\n', args: { x: f32(2) } ,
    expected: `main.loom:2:13: error: param w: dimension d must be a positive int, got 0
2 |   param w: [d, 2] = zeros
  |             ^` },
  { name: 'param dimension not an int', src: 'model M(d: int = 3) {\n  param w: [d / 2] = zeros\n  forward(x: [2]) = x\n}\n', args: { x: f32(2) } ,
    expected: `main.loom:2:13: error: param w: dimension d / 2 must be a positive int, got 1.5
2 |   param w: [d / 2] = zeros
  |             ^~~~~` },
  { name: 'hyperparameter type mismatch', src: 'import std.nn\nmodel M() {\n  l = Linear(2, 2.5)\n  forward(x: [2]) = x\n}\n', args: { x: f32(2) } ,
    expected: `main.loom:3:17: error: Linear: hyperparameter d_out is an int, got the float 2.5
3 |   l = Linear(2, 2.5)
  |                 ^~~` },
  { name: 'missing return', src: 'fn f(x) {\n  y = x\n}\nmodel M() {\n  forward(x: [2]) = f(x)\n}\n', args: { x: f32(2) } ,
    expected: `main.loom:1:4: error: f ends without a return
1 | fn f(x) {
  |    ^` },
  { name: 'method not found', src: 'model M() {\n  forward(x: [2]) = x\n  loss(x: [2]) = sum(x)\n}\n', method: 'los', args: { x: f32(2) } ,
    expected: `main.loom:1:7: error: model M has no method 'los' (did you mean 'loss'?); it has forward, loss
1 | model M() {
  |       ^` },
  { name: 'runaway recursion', src: 'fn f(x) = f(x)\nmodel M() {\n  forward(x: [2]) = f(x)\n}\n', args: { x: f32(2) } ,
    expected: `main.loom:1:11: error: recursion limit: calls nest more than 100 deep (calling f)
1 | fn f(x) = f(x)
  |           ^~~~` },
  { name: 'einsum output axis in no operand', src: 'model M() {\n  forward(x: [2, 3]) = einsum("a b -> a c", x)\n}\n', args: { x: f32(2, 3) } ,
    expected: `main.loom:2:24: error: einsum: output axis c appears in no operand
2 |   forward(x: [2, 3]) = einsum("a b -> a c", x)
  |                        ^~~~~~~~~~~~~~~~~~~~~~~` },
  { name: 'einsum repeated axis', src: 'model M() {\n  forward(x: [2, 2]) = einsum("a a -> a", x)\n}\n', args: { x: f32(2, 2) } ,
    expected: `main.loom:2:24: error: einsum: axis a appears twice in x
2 |   forward(x: [2, 2]) = einsum("a a -> a", x)
  |                        ^~~~~~~~~~~~~~~~~~~~~` },
  { name: 'einsum operand count', src: 'model M() {\n  forward(x: [2, 3]) = einsum("a b, b c -> a c", x)\n}\n', args: { x: f32(2, 3) } ,
    expected: `main.loom:2:24: error: einsum: the spec has 2 operands but 1 tensor was given
2 |   forward(x: [2, 3]) = einsum("a b, b c -> a c", x)
  |                        ^~~~~~~~~~~~~~~~~~~~~~~~~~~~` },
  { name: 'einsum composed axis that does not divide', src: 'model M() {\n  forward(x: [2, 6]) = einsum("a (h k) -> a h k", x, h=4)\n}\n', args: { x: f32(2, 6) } ,
    expected: `main.loom:2:24: error: einsum: (h k) is 6 in x, which h = 4 does not divide
2 |   forward(x: [2, 6]) = einsum("a (h k) -> a h k", x, h=4)
  |                        ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~` },
  { name: 'einsum rank mismatch', src: 'model M() {\n  forward(x: [2, 6]) = einsum("a b c -> a", x)\n}\n', args: { x: f32(2, 6) } ,
    expected: `main.loom:2:24: error: einsum: x has shape [2, 6] but "a b c" names 3 axes
2 |   forward(x: [2, 6]) = einsum("a b c -> a", x)
  |                        ^~~~~~~~~~~~~~~~~~~~~~~` },
  { name: 'loss must be a scalar', src: 'model M() {\n  forward(x: [2]) = x\n  loss(x: [2]) = x * 2\n}\n', method: 'loss', args: { x: f32(2) } ,
    expected: `main.loom:3:3: error: loss must return a scalar (training minimises it), got f32[2]
3 |   loss(x: [2]) = x * 2
  |   ^~~~` },
  { name: 'tensor condition in if-then-else', src: 'model M() {\n  forward(x: [2]) = if x > 0 then x else -x\n}\n', args: { x: f32(2) } ,
    expected: `main.loom:2:24: error: 'if ... then ... else' needs a compile-time condition; use where(c, a, b) to choose between tensors elementwise
2 |   forward(x: [2]) = if x > 0 then x else -x
  |                        ^~~~~` },
  { name: 'shapes that do not broadcast', src: 'model M() {\n  forward(x: [2, 3], y: [4]) = x + y\n}\n', args: { x: f32(2, 3), y: f32(4) } ,
    expected: `main.loom:2:32: error: shapes [2, 3] and [4] do not broadcast: axis -1 is 3 and 4
2 |   forward(x: [2, 3], y: [4]) = x + y
  |                                ^~~~~` },
  { name: 'error inside the standard library names the call site', src: 'import std.nn\nmodel M() {\n  forward(l: [2, 3, 5], t: i32[2, 4]) = cross_entropy(l, t)\n}\n', args: { l: f32(2, 3, 5), t: i32(2, 4) } ,
    expected: `compiler/std/functional.loom:33:12: error: shapes [2, 4, 5] and [2, 3, 5] do not broadcast: axis -2 is 4 and 3 (in cross_entropy, called at main.loom:3:41)
33 |   picked = where(arange(V) == targets[..., None], log_softmax(logits), 0.0)
   |            ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~` },
  { name: 'matmul inner dims', src: 'model M() {\n  forward(x: [2, 3], w: [4, 5]) = x @ w\n}\n', args: { x: f32(2, 3), w: f32(4, 5) } ,
    expected: `main.loom:2:35: error: '@': [2, 3] @ [4, 5]: the contracted axes differ (3 and 4)
2 |   forward(x: [2, 3], w: [4, 5]) = x @ w
  |                                   ^~~~~` },
  { name: 'block called in a body', src: 'import std.nn\nmodel M() {\n  forward(x: [2, 3]) = Linear(3, 3)(x)\n}\n', args: { x: f32(2, 3) } ,
    expected: `main.loom:3:24: error: block Linear is instantiated as a block member (\`name = Linear(...)\`), not called inside a body
3 |   forward(x: [2, 3]) = Linear(3, 3)(x)
  |                        ^~~~~~` },
  { name: 'unrolled loop too long', src: 'model M() {\n  forward(x: [2]) {\n    for i in 0..100000 {\n      x = x + 1\n    }\n    return x\n  }\n}\n', args: { x: f32(2) } ,
    expected: `main.loom:3:5: error: for: 100,000 iterations exceed the limit of 10,000 (loops are unrolled; ElaborateOptions.limits.maxLoopIterations)
3 |     for i in 0..100000 {
  |     ^~~~~~~~~~~~~~~~~~~~` },
  { name: 'missing entry argument', src: 'model M() {\n  forward(x: [2], y: [2]) = x + y\n}\n', args: { x: f32(2) } ,
    expected: `main.loom:2:19: error: forward: missing argument 'y' of type [2]
2 |   forward(x: [2], y: [2]) = x + y
  |                   ^~~~~~` },
  { name: 'gather with float indices', src: 'model M() {\n  param t: [4, 2] = zeros\n  forward(ids: [3]) = t[ids]\n}\n', args: { ids: f32(3) } ,
    expected: `main.loom:3:25: error: a tensor index must be i32, got f32[3]; convert it with int(...)
3 |   forward(ids: [3]) = t[ids]
  |                         ^~~` },
  { name: 'independent member errors are all reported', src: 'model M() {\n  param a: [0] = zeros\n  b = Nope(1)\n  let c = 1 / 0\n  forward(x: [2]) = x + a\n}\n', args: { x: f32(2) } ,
    expected: `main.loom:2:13: error: param a: dimension 0 must be a positive int, got 0
2 |   param a: [0] = zeros
  |             ^
main.loom:3:7: error: unknown name 'Nope'
3 |   b = Nope(1)
  |       ^~~~
main.loom:4:11: error: division by zero
4 |   let c = 1 / 0
  |           ^~~~~` },
  { name: 'unknown member of a sub-block', src: 'import std.nn\nmodel M() {\n  l = Linear(2, 2)\n  forward(x: [2]) = x + l.v\n}\n', args: { x: f32(2) } ,
    expected: `main.loom:4:27: error: Linear has no member 'v' (did you mean 'w'?)
4 |   forward(x: [2]) = x + l.v
  |                           ^` },
  { name: 'where with a float condition', src: 'model M() {\n  forward(x: [2]) = where(x, x, 0)\n}\n', args: { x: f32(2) } ,
    expected: `main.loom:2:27: error: where: the condition must be a bool tensor, got f32[2] (compare it, e.g. c != 0)
2 |   forward(x: [2]) = where(x, x, 0)
  |                           ^` },
  { name: 'return type mismatch', src: 'model M() {\n  forward(x: [B, T]) -> [B, T, 4] = x\n}\n', args: { x: f32(2, 3) } ,
    expected: `main.loom:2:25: error: forward: result is f32[2, 3] but its return type says [B, T, 4]
2 |   forward(x: [B, T]) -> [B, T, 4] = x
  |                         ^~~~~~~~~` },
  { name: 'missing module', src: 'import "./x.loom"\nmodel M() {\n  forward(x: [2]) = x\n}\n', args: { x: f32(2) }, files: {} ,
    expected: `main.loom:1:1: error: cannot find module "./x.loom" (looked at ${CWD}/x.loom)
1 | import "./x.loom"
  | ^~~~~~~~~~~~~~~~~` },
  { name: 'import cycle', src: 'import "a.loom"\nmodel M() {\n  forward(x: [2]) = x\n}\n', args: { x: f32(2) }, files: { 'a.loom': 'import "b.loom"\n', 'b.loom': 'import "a.loom"\n' } ,
    expected: `b.loom:1:1: error: import cycle: a.loom -> b.loom -> a.loom
1 | import "a.loom"
  | ^~~~~~~~~~~~~~~` },
  { name: 'block that contains itself', src: 'block B() {\n  b = B()\n}\nmodel M() {\n  b = B()\n  forward(x: [2]) = x\n}\n', args: { x: f32(2) } ,
    expected: `main.loom:2:3: error: block B nests more than 64 levels deep; does it contain itself?
2 |   b = B()
  |   ^~~~~~~` },
  { name: 'bad initialiser', src: 'model M() {\n  param a: [2] = "zeros"\n  forward(x: [2]) = x\n}\n', args: { x: f32(2) } ,
    expected: `main.loom:2:18: error: a param initialiser must be zeros, ones, const(v), normal(std[, mean]), uniform(lo, hi) or a number; got a string
2 |   param a: [2] = "zeros"
  |                  ^~~~~~~` },
  { name: 'negative slice step', src: 'model M() {\n  forward(x: [4]) = x[::-1]\n}\n', args: { x: f32(4) } ,
    expected: `main.loom:2:23: error: negative slice steps are not supported (got -1)
2 |   forward(x: [4]) = x[::-1]
  |                       ^~~~` },
  { name: 'duplicate members of different kinds', src: 'import std.nn\nmodel M() {\n  let w = 3\n  w = Linear(2, 2)\n  forward(x: [2]) = x\n  forward(x: [2]) = x\n}\n', args: { x: f32(2) } ,
    expected: `main.loom:4:3: error: duplicate definition of 'w' (first defined at main.loom:3:7)
4 |   w = Linear(2, 2)
  |   ^
main.loom:6:3: error: duplicate definition of 'forward' (first defined at main.loom:5:3)
6 |   forward(x: [2]) = x
  |   ^~~~~~~` },
  { name: 'non-bool condition', src: 'model M(n: int = 2) {\n  forward(x: [2]) = if n then x else x\n}\n', args: { x: f32(2) } ,
    expected: `main.loom:2:24: error: the condition must be a compile-time bool, got an int
2 |   forward(x: [2]) = if n then x else x
  |                        ^` },
  { name: 'bad hyperparameter default', src: 'block B(a: int = 1.5) {\n}\nmodel M() {\n  b = B()\n  forward(x: [2]) = x\n}\n', args: { x: f32(2) } ,
    expected: `main.loom:1:18: error: B: hyperparameter a is an int, got the float 1.5
1 | block B(a: int = 1.5) {
  |                  ^~~` },
  { name: 'too many indices', src: 'model M() {\n  forward(x: [2]) = x[0, 1]\n}\n', args: { x: f32(2) } ,
    expected: `main.loom:2:21: error: too many indices for 'x': 2 for f32[2]
2 |   forward(x: [2]) = x[0, 1]
  |                     ^~~~~~~` },
  { name: 'no model', src: 'fn f(x) = x\n', args: {} ,
    expected: `main.loom:1:1: error: main.loom has no model: declare one with \`model Name(...) { ... }\`
1 | fn f(x) = x
  | ^` },
];

describe('elaboration diagnostics', () => {
  test.each(CASES.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const r = elab(c.src, c.method ?? 'forward', c.args, c.config ?? {}, c.files ?? {});
    expect(r.graph).toBeUndefined();
    expect(r.text).toBe(c.expected);
  });

  test('there are at least 25 cases', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(25);
  });
});
