// Errors of the inference programs and of `loom generate`'s sampling flags:
// each names what is wrong and where.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultOptimizer } from '../../compiler/autodiff/optimizer.ts';
import { compileLanguageModel } from '../../compiler/model.ts';
import { gptFile, loomIn, tempDir, tinyGpt } from '../cli/helpers.ts';

function compileSource(source: string, cacheLength = 8) {
  const dir = tempDir();
  const file = path.join(dir, 'm.loom');
  fs.writeFileSync(file, source);
  return () => compileLanguageModel(file, { batch: 1, optimizer: defaultOptimizer, inference: { cacheLength } });
}

const model = (body: string, extra = '') => `import std.nn
${extra}
model M(vocab: int = 256, ctx: int = 8, dim: int = 8) {
  tok = Embedding(vocab, dim)
  forward(tokens: i32[B, T]) -> [B, T, vocab] {
${body}
  }
  loss(tokens: i32[B, T], targets: i32[B, T]) = cross_entropy(forward(tokens), targets)
}
`;

describe('inference programs: compile errors', () => {
  it('a model with no cache() cannot decode', () => {
    expect(compileSource(model('    return einsum("b t d, v d -> b t v", tok(tokens), tok.w)'))).toThrow(
      /m\.loom: the model keeps no cache: its attention must pass keys and values through cache\(x, name\)/,
    );
  });

  it('cache() inside a function is refused with its location', () => {
    const src = model('    return einsum("b t d, v d -> b t v", f(tok(tokens)), tok.w)', 'fn f(x) = cache(x, "x")');
    expect(compileSource(src)).toThrow(/m\.loom:2:\d+: error: cache: call it in a block's method, not in a function/);
  });

  it('one cache name written twice in a program', () => {
    const src = model('    h = tok(tokens)\n    a = cache(h, "h")\n    b = cache(h, "h")\n    return einsum("b t d, v d -> b t v", a, tok.w)');
    expect(compileSource(src)).toThrow(/cache: cache\.h is written twice in one program/);
  });

  it('a cache name must be an identifier', () => {
    const src = model('    return einsum("b t d, v d -> b t v", cache(tok(tokens), "a b"), tok.w)');
    expect(compileSource(src)).toThrow(/cache: the name must be an identifier, got "a b"/);
  });

  it('a cache length that is not a positive integer', () => {
    expect(() => compileLanguageModel(gptFile, { batch: 1, optimizer: defaultOptimizer, inference: { cacheLength: 0 } })).toThrow(
      /gpt\.loom: the cache length must be a positive integer, got 0/,
    );
  });
});

describe('loom generate: sampling flags', () => {
  const base = ['generate', gptFile, '--ckpt', gptFile, '--prompt', 'x', ...tinyGpt];
  it.each([
    [['--top-p', '0'], '--top-p must be a positive number, got 0'],
    [['--top-p', '1.5'], '--top-p must be in (0, 1], got 1.5'],
    [['--repetition-penalty', '0'], '--repetition-penalty must be a positive number, got 0'],
    [['--stop', ''], '--stop must not be empty'],
    [['--stop', 'a\\qb'], '--stop: unknown escape \\q in "a\\\\qb" (use \\n, \\t or \\\\)'],
    [['--cache', '1'], '--cache must be an integer ≥ 2, got 1'],
  ])('%j', async (flags, message) => {
    const r = await loomIn([...base, ...flags]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(message);
  });
});
