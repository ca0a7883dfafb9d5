// loom — the command-line entry point. Each command lives in cli/commands/ and
// exports its `spec` (arguments, options, help text) and `run`. `main` is
// what bin/loom.js calls; tests call it in-process with string buffers.
//
// Exit codes: 0 success; 1 the work failed (the model has errors, a file's
// contents are malformed, training diverged, …); 2 the command line is wrong
// (unknown option, bad value, a named file that is missing or unwritable):
// nothing was done. See docs/cli.md.
import { commandHelp, parseCommandLine, processIo, UsageError, type CliIo, type CommandSpec, type ParsedArgs } from './args.ts';
import { DiagnosticsError } from '../compiler/model.ts';

export interface Command {
  spec: CommandSpec;
  run(args: ParsedArgs, io: CliIo): Promise<number>;
}

/** Commands by name, with the one-line summary `loom --help` shows (so listing them loads none). */
const COMMANDS: Record<string, { summary: string; load: () => Promise<Command> }> = {
  check: { summary: 'check a program: diagnostics with file:line:col', load: () => import('./commands/check.ts') },
  graph: { summary: 'print the graph IR, parameter count and FLOPs per token', load: () => import('./commands/graph.ts') },
  stats: { summary: 'kernels, bytes moved, FLOPs and peak memory, fused and unfused', load: () => import('./commands/stats.ts') },
  train: { summary: 'train a language model on a byte corpus; checkpoints are safetensors', load: () => import('./commands/train.ts') },
  generate: { summary: 'sample text from a checkpoint', load: () => import('./commands/generate.ts') },
  import: { summary: "convert a nanoGPT, GPT-2, llama2.c or Hugging Face Llama checkpoint into a loom checkpoint", load: () => import('./commands/import.ts') },
  quantize: { summary: 'convert a checkpoint\'s matmul weights to ggml q4_0 (4.5 bits per weight)', load: () => import('./commands/quantize.ts') },
  eval: { summary: 'run a model on named inputs with given weights; write the outputs', load: () => import('./commands/eval.ts') },
  compile: { summary: 'write a deployable bundle: TypeScript module, kernel sources, manifest', load: () => import('./commands/compile.ts') },
  build: { summary: 'build an npm package of a model: ES module with types, kernels, manifest', load: () => import('./commands/build.ts') },
  serve: { summary: 'serve built packages and a demo page that generates text in the browser', load: () => import('./commands/serve.ts') },
  kernels: { summary: "list a compiled program's kernels, or print one kernel's source", load: () => import('./commands/kernels.ts') },
  bench: { summary: 'time the train step on the js backend; --profile: the time of every kernel', load: () => import('./commands/bench.ts') },
  arena: { summary: 'train architectures at one parameter budget on synthetic tasks; accuracy by length and cost', load: () => import('./commands/arena.ts') },
};

export const USAGE = `loom — a declarative model-graph compiler

usage: loom <command> <file.loom> [options]

commands:
${Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(10)}${c.summary}`).join('\n')}

'loom <command> --help' describes a command's options.
Exit status: 0 success, 1 the work failed, 2 the command line is wrong (nothing was done).
`;

export async function main(argv: readonly string[], io: CliIo = processIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined) {
    io.stderr.write(USAGE);
    return 2;
  }
  if (name === '--help' || name === '-h' || name === 'help') {
    const topic = rest[0];
    if (topic !== undefined && COMMANDS[topic]) {
      io.stdout.write(commandHelp((await COMMANDS[topic]!.load()).spec));
      return 0;
    }
    if (topic !== undefined) {
      io.stderr.write(`loom: unknown command "${topic}"; the commands are ${Object.keys(COMMANDS).join(', ')}\n`);
      return 2;
    }
    io.stdout.write(USAGE);
    return 0;
  }
  const entry = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!entry) {
    io.stderr.write(`loom: unknown command "${name}"; the commands are ${Object.keys(COMMANDS).join(', ')} ('loom --help' describes them)\n`);
    return 2;
  }
  const prefix = `loom ${name}: `;
  try {
    const command = await entry.load();
    const args = parseCommandLine(command.spec, rest);
    if (args === 'help') {
      io.stdout.write(commandHelp(command.spec));
      return 0;
    }
    return await command.run(args, io);
  } catch (e) {
    if (e instanceof DiagnosticsError) {
      io.stderr.write(`${e.message}\n`);
      return 1;
    }
    const message = e instanceof Error ? e.message : String(e);
    // Library messages may already carry the prefix; never print it twice.
    const text = message.startsWith(prefix) ? message : `${prefix}${message}`;
    if (e instanceof UsageError) {
      io.stderr.write(`${text}\n${e.hint ? `'loom ${name} --help' lists the arguments and options\n` : ''}`);
      return 2;
    }
    io.stderr.write(`${text}\n`);
    if (process.env.LOOM_DEBUG && e instanceof Error) io.stderr.write(`${e.stack}\n`);
    return 1;
  }
}
