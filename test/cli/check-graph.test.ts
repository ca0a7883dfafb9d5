import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gptFile, loom, root, tempDir } from './helpers.ts';

describe('loom check', () => {
  it('accepts every example', () => {
    for (const f of fs.readdirSync(path.join(root, 'dsl-examples')).filter((f) => f.endsWith('.loom'))) {
      const r = loom(['check', path.join('dsl-examples', f)]);
      expect(r.stderr).toBe('');
      expect(r.stdout).toBe(`dsl-examples/${f}: ok\n`);
      expect(r.status).toBe(0);
    }
  });

  it('reports every error with file:line:col and a code frame, and exits 1', () => {
    const dir = tempDir();
    const file = path.join(dir, 'bad.loom');
    fs.writeFileSync(file, 'import std.nn\n\nmodel M(dim: int = 8) {\n  param w: [4, dim] = normal(0.02)\n  forward(x: [B, dim]) = einsum("b d, d k -> b k", x, w)\n}\n');
    const r = loom(['check', file]);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(
      `${file}:5:26: error: einsum: axis d is 8 in x but 4 in w\n` +
        '5 |   forward(x: [B, dim]) = einsum("b d, d k -> b k", x, w)\n' +
        '  |                          ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~\n' +
        '1 error\n',
    );
  });

  it('reports syntax errors from every broken line in one run', () => {
    const dir = tempDir();
    const file = path.join(dir, 'syntax.loom');
    fs.writeFileSync(file, 'block A(x: int) {\n  param w: [x] = \n}\nfn f(a) = (a + \nfn g(b) = b $ 2\n');
    const r = loom(['check', file]);
    expect(r.status).toBe(1);
    const heads = r.stderr.split('\n').filter((l) => l.startsWith(file));
    expect(heads.length).toBeGreaterThanOrEqual(3);
    expect(heads.map((l) => l.split(':')[1])).toEqual(expect.arrayContaining(['2', '4', '5']));
  });

  it('says when the file does not exist', () => {
    const r = loom(['check', 'nope/missing.loom']);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('missing.loom');
  });
});

describe('loom graph', () => {
  it('prints the IR, the parameter count and FLOPs per token', () => {
    const r = loom(['graph', gptFile]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('param "wte.w"');
    expect(r.stdout).toMatch(/# params: 120,576 in 36 tensors/);
    expect(r.stdout).toMatch(/# forward FLOPs per token: [\d,]+ \(T = 64\)/);
  });
});
