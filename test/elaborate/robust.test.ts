// Elaboration never throws and never reports internal errors, whatever the
// input: mutated copies of the examples go through loading and checking.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { checkProgram, elaborate } from '../../compiler/elaborate/elaborate.ts';
import { i32, load } from './helpers.ts';

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) + 0x9e3779b9) >>> 0;
    return s / 2 ** 32;
  };
}

const PIECES = ['x', '0', '1', '-1', ', ', '(', ')', '[', ']', ' + ', ' @ ', 'keep', 'T', 'dim', '...', ':', 'einsum("a b -> b a", x)', 'repeat(3) ', '2.5', 'true', 'not ', '[0:T]', 'heads'];

function mutate(src: string, r: () => number): string {
  let s = src;
  const n = 1 + Math.floor(r() * 3);
  for (let k = 0; k < n; k++) {
    const at = Math.floor(r() * s.length);
    const len = Math.floor(r() * 6);
    const piece = r() < 0.5 ? '' : PIECES[Math.floor(r() * PIECES.length)]!;
    s = s.slice(0, at) + piece + s.slice(at + len);
  }
  return s;
}

describe('robustness', () => {
  for (const file of ['dsl-examples/gpt.loom', 'dsl-examples/llama.loom']) {
    test(`200 mutations of ${file} never throw nor report internal errors`, () => {
      const src = readFileSync(file, 'utf8');
      const r = rng(file.length);
      let parsed = 0;
      for (let i = 0; i < 200; i++) {
        const text = mutate(src, r);
        const p = load(text);
        const ds = [...checkProgram(p), ...elaborate(p, { method: 'loss', args: { tokens: i32(2, 3), targets: i32(2, 3) } }).diagnostics];
        if (p.diagnostics.length === 0) parsed++;
        const internal = ds.filter((d) => d.code === 'E-internal' && !p.diagnostics.includes(d));
        expect(internal.map((d) => `${d.message}\n--- source:\n${text}`)).toEqual([]);
      }
      // Most mutants parse, so elaboration itself is exercised.
      expect(parsed).toBeGreaterThan(60);
    });
  }
});
