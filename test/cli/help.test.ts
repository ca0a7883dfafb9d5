// `loom --help` and `loom <command> --help`: usage on stdout, exit 0, every
// option listed with a one-line description.
import { describe, expect, it } from 'vitest';
import { commandHelp, type CommandSpec } from '../../cli/args.ts';
import { gptFile, loom, loomIn } from './helpers.ts';

const COMMANDS = ['check', 'graph', 'stats', 'train', 'generate', 'import', 'quantize', 'eval', 'compile', 'build', 'serve', 'kernels', 'bench', 'arena'];

async function specOf(name: string): Promise<CommandSpec> {
  return ((await import(`../../cli/commands/${name}.ts`)) as { spec: CommandSpec }).spec;
}

describe('loom --help', () => {
  it('lists every command with a summary, on stdout, exit 0', async () => {
    for (const args of [['--help'], ['-h'], ['help']]) {
      const r = await loomIn(args);
      expect(r.status).toBe(0);
      expect(r.stderr).toBe('');
      expect(r.stdout).toMatch(/^loom — a declarative model-graph compiler\n\nusage: loom <command> <file.loom> \[options\]\n\ncommands:\n/);
      for (const c of COMMANDS) expect(r.stdout).toMatch(new RegExp(`\\n  ${c} +\\S.*\\n`));
      expect(r.stdout).toContain('Exit status: 0 success, 1 the work failed, 2 the command line is wrong (nothing was done).');
    }
  });

  it('with no command: the usage on stderr, exit 2', async () => {
    const r = await loomIn([]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('commands:\n  check');
  });

  it('from the real binary too', () => {
    const r = loom(['--help']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('  train     ');
  });
});

describe.each(COMMANDS)('loom %s --help', (name) => {
  it('prints the usage with every option and a description, exit 0', async () => {
    const spec = await specOf(name);
    const expected = commandHelp(spec);
    for (const args of [[name, '--help'], [name, '-h'], ['help', name], [name, gptFile, '--help']]) {
      const r = await loomIn(args);
      expect(r.status).toBe(0);
      expect(r.stderr).toBe('');
      expect(r.stdout).toBe(expected);
    }
    expect(expected.startsWith(`usage: loom ${name} ${spec.synopsis}\n\n`)).toBe(true);
    for (const o of [...spec.options, { name: 'help', description: 'show this help and exit' }]) {
      expect(o.description.length).toBeGreaterThan(10);
      expect(o.description).not.toContain('\n');
      const line = expected.split('\n').findIndex((l) => new RegExp(`^  (-\\w, |    )--${o.name}(?![\\w-])`).test(l)); // --stop is not --stop-at
      expect(line, `--${o.name} in the help of ${name}`).toBeGreaterThan(0);
      expect(expected.split('\n').slice(line, line + 2).join(' ')).toContain(o.description);
    }
  });

  it('--help wins over other mistakes on the same line', async () => {
    const r = await loomIn([name, '--no-such-option', '--steps', '-5', '--help']);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(commandHelp(await specOf(name)));
  });
});

describe('help texts', () => {
  it('train documents the hardening flags', async () => {
    const help = commandHelp(await specOf('train'));
    expect(help).toContain('      --nan-check on|off      refuse a step whose update makes any weight NaN or ±Infinity (default on)\n');
    expect(help).toContain('      --memory-budget SIZE    refuse to start when the planned peak memory exceeds SIZE (4GiB, 512MiB, 2GB, bytes)\n');
    expect(help).toContain('      --allow-nonfinite       resume from a checkpoint that holds NaN or ±Infinity (refused by default)\n');
    expect(help).toContain("      --scan-memory MODE      scan backprop: store each step's state, recompute it from checkpoints, auto (recompute a scan whose states pass 64MiB) or SIZE (auto with that budget); default auto\n");
  });

  it('after --, --help is an argument, not a request for help', async () => {
    const r = await loomIn(['check', '--', '--help']);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('loom check: model source --help does not exist\n');
  });
});
