// Module loading and the program-level checks built on it.
import * as path from 'node:path';
import { describe, expect, test } from 'vitest';
import { formatDiagnostics } from '../../compiler/diagnostics.ts';
import { checkProgram, modelInfo } from '../../compiler/elaborate/elaborate.ts';
import { loadProgram, loadSource, STD_DIR } from '../../compiler/elaborate/load.ts';
import { f32, graphOf, load } from './helpers.ts';

describe('loadProgram', () => {
  test('std imports resolve to compiler/std, relative imports to the importer', () => {
    const files: Record<string, string> = {
      'lib/a.loom': 'import "b.loom"\nfn a(x) = b(x) + 1\n',
      'lib/b.loom': 'import std.functional\nfn b(x) = relu(x)\n',
    };
    const p = load('import "lib/a.loom"\nmodel M() {\n  forward(x: [2]) = a(x)\n}\n', files);
    expect(p.diagnostics).toEqual([]);
    expect([...p.modules.keys()]).toEqual(['main.loom', 'lib/a.loom', 'lib/b.loom', 'compiler/std/functional.loom']);
    expect(STD_DIR).toBe(path.resolve('compiler/std'));
    expect([...p.sources.keys()]).toEqual([...p.modules.keys()]);
  });

  test('imported names are visible transitively; a diamond is not a duplicate', () => {
    const files = { 'a.loom': 'import std.nn\n', 'b.loom': 'import std.nn\n' };
    const p = load('import "a.loom"\nimport "b.loom"\nmodel M() {\n  l = Linear(2, 2)\n  forward(x: [2]) = gelu(l(x))\n}\n', files);
    expect(p.diagnostics).toEqual([]);
    expect(checkProgram(p)).toEqual([]);
  });

  test('a missing entry file is a diagnostic, never an exception', () => {
    const p = loadProgram('no/such/file.loom');
    expect(formatDiagnostics(p.diagnostics, p.sources)).toBe(`no/such/file.loom:1:1: error: cannot read no/such/file.loom (looked at ${path.resolve('no/such/file.loom')})`);
  });

  test('a missing std module names the path it looked at', () => {
    const p = loadSource('import std.nope\n', 'x.loom');
    expect(formatDiagnostics(p.diagnostics, p.sources)).toBe(
      `x.loom:1:1: error: cannot find module std.nope (looked at ${path.resolve('compiler/std/nope.loom')})\n1 | import std.nope\n  | ^~~~~~~~~~~~~~~`,
    );
  });

  test('parse errors of imported files are reported in those files', () => {
    const p = load('import "bad.loom"\n', { 'bad.loom': 'fn f(x) = \n' });
    expect(p.diagnostics.map((d) => d.span.file)).toEqual(['bad.loom']);
  });

  test('the example files load from disk', () => {
    for (const f of ['dsl-examples/gpt.loom', 'dsl-examples/llama.loom', 'compiler/std/nn.loom']) {
      expect(loadProgram(f).diagnostics, f).toEqual([]);
    }
  });
});

describe('checkProgram', () => {
  test('a library file without a model is fine', () => {
    expect(checkProgram(loadProgram('compiler/std/nn.loom'))).toEqual([]);
  });

  test('every method is elaborated on representative shapes and errors in each are reported', () => {
    const src = 'model M(dim: int = 4) {\n  forward(x: [B, dim]) = x\n  a(x: [B, T]) = x + y\n  b(x: [B, T]) = x @ x\n}\n';
    const p = load(src);
    expect(formatDiagnostics(checkProgram(p), p.sources)).toBe(
      [
        "main.loom:3:22: error: unknown name 'y' (did you mean 'x'?)",
        '3 |   a(x: [B, T]) = x + y',
        '  |                      ^',
        "main.loom:4:18: error: '@': [2, 3] @ [2, 3]: the contracted axes differ (3 and 2)",
        '4 |   b(x: [B, T]) = x @ x',
        '  |                  ^~~~~',
      ].join('\n'),
    );
  });

  test('a model without forward, and methods that cannot be checked', () => {
    const p = load('model M() {\n  loss(x: [2]) = sum(x)\n  other(x, y) = x\n}\n');
    expect(formatDiagnostics(checkProgram(p), p.sources)).toBe(
      [
        'main.loom:1:7: error: model M has no forward method',
        '1 | model M() {',
        '  |       ^',
        'main.loom:3:9: warning: other: parameter x has no type, so its shape is unknown; check skips other',
        '3 |   other(x, y) = x',
        '  |         ^',
      ].join('\n'),
    );
  });

  test('modelInfo of a file without a model is empty', () => {
    expect(modelInfo(load('fn f(x) = x\n'))).toEqual({ name: '', hyper: [], methods: [] });
  });

  test('graphOf helper sanity', () => {
    expect(graphOf('model M() {\n  forward(x: [2]) = x\n}\n', 'forward', { x: f32(2) }).nodes.length).toBe(1);
  });
});
