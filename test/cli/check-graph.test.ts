import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gptFile, loom, loomIn, root, tempDir } from './helpers.ts';

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

  it('says when the file does not exist (a usage error: exit 2)', () => {
    const r = loom(['check', 'nope/missing.loom']);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('loom check: model source nope/missing.loom does not exist\n');
  });

  it('prints the first 50 diagnostics, then how many more there are', async () => {
    const file = path.join(tempDir(), 'many.loom');
    fs.writeFileSync(file, Array.from({ length: 60 }, (_, i) => `fn f${i}(a) = a $ ${i}\n`).join(''));
    const r = await loomIn(['check', file]);
    expect(r.status).toBe(1);
    const lines = r.stderr.split('\n');
    expect(lines.filter((l) => l.startsWith(`${file}:`))).toHaveLength(50);
    expect(lines.slice(-3)).toEqual(['… and 10 more errors', '60 errors', '']);
    // The same cap when another command meets the errors.
    const g = await loomIn(['graph', file]);
    expect(g.status).toBe(1);
    expect(g.stderr.split('\n').filter((l) => l.startsWith(`${file}:`))).toHaveLength(50);
    expect(g.stderr.endsWith('\n… and 10 more errors\n')).toBe(true);
  });

  it('refuses a binary file in one line instead of thousands of diagnostics', async () => {
    const file = path.join(tempDir(), 'model.loom');
    // The first 64 KiB of the node executable: an ELF (or Mach-O) header has NUL bytes early.
    const fd = fs.openSync(process.execPath, 'r');
    const head = Buffer.alloc(65536);
    fs.readSync(fd, head, 0, head.length, 0);
    fs.closeSync(fd);
    fs.writeFileSync(file, head);
    const r = await loomIn(['check', file]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(new RegExp(`^${file}:1:\\d+: error: not a text file \\(byte 0x[0-9a-f]{2} at 1:\\d+ is (a NUL byte|not valid UTF-8)\\)\n1 error\n$`));
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

  it('--method names a graph it has; an unknown one is an error naming the methods there are', async () => {
    const loss = await loomIn(['graph', gptFile, '--method', 'loss']);
    expect(loss.status).toBe(0);
    expect(loss.stdout).toContain('input "targets" : i32[1, 64]');
    const r = await loomIn(['graph', gptFile, '--method', 'nosuch']);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('loom graph: --method must be forward or loss (the graphs of a language model), got "nosuch"; model GPT has forward, loss\n');
  });
});
