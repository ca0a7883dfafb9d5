// loom bench: its help, its flag checks (exit 2, nothing run), and one short
// profiled run of a tiny GPT (counts and structure only, no timing checks).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { commandHelp } from '../../cli/args.ts';
import { spec } from '../../cli/commands/bench.ts';
import { gptFile, loomIn, tempDir, tinyGpt } from './helpers.ts';

describe('loom bench', () => {
  it('--help: the usage with every option, on stdout, exit 0; listed by loom --help', async () => {
    for (const args of [['bench', '--help'], ['bench', gptFile, '--profile', '-h'], ['help', 'bench']]) {
      const r = await loomIn(args);
      expect(r.status).toBe(0);
      expect(r.stderr).toBe('');
      expect(r.stdout).toBe(commandHelp(spec));
    }
    expect(commandHelp(spec)).toContain('--profile');
    expect((await loomIn(['--help'])).stdout).toMatch(/\n {2}bench +\S.*\n/);
  });

  it.each([
    [['--no-such'], /^loom bench: unknown option --no-such\n'loom bench --help' lists the arguments and options\n$/],
    [['--profil'], /unknown option --profil \(did you mean --profile\?\)/],
    [['--steps', '0'], /^loom bench: --steps must be a positive integer, got 0\n$/],
    [['--steps', 'ten'], /--steps must be a positive integer, got ten/],
    [['--warmup', '-1'], /--warmup must be a non-negative integer, got -1/],
    [['--batch', '1.5'], /--batch must be a positive integer, got 1\.5/],
    [['--out'], /--out needs a value \(FILE\)/],
    [['--out', '/proc/loom-bench.md'], /cannot write report \/proc\/loom-bench\.md: \/proc is on the proc pseudo file system/],
    [['--profile=yes'], /--profile is a flag and takes no value/],
  ])('%j is a usage error: exit 2, nothing run', async (extra, message) => {
    const r = await loomIn(['bench', gptFile, ...extra]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
  });

  it('a missing model file is exit 2', async () => {
    const r = await loomIn(['bench', 'no/such/model.loom']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^loom bench: /);
  });

  it('--profile: a row per kernel, each called once per timed step, written to --out as Markdown', async () => {
    const out = path.join(tempDir(), 'sub', 'profile.md');
    const steps = 2;
    const r = await loomIn(['bench', gptFile, ...tinyGpt, '--batch', '2', '--steps', String(steps), '--warmup', '1', '--profile', '--out', out]);
    expect(r.stderr).toMatch(/^loom bench: 1 warm-up \+ 2 timed train steps of .*gpt\.loom on the js backend, every kernel timed…\n$/);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^# GPT train step on the js backend \(batch 2 × ctx 16\)\n/);
    expect(r.stdout).toMatch(/median \*\*\d+\.\d ms\*\* per step/);
    const lines = r.stdout.split('\n');
    const header = lines.findIndex((l) => l.startsWith('| kernel'));
    expect(lines[header]).toMatch(/^\| kernel +\| kind +\| code \| source +\| calls \| total ms \| ms \/ step \| % of kernels \| MB \/ call \| +GB\/s \| +GFLOP\/s \|$/);
    const rows = lines.slice(header + 2).filter((l) => l.startsWith('| k'));
    const count = Number(/## Kernels \((\d+)\)/.exec(r.stdout)![1]);
    expect(rows).toHaveLength(count);
    const cells = rows.map((l) => l.split('|').slice(1, -1).map((c) => c.trim()));
    for (const c of cells) expect(c[4], c[0]).toBe(String(steps));
    expect(new Set(cells.map((c) => c[0])).size).toBe(count);
    expect(cells.some((c) => c[1] === 'contraction')).toBe(true);
    // Most kernels run as WebAssembly SIMD; each that does not is listed with its reason.
    const js = cells.filter((c) => c[2] === 'js').map((c) => c[0]);
    expect(cells.filter((c) => c[2] === 'simd').length).toBeGreaterThan(count / 2);
    expect(js.length + cells.filter((c) => c[2] === 'simd').length).toBe(count);
    for (const name of js) expect(r.stdout).toMatch(new RegExp(`^- \`${name}\`: .+$`, 'm'));
    // Shares rounded to 0.1 each: their sum is 100 up to the rounding.
    expect(Math.abs(cells.reduce((s, c) => s + Number(c[7]), 0) - 100)).toBeLessThan(0.05 * count + 0.01);
    expect(fs.readFileSync(out, 'utf8')).toBe(r.stdout);
  });

  it('--unfused: the same step with every op its own kernel, both kernel counts as compiled', async () => {
    const r = await loomIn(['bench', gptFile, ...tinyGpt, '--batch', '2', '--steps', '1', '--warmup', '0', '--unfused']);
    expect(r.status).toBe(0);
    const { compileGraph } = await import('../../compiler/program.ts');
    const { compileLanguageModel } = await import('../../compiler/model.ts');
    const { defaultOptimizer } = await import('../../compiler/autodiff/optimizer.ts');
    const { JS_TARGET } = await import('../../compiler/target.ts');
    const m = compileLanguageModel(gptFile, { batch: 2, optimizer: defaultOptimizer, config: { dim: 16, depth: 1, heads: 2, ctx: 16 } });
    const count = (fuse: boolean) => compileGraph(m.graphs.train, { target: JS_TARGET, fuse }).lowered.kernels.length;
    const [fused, unfused] = [count(true), count(false)];
    expect(unfused).toBeGreaterThan(3 * fused);
    expect(r.stdout).toContain('## Fused vs unfused');
    expect(r.stdout).toMatch(new RegExp(`\\| fused +\\| +${fused} \\| +\\d+\\.\\d \\|`));
    expect(r.stdout).toMatch(new RegExp(`\\| unfused +\\| +${unfused} \\| +\\d+\\.\\d \\| +[\\d,]+ \\| +\\d+\\.\\d\\d× \\|`));
  });

  it('--backend webgpu --profile: device times from timestamp queries, a row per compiled kernel', async () => {
    const r = await loomIn(['bench', gptFile, ...tinyGpt, '--batch', '2', '--steps', '2', '--warmup', '1', '--profile', '--backend', 'webgpu']);
    if (r.status !== 0 && /no WebGPU device|timestamp/.test(r.stderr) && process.env.LOOM_REQUIRE_WEBGPU !== '1') return; // no adapter here (CI requires one)
    expect(r.stderr).toMatch(/on the webgpu backend, every kernel timed…\n$/);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^# GPT train step on the webgpu backend \(batch 2 × ctx 16\)\n/);
    const { compileGraph } = await import('../../compiler/program.ts');
    const { compileLanguageModel } = await import('../../compiler/model.ts');
    const { defaultOptimizer } = await import('../../compiler/autodiff/optimizer.ts');
    const { WEBGPU_TARGET } = await import('../../compiler/target.ts');
    const m = compileLanguageModel(gptFile, { batch: 2, optimizer: defaultOptimizer, config: { dim: 16, depth: 1, heads: 2, ctx: 16 } });
    const names = new Set(compileGraph(m.graphs.train, { target: WEBGPU_TARGET }).lowered.kernels.map((k) => k.kernel.name));
    const rows = r.stdout.split('\n').filter((l) => /^\| k\d/.test(l)).map((l) => l.split('|').slice(1, -1).map((c) => c.trim()));
    expect(new Set(rows.map((c) => c[0]))).toEqual(names);
    for (const c of rows) {
      expect(c[3], c[0]).toBe('2');
      expect(Number(c[4]), c[0]).toBeGreaterThanOrEqual(0); // total ms, to 0.1: a tiny kernel shows 0.0
    }
    expect(rows.reduce((sum, c) => sum + Number(c[4]), 0)).toBeGreaterThan(0);
  });

  it('--unfused needs the js backend', async () => {
    const r = await loomIn(['bench', gptFile, ...tinyGpt, '--batch', '2', '--steps', '1', '--unfused', '--backend', 'cuda']);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/--unfused runs on the js backend only/);
  });

  it('without --profile: the step time only', async () => {
    const r = await loomIn(['bench', gptFile, ...tinyGpt, '--batch', '2', '--steps', '1', '--warmup', '0']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/1 timed step after 0 warm-up steps: median/);
    expect(r.stdout).not.toContain('| kernel');
  });
});
