// The compile-time size budget (compiler/elaborate/limits.ts, docs/limits.md):
// repeat counts, block instances, nodes, param elements, one tensor's
// elements, the graph's elements, loop iterations and evaluation steps. Each
// is checked before the work it protects: a repeat is estimated from its
// first instance, a param from its shape. Breaking one gives a single E-limit
// diagnostic that names the member, the size and the option, at the source.
// Several of these programs would run for minutes or abort V8 if anything
// were built before the check; here each answers in milliseconds.
import { describe, expect, test } from 'vitest';
import { formatDiagnostics } from '../../compiler/diagnostics.ts';
import { checkProgram, DEFAULT_LIMITS, elaborate, type ElaborateOptions } from '../../compiler/elaborate/elaborate.ts';
import { fmtCount, resolveLimits } from '../../compiler/elaborate/limits.ts';
import { loadProgram } from '../../compiler/elaborate/load.ts';
import { elab, f32, i32 } from './helpers.ts';

const gpt = loadProgram('dsl-examples/gpt.loom');
const loss: ElaborateOptions = { method: 'loss', args: { tokens: i32(2, 3), targets: i32(2, 3) } };

/** Formatted diagnostics of the gpt example's loss with `config` and `limits`; there must be no graph. */
function gptErrors(config: Record<string, number>, limits?: ElaborateOptions['limits']): string {
  const r = elaborate(gpt, { ...loss, config, ...(limits ? { limits } : {}) });
  expect(r.graph).toBeUndefined();
  return formatDiagnostics(r.diagnostics, gpt.sources);
}

/** Formatted diagnostics of `forward(x: [2])` of `src` as main.loom. */
function errorsOf(src: string, limits?: ElaborateOptions['limits'], args = { x: f32(2) }): string {
  const r = elab(src, 'forward', args, {}, {}, limits);
  expect(r.graph).toBeUndefined();
  return r.text;
}

describe('the defaults', () => {
  test('are documented numbers, and the examples fit them with room to spare', () => {
    expect(DEFAULT_LIMITS).toEqual({
      maxRepeat: 65_536,
      maxInstances: 100_000,
      maxLoopIterations: 10_000,
      maxNodes: 1_000_000,
      maxParamElements: 2 ** 30,
      maxTensorElements: 2 ** 31 - 1,
      maxGraphElements: 2 ** 40,
      maxSteps: 10_000_000,
    });
    const r = elaborate(gpt, loss);
    expect(r.diagnostics).toEqual([]);
    expect(r.graph!.nodes.length).toBeLessThan(DEFAULT_LIMITS.maxNodes / 1000);
  });

  test('an option replaces one limit and keeps the others; a limit must be a positive number', () => {
    expect(resolveLimits({ maxNodes: 5 })).toEqual({ ...DEFAULT_LIMITS, maxNodes: 5 });
    expect(() => resolveLimits({ maxSteps: 0 })).toThrow('ElaborateOptions.limits.maxSteps must be a positive number, got 0');
    expect(() => resolveLimits({ maxNodes: Number.NaN })).toThrow('ElaborateOptions.limits.maxNodes must be a positive number, got NaN');
  });

  test('sizes read as 950, 65,536, 1.05M, 2.15G, 70.4T, 1e+300', () => {
    expect([950, 65_536, 1_048_576, 2 ** 31 - 1, 70.4e12, 1e300].map(fmtCount)).toEqual(['950', '65,536', '1.05M', '2.15G', '70.4T', '1e+300']);
  });
});

describe('repeat', () => {
  test('repeat(65536) of the gpt block is refused from the first block: its nodes would pass the limit', () => {
    expect(gptErrors({ depth: 65536 })).toBe(
      [
        'dsl-examples/gpt.loom:22:3: error: blocks: repeat(65536) would create 1.05M nodes (16 per Block); the limit is 1M (ElaborateOptions.limits.maxNodes)',
        '22 |   blocks = repeat(depth) Block(dim, heads)',
        '   |   ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~',
      ].join('\n'),
    );
  });

  test('repeat(2147483648) is refused by its count alone', () => {
    expect(gptErrors({ depth: 2147483648 })).toBe(
      [
        'dsl-examples/gpt.loom:22:19: error: blocks: repeat(2147483648) is too many; the limit is 65,536 (ElaborateOptions.limits.maxRepeat)',
        '22 |   blocks = repeat(depth) Block(dim, heads)',
        '   |                   ^~~~~',
      ].join('\n'),
    );
  });

  test('nested repeats multiply: 65536 × 65536 instances are refused after building one', () => {
    const src = 'block Leaf() {\n}\nblock Mid() {\n  leaves = repeat(65536) Leaf()\n}\nmodel M() {\n  mids = repeat(65536) Mid()\n  forward(x: [2]) = x\n}\n';
    expect(errorsOf(src)).toBe(
      [
        'main.loom:7:3: error: mids: repeat(65536) would create 4.3G block instances (65,537 per Mid); the limit is 100,000 (ElaborateOptions.limits.maxInstances)',
        '7 |   mids = repeat(65536) Mid()',
        '  |   ^~~~~~~~~~~~~~~~~~~~~~~~~~',
      ].join('\n'),
    );
  });

  test('calling a repeated group is estimated from its first call', () => {
    const src = 'block Add() {\n  forward(x: [2]) = x * 2 + x * 3 + x * 4 + x * 5 + 1\n}\nmodel M() {\n  blocks = repeat(65536) Add()\n  forward(x: [2]) = blocks(x)\n}\n';
    expect(errorsOf(src)).toBe(
      [
        'main.loom:6:21: error: blocks: calling repeat(65536) Add would create 1.18M nodes (18 per Add.forward); the limit is 1M (ElaborateOptions.limits.maxNodes)',
        '6 |   forward(x: [2]) = blocks(x)',
        '  |                     ^~~~~~~~~',
      ].join('\n'),
    );
    // Within a tighter budget given as an option, and within the default one.
    expect(errorsOf(src.replace('65536', '5000'), { maxNodes: 10_000 }).split('\n')[0]).toBe(
      'main.loom:6:21: error: blocks: calling repeat(5000) Add would create 90,000 nodes (18 per Add.forward); the limit is 10,000 (ElaborateOptions.limits.maxNodes)',
    );
    const r = elab(src.replace('65536', '5000'), 'forward', { x: f32(2) });
    expect(r.diagnostics).toEqual([]);
    expect(r.graph!.nodes.length).toBe(1 + 5000 * 18);
  });

  test('the instance limit also counts one by one', () => {
    expect(gptErrors({}, { maxInstances: 5 }).split('\n')[0]).toBe(
      'compiler/std/nn.loom:54:3: error: the model has more than 5 block instances; the limit is 5 (ElaborateOptions.limits.maxInstances) (in CausalSelfAttention, instantiated at dsl-examples/gpt.loom:10:3)',
    );
  });
});

describe('params', () => {
  test('--set dim=30000: the param that passes the total is named, with its size, where it is declared and instantiated', () => {
    expect(gptErrors({ dim: 30000 })).toBe(
      [
        'compiler/std/nn.loom:7:3: error: blocks.0.attn.wk.w: param [30000, 30000] brings the params to 1.81G elements (6.7 GiB as f32); the limit is 1.07G (ElaborateOptions.limits.maxParamElements) (in CausalSelfAttention, instantiated at dsl-examples/gpt.loom:10:3)',
        '7 |   param w: [d_in, d_out] = normal(std)',
        '  |   ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~',
      ].join('\n'),
    );
  });

  test('one param larger than a tensor may be', () => {
    expect(gptErrors({ vocab: 2 ** 31 }).split('\n')[0]).toBe(
      'compiler/std/nn.loom:14:3: error: wte.w: param [2147483648, 64] has 137G elements; the limit for one tensor is 2.15G (ElaborateOptions.limits.maxTensorElements) (in Embedding, instantiated at dsl-examples/gpt.loom:20:3)',
    );
    expect(gptErrors({ ctx: 2 ** 40 })).toBe(
      [
        'dsl-examples/gpt.loom:21:3: error: wpe: param [1099511627776, 64] has 70.4T elements; the limit for one tensor is 2.15G (ElaborateOptions.limits.maxTensorElements)',
        '21 |   param wpe: [ctx, dim] = normal(0.01)          # learned position embedding',
        '   |   ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~',
      ].join('\n'),
    );
  });

  test('a budget given as an option', () => {
    expect(gptErrors({}, { maxParamElements: 1000 }).split('\n')[0]).toBe(
      'compiler/std/nn.loom:14:3: error: wte.w: param [256, 64] brings the params to 16,384 elements (64.0 KiB as f32); the limit is 1,000 (ElaborateOptions.limits.maxParamElements) (in Embedding, instantiated at dsl-examples/gpt.loom:20:3)',
    );
  });

  test('one diagnostic for the whole program, not one per member or method', () => {
    expect(checkProgram(gpt, { config: { dim: 30000 } }).map((d) => d.message)).toHaveLength(1);
    expect(checkProgram(gpt, { config: { depth: 65536 } }).map((d) => `${d.span.line}:${d.span.col} ${d.code}`)).toEqual(['22:3 E-limit']);
  });
});

describe('tensors and the graph', () => {
  test('an intermediate tensor larger than a tensor may be', () => {
    expect(errorsOf('model M() {\n  forward(x: [2]) = sum(broadcast(x, [65536, 65536, 2]))\n}\n')).toBe(
      [
        'main.loom:2:25: error: the tensor f32[65536, 65536, 2] made here (expand) has 8.59G elements; the limit for one tensor is 2.15G (ElaborateOptions.limits.maxTensorElements)',
        '2 |   forward(x: [2]) = sum(broadcast(x, [65536, 65536, 2]))',
        '  |                         ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~',
      ].join('\n'),
    );
  });

  test('an input larger than a tensor may be', () => {
    expect(errorsOf('model M() {\n  forward(x: [B, T]) = x\n}\n', undefined, { x: f32(65536, 65536) }).split('\n')[0]).toBe(
      'main.loom:2:11: error: input x: f32[65536, 65536] has 4.29G elements; the limit for one tensor is 2.15G (ElaborateOptions.limits.maxTensorElements)',
    );
  });

  test('the total of all tensors', () => {
    expect(errorsOf('model M() {\n  forward(x: [64]) = x * 2 + 1\n}\n', { maxGraphElements: 100 }, { x: f32(64) }).split('\n')[0]).toBe(
      'main.loom:2:22: error: the tensor f32[64] made here (const) brings the graph to 129 tensor elements; the limit is 100 (ElaborateOptions.limits.maxGraphElements)',
    );
  });
});

describe('loops, recursion and compile-time values', () => {
  const loops = 'model M() {\n  forward(x: [2]) {\n    for i in 0..10000 {\n      for j in 0..10000 {\n        x = x + 1\n      }\n    }\n    return x\n  }\n}\n';

  test('a loop nest is estimated from its first iteration', () => {
    expect(errorsOf(loops)).toBe(
      [
        'main.loom:3:5: error: for: 10,000 iterations would create 300M nodes (30,000 per iteration); the limit is 1M (ElaborateOptions.limits.maxNodes)',
        '3 |     for i in 0..10000 {',
        '  |     ^~~~~~~~~~~~~~~~~~~',
      ].join('\n'),
    );
  });

  test('compile-time work is bounded by the step budget', () => {
    expect(errorsOf(loops.replace('x = x + 1', 'y = i'), { maxSteps: 100_000 })).toBe(
      [
        'main.loom:5:13: error: elaboration evaluated more than 100,000 expressions (is a loop or a recursion too large?); the limit is 100,000 (ElaborateOptions.limits.maxSteps)',
        '5 |         y = i',
        '  |             ^',
      ].join('\n'),
    );
    // An exponential recursion within the call depth: 2^60 calls.
    expect(errorsOf('fn f(n) = if n == 0 then 0 else f(n - 1) + f(n - 1)\nmodel M() {\n  forward(x: [2]) = x + f(60)\n}\n', { maxSteps: 100_000 }).split('\n')[0]).toBe(
      'main.loom:1:33: error: elaboration evaluated more than 100,000 expressions (is a loop or a recursion too large?); the limit is 100,000 (ElaborateOptions.limits.maxSteps)',
    );
  });

  test('lists and strings doubled in a recursion stop at a million items', () => {
    const src = 'fn f(l, n) = if n == 0 then l else f(l + l, n - 1)\nmodel M() {\n  forward(x: [2]) = x + len(f(START, 60))\n}\n';
    expect(errorsOf(src.replace('START', '[1]'))).toBe(
      [
        'main.loom:1:38: error: this list would have 2.1M items; compile-time lists hold at most 1.05M',
        '1 | fn f(l, n) = if n == 0 then l else f(l + l, n - 1)',
        '  |                                      ^~~~~',
      ].join('\n'),
    );
    expect(errorsOf(src.replace('START', '"ab"')).split('\n')[0]).toBe('main.loom:1:38: error: this string would have 2.1M characters; compile-time strings hold at most 1.05M');
  });

  test('a 256-level expression elaborates; recursion through deep expressions stops before the stack runs out', () => {
    const r = elab(`model M() {\n  forward(x: [2]) = x${' + x'.repeat(255)}\n}\n`, 'forward', { x: f32(2) });
    expect(r.diagnostics).toEqual([]);
    expect(r.graph!.nodes.filter((n) => n.op === 'binary')).toHaveLength(255);
    const deep = `fn f(x, n) = if n == 0 then x else ${'- '.repeat(250)}f(x, n - 1)\nmodel M() {\n  forward(x: [2]) = f(x, 90)\n}\n`;
    const head = errorsOf(deep).split('\n')[0]!;
    expect(head).toMatch(/^main\.loom:1:\d+: error: expressions nest more than 1,000 levels deep, counting the bodies of the calls they make; is a recursion too deep\?$/);
  });
});
