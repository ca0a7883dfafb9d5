// Language features: einops einsum, flags, gather, compile-time control flow,
// indexing, promotion, blocks and groups, spans on nodes.
import { describe, expect, test } from 'vitest';
import type { OpAttrs } from '../../compiler/graph/types.ts';
import { dtypeOfOutput, elab, f32, graphOf, i32, params, run, shapeOfOutput } from './helpers.ts';

const model = (body: string, hyper = ''): string => `import std.nn\nmodel M(${hyper}) {\n${body}\n}\n`;

describe('einsum in einops notation', () => {
  test('splits a composed input axis using a keyword size', () => {
    const g = graphOf(model('  forward(x: [B, T, 6]) = einsum("b t (h k) -> b h t k", x, h=2)'), 'forward', { x: f32(1, 2, 6) });
    expect(shapeOfOutput(g)).toEqual([1, 2, 2, 3]);
    const x = [0, 1, 2, 3, 4, 5, 10, 11, 12, 13, 14, 15];
    // out[0, h, t, k] = x[0, t, h*3 + k]
    expect(run(g, { x }).get('output')).toEqual([0, 1, 2, 10, 11, 12, 3, 4, 5, 13, 14, 15]);
    expect(g.nodes.some((n) => n.op === 'einsum')).toBe(false); // a pure rearrangement: reshape + permute
  });

  test('merges a composed output axis', () => {
    const g = graphOf(model('  forward(x: [2, 3, 4]) = einsum("h t k -> t (h k)", x)'), 'forward', { x: f32(2, 3, 4) });
    expect(shapeOfOutput(g)).toEqual([3, 8]);
    const x = Array.from({ length: 24 }, (_, i) => i);
    const y = run(g, { x }).get('output')!;
    expect(y.slice(0, 8)).toEqual([0, 1, 2, 3, 12, 13, 14, 15]);
  });

  test('infers a split size from the other operand', () => {
    const g = graphOf(model('  forward(x: [5, 6], w: [2, 7]) = einsum("n (h k), h d -> n k d", x, w)'), 'forward', { x: f32(5, 6), w: f32(2, 7) });
    expect(shapeOfOutput(g)).toEqual([5, 3, 7]);
  });

  test('contracts two operands and matches a hand computation', () => {
    const g = graphOf(model('  forward(a: [2, 3], b: [3, 2]) = einsum("i k, k j -> i j", a, b)'), 'forward', { a: f32(2, 3), b: f32(3, 2) });
    expect(run(g, { a: [1, 2, 3, 4, 5, 6], b: [1, 0, 0, 1, 1, 1] }).get('output')).toEqual([4, 5, 10, 11]);
    const spec = (g.nodes.find((n) => n.op === 'einsum')!.attrs as OpAttrs['einsum']).spec;
    expect(spec).toBe('ab,bc->ac');
  });

  test('multi-letter axis names, three operands and ellipsis', () => {
    const g = graphOf(model('  forward(x: [4, 2, 3], w: [3, 5], v: [5]) = einsum("... din, din dout, dout -> ...", x, w, v)'), 'forward', { x: f32(4, 2, 3), w: f32(3, 5), v: f32(5) });
    expect(shapeOfOutput(g)).toEqual([4, 2]);
  });

  test('sums an axis missing from the output', () => {
    const g = graphOf(model('  forward(x: [2, 3]) = einsum("a b -> a", x)'), 'forward', { x: f32(2, 3) });
    expect(run(g, { x: [1, 2, 3, 4, 5, 6] }).get('output')).toEqual([6, 15]);
  });
});

describe('calls', () => {
  test('a bare flag stands for flag=true when the callee has that bool parameter', () => {
    const src = model('  forward(x: [3]) = scale(x, double) + sum(x, axis=0, keep)', '').replace('model M', 'fn scale(x, double = false) = if double then 2 * x else x\nmodel M');
    const g = graphOf(src, 'forward', { x: f32(3) });
    expect(run(g, { x: [1, 2, 3] }).get('output')).toEqual([8, 10, 12]);
  });

  test('a bound name is a value, not a flag', () => {
    const src = 'fn scale(x, double = false) = if double then 2 * x else x\nmodel M(double: bool = false) {\n  forward(x: [3]) = scale(x, double)\n}\n';
    expect(run(graphOf(src, 'forward', { x: f32(3) }), { x: [1, 2, 3] }).get('output')).toEqual([1, 2, 3]);
    expect(run(graphOf(src, 'forward', { x: f32(3) }, { double: true }), { x: [1, 2, 3] }).get('output')).toEqual([2, 4, 6]);
  });

  test('flags also set bool hyperparameters of sub-blocks; strings choose at compile time', () => {
    const src = 'import std.nn\nmodel M(act: str = "relu") {\n  a = LayerNorm(2, bias=false)\n  b = Linear(2, 2, bias)\n  forward(x: [2]) = if act == "relu" then relu(b(a(x))) else b(a(x))\n}\n';
    const g = graphOf(src, 'forward', { x: f32(2) });
    expect(params(g).map((p) => p.name)).toEqual(['a.g', 'b.w', 'b.b']);
    expect(g.nodes.some((n) => n.op === 'binary' && (n.attrs as OpAttrs['binary']).op === 'max')).toBe(true);
    const g2 = graphOf(src, 'forward', { x: f32(2) }, { act: 'none' });
    expect(g2.nodes.some((n) => n.op === 'binary' && (n.attrs as OpAttrs['binary']).op === 'max')).toBe(false);
  });

  test('a repeated group passes extra arguments to every copy', () => {
    const src = 'block S() {\n  forward(x, k = 1) = x * k\n}\nmodel M() {\n  ss = repeat(3) S()\n  forward(x: [1]) = ss(x, k=2)\n}\n';
    expect(run(graphOf(src, 'forward', { x: f32(1) }), { x: [1] }).get('output')).toEqual([8]);
  });

  test('methods call each other and take flags', () => {
    const src = 'model M() {\n  half(x, neg = false) = if neg then -x / 2 else x / 2\n  forward(x: [2]) = half(x, neg) + other(x)\n  other(x) = x\n}\n';
    expect(run(graphOf(src, 'forward', { x: f32(2) }), { x: [2, 4] }).get('output')).toEqual([1, 2]);
  });

  test('compile-time recursion terminates', () => {
    const src = 'fn twice(x, n) = if n == 0 then x else twice(x * 2, n - 1)\nmodel M() {\n  forward(x: [1]) = twice(x, 5)\n}\n';
    expect(run(graphOf(src, 'forward', { x: f32(1) }), { x: [1] }).get('output')).toEqual([32]);
  });

  test('typed function parameters bind dims usable in the body', () => {
    const src = 'fn last(x: [..., d]) = x[..., d - 1] + d\nmodel M() {\n  forward(x: [2, 3]) = last(x)\n}\n';
    expect(run(graphOf(src, 'forward', { x: f32(2, 3) }), { x: [1, 2, 3, 4, 5, 6] }).get('output')).toEqual([6, 9]);
  });
});

describe('indexing and gather', () => {
  test('table[ids] gathers rows', () => {
    const src = 'model M() {\n  param t: [4, 2] = zeros\n  forward(ids: i32[B, T]) = t[ids]\n}\n';
    const g = graphOf(src, 'forward', { ids: i32(1, 3) });
    expect(g.nodes.some((n) => n.op === 'gather')).toBe(true);
    expect(shapeOfOutput(g)).toEqual([1, 3, 2]);
    expect(run(g, { ids: [3, 0, 3] }, { t: [0, 1, 10, 11, 20, 21, 30, 31] }).get('output')).toEqual([30, 31, 0, 1, 30, 31]);
  });

  test('x[:, ids] gathers along axis 1', () => {
    const g = graphOf('model M() {\n  forward(x: [2, 3], ids: i32[2]) = x[:, ids]\n}\n', 'forward', { x: f32(2, 3), ids: i32(2) });
    expect(run(g, { x: [1, 2, 3, 4, 5, 6], ids: [2, 0] }).get('output')).toEqual([3, 1, 6, 4]);
  });

  test('ints, negative indices, steps, None and ...', () => {
    const x = Array.from({ length: 24 }, (_, i) => i);
    const cases: [string, number[], number[]][] = [
      ['x[0]', [3, 4], x.slice(0, 12)],
      ['x[-1, -1]', [4], [20, 21, 22, 23]],
      ['x[:, ::2, 1]', [2, 2], [1, 9, 13, 21]],
      ['x[..., 1:3]', [2, 3, 2], [1, 2, 5, 6, 9, 10, 13, 14, 17, 18, 21, 22]],
      ['x[1, None, :, -1]', [1, 3], [15, 19, 23]],
      ['x[:, -2:]', [2, 2, 4], [4, 5, 6, 7, 8, 9, 10, 11, 16, 17, 18, 19, 20, 21, 22, 23]],
    ];
    for (const [expr, shape, values] of cases) {
      const g = graphOf(`model M() {\n  forward(x: [2, 3, 4]) = ${expr}\n}\n`, 'forward', { x: f32(2, 3, 4) });
      expect(shapeOfOutput(g), expr).toEqual(shape);
      expect(run(g, { x }).get('output'), expr).toEqual(values);
    }
  });
});

describe('compile-time control flow and values', () => {
  test('for loops unroll and if statements choose', () => {
    const src = 'model M(n: int = 3, neg: bool = true) {\n  forward(x: [1]) {\n    for i in 0..n {\n      x = x + i\n    }\n    if neg {\n      x = -x\n    } else {\n      x = x * 10\n    }\n    return x\n  }\n}\n';
    expect(run(graphOf(src, 'forward', { x: f32(1) }), { x: [1] }).get('output')).toEqual([-4]);
    expect(run(graphOf(src, 'forward', { x: f32(1) }, { n: 5, neg: false }), { x: [1] }).get('output')).toEqual([110]);
  });

  test('lets, integer division, shape and rank, module constants', () => {
    const src = 'let SCALE = 2 ** 3\nmodel M(dim: int = 12, heads: int = 4) {\n  let hd = dim / heads\n  let q = dim // 5\n  forward(x: [2, dim]) = x * (hd + q + shape(x, -1) + rank(x) + SCALE + 7 % 4)\n}\n';
    // hd = 3 (exact division stays int), q = 2, shape = 12, rank = 2, SCALE = 8, 7 % 4 = 3
    const g = graphOf(src, 'forward', { x: f32(2, 12) });
    expect(run(g, { x: new Array(24).fill(1) }).get('output')![0]).toBe(30);
  });

  test('member-level if chooses members', () => {
    const src = 'model M(big: bool = false) {\n  if big {\n    param w: [4] = ones\n  } else {\n    param w: [2] = const(3)\n  }\n  forward(x: [B]) = sum(w) + x\n}\n';
    expect(params(graphOf(src, 'forward', { x: f32(1) }))).toEqual([{ name: 'w', shape: [2] }]);
    expect(params(graphOf(src, 'forward', { x: f32(1) }, { big: true }))).toEqual([{ name: 'w', shape: [4] }]);
  });

  test('int tensors promote to f32 with floats; comparisons give bools; and/or/not', () => {
    const src = (e: string): string => `model M() {\n  forward(i: i32[4]) = ${e}\n}\n`;
    const cases: [string, string, number[]][] = [
      ['i * 0.5', 'f32', [0, 0.5, 1, 1.5]],
      ['i / 2', 'f32', [0, 0.5, 1, 1.5]],
      ['i // 2', 'i32', [0, 0, 1, 1]],
      ['i % 3', 'i32', [0, 1, 2, 0]],
      ['i + 1', 'i32', [1, 2, 3, 4]],
      ['(i > 0) and not (i == 2) or i == 0', 'bool', [1, 1, 0, 1]],
      ['where(i >= 2, i, 0.5)', 'f32', [0.5, 0.5, 2, 3]],
      ['float(i) ** 2 + int(2.9)', 'f32', [2, 3, 6, 11]],
      ['max(i) + min(i) + sum(i == 1)', 'i32', [4]],
    ];
    for (const [e, dtype, values] of cases) {
      const g = graphOf(src(e), 'forward', { i: i32(4) });
      expect(dtypeOfOutput(g), e).toBe(dtype);
      expect(run(g, { i: [0, 1, 2, 3] }).get('output'), e).toEqual(values);
    }
  });

  test('@ contracts like numpy matmul, batched or with a 2-D right side', () => {
    const g = graphOf('model M() {\n  forward(a: [2, 1, 2, 3], b: [3, 3, 2]) = a @ b\n}\n', 'forward', { a: f32(2, 1, 2, 3), b: f32(3, 3, 2) });
    expect(shapeOfOutput(g)).toEqual([2, 3, 2, 2]);
    const g2 = graphOf('model M() {\n  forward(a: [2, 3], b: [3]) = a @ b\n}\n', 'forward', { a: f32(2, 3), b: f32(3) });
    expect(run(g2, { a: [1, 2, 3, 4, 5, 6], b: [1, 1, 1] }).get('output')).toEqual([6, 15]);
  });

  test('movement builtins', () => {
    const x = [1, 2, 3, 4, 5, 6];
    const cases: [string, number[], number[]][] = [
      ['reshape(x, [3, -1])', [3, 2], x],
      ['transpose(x)', [3, 2], [1, 4, 2, 5, 3, 6]],
      ['transpose(x, [1, 0])[0]', [2], [1, 4]],
      ['broadcast(x[0], [2, 3])', [2, 3], [1, 2, 3, 1, 2, 3]],
      ['concat([x, x[:, 0:1]], axis=1)', [2, 4], [1, 2, 3, 1, 4, 5, 6, 4]],
      ['stop_grad(x) + grad_as(x, 2 * x)', [2, 3], x.map((v) => 2 * v)],
      ['mean(x, axis=[0, 1], keep)', [1, 1], [3.5]],
      ['min(x, axis=1)', [2], [1, 4]],
      ['maximum(x, 3) + minimum(x, 2)', [2, 3], [4, 5, 5, 6, 7, 8]],
    ];
    for (const [e, shape, values] of cases) {
      const g = graphOf(`model M() {\n  forward(x: [2, 3]) = ${e}\n}\n`, 'forward', { x: f32(2, 3) });
      expect(shapeOfOutput(g), e).toEqual(shape);
      expect(run(g, { x }).get('output'), e).toEqual(values);
    }
  });
});

describe('blocks', () => {
  test('repeat groups apply in order; blocks[i] picks one; members by name', () => {
    const src = 'block Add(k: float) {\n  param c: [1] = const(k)\n  forward(x: [N]) = x + c\n}\nmodel M() {\n  blocks = repeat(3) Add(1.0)\n  forward(x: [N]) = blocks(x) * 10 + blocks[-1](x) + blocks[0].c + len([1, 2])\n}\n';
    const g = graphOf(src, 'forward', { x: f32(1) });
    expect(params(g).map((p) => p.name)).toEqual(['blocks.0.c', 'blocks.1.c', 'blocks.2.c']);
    expect(run(g, { x: [0] }).get('output')).toEqual([30 + 1 + 1 + 2]);
  });

  test('hyperparameters by keyword, defaults that use earlier ones, float from int', () => {
    const src = 'block B(a: int, b: int = 2 * a, s: float = 1) {\n  param w: [a, b] = const(s)\n}\nmodel M() {\n  x = B(3)\n  y = B(b=5, a=1)\n  forward(t: [1]) = t\n}\n';
    expect(params(graphOf(src, 'forward', { t: f32(1) }))).toEqual([
      { name: 'x.w', shape: [3, 6] },
      { name: 'y.w', shape: [1, 5] },
    ]);
  });

  test('initialisers become InitSpecs', () => {
    const src = 'model M(s: float = 0.5) {\n  param a: [1] = normal(0.02)\n  param b: [1] = normal(s, 1)\n  param c: [1] = uniform(-s, s)\n  param d: [1] = const(3)\n  param e: [1] = ones\n  param f: [1] = 0.25\n  forward(x: [1]) = x\n}\n';
    const g = graphOf(src, 'forward', { x: f32(1) });
    const inits = g.nodes.filter((n) => n.op === 'param').map((n) => (n.attrs as OpAttrs['param']).init);
    expect(inits).toEqual([
      { kind: 'normal', std: 0.02, mean: 0 },
      { kind: 'normal', std: 0.5, mean: 1 },
      { kind: 'uniform', low: -0.5, high: 0.5 },
      { kind: 'const', value: 3 },
      { kind: 'ones' },
      { kind: 'const', value: 0.25 },
    ]);
  });

  test('every node carries the span of the expression it came from', () => {
    const src = 'import std.nn\nmodel M() {\n  forward(x: [2, 3]) = softmax(x) * 2\n}\n';
    const g = graphOf(src, 'forward', { x: f32(2, 3) });
    expect(g.nodes.every((n) => n.span !== undefined)).toBe(true);
    const exp = g.nodes.find((n) => n.op === 'unary' && (n.attrs as OpAttrs['unary']).op === 'exp')!;
    expect(exp.span!.file).toBe('compiler/std/functional.loom');
    const mul = g.nodes[g.outputs[0]!.node]!;
    expect([mul.span!.file, mul.span!.line, mul.span!.col]).toEqual(['main.loom', 3, 24]);
  });

  test('the loss method must be a scalar output named loss; forward is named output', () => {
    const r = elab('import std.nn\nmodel M() {\n  forward(x: [2, 3]) = x\n  loss(x: [2, 3]) = mean(x)\n}\n', 'loss', { x: f32(2, 3) });
    expect(r.graph!.outputs.map((o) => o.name)).toEqual(['loss']);
    expect(graphOf('model M() {\n  forward(x: [2]) = x\n}\n', 'forward', { x: f32(2) }).outputs.map((o) => o.name)).toEqual(['output']);
  });
});

describe('docs/language.md', () => {
  test('the opening example elaborates (with a blocks.loom that defines Block)', async () => {
    const { readFileSync } = await import('node:fs');
    const doc = readFileSync('docs/language.md', 'utf8');
    const example = /```loom\n([\s\S]*?)```/.exec(doc)![1]!;
    const blocks = 'import std.nn\nblock Block(dim: int, heads: int) {\n  ln = LayerNorm(dim)\n  attn = CausalSelfAttention(dim, heads)\n  forward(x: [B, T, dim]) = x + attn(ln(x))\n}\n';
    const r2 = elab(example, 'loss', { tokens: i32(2, 5), targets: i32(2, 5) }, {}, { 'blocks.loom': blocks });
    expect(r2.text).toBe('');
    expect(r2.graph!.outputs.map((o) => o.name)).toEqual(['loss']);
  });
});
